"""The fault handling and analysis report PDF: content, fonts, escaping, pagination, translations."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from opsdesk.documents.fault_report import LABELS, build_fault_report, source_strings
from opsdesk.documents.fonts import get_chain
from opsdesk.domain.enums import ClockName, ClockState, EventKind, TicketStatus
from opsdesk.domain.reports import FaultReportContent
from opsdesk.domain.sla import ClockStatus, TicketClocks
from opsdesk.domain.tickets import FaultRecord, TicketDetail, TicketEvent
from opsdesk.errors import FontCoverageError

K = EventKind
MIN, HOUR = timedelta(minutes=1), timedelta(hours=1)
T0 = datetime(2026, 3, 4, 1, 12, tzinfo=UTC)  # 09:12 in Beijing

CAUSE = "UPS主机电池组老化，市电切换瞬间电池放电能力不足，导致UPS输出中断。"

# A small Simplified Chinese translator for the labels the tests look at; the rest stay English.
ZH = {
    LABELS["title"]: "故障处理及分析报告",
    LABELS["page"]: "第 {page} 页 / 共 {pages} 页",
    LABELS["sec.facts"]: "一、工单信息",
    LABELS["sec.clocks"]: "二、响应与处置时限",
    LABELS["sec.summary"]: "三、故障现象",
    LABELS["sec.cause"]: "四、原因分析",
    LABELS["sec.handling"]: "五、处理过程",
    LABELS["sec.result"]: "六、处理结果",
    LABELS["sec.prevention"]: "七、整改及预防措施",
    LABELS["sec.timeline"]: "八、处理记录",
    LABELS["f.code"]: "工单编号",
    LABELS["f.title"]: "标题",
    LABELS["f.priority"]: "优先级",
    LABELS["f.category"]: "故障类别",
    LABELS["f.status"]: "状态",
    LABELS["f.room"]: "故障地点",
    LABELS["f.equipment"]: "故障设备",
    LABELS["f.reporter"]: "报修人",
    LABELS["f.unit"]: "报修单位",
    LABELS["f.phone"]: "联系电话",
    LABELS["f.assignee"]: "处理工程师",
    LABELS["f.created"]: "报修时间",
    LABELS["f.acknowledged"]: "响应时间",
    LABELS["f.arrived"]: "到场时间",
    LABELS["f.resolved"]: "修复时间",
    LABELS["f.closed"]: "关闭时间",
    LABELS["f.author"]: "报告人",
    LABELS["f.part"]: "更换部件",
    LABELS["f.part_model"]: "型号：{model}",
    LABELS["f.part_serial"]: "序列号：{serial}",
    LABELS["report_code"]: "工单编号：{code}",
    LABELS["report_date"]: "报告日期：{date}",
    LABELS["c.clock"]: "时限项目",
    LABELS["c.target"]: "时限",
    LABELS["c.due"]: "截止时间",
    LABELS["c.stopped"]: "完成时间",
    LABELS["c.state"]: "考核结果",
    LABELS["c.paused"]: "暂停时长",
    LABELS["clock.respond"]: "响应",
    LABELS["clock.arrive"]: "到场",
    LABELS["clock.resolve"]: "修复",
    LABELS["clock.report"]: "故障报告",
    LABELS["state.met"]: "达标",
    LABELS["state.breached"]: "超时",
    LABELS["state.ok"]: "计时中",
    LABELS["state.not_started"]: "未开始",
    LABELS["d.days"]: "{n}天",
    LABELS["d.hours"]: "{n}小时",
    LABELS["d.minutes"]: "{n}分钟",
    LABELS["t.time"]: "时间",
    LABELS["t.event"]: "事项",
    LABELS["t.operator"]: "操作人",
    LABELS["t.note"]: "说明",
    LABELS["ev.created"]: "报修",
    LABELS["ev.acknowledged"]: "响应",
    LABELS["ev.arrived"]: "到场",
    LABELS["ev.resolved"]: "修复",
    LABELS["ev.closed"]: "关闭",
    LABELS["ev.paused"]: "暂停",
    LABELS["ev.resumed"]: "恢复计时",
    LABELS["ev.comment"]: "备注",
    LABELS["n.priority"]: "优先级 {priority}",
    LABELS["n.result"]: "结果：{text}",
    LABELS["pause.spare_part"]: "等待备件",
    LABELS["cat.machine_room"]: "机房设备",
    LABELS["status.closed"]: "已关闭",
    LABELS["sig.engineer"]: "工程师（签字）：",
    LABELS["sig.reviewer"]: "审核（签字）：",
    LABELS["sig.date"]: "日期：",
    LABELS["none"]: "（无）",
}


def zh(text: str) -> str:
    return ZH.get(text, text)


def identity(text: str) -> str:
    return text


def clock(
    name: ClockName,
    state: ClockState,
    target: timedelta | None,
    start: datetime | None,
    stopped: datetime | None,
    paused: timedelta = timedelta(0),
) -> ClockStatus:
    due = start + target + paused if start and target else None
    return ClockStatus(
        name,
        state,
        target,
        start,
        due,
        None,
        stopped,
        None,
        paused,
        (stopped - start - paused) if stopped and start else timedelta(0),
    )


def sample_detail(extra_comments: int = 0, note: str = "") -> TicketDetail:
    """A P2 UPS fault in the west machine room, handled with a pause for a spare part."""
    ack, arrived = T0 + 9 * MIN, T0 + 24 * MIN
    paused, resumed = T0 + 50 * MIN, T0 + 3 * HOUR + 10 * MIN
    resolved, closed = T0 + 4 * HOUR + 5 * MIN, T0 + 5 * HOUR
    fault = FaultRecord(
        "二级",
        CAUSE,
        "更换UPS电池组（16节12V/100Ah）并做放电测试。",
        "UPS恢复在线供电，负载正常。",
        "C12-100",
        "SN-2026-0318-77",
    )
    events = [
        TicketEvent(K.CREATED, T0, {"priority": "P2"}, operator_name="李明"),
        TicketEvent(K.ACKNOWLEDGED, ack, {}, operator_name="王强"),
        TicketEvent(K.ARRIVED, arrived, {"note": "到达西机房，UPS面板告警：电池故障"}, operator_name="王强"),
        TicketEvent(
            K.PAUSED,
            paused,
            {"reason": "spare_part", "note": note or "等待厂商送电池组"},
            operator_name="王强",
        ),
        TicketEvent(K.RESUMED, resumed, {}, operator_name="王强"),
    ]
    for i in range(extra_comments):
        events.append(
            TicketEvent(
                K.COMMENT,
                resumed + (i + 1) * 20 * timedelta(seconds=1),
                {"note": f"第{i + 1}组电池内阻检测完成，数值正常。"},
                operator_name="王强",
            )
        )
    events += [
        TicketEvent(K.RESOLVED, resolved, {"fault": fault.as_dict()}, operator_name="王强"),
        TicketEvent(K.CLOSED, closed, {}, operator_name="李明"),
    ]
    pause = resumed - paused
    clocks = TicketClocks(
        respond=clock(ClockName.RESPOND, ClockState.MET, 30 * MIN, T0, ack),
        arrive=clock(ClockName.ARRIVE, ClockState.NONE, None, None, None),
        resolve=clock(ClockName.RESOLVE, ClockState.BREACHED, 2 * HOUR, T0, resolved, pause),
        report=clock(ClockName.REPORT, ClockState.OK, timedelta(days=3), resolved, None),
    )
    return TicketDetail(
        id="t-1",
        code="XC01-20260304-003",
        title="西机房UPS告警，部分机柜断电",
        description="西机房2号UPS面板报电池故障，A排3个机柜短时断电，核心交换机切换到备用电源。",
        priority="P2",
        category="machine_room",
        status=TicketStatus.CLOSED,
        reporter_name="张华",
        reporter_phone="0513-8512 3456",
        reporter_unit="市应急指挥中心 信息科",
        room_id="r-1",
        room_name="西机房",
        equipment="UPS 2号（山特 C10KS）",
        assignee_id="o-2",
        assignee_name="王强",
        profile_code="GX-4",
        created_at=T0,
        created_by_name="李明",
        fault=fault,
        events=tuple(events),
        clocks=clocks,
    )


def sample_content(detail: TicketDetail | None = None, **changes: str) -> FaultReportContent:
    base = FaultReportContent.from_detail(detail or sample_detail())
    return replace(base, prevention="每季度检测电池内阻；电池使用满4年即整体更换。", **changes)


def build(
    tmp_path: Path,
    detail: TicketDetail | None = None,
    content: FaultReportContent | None = None,
    tr=zh,
    name: str = "report.pdf",
    **kw,
) -> Path:
    detail = detail or sample_detail()
    out = tmp_path / name
    build_fault_report(
        detail,
        content or sample_content(detail),
        out,
        tr=tr,
        org_name="南通市城市运行指挥中心",
        generated_at=T0 + 2 * 24 * HOUR,
        **kw,
    )
    return out


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed: the PDF's text and fonts cannot be inspected")
    return path


def pdftext(pdf: Path, *args: str) -> str:
    return subprocess.run(
        [need("pdftotext"), *args, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def squash(text: str) -> str:
    """Text without whitespace: pdftotext breaks lines where the PDF does."""
    return re.sub(r"\s+", "", text)


# ---- the domain default --------------------------------------------------------------------------
def test_content_defaults_come_from_the_ticket() -> None:
    c = FaultReportContent.from_detail(sample_detail())
    assert c.cause == CAUSE and c.result.startswith("UPS恢复") and c.part_serial == "SN-2026-0318-77"
    assert c.summary.startswith("西机房UPS告警") and "核心交换机" in c.summary
    assert c.author == "王强"  # who resolved it
    assert c.prevention == ""


# ---- core checks: no poppler needed --------------------------------------------------------------
def test_builds_a_pdf_to_a_path_and_a_binary_file(tmp_path: Path) -> None:
    out = build(tmp_path)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 5000
    buf = io.BytesIO()
    d = sample_detail()
    build_fault_report(d, sample_content(d), buf, tr=identity)
    assert buf.getvalue().startswith(b"%PDF-")


def test_source_strings_are_the_labels_and_english() -> None:
    strings = source_strings()
    assert len(strings) == len(set(strings)) and set(strings) == set(LABELS.values())
    assert all(s.isascii() for s in strings if s != LABELS["dash"])


def test_every_label_passes_through_tr(tmp_path: Path) -> None:
    seen: list[str] = []

    def spy(text: str) -> str:
        seen.append(text)
        return zh(text)

    build(tmp_path, tr=spy)
    assert set(seen) <= set(source_strings())
    for key in (
        "title",
        "page",
        "sec.timeline",
        "clock.respond",
        "state.breached",
        "ev.paused",
        "pause.spare_part",
        "cat.machine_room",
        "sig.reviewer",
    ):
        assert LABELS[key] in seen, key


def test_uncovered_character_in_user_text_is_a_clear_error(tmp_path: Path) -> None:
    d = sample_detail()
    with pytest.raises(FontCoverageError) as info:
        build_fault_report(d, sample_content(d, cause="电池\ue000老化"), tmp_path / "x.pdf", tr=zh)
    assert info.value.char == "\ue000" and "U+E000" in str(info.value)
    assert not (tmp_path / "x.pdf").exists() or (tmp_path / "x.pdf").stat().st_size == 0


# ---- poppler checks ------------------------------------------------------------------------------
def test_fonts_are_embedded_subsets(tmp_path: Path) -> None:
    out = build(tmp_path)
    listing = subprocess.run([need("pdffonts"), str(out)], check=True, capture_output=True, text=True).stdout
    rows = listing.splitlines()[2:]
    assert rows, listing
    for row in rows:
        cols = row.split()
        name, emb, sub = cols[0], cols[-5], cols[-4]
        assert emb == "yes" and sub == "yes", row
        assert re.match(r"[A-Z]{6}\+", name), row
    assert any(get_chain().entries[0].family.replace(" ", "") in r for r in rows)


def test_chinese_text_round_trips(tmp_path: Path) -> None:
    text = squash(pdftext(build(tmp_path)))
    for s in (
        "故障处理及分析报告",
        CAUSE,
        "南通市城市运行指挥中心",
        "XC01-20260304-003",
        "一、工单信息",
        "型号：C12-100",
        "序列号：SN-2026-0318-77",
        "每季度检测电池内阻",
        "等待备件",
    ):
        assert squash(s) in text, s
    # times in the console zone, 'YYYY-MM-DD HH:MM'
    assert "2026-03-0409:12" in text and "2026-03-0409:21" in text  # created, acknowledged
    assert "30分钟" in text and "超时" in text and "3天" in text  # clocks table
    assert "到场" in text  # the arrive clock has state NONE: not in the clocks table, but the event is


def test_identity_translator_gives_english_labels(tmp_path: Path) -> None:
    text = pdftext(build(tmp_path, tr=identity))
    assert "Fault Handling and Analysis Report" in text
    assert "Page 1 of 1" in text or "Page 1 of 2" in text
    assert "Waiting for a spare part" in text


def test_markup_in_user_text_is_printed_literally(tmp_path: Path) -> None:
    d = sample_detail(note="<b>&amp; <font name='x'>")
    content = sample_content(d, cause="<b>&amp; 电池 & <i>", author="A<B>")
    text = pdftext(build(tmp_path, detail=d, content=content))
    assert "<b>&amp; 电池 & <i>" in text
    assert "<b>&amp; <font name='x'>" in text


def test_long_timeline_paginates_with_page_n_of_m(tmp_path: Path) -> None:
    d = sample_detail(extra_comments=90)
    out = build(tmp_path, detail=d)
    pages = pdftext(out).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        assert f"第{n}页/共{len(pages)}页" in squash(page)
    # the timeline's header row repeats on every page it continues to
    assert sum("操作人" in p for p in pages) >= 2
    assert "第90组电池内阻检测完成" in squash(pdftext(out))


def test_long_chinese_text_wraps_inside_the_margins(tmp_path: Path) -> None:
    long = "值班工程师对UPS主机、电池组、配电柜及精密空调逐一排查，" * 40
    d = sample_detail()
    out = build(tmp_path, detail=d, content=sample_content(d, handling=long))
    bbox = pdftext(out, "-bbox")
    xs = [float(m) for m in re.findall(r'xMax="([\d.]+)"', bbox)]
    # A4 width minus the right margin; CJK wrapping lets a closing mark (、，。) hang past the edge
    # rather than start a line (标点悬挂), so allow one full-width character
    assert xs and max(xs) <= 595.3 - 22 * 72 / 25.4 + 10.5
    assert squash(long) in squash(pdftext(out))


def test_metadata(tmp_path: Path) -> None:
    out = build(tmp_path)
    info = subprocess.run([need("pdfinfo"), str(out)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"Title:\s+故障处理及分析报告 XC01-20260304-003", info)
    assert re.search(r"Author:\s+王强", info)
    assert "XC01-20260304-003" in re.search(r"Subject:.*", info).group(0)
    assert re.search(r"Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)", info)

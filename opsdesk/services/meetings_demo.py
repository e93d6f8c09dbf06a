"""Demo meetings: next Monday's weekly linked-command meeting with the 12 district venues and a
video-conference checklist under way, an important meeting with 15 attendees seated by precedence,
and last Friday's video roll-call (ready inside 3 minutes). Made through the services, idempotent.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk.domain.meetings import (
    CellState,
    MeetingKind,
    NewAttendee,
    NewMeeting,
    Outcome,
    ResultInput,
    SeatLayout,
    SeatSpec,
)
from opsdesk.domain.people import Actor
from opsdesk.services import attendees, checklists, meetings, rollcall, seatplans
from opsdesk.storage.meeting_models import MeetingRow
from opsdesk.storage.models import Operator, Room
from opsdesk.timeutil import DEFAULT_TZ, zone

WEEKLY_TITLE = "每周联动指挥会议"
IMPORTANT_TITLE = "全市安全生产和防汛防台工作会议"

# (name, title, organisation, rank): an important meeting's leaders, realistic posts
IMPORTANT_ATTENDEES: tuple[tuple[str, str, str, int], ...] = (
    ("王建国", "市委常委、常务副市长", "市人民政府", 1),
    ("陈立新", "副市长", "市人民政府", 2),
    ("周海波", "市政府秘书长", "市人民政府办公室", 3),
    ("刘晓东", "局长", "市应急管理局", 4),
    ("孙丽萍", "副局长", "市公安局", 5),
    ("赵刚", "局长", "市水利局", 6),
    ("黄志明", "局长", "市自然资源和规划局", 7),
    ("吴敏", "局长", "市住房和城乡建设局", 8),
    ("郑凯", "局长", "市交通运输局", 9),
    ("马骏", "主任", "市气象局", 10),
    ("林芳", "副局长", "市应急管理局", 11),
    ("何勇", "支队长", "市消防救援支队", 12),
    ("欧阳雪", "主任", "市指挥中心", 13),
    ("张伟", "副区长", "崇川区人民政府", 14),
    ("杨帆", "副区长", "通州区人民政府", 15),
)


def _next_monday(now: datetime, tz: str) -> datetime:
    local = now.astimezone(zone(tz))
    days = (7 - local.weekday()) % 7 or 7
    return datetime.combine(local.date() + timedelta(days=days), time(9, 0), zone(tz))


def _room(s: Session, code: str) -> str | None:
    return s.scalar(select(Room.id).where(Room.code == code))


def _operator(s: Session, name: str) -> Operator | None:
    return s.scalar(select(Operator).where(Operator.name == name))


def seed_demo_meetings(s: Session, now: datetime, *, tz: str = DEFAULT_TZ, seed: int = 7) -> None:
    """Idempotent: does nothing when the weekly meeting of next Monday already exists."""
    rng = random.Random(seed)
    meetings.ensure_meeting_reference(s, now=now)
    monday = _next_monday(now, tz)
    if s.scalar(
        select(MeetingRow.id).where(MeetingRow.title == WEEKLY_TITLE, MeetingRow.starts_at == monday)
    ):
        return
    eng = _operator(s, "刘洋") or s.scalar(select(Operator).limit(1))
    actor = Actor(eng.id if eng else None, eng.name if eng else "", "A1")
    districts = [v.id for v in meetings.list_venues(s)][:12]
    weekly = meetings.create_meeting(
        s,
        NewMeeting(
            WEEKLY_TITLE,
            MeetingKind.WEEKLY_COMMAND,
            monday,
            monday + timedelta(hours=1, minutes=30),
            room_id=_room(s, "HALL"),
            responsible_id=actor.operator_id,
            venue_ids=tuple(districts),
            notes="市级视频会议主会场设在指挥大厅，12个区县分会场参会；会后统一通讯演练。",
        ),
        actor,
        now=now,
    )
    templates = {t.code: t for t in checklists.list_templates(s)}
    run = checklists.start_run(s, weekly.id, templates["video_conference"].id, actor, now=now)
    for key in ("joint_test", "mcu", "terminals"):
        checklists.record_result(s, run.id, ResultInput(key, Outcome.OK), actor, now=now)
    checklists.record_result(s, run.id, ResultInput("latency", Outcome.OK, value="38"), actor, now=now)
    checklists.start_run(s, weekly.id, templates["unified_comms"].id, actor, now=now)

    wed = monday + timedelta(days=2, hours=5, minutes=30)  # Wednesday 14:30
    important = meetings.create_meeting(
        s,
        NewMeeting(
            IMPORTANT_TITLE,
            MeetingKind.IMPORTANT,
            wed,
            wed + timedelta(hours=2),
            room_id=_room(s, "VC"),
            responsible_id=actor.operator_id,
            venue_ids=tuple(districts[:6]),
            notes="重要会议：电子席卡制作、设备检查、电力保障、系统测试；需书面保障预案。",
        ),
        actor,
        now=now,
    )
    for name, title, org, rank in IMPORTANT_ATTENDEES:
        attendees.add_attendee(s, important.id, NewAttendee(name, title, org, rank), actor, now=now)
    seatplans.auto_seat(s, important.id, SeatSpec(SeatLayout.ROWS, (7, 8)), actor, now=now)
    for code in ("e_namecards", "power_av"):
        checklists.start_run(s, important.id, templates[code].id, actor, now=now)

    # last Friday's roll-call from the provincial department: every venue ready within 3 minutes
    friday = monday - timedelta(days=3) + timedelta(hours=7, minutes=12)
    if friday < now:
        call = rollcall.start_rollcall(s, "省厅视频点名", districts, actor, requested_at=friday, now=friday)
        for i, vid in enumerate(districts):
            at = friday + timedelta(seconds=40 + i * 8 + rng.randrange(6))
            rollcall.mark_venue(s, call.id, vid, CellState.OK, actor, now=at)
        rollcall.close_rollcall(s, call.id, actor, now=friday + timedelta(minutes=3))

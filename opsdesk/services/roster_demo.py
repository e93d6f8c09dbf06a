"""The demo's duty roster: the team as staff (posts, phones, skills, certificates), reinforcement periods,
a leave, the current quarter generated, attendance of the duties so far, and two handovers.

Called by opsdesk.services.demo.seed_demo after the tickets (the handover lists the open ones).
Idempotent: staff are matched by name, the generator replaces only its own rows.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from opsdesk.domain.enums import Role
from opsdesk.domain.people import Actor, OperatorInfo
from opsdesk.domain.roster import AssignmentSource, LeaveKind, NewStaff
from opsdesk.roster_errors import RosterRuleError
from opsdesk.services import roster as R
from opsdesk.services import roster_attendance as att
from opsdesk.services import roster_handover as ho
from opsdesk.storage.engine import Database
from opsdesk.storage.roster_models import RosterAttendance, RosterHandoverEntry, RosterLeave
from opsdesk.timeutil import DEFAULT_TZ, zone

# name -> (skills, certificates); the posts and phones come from the operators (demo_catalog.TEAM)
PROFILES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "李志强": (("项目管理", "应急指挥协调", "视频会议"), ("信息系统项目管理师", "PMP")),
    "张伟": (("PC与打印机", "办公网络", "创新应用预警线索维护"), ("华为 HCIA-Datacom",)),
    "周晓燕": (("PC与打印机", "办公网络", "正版化软件"), ("软考网络管理员",)),
    "刘洋": (
        ("大屏/分布式显示", "电子席卡", "音响扩声", "视频会议", "统一通讯（单兵/布控球）", "无人机"),
        ("民用无人机驾驶员执照（CAAC）",),
    ),
    "陈思远": (("视频会议", "音响扩声", "大屏/分布式显示", "电子席卡"), ("华为 HCIA-Video",)),
    "赵磊": (
        ("精密空调", "UPS", "核心网络", "服务器", "KVM", "动环监控"),
        ("低压电工作业证", "华为 HCIP-Datacom"),
    ),
}
# engineers without a desk account: a second machine-room engineer, and a replacement awaiting approval
EXTRA: tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("黄建军", R.POST_ROOMS, "13907715820", ("UPS", "精密空调", "服务器", "存储"), ("低压电工作业证",)),
)
REPLACEMENT = ("孙浩", R.POST_HALL, "18677102394", ("视频会议", "音响扩声"), ("华为 HCIA-Video",), "陈思远")


def _quarter(d: date) -> tuple[date, date]:
    q0 = (d.month - 1) // 3 * 3 + 1
    start = date(d.year, q0, 1)
    nxt = date(d.year + 1, 1, 1) if q0 == 10 else date(d.year, q0 + 3, 1)
    return start, nxt - timedelta(days=1)


def seed_roster_demo(
    db: Database, team: list[OperatorInfo], *, now: datetime, tz: str = DEFAULT_TZ, seed: int = 7
) -> dict:
    """Staff, periods, a leave, the current quarter, attendance and handovers. Returns a small summary."""
    today = now.astimezone(zone(tz)).date()
    start, end = _quarter(today)
    boss = next((o for o in team if o.role is Role.SUPERVISOR), team[0])
    actor = Actor(boss.id, boss.name, "A1", boss.role)
    with db.session() as s:
        R.seed_roster_reference(s)
        staff = _ensure_staff(s, team, actor, start)
        _ensure_periods(s, actor, today)
        _ensure_leave(s, staff, actor, start)
    with db.session() as s:
        report = R.generate(s, start, end, actor, accept_missing_calendar=True, tz=tz)
    with db.session() as s:
        _manual_edit(s, actor, today, tz)
    with db.session() as s:
        _attendance(s, actor, start, now, random.Random(seed))
        _handovers(s, team, now)
    return {"roster_from": start.isoformat(), "roster_to": end.isoformat(), "roster_filled": report.filled,
            "roster_required": report.required}  # fmt: skip


def _ensure_staff(s: Session, team: list[OperatorInfo], actor: Actor, start: date) -> dict[str, str]:
    have = {p.name: p for p in R.list_staff(s)}
    for i, o in enumerate(team):
        if o.name in have:
            continue
        skills, certs = PROFILES.get(o.name, ((), ()))
        have[o.name] = R.create_staff(
            s,
            NewStaff(
                o.name, o.post, o.phone, skills, certs, active_from=start - timedelta(days=365), operator_id=o.id,
                on_rotation=o.role is not Role.SUPERVISOR, sort_order=i,
            ),
            actor,
        )  # fmt: skip
    for k, (name, post, phone, skills, certs) in enumerate(EXTRA):
        if name not in have:
            have[name] = R.create_staff(
                s, NewStaff(name, post, phone, skills, certs, active_from=start - timedelta(days=200),
                            sort_order=len(team) + k), actor
            )  # fmt: skip
    name, post, phone, skills, certs, replaces = REPLACEMENT
    if name not in have and replaces in have:
        have[name] = R.create_staff(
            s,
            NewStaff(name, post, phone, skills, certs, active_from=start, replaces_id=have[replaces].id,
                     note="替换陈思远，待采购人确认备档", sort_order=len(team) + len(EXTRA)),
            actor,
        )  # fmt: skip
    return {n: p.id for n, p in have.items()}


def _ensure_periods(s: Session, actor: Actor, today: date) -> None:
    if R.list_periods(s):
        return
    y = today.year
    R.save_period(
        s, name="国庆", start=date(y, 10, 1), end=date(y, 10, 8), note="国庆节重点时期加强值班", actor=actor
    )
    # the coming Spring Festival travel and Two Sessions; dates as in the client's notice (edit when it comes)
    R.save_period(
        s,
        name="春运",
        start=date(y + 1, 1, 22),
        end=date(y + 1, 3, 2),
        note="示例日期：以当年春运通知为准",
        actor=actor,
    )
    R.save_period(
        s,
        name="两会",
        start=date(y + 1, 3, 3),
        end=date(y + 1, 3, 12),
        note="示例日期：以当年通知为准",
        actor=actor,
    )


def _ensure_leave(s: Session, staff: dict[str, str], actor: Actor, start: date) -> None:
    if s.scalar(select(func.count()).select_from(RosterLeave)) or "周晓燕" not in staff:
        return
    first = start + timedelta(days=75)
    R.add_leave(
        s, staff_id=staff["周晓燕"], start=first, end=first + timedelta(days=2), kind=LeaveKind.ANNUAL,
        note="年假", actor=actor,
    )  # fmt: skip


def _manual_edit(s: Session, actor: Actor, today: date, tz: str) -> None:
    """A supervisor's hand edit next week: 刘洋 takes a holiday/weekend day shift (kept on regeneration)."""
    view = R.roster_view(s, today + timedelta(days=1), today + timedelta(days=14))
    if any(a.source is AssignmentSource.MANUAL for d in view.days for a in d.assignments):
        return
    liu = next((p for p in view.staff if p.name == "刘洋"), None)
    if liu is None:
        return
    for d in view.days:
        for a in d.assignments:
            if a.shift_code == "HOLIDAY" and a.staff_id != liu.id:
                try:
                    R.assign(s, day=d.info.day, shift_code="HOLIDAY", staff_id=liu.id, post=a.post, actor=actor,
                             note="与本人协商调整", replace_id=a.id, tz=tz)  # fmt: skip
                except RosterRuleError:  # a rule in the way (nothing written): try the next one
                    continue
                return


def _attendance(s: Session, actor: Actor, start: date, now: datetime, rng: random.Random) -> None:
    if s.scalar(select(func.count()).select_from(RosterAttendance)):
        return
    lines = att.attendance(s, start, now.astimezone(zone()).date(), now=now)
    absent_done = False
    for line in lines:
        a = line.assignment
        if line.state.value != "absent" or a.start > now:
            continue
        if not absent_done and (now - a.start).days < 30 and rng.random() < 0.05:
            absent_done = True  # one absence in the last month: the attendance view flags it (2 points)
            continue
        late = rng.random() < 0.03
        t_in = a.start + (
            timedelta(minutes=rng.randint(16, 40)) if late else -timedelta(minutes=rng.randint(2, 25))
        )
        att.check_in(s, a.staff_id, actor, now=min(t_in, now))
        if a.end <= now:
            att.check_out(s, a.staff_id, actor, now=a.end + timedelta(minutes=rng.randint(0, 20)))


def _handovers(s: Session, team: list[OperatorInfo], now: datetime) -> None:
    if s.scalar(select(func.count()).select_from(RosterHandoverEntry)):
        return
    ops = [o for o in team if o.role is Role.OPERATOR]
    if len(ops) < 3:
        return

    def actor(o: OperatorInfo) -> Actor:
        return Actor(o.id, o.name, "A1", o.role)

    yesterday = now - timedelta(days=1)
    h = ho.hand_over(s, actor(ops[0]), "夜间无新增故障。西机房2号精密空调告警已复位，请白班继续关注回风温度。",
                     now=yesterday.replace(minute=0, second=0, microsecond=0))  # fmt: skip
    ho.acknowledge(
        s, h.id, actor(ops[1]), "已接班，已查看空调运行记录。", now=h.outgoing_at + timedelta(minutes=12)
    )
    ho.hand_over(
        s, actor(ops[2]), "大厅LED拼接屏左下角模块偶发黑屏，已报厂家；今晚视频会商需提前一小时联调。",
        now=now - timedelta(minutes=30),
    )  # fmt: skip

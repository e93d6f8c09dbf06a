"""Built-in contract profiles (from the procurement documents in seeds/) and their JSON form.

The JSON form is what the database stores and what a supervisor imports: targets in whole minutes (null =
no such clock), business hours as "HH:MM". Unknown keys are refused so that a typo in an imported SLA
policy is an error, not a silently missing rule.
"""

from __future__ import annotations

import math
import re
from datetime import time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from opsdesk.domain.enums import CalendarMode
from opsdesk.domain.sla import ContractProfile, SlaLevel
from opsdesk.errors import ImportFormatError

_M = timedelta(minutes=1)
_H = timedelta(hours=1)

# 003_… (Guangxi public security department): four response levels, fault report within 3 days.
GX_4LEVEL = ContractProfile(
    code="GX-4LEVEL",
    name_zh="广西公安厅 四级响应",
    name_en="Guangxi Public Security Dept. — four response levels",
    levels=(
        SlaLevel(
            "P1", "紧急", "Urgent", respond=15 * _M, arrive=None, resolve=4 * _H,
            description_zh="VIP；安全事件；核心系统 ≥1/2 用户中断",
            description_en="VIP; security incident; core system down for ≥ 1/2 of users",
        ),
        SlaLevel(
            "P2", "高", "High", respond=30 * _M, arrive=None, resolve=8 * _H,
            description_zh="核心系统 <1/2 用户中断；重要系统 ≥1/2 用户中断",
            description_en="core system down for < 1/2 of users; important system down for ≥ 1/2",
        ),
        SlaLevel(
            "P3", "中", "Medium", respond=45 * _M, arrive=None, resolve=24 * _H,
            description_zh="核心系统 1–3 人；重要系统 <1/2；一般系统 <1/2；服务请求 ≥1/2（非工作日由采购人决定是否到场）",
            description_en="core system, 1–3 users; important < 1/2; ordinary < 1/2; service request ≥ 1/2 "
            "(on non-workdays the client decides whether to come on site)",
        ),
        SlaLevel(
            "P4", "低", "Low", respond=60 * _M, arrive=None, resolve=48 * _H,
            description_zh="一般系统或终端 1–3 人；服务请求 <1/2（非工作日由采购人决定是否到场）",
            description_en="ordinary system or PC, 1–3 users; service request < 1/2 "
            "(on non-workdays the client decides whether to come on site)",
        ),
    ),
    calendar=CalendarMode.ALWAYS,
    report_days=3,
    builtin=True,
)  # fmt: skip

# 000_… (Nantong city command center, on-site): one level for every fault.
NT_ONSITE = ContractProfile(
    code="NT-ONSITE",
    name_zh="南通 驻场",
    name_en="Nantong on-site",
    levels=(
        SlaLevel(
            "P1", "标准", "Standard", respond=15 * _M, arrive=4 * _H, resolve=24 * _H,
            description_zh="响应 <15 分钟；工程师 ≤4 小时到场；报修后 24 小时内解决",
            description_en="respond within 15 min; engineer on site within 4 h; resolved within 24 h of the report",
        ),
    ),
    calendar=CalendarMode.ALWAYS,
    report_days=3,
    builtin=True,
)  # fmt: skip


def builtin_profiles() -> tuple[ContractProfile, ...]:
    return (GX_4LEVEL, NT_ONSITE)


# ---- JSON form -----------------------------------------------------------------------------------
_PROFILE_KEYS = frozenset(
    {"code", "name_zh", "name_en", "calendar", "business_start", "business_end", "warning_ratio",
     "report_days", "timezone", "builtin", "levels"}
)  # fmt: skip
_LEVEL_KEYS = frozenset(
    {"code", "name_zh", "name_en", "respond_minutes", "arrive_minutes", "resolve_minutes",
     "description_zh", "description_en"}
)  # fmt: skip
_CLOCKS = ("respond", "arrive", "resolve")
_HHMM = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def _minutes(d: timedelta | None) -> int | None:
    return None if d is None else math.ceil(d / _M)


def profile_to_dict(p: ContractProfile) -> dict[str, Any]:
    """JSON-able form. Targets are whole minutes (a sub-minute target is rounded up)."""
    return {
        "code": p.code,
        "name_zh": p.name_zh,
        "name_en": p.name_en,
        "calendar": CalendarMode(p.calendar).value,
        "business_start": p.business_start.strftime("%H:%M"),
        "business_end": p.business_end.strftime("%H:%M"),
        "warning_ratio": p.warning_ratio,
        "report_days": p.report_days,
        "timezone": p.timezone,
        "builtin": p.builtin,
        "levels": [
            {
                "code": lv.code,
                "name_zh": lv.name_zh,
                "name_en": lv.name_en,
                **{f"{c}_minutes": _minutes(getattr(lv, c)) for c in _CLOCKS},
                "description_zh": lv.description_zh,
                "description_en": lv.description_en,
            }
            for lv in p.levels
        ],
    }


def profile_from_dict(d: Any, source: str = "profile") -> ContractProfile:
    """Validate and build a profile; ImportFormatError(source, detail) names the first bad field."""

    def bad(where: str, problem: str) -> ImportFormatError:
        return ImportFormatError(source, f"{where}: {problem}")

    def text(obj: dict, key: str, where: str, *, required: bool = False) -> str:
        v = obj.get(key, "")
        if not isinstance(v, str):
            raise bad(f"{where}{key}", f"must be a string, got {v!r}")
        if required and not v.strip():
            raise bad(f"{where}{key}", "must not be empty")
        return v.strip() if required else v

    def hhmm(key: str, default: time) -> time:
        v = d.get(key)
        if v is None:
            return default
        m = _HHMM.fullmatch(v) if isinstance(v, str) else None
        if m is None:
            raise bad(key, f'must be a time "HH:MM", got {v!r}')
        return time(int(m[1]), int(m[2]))

    if not isinstance(d, dict):
        raise bad("profile", f"must be a JSON object, got {type(d).__name__}")
    if extra := sorted(set(d) - _PROFILE_KEYS):
        raise bad("profile", f"unknown keys {extra}")
    code = text(d, "code", "", required=True)

    calendar = d.get("calendar", CalendarMode.ALWAYS.value)
    if calendar not in {m.value for m in CalendarMode}:
        raise bad("calendar", f'must be "24x7" or "business", got {calendar!r}')
    start, end = hhmm("business_start", time(8, 0)), hhmm("business_end", time(19, 0))
    if start >= end:
        raise bad("business_end", f"must be after business_start ({start:%H:%M} >= {end:%H:%M})")

    ratio = d.get("warning_ratio", 0.8)
    if isinstance(ratio, bool) or not isinstance(ratio, int | float) or not 0 < ratio < 1:
        raise bad("warning_ratio", f"must be a number strictly between 0 and 1, got {ratio!r}")

    report_days = d.get("report_days", 3)
    if report_days is not None and (not _is_int(report_days) or report_days < 0):
        raise bad("report_days", f"must be an integer >= 0 or null, got {report_days!r}")

    tz = d.get("timezone", "Asia/Shanghai")
    try:
        if not isinstance(tz, str):
            raise ValueError
        ZoneInfo(tz)
    except (ValueError, ZoneInfoNotFoundError):
        raise bad("timezone", f"must be an IANA time zone name, got {tz!r}") from None

    builtin = d.get("builtin", False)
    if not isinstance(builtin, bool):
        raise bad("builtin", f"must be true or false, got {builtin!r}")

    raw_levels = d.get("levels")
    if not isinstance(raw_levels, list) or not raw_levels:
        raise bad("levels", f"must be a non-empty list, got {raw_levels!r}")
    levels: list[SlaLevel] = []
    for i, lv in enumerate(raw_levels):
        where = f"levels[{i}]."
        if not isinstance(lv, dict):
            raise bad(f"levels[{i}]", f"must be a JSON object, got {type(lv).__name__}")
        if extra := sorted(set(lv) - _LEVEL_KEYS):
            raise bad(f"levels[{i}]", f"unknown keys {extra}")
        lcode = text(lv, "code", where, required=True)
        if any(x.code == lcode for x in levels):
            raise bad(f"{where}code", f"duplicate level code {lcode!r}")
        targets: dict[str, timedelta | None] = {}
        for c in _CLOCKS:
            v = lv.get(f"{c}_minutes")
            if v is not None and (not _is_int(v) or v <= 0):
                raise bad(f"{where}{c}_minutes", f"must be a positive integer or null, got {v!r}")
            targets[c] = None if v is None else timedelta(minutes=v)
        levels.append(
            SlaLevel(
                lcode, text(lv, "name_zh", where), text(lv, "name_en", where),
                targets["respond"], targets["arrive"], targets["resolve"],
                text(lv, "description_zh", where), text(lv, "description_en", where),
            )
        )  # fmt: skip

    return ContractProfile(
        code=code,
        name_zh=text(d, "name_zh", ""),
        name_en=text(d, "name_en", ""),
        levels=tuple(levels),
        calendar=CalendarMode(calendar),
        business_start=start,
        business_end=end,
        warning_ratio=float(ratio),
        report_days=report_days,
        timezone=tz,
        builtin=builtin,
    )


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)

"""The roster as the calendars show it: chips (one rostered person on one shift) by local day.

`RosterData` holds what one load brought back (a range of days: chips, day kinds, posts); the month and
week table models are thin views over it, so switching view or paging inside the loaded range costs no
query. A chip changed by a write is replaced in place (`RosterData.replace_day`) and only that day's
cells are repainted.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from opsdesk.domain.roster import ANY_POST, DayInfo, RosterView

_tr = QCoreApplication.translate
DATE_ROLE = Qt.ItemDataRole.UserRole + 1
CHIPS_ROLE = Qt.ItemDataRole.UserRole + 2
DAY_ROLE = Qt.ItemDataRole.UserRole + 3  # DayInfo
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 4
POST_ROLE = Qt.ItemDataRole.UserRole + 5

_Index = QModelIndex | QPersistentModelIndex


class DayKind(IntEnum):
    WORKDAY = 0
    WEEKEND = 1
    HOLIDAY = 2  # a statutory holiday (a weekday off, or a weekend inside a holiday period)
    MAKEUP = 3  # a weekend day that is a workday (调休)


def day_kind(info: DayInfo) -> DayKind:
    if info.holiday:
        return DayKind.HOLIDAY
    if info.makeup:
        return DayKind.MAKEUP
    return DayKind.WORKDAY if info.workday else DayKind.WEEKEND


@dataclass(frozen=True, slots=True)
class Chip:
    """One person on one shift of one day, as the calendars draw it (an open slot: staff_id empty)."""

    id: str  # the assignment's id ("" for an open slot)
    day: date  # the local day the shift starts on
    staff_id: str
    name: str
    phone: str
    post: str
    shift_code: str
    shift_name: str
    start: datetime | None  # UTC
    end: datetime | None  # UTC
    pinned: bool = False  # a manual edit or an approved swap: regeneration keeps it
    missing: int = 0  # an open slot: how many people are missing

    @property
    def open(self) -> bool:
        return not self.staff_id

    def hours(self, tz) -> str:
        if self.start is None or self.end is None:
            return ""
        a, b = self.start.astimezone(tz), self.end.astimezone(tz)
        if b - a >= timedelta(hours=24):
            return "24h"
        return f"{a:%H:%M}\u2013{b:%H:%M}"


@dataclass(slots=True)
class RosterData:
    """Chips and day kinds of a loaded range of local days [first, last]."""

    first: date
    last: date
    chips: dict[date, list[Chip]] = field(default_factory=dict)
    days: dict[date, DayInfo] = field(default_factory=dict)
    posts: tuple[str, ...] = ()  # every post of the team, sorted: the colour order
    missing_years: tuple[int, ...] = ()

    def covers(self, a: date, b: date) -> bool:
        return self.first <= a and b <= self.last

    def day_chips(self, d: date) -> list[Chip]:
        return self.chips.get(d, [])

    def day_info(self, d: date) -> DayInfo:
        info = self.days.get(d)
        if info is None:  # outside the loaded range: plain Monday–Friday until the load arrives
            return DayInfo(d, d.weekday() < 5, False, False)
        return info

    @classmethod
    def from_view(cls, view: RosterView, chinese: bool = True, any_post: str = "*") -> RosterData:
        """Chips (people and open slots) by day, from the core's RosterView."""
        names = {s.code: (s.name_zh if chinese or not s.name_en else s.name_en) for s in view.shifts}
        order = {s.code: (s.sort_order, i) for i, s in enumerate(view.shifts)}
        posts: list[str] = []
        for st in sorted(view.staff, key=lambda x: (x.sort_order, x.post)):
            if st.post not in posts:
                posts.append(st.post)
        data = cls(view.start, view.end, posts=tuple(posts), missing_years=tuple(view.missing_years))
        for rd in view.days:
            d = rd.info.day
            data.days[d] = rd.info
            chips = [
                Chip(a.id, a.day, a.staff_id, a.staff_name, a.phone, a.staff_post, a.shift_code,
                     names.get(a.shift_code, a.shift_code), a.start, a.end, a.pinned)
                for a in rd.assignments
            ]  # fmt: skip
            chips.sort(
                key=lambda c: (order.get(c.shift_code, (99, 0)), c.start, posts_index(posts, c.post), c.name)
            )
            chips += [
                Chip("", d, "", "", "", any_post if o.post == ANY_POST else o.post, o.shift_code, names.get(o.shift_code, o.shift_code), None, None,
                     missing=o.missing)
                for o in rd.open_slots
            ]  # fmt: skip
            if chips:
                data.chips[d] = chips
        return data


def posts_index(posts: list[str] | tuple[str, ...], post: str) -> int:
    return posts.index(post) if post in posts else len(posts)


def chip_words(c: Chip) -> str:
    if c.open:
        return _tr("RosterModel", "{shift} {post}: {n} missing").format(
            shift=c.shift_name, post=c.post, n=c.missing
        )
    return f"{c.shift_name} {c.post} {c.name} {c.phone}".rstrip()


def weekday_names() -> list[str]:
    """Monday first (Chinese calendars start on Monday)."""
    return [
        _tr("RosterModel", "Mon"),
        _tr("RosterModel", "Tue"),
        _tr("RosterModel", "Wed"),
        _tr("RosterModel", "Thu"),
        _tr("RosterModel", "Fri"),
        _tr("RosterModel", "Sat"),
        _tr("RosterModel", "Sun"),
    ]


def day_kind_name(kind: DayKind) -> str:
    return {
        DayKind.WORKDAY: _tr("RosterModel", "Workday"),
        DayKind.WEEKEND: _tr("RosterModel", "Weekend"),
        DayKind.HOLIDAY: _tr("RosterModel", "Holiday"),
        DayKind.MAKEUP: _tr("RosterModel", "Make-up workday"),
    }[kind]


class MonthModel(QAbstractTableModel):
    """6 weeks × 7 days (Monday first) around one month; each cell is a day with its chips."""

    ROWS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_ = RosterData(date.min, date.min)
        self.year, self.month = 2000, 1
        self.first_cell = date(2000, 1, 1)

    # ---- range -----------------------------------------------------------------------------------
    def set_month(self, year: int, month: int) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        first = date(year, month, 1)
        self.first_cell = first - timedelta(days=first.weekday())
        self.endResetModel()

    def visible_range(self) -> tuple[date, date]:
        return self.first_cell, self.first_cell + timedelta(days=self.ROWS * 7 - 1)

    def set_data(self, data: RosterData) -> None:
        self.beginResetModel()
        self.data_ = data
        self.endResetModel()

    def day_changed(self, d: date) -> None:
        idx = self.index_of(d)
        if idx.isValid():
            self.dataChanged.emit(idx, idx)

    def date_at(self, index: _Index) -> date:
        return self.first_cell + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, d: date) -> QModelIndex:
        n = (d - self.first_cell).days
        if 0 <= n < self.ROWS * 7:
            return self.index(n // 7, n % 7)
        return QModelIndex()

    def days_in_month(self) -> int:
        return _calendar.monthrange(self.year, self.month)[1]

    # ---- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.ROWS

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return weekday_names()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self.date_at(index)
        if role == DATE_ROLE:
            return d
        if role == CHIPS_ROLE:
            return self.data_.day_chips(d)
        if role == DAY_ROLE:
            return self.data_.day_info(d)
        if role == IN_MONTH_ROLE:
            return d.month == self.month
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self.describe(d)
        return None

    def describe(self, d: date) -> str:
        """The day in words (screen readers, tooltips, tests): date, kind, who is on duty, one per line."""
        info = self.data_.day_info(d)
        parts = [d.isoformat(), day_kind_name(day_kind(info))]
        if info.name:
            parts.append(info.name)
        head = " · ".join(parts + list(info.periods))
        return "\n".join([head] + [chip_words(c) for c in self.data_.day_chips(d)])


class WeekModel(QAbstractTableModel):
    """One week: a row per post, a column per day; a cell holds the chips of that post on that day."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_ = RosterData(date.min, date.min)
        self.monday = date(2000, 1, 3)
        self.posts: tuple[str, ...] = ()

    def set_week(self, any_day: date) -> None:
        self.beginResetModel()
        self.monday = any_day - timedelta(days=any_day.weekday())
        self._posts()
        self.endResetModel()

    def set_data(self, data: RosterData) -> None:
        self.beginResetModel()
        self.data_ = data
        self._posts()
        self.endResetModel()

    def _posts(self) -> None:
        seen = set(self.data_.posts)
        for i in range(7):
            seen.update(c.post for c in self.data_.day_chips(self.monday + timedelta(days=i)))
        order = list(self.data_.posts) + sorted(seen - set(self.data_.posts))
        self.posts = tuple(order)

    def visible_range(self) -> tuple[date, date]:
        return self.monday, self.monday + timedelta(days=6)

    def day_changed(self, d: date) -> None:
        n = (d - self.monday).days
        if 0 <= n < 7 and self.posts:
            self.dataChanged.emit(self.index(0, n), self.index(len(self.posts) - 1, n))

    def date_at(self, index: _Index) -> date:
        return self.monday + timedelta(days=index.column())

    def index_of(self, d: date, post_row: int = 0) -> QModelIndex:
        n = (d - self.monday).days
        if 0 <= n < 7 and 0 <= post_row < len(self.posts):
            return self.index(post_row, n)
        return QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.posts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            d = self.monday + timedelta(days=section)
            info = self.data_.day_info(d)
            mark = ""
            if info.holiday:
                mark = " " + (info.name or _tr("RosterModel", "Holiday"))
            elif info.makeup:
                mark = " " + _tr("RosterModel", "(make-up workday)")
            return f"{weekday_names()[section]} {d.month}/{d.day}{mark}"
        if 0 <= section < len(self.posts):
            return self.posts[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self.date_at(index)
        post = self.posts[index.row()]
        if role == DATE_ROLE:
            return d
        if role == POST_ROLE:
            return post
        if role == CHIPS_ROLE:
            return [c for c in self.data_.day_chips(d) if c.post == post]
        if role == DAY_ROLE:
            return self.data_.day_info(d)
        if role == IN_MONTH_ROLE:
            return True
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            names = [chip_words(c) for c in self.data_.day_chips(d) if c.post == post]
            return " · ".join([d.isoformat(), post, *names])
        return None

"""Checklist templates (versioned) and runs: the walk-through before a meeting.

A template version never changes: saving makes version + 1, and a run stays pinned to the version it
started with, so a record reads the same later. Results are insert-only rows; the latest for an item
(and venue) is the current one, the earlier ones are the history. A fault can file a ticket, linked
both ways: the result row holds the ticket id and the ticket's description names the result.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from opsdesk.documents.meeting_texts import TICKET_TEXT
from opsdesk.domain.enums import Category
from opsdesk.domain.meetings import (
    ChecklistRun,
    ChecklistTemplate,
    FaultLink,
    ItemKind,
    ItemResult,
    OpenChecklist,
    Outcome,
    ResultInput,
    RunLine,
    RunSummary,
    TemplateDraft,
    TemplateItem,
    TemplateSaved,
    Venue,
)
from opsdesk.domain.people import Actor
from opsdesk.domain.tickets import NewTicket
from opsdesk.errors import NotFound
from opsdesk.meeting_errors import RunFinished, RunIncomplete
from opsdesk.services.checklist_builtins import BUILTIN_TEMPLATES
from opsdesk.services.meetings import meeting_venues
from opsdesk.services.validation import Checker
from opsdesk.storage.meeting_models import (
    ChecklistResultRow,
    ChecklistRunRow,
    ChecklistTemplateRow,
    MeetingRow,
    VenueRow,
)
from opsdesk.storage.models import Operator, Ticket
from opsdesk.timeutil import DEFAULT_TZ, new_id, utcnow, zone

Translate = Callable[[str], str]
PHOTO_LIMIT = 10 * 1024 * 1024
_KEY = re.compile(r"[a-z0-9_]{1,40}")


# ---- templates -----------------------------------------------------------------------------------
def _items_json(items: tuple[TemplateItem, ...]) -> str:
    return json.dumps([{**asdict(i), "kind": str(i.kind)} for i in items], ensure_ascii=False, sort_keys=True)


def _items(text: str) -> tuple[TemplateItem, ...]:
    return tuple(TemplateItem(**{**d, "kind": ItemKind(d["kind"])}) for d in json.loads(text))


def _template(r: ChecklistTemplateRow, latest: bool = True) -> ChecklistTemplate:
    return ChecklistTemplate(
        id=r.id,
        family_id=r.family_id,
        code=r.code,
        name=r.name,
        version=r.version,
        items=_items(r.items),
        description=r.description,
        builtin=r.builtin,
        due_before=timedelta(minutes=r.due_before_min),
        created_at=r.created_at,
        latest=latest,
    )


def _latest_versions(s: Session) -> dict[str, int]:
    rows = s.execute(
        select(ChecklistTemplateRow.family_id, func.max(ChecklistTemplateRow.version))
        .where(ChecklistTemplateRow.deleted.is_(False))
        .group_by(ChecklistTemplateRow.family_id)
    )
    return {f: v for f, v in rows}


def list_templates(s: Session, *, include_old: bool = False) -> list[ChecklistTemplate]:
    """The latest version of every template (all versions with include_old), by name."""
    latest = _latest_versions(s)
    rows = s.scalars(select(ChecklistTemplateRow).where(ChecklistTemplateRow.deleted.is_(False)))
    out = [
        _template(r, latest=latest.get(r.family_id) == r.version)
        for r in rows
        if include_old or latest.get(r.family_id) == r.version
    ]
    return sorted(out, key=lambda t: (not t.builtin, t.name, -t.version))


def get_template(s: Session, template_id: str) -> ChecklistTemplate:
    r = s.get(ChecklistTemplateRow, template_id)
    if r is None or r.deleted:
        raise NotFound("checklist template", template_id)
    return _template(r, latest=_latest_versions(s).get(r.family_id) == r.version)


def template_versions(s: Session, family_id: str) -> list[ChecklistTemplate]:
    rows = list(
        s.scalars(
            select(ChecklistTemplateRow)
            .where(ChecklistTemplateRow.family_id == family_id, ChecklistTemplateRow.deleted.is_(False))
            .order_by(ChecklistTemplateRow.version.desc())
        )
    )
    if not rows:
        raise NotFound("checklist template", family_id)
    return [_template(r, latest=i == 0) for i, r in enumerate(rows)]


def _clean_draft(draft: TemplateDraft) -> TemplateDraft:
    c = Checker()
    name = c.text("name", draft.name, max_len=100, required=True)
    description = c.text("description", draft.description, max_len=2000, multiline=True)
    if not draft.items:
        c.add("items", "empty")
    if draft.due_before < timedelta(0) or draft.due_before > timedelta(days=7):
        c.add("due_before", "out_of_range")
    items: list[TemplateItem] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(draft.items):
        f = f"items.{i}"
        label = c.text(f"{f}.label", item.label, max_len=200, required=True)
        key = (item.key or "").strip() or f"item{i + 1}"
        if not _KEY.fullmatch(key):
            c.add(f"{f}.key", "bad_key", value=key)
        elif key in seen:
            c.add(f"{f}.key", "duplicate", value=key, other=seen[key])
        seen.setdefault(key, i)
        try:
            kind = ItemKind(item.kind)
        except ValueError:
            c.add(f"{f}.kind", "not_allowed", value=str(item.kind), allowed=tuple(ItemKind))
            kind = ItemKind.CHECK
        if item.low is not None and item.high is not None and item.low > item.high:
            c.add(f"{f}.range", "low_above_high", low=item.low, high=item.high)
        items.append(
            TemplateItem(
                key=key,
                label=label,
                kind=kind,
                required=bool(item.required),
                section=c.text(f"{f}.section", item.section, max_len=50),
                low=float(item.low) if kind is ItemKind.READING and item.low is not None else None,
                high=float(item.high) if kind is ItemKind.READING and item.high is not None else None,
                unit=c.text(f"{f}.unit", item.unit, max_len=20) if kind is ItemKind.READING else "",
                hint=c.text(f"{f}.hint", item.hint, max_len=500),
            )
        )
    c.raise_if_any()
    return TemplateDraft(
        name=name, items=tuple(items), description=description, due_before=draft.due_before, code=draft.code
    )


def save_template(
    s: Session,
    family_id: str | None,
    draft: TemplateDraft,
    actor: Actor,
    now: datetime | None = None,
    *,
    builtin: bool = False,
) -> TemplateSaved:
    """Save `draft` as a new version of the template `family_id` (a new template when None).

    Runs already started keep their version: they are returned so the editor can say so."""
    now = now or utcnow()
    clean = _clean_draft(draft)
    version, code = 1, clean.code
    if family_id is None:
        family_id = new_id()
    else:
        versions = template_versions(s, family_id)  # NotFound for an unknown family
        version = versions[0].version + 1
        code = code or versions[0].code
    r = _add_version(s, new_id(), family_id, version, code, clean, builtin, now, actor.operator_id)
    running = s.scalars(
        select(ChecklistRunRow.id)
        .join(ChecklistTemplateRow, ChecklistTemplateRow.id == ChecklistRunRow.template_id)
        .where(
            ChecklistTemplateRow.family_id == family_id,
            ChecklistTemplateRow.version < version,
            ChecklistRunRow.finished_at.is_(None),
            ChecklistRunRow.deleted.is_(False),
        )
    ).all()
    return TemplateSaved(_template(r), tuple(_summary(s, get_run(s, rid)) for rid in running))


def _add_version(
    s: Session,
    row_id: str,
    family_id: str,
    version: int,
    code: str,
    clean: TemplateDraft,
    builtin: bool,
    now: datetime,
    operator_id: str | None,
) -> ChecklistTemplateRow:
    r = ChecklistTemplateRow(
        id=row_id,
        family_id=family_id,
        code=code,
        version=version,
        name=clean.name,
        description=clean.description,
        items=_items_json(clean.items),
        builtin=builtin,
        due_before_min=int(clean.due_before.total_seconds() // 60),
        created_at=now,
        deleted=False,
        updated_at=now,
        updated_by=operator_id,
    )
    s.add(r)
    s.flush()
    return r


def ensure_builtin_templates(s: Session, now: datetime | None = None) -> int:
    """Idempotent: create the built-in templates that are missing; a built-in whose content changed
    in a newer opsdesk gets a new version (unless an operator already edited it). Returns versions made.

    Every console makes the same rows (ids from the code and content, a fixed stamp), so when their
    inserts reach the server they are one row, not five templates per console (`now` is not used)."""
    from opsdesk.services.meetings import SEED_AT, seed_id

    made = 0
    for draft in BUILTIN_TEMPLATES:
        rows = list(
            s.scalars(
                select(ChecklistTemplateRow)
                .where(ChecklistTemplateRow.code == draft.code, ChecklistTemplateRow.deleted.is_(False))
                .order_by(ChecklistTemplateRow.version.desc())
            )
        )
        clean = _clean_draft(draft)
        items = _items_json(clean.items)
        if rows and (not rows[0].builtin or rows[0].items == items):
            continue  # present, or edited by an operator (their version wins)
        version = rows[0].version + 1 if rows else 1
        family_id = rows[0].family_id if rows else seed_id("checklist_family", draft.code)
        row_id = seed_id("checklist_template", f"{draft.code}:{version}:{items}")
        if s.get(ChecklistTemplateRow, row_id) is None:
            _add_version(s, row_id, family_id, version, draft.code, clean, True, SEED_AT, None)
            made += 1
    return made


# ---- runs ----------------------------------------------------------------------------------------
def _meeting(s: Session, meeting_id: str) -> MeetingRow:
    m = s.get(MeetingRow, meeting_id)
    if m is None or m.deleted:
        raise NotFound("meeting", meeting_id)
    return m


def start_run(
    s: Session, meeting_id: str, template_id: str, actor: Actor, now: datetime | None = None
) -> ChecklistRun:
    now = now or utcnow()
    _meeting(s, meeting_id)
    get_template(s, template_id)
    r = ChecklistRunRow(
        id=new_id(),
        meeting_id=meeting_id,
        template_id=template_id,
        started_at=now,
        started_by=actor.operator_id,
        finished_at=None,
        deleted=False,
        updated_at=now,
        updated_by=actor.operator_id,
    )
    s.add(r)
    s.flush()
    return get_run(s, r.id)


def _run_row(s: Session, run_id: str) -> ChecklistRunRow:
    r = s.get(ChecklistRunRow, run_id)
    if r is None or r.deleted:
        raise NotFound("checklist run", run_id)
    return r


def _names(s: Session, ids: set[str | None]) -> dict[str, str]:
    ids.discard(None)
    if not ids:
        return {}
    return {o.id: o.name for o in s.scalars(select(Operator).where(Operator.id.in_(ids)))}


def _results(s: Session, run_ids: list[str]) -> list[ChecklistResultRow]:
    if not run_ids:
        return []
    return list(
        s.scalars(
            select(ChecklistResultRow)
            .where(ChecklistResultRow.run_id.in_(run_ids), ChecklistResultRow.deleted.is_(False))
            .order_by(ChecklistResultRow.at, ChecklistResultRow.id)
        )
    )


def _result(r: ChecklistResultRow, names: dict[str, str], codes: dict[str, str]) -> ItemResult:
    return ItemResult(
        id=r.id,
        run_id=r.run_id,
        item_key=r.item_key,
        outcome=Outcome(r.outcome),
        at=r.at,
        venue_id=r.venue_id,
        value=r.value,
        note=r.note,
        operator_id=r.operator_id,
        operator_name=names.get(r.operator_id or "", ""),
        ticket_id=r.ticket_id,
        ticket_code=codes.get(r.ticket_id or "", ""),
        has_photo=r.photo is not None,
    )


def _lines(
    items: tuple[TemplateItem, ...],
    venues: tuple[Venue, ...],
    current: dict[tuple[str, str | None], ItemResult],
) -> tuple[RunLine, ...]:
    lines: list[RunLine] = []
    for item in items:
        if item.kind is ItemKind.VENUE_MATRIX and venues:
            lines += [RunLine(item, v, current.get((item.key, v.id))) for v in venues]
        else:
            lines.append(RunLine(item, None, current.get((item.key, None))))
    return tuple(lines)


def get_run(s: Session, run_id: str) -> ChecklistRun:
    r = _run_row(s, run_id)
    m = _meeting(s, r.meeting_id)
    t = get_template(s, r.template_id)
    rows = _results(s, [r.id])
    names = _names(s, {r.started_by, r.finished_by, *(x.operator_id for x in rows)})
    tids = {x.ticket_id for x in rows if x.ticket_id}
    codes = (
        {i: c for i, c in s.execute(select(Ticket.id, Ticket.code).where(Ticket.id.in_(tids)))}
        if tids
        else {}
    )
    history = tuple(_result(x, names, codes) for x in rows)
    current = {(x.item_key, x.venue_id): x for x in history}  # later rows overwrite earlier ones
    latest = _latest_versions(s).get(t.family_id, t.version)
    return ChecklistRun(
        id=r.id,
        meeting_id=m.id,
        meeting_title=m.title,
        meeting_starts_at=m.starts_at,
        template=t,
        started_at=r.started_at,
        started_by_name=names.get(r.started_by or "", ""),
        finished_at=r.finished_at,
        finished_by_name=names.get(r.finished_by or "", ""),
        lines=_lines(t.items, meeting_venues(s, m.id), current),
        history=history,
        template_newer_version=latest if latest > t.version else None,
    )


def _summary(s: Session, run: ChecklistRun) -> RunSummary:
    return RunSummary(
        id=run.id,
        meeting_id=run.meeting_id,
        template_id=run.template.id,
        template_name=run.template.name,
        template_version=run.template.version,
        started_at=run.started_at,
        finished_at=run.finished_at,
        done=run.done,
        total=run.total,
        faults=sum(1 for x in run.lines if x.result is not None and x.result.outcome is Outcome.FAULT),
        blockers=len(run.blockers),
    )


def run_summaries(s: Session, meeting_id: str) -> list[RunSummary]:
    ids = s.scalars(
        select(ChecklistRunRow.id)
        .where(ChecklistRunRow.meeting_id == meeting_id, ChecklistRunRow.deleted.is_(False))
        .order_by(ChecklistRunRow.started_at)
    ).all()
    return [_summary(s, get_run(s, i)) for i in ids]


def _item(run: ChecklistRun, key: str) -> TemplateItem:
    item = next((i for i in run.template.items if i.key == key), None)
    if item is None:
        raise NotFound("checklist item", key)
    return item


def _number(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


def record_result(
    s: Session,
    run_id: str,
    r: ResultInput,
    actor: Actor,
    now: datetime | None = None,
    *,
    ticket: NewTicket | None = None,
    profile_code: str | None = None,
    tz: str = DEFAULT_TZ,
) -> ItemResult:
    """Record one result (append-only: it supersedes an earlier one for the same item and venue).

    A FAULT with `ticket` files that ticket (profile_code required) in the same transaction and links
    it: result.ticket_id, and a line naming the run and result at the end of the ticket's description."""
    now = now or utcnow()
    row = _run_row(s, run_id)
    if row.finished_at is not None:
        raise RunFinished(run_id)
    run = get_run(s, run_id)
    item = _item(run, r.item_key)
    c = Checker()
    try:
        outcome = Outcome(r.outcome)
    except ValueError:
        c.add("outcome", "not_allowed", value=str(r.outcome), allowed=tuple(Outcome))
        outcome = Outcome.NA
    venue_id = r.venue_id or None
    if item.kind is ItemKind.VENUE_MATRIX and run.lines and any(x.venue for x in run.lines if x.item == item):
        if venue_id not in {x.venue.id for x in run.lines if x.item == item and x.venue}:
            c.add("venue_id", "not_found" if venue_id else "required")
    elif venue_id is not None:
        c.add("venue_id", "not_allowed", value=venue_id, allowed=())
    value = c.text("value", r.value, max_len=200)
    note = c.text("note", r.note, max_len=2000, multiline=True)
    number = None
    if item.kind is ItemKind.READING and outcome is not Outcome.NA:
        number = _number(value)
        if number is None:
            c.add("value", "not_a_number", value=value)
        elif outcome is Outcome.OK and not item.in_range(number):
            c.add("value", "out_of_range", value=number, low=item.low, high=item.high)
    if item.kind is ItemKind.TEXT and outcome is Outcome.OK and item.required and not value:
        c.add("value", "required")
    if r.photo is not None and len(r.photo) > PHOTO_LIMIT:
        c.add("photo", "too_large", size=len(r.photo), limit=PHOTO_LIMIT)
    if ticket is not None and outcome is not Outcome.FAULT:
        c.add("ticket", "not_a_fault")
    if ticket is not None and not profile_code:
        c.add("profile_code", "required")
    c.raise_if_any()
    if item.kind is ItemKind.PHOTO and r.photo is not None and not value:
        value = (r.photo_name or "photo")[:200]
    result_id = new_id()
    ticket_id, code = None, ""
    if ticket is not None:
        # the ticket first, naming the result: the result row is then written once, never updated
        from opsdesk.services.tickets import create_ticket

        link = f"[checklist {run_id} / {result_id}]"
        desc = f"{ticket.description.rstrip()}\n\n{link}" if ticket.description.strip() else link
        detail = create_ticket(
            s, _with(ticket, description=desc), actor, profile_code=profile_code or "", now=now, tz=tz
        )
        ticket_id, code = detail.id, detail.code
    res = ChecklistResultRow(
        id=result_id,
        run_id=run_id,
        item_key=item.key,
        venue_id=venue_id,
        outcome=str(outcome),
        value=value,
        number=number,
        note=note,
        photo=r.photo,
        at=now,
        operator_id=actor.operator_id,
        console_code=actor.console_code,
        ticket_id=ticket_id,
        deleted=False,
        updated_at=now,
        updated_by=actor.operator_id,
    )
    s.add(res)
    s.flush()
    names = {actor.operator_id: actor.operator_name} if actor.operator_id else {}
    return _result(res, names, {ticket_id: code} if ticket_id else {})


def _with(t: NewTicket, **changes: object) -> NewTicket:
    from dataclasses import replace

    return replace(t, **changes)  # type: ignore[arg-type]


_CATEGORY = {
    "video_conference": Category.VIDEO_CONFERENCE,
    "unified_comms": Category.UNIFIED_COMMS,
    "drone": Category.DRONE,
    "e_namecards": Category.NAME_CARDS,
}
_POWER_AV = {"audio": Category.AUDIO, "mics": Category.AUDIO, "headsets": Category.AUDIO,
             "video_wall": Category.VIDEO_WALL, "distributed": Category.VIDEO_WALL,
             "door_screens": Category.VIDEO_WALL}  # fmt: skip


def fault_ticket_draft(
    s: Session,
    run_id: str,
    item_key: str,
    venue_id: str | None = None,
    *,
    profile_code: str,
    value: str = "",
    note: str = "",
    tr: Translate = lambda x: x,
    tz: str = DEFAULT_TZ,
) -> NewTicket:
    """A ticket pre-filled from a checklist fault: meeting, item, venue and the meeting's room."""
    from opsdesk.services.refcache import reference

    run = get_run(s, run_id)
    item = _item(run, item_key)
    m = _meeting(s, run.meeting_id)
    venue = s.get(VenueRow, venue_id) if venue_id else None
    profiles, _cal = reference(s)
    levels = profiles[profile_code].level_codes if profile_code in profiles else ("P2",)
    start = m.starts_at.astimezone(zone(tz)).strftime("%Y-%m-%d %H:%M")
    title = (
        tr(TICKET_TEXT["title_venue"]).format(meeting=m.title, item=item.label, venue=venue.name)
        if venue
        else tr(TICKET_TEXT["title"]).format(meeting=m.title, item=item.label)
    )
    lines = [
        tr(TICKET_TEXT["found"]).format(
            template=run.template.name, version=run.template.version, meeting=m.title, start=start
        ),
        tr(TICKET_TEXT["item"]).format(item=item.label),
    ]
    if venue:
        lines.append(tr(TICKET_TEXT["venue"]).format(venue=venue.name))
    if value.strip():
        lines.append(tr(TICKET_TEXT["value"]).format(value=f"{value.strip()} {item.unit}".strip()))
    if note.strip():
        lines.append(tr(TICKET_TEXT["note"]).format(note=note.strip()))
    if run.template.code == "power_av":
        category = _POWER_AV.get(item.key, Category.MACHINE_ROOM)
    else:
        category = _CATEGORY.get(run.template.code, Category.HARDWARE)
    return NewTicket(
        title=title[:200],
        priority=levels[min(1, len(levels) - 1)],  # a meeting fault is urgent but rarely level 1
        category=str(category),
        description="\n".join(lines),
        reporter_unit=venue.name if venue else "",
        room_id=m.room_id,
        equipment=item.label[:100],
    )


def finish_run(
    s: Session, run_id: str, actor: Actor, now: datetime | None = None, *, force: bool = False
) -> ChecklistRun:
    now = now or utcnow()
    row = _run_row(s, run_id)
    if row.finished_at is not None:
        raise RunFinished(run_id)
    run = get_run(s, run_id)
    blockers = tuple(f"{x.item.key}@{x.venue.name}" if x.venue else x.item.key for x in run.blockers)
    if blockers and not force:
        raise RunIncomplete(run_id, blockers)
    row.finished_at, row.finished_by = now, actor.operator_id
    row.updated_at, row.updated_by = now, actor.operator_id
    s.flush()
    return get_run(s, run_id)


def open_checklist_runs(s: Session, now: datetime) -> list[OpenChecklist]:
    """Unfinished runs of meetings not cancelled, by the meeting's start (for the shift handover)."""
    rows = s.execute(
        select(ChecklistRunRow.id, MeetingRow.starts_at)
        .join(MeetingRow, MeetingRow.id == ChecklistRunRow.meeting_id)
        .where(
            ChecklistRunRow.finished_at.is_(None),
            ChecklistRunRow.deleted.is_(False),
            MeetingRow.deleted.is_(False),
            MeetingRow.cancelled.is_(False),
        )
        .order_by(MeetingRow.starts_at, ChecklistRunRow.started_at)
    ).all()
    out = []
    for rid, _start in rows:
        run = get_run(s, rid)
        out.append(
            OpenChecklist(
                run_id=run.id,
                meeting_id=run.meeting_id,
                meeting_title=run.meeting_title,
                template_name=run.template.name,
                starts_at=run.meeting_starts_at,
                done=run.done,
                total=run.total,
                blockers=len(run.blockers),
                late=run.is_late(now),
                due_at=run.due_at(),
            )
        )
    return out


def ticket_fault_link(s: Session, ticket_id: str) -> FaultLink | None:
    """The checklist result that filed this ticket, if any."""
    res = s.scalar(
        select(ChecklistResultRow).where(
            ChecklistResultRow.ticket_id == ticket_id, ChecklistResultRow.deleted.is_(False)
        )
    )
    if res is None:
        return None
    run = get_run(s, res.run_id)
    item = next((i for i in run.template.items if i.key == res.item_key), None)
    venue = s.get(VenueRow, res.venue_id) if res.venue_id else None
    return FaultLink(
        result_id=res.id,
        run_id=run.id,
        meeting_id=run.meeting_id,
        meeting_title=run.meeting_title,
        item_key=res.item_key,
        item_label=item.label if item else res.item_key,
        venue_name=venue.name if venue else "",
    )


def result_photo(s: Session, result_id: str) -> bytes | None:
    r = s.get(ChecklistResultRow, result_id)
    if r is None or r.deleted:
        raise NotFound("checklist result", result_id)
    return r.photo

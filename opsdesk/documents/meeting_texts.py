"""Words the meeting services write into data: the pre-filled text of a ticket filed from a checklist
fault. English source strings, translated by the caller's `tr` (context "documents", like the PDFs)."""

from __future__ import annotations

TICKET_TEXT: dict[str, str] = {
    "title": "{meeting}: {item}",
    "title_venue": "{meeting}: {item} ({venue})",
    "found": "Found by the checklist “{template}” (version {version}) of the meeting “{meeting}” at {start}.",
    "item": "Item: {item}",
    "venue": "Venue: {venue}",
    "value": "Value: {value}",
    "note": "Note: {note}",
}


def source_strings() -> list[str]:
    return list(TICKET_TEXT.values())

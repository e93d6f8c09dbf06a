"""The editable text of a ticket's fault handling and analysis report (故障处理及分析报告).

003_… wants the report within 3 days of the fix. The engineer edits this text; the PDF builder
(opsdesk.documents.fault_report) adds the ticket's facts, clocks and timeline around it.
"""

from __future__ import annotations

from dataclasses import dataclass

from opsdesk.domain.enums import EventKind
from opsdesk.domain.tickets import TicketDetail


@dataclass(frozen=True, slots=True)
class FaultReportContent:
    summary: str = ""  # 故障现象
    cause: str = ""  # 原因分析
    handling: str = ""  # 处理过程
    result: str = ""  # 处理结果
    prevention: str = ""  # 整改及预防措施
    part_model: str = ""  # replaced part: model
    part_serial: str = ""  # replaced part: serial number
    author: str = ""

    @classmethod
    def from_detail(cls, detail: TicketDetail) -> FaultReportContent:
        """Defaults from the ticket: the symptom from its title and description, the rest from the
        fault record of its (latest) resolution, the author from whoever resolved it."""
        summary = detail.description.strip() or detail.title.strip()
        if detail.description.strip() and detail.title.strip() and detail.title.strip() not in summary:
            summary = f"{detail.title.strip()}\n{detail.description.strip()}"
        resolver = next(
            (
                e.operator_name
                for e in reversed(detail.events)
                if e.kind is EventKind.RESOLVED and e.operator_name
            ),
            "",
        )
        f = detail.fault
        return cls(
            summary=summary,
            cause=f.cause,
            handling=f.handling,
            result=f.result,
            prevention="",
            part_model=f.part_model,
            part_serial=f.part_serial,
            author=resolver or detail.assignee_name,
        )

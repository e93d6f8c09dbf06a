"""What every pane shares: the task bridge, the console's settings and the signed-in operator."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from opsdesk.config import ConsoleSettings, save_settings
from opsdesk.domain.people import Actor, OperatorInfo
from ui.tasks import TaskManager


class DeskState(QObject):
    operator_changed = Signal(object)  # OperatorInfo | None
    settings_changed = Signal(object)  # ConsoleSettings

    def __init__(self, tasks: TaskManager, settings: ConsoleSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.settings = settings
        self.operator: OperatorInfo | None = None

    @property
    def actor(self) -> Actor:
        op = self.operator
        return Actor(
            op.id if op else None,
            op.name if op else "",
            self.settings.console_code,
            op.role if op else Actor.role,
        )

    def set_operator(self, operator: OperatorInfo | None) -> None:
        self.operator = operator
        self.operator_changed.emit(operator)

    def update_settings(self, settings: ConsoleSettings, *, persist: bool = True) -> None:
        if persist:
            save_settings(settings)
        self.settings = settings
        self.settings_changed.emit(settings)

"""The sync view: the link to the shared server, conflicts a person decides, changes the server set aside.

- Top: the connection in a sentence, how many changes wait to be sent, when this console last synced, and
  the first sync's progress.
- Conflicts: the same field edited on two consoles (or edited here, deleted there). Both values are kept
  until a person picks this console's, the other's, or writes a merged text (opsdesk.sync.conflicts).
- Set aside: changes the server refused (a ticket closed twice, an event on a deleted ticket …), with
  the reason in words; retry (after fixing what was wrong) or discard. The queue never waits on them.

All reads and writes go through tasks (the local database); nothing here talks to the server.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import NotFound, ValidationError
from ui.errors import describe, problem_text
from ui.i18n import Retranslatable
from ui.labels import time_text
from ui.models.sync_model import ConflictsModel, RejectedModel, record_text, value_text
from ui.state import DeskState
from ui.sync_bridge import DeskStatus, SyncBridge
from ui.sync_words import column_name, refusal_text, stop_reason_text, table_name

SYNC_TABLES = frozenset({"sync_conflicts", "sync_outbox"})


def _service():
    from opsdesk.sync import conflicts

    return conflicts


def _table(model) -> QTableView:
    v = QTableView()
    v.setModel(model)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    v.verticalHeader().hide()
    v.setWordWrap(False)
    v.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    v.horizontalHeader().setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    v.setAlternatingRowColors(True)
    v.setMinimumHeight(64)
    # its size hint (≈ 190 px) would make the pane taller than a 768-line screen: take what is left
    v.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    return v


class SyncPane(Retranslatable, QWidget):
    def __init__(self, state: DeskState, sync: SyncBridge | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="syncPane")
        self.state = state
        self.tasks = state.tasks
        self.sync = sync
        self._status: Any = sync.status if sync is not None else DeskStatus("standalone")
        self._last_sync = None
        self._busy = False
        self._shown_conflict: str | None = None

        self.heading = QLabel(objectName="dialogHeading")
        self.state_text = QLabel(objectName="syncState", wordWrap=True)
        self.facts = QLabel(objectName="syncFacts", wordWrap=True)
        self.progress = QProgressBar(objectName="syncPaneProgress")
        self.progress.hide()
        self.message = QLabel(objectName="formError", wordWrap=True)
        self.message.hide()

        # conflicts
        self.conflicts = ConflictsModel(self)
        self.conflict_view = _table(self.conflicts)
        self.conflict_box = QGroupBox()
        self.conflict_title = QLabel(objectName="conflictTitle", wordWrap=True)
        self.local_label, self.remote_label, self.merge_label = QLabel(), QLabel(), QLabel()
        self.local_value = QPlainTextEdit(readOnly=True, objectName="localValue")
        self.remote_value = QPlainTextEdit(readOnly=True, objectName="remoteValue")
        self.merged = QPlainTextEdit(objectName="mergedValue")
        for w in (self.local_value, self.remote_value, self.merged):
            w.setMinimumHeight(44)  # the pane must fit the window's minimum height (800x600 screens)
            w.setMaximumHeight(90)
        self.pick_local = QPushButton(objectName="pickLocal")
        self.pick_remote = QPushButton(objectName="pickRemote")
        self.save_merged = QPushButton(objectName="saveMerged")
        self.pick_local.clicked.connect(lambda: self.resolve("local"))
        self.pick_remote.clicked.connect(lambda: self.resolve("remote"))
        self.save_merged.clicked.connect(lambda: self.resolve("merged"))
        values = QHBoxLayout()
        for lab, edit, button in (
            (self.local_label, self.local_value, self.pick_local),
            (self.remote_label, self.remote_value, self.pick_remote),
            (self.merge_label, self.merged, self.save_merged),
        ):
            col = QVBoxLayout()
            col.addWidget(lab)
            col.addWidget(edit)
            col.addWidget(button)
            values.addLayout(col, 1)
        box_lay = QVBoxLayout(self.conflict_box)
        box_lay.addWidget(self.conflict_view, 1)
        box_lay.addWidget(self.conflict_title)
        box_lay.addLayout(values)

        # set aside
        self.rejected = RejectedModel(self)
        self.rejected_view = _table(self.rejected)
        self.rejected_box = QGroupBox()
        self.rejected_detail = QLabel(objectName="rejectedDetail", wordWrap=True)
        self.retry = QPushButton(objectName="retryRejected")
        self.discard = QPushButton(objectName="discardRejected")
        self.retry.clicked.connect(self.retry_selected)
        self.discard.clicked.connect(self.discard_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rejected_detail, 1)
        buttons.addWidget(self.retry)
        buttons.addWidget(self.discard)
        rej_lay = QVBoxLayout(self.rejected_box)
        rej_lay.addWidget(self.rejected_view, 1)
        rej_lay.addLayout(buttons)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.conflict_box)
        split.addWidget(self.rejected_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # in a scroll area: on a small screen the pane scrolls rather than forcing the window taller
        body = QWidget(objectName="syncBody")
        scroll = QScrollArea(objectName="syncScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        lay = QVBoxLayout(body)
        lay.addWidget(self.heading)
        lay.addWidget(self.state_text)
        lay.addWidget(self.facts)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)

        self.conflict_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_conflict())
        self.rejected_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_rejected())
        self.tasks.changed.connect(self._changed)
        if sync is not None:
            sync.status_changed.connect(self.set_status)
        self.retranslate()
        self._show_conflict()
        self._show_rejected()
        self.refresh()

    # ---- pane interface ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Sync")

    def refresh(self) -> None:
        def load(s):
            svc = _service()
            return svc.list_conflicts(s), svc.list_rejected(s), svc.sync_summary(s)

        self.tasks.read(load, self._loaded, self._failed)

    def has_unsaved_work(self) -> bool:
        return self.current_conflict() is not None and self.merged.document().isModified()

    # ---- texts ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Shared server"))
        self.conflict_box.setTitle(self.tr("Conflicts: both values are kept until you choose"))
        self.rejected_box.setTitle(self.tr("Set aside: changes the server refused"))
        self.local_label.setText(self.tr("This console's value"))
        self.remote_label.setText(self.tr("The other console's value"))
        self.merge_label.setText(self.tr("Merged value (edit)"))
        self.pick_local.setText(self.tr("Keep &this console's value"))
        self.pick_remote.setText(self.tr("Keep the &other value"))
        self.save_merged.setText(self.tr("Save &merged value"))
        self.retry.setText(self.tr("&Retry"))
        self.discard.setText(self.tr("&Discard\u2026"))
        self.retry.setToolTip(self.tr("Send this change again (e.g. after the reason was fixed)"))
        self.discard.setToolTip(self.tr("Drop this change of this console for good"))
        self.conflicts.retranslate()
        self.rejected.retranslate()
        self._show_status()
        self._show_conflict()
        self._show_rejected()

    def set_status(self, status: Any) -> None:
        old = (getattr(self._status, "conflicts", 0), getattr(self._status, "rejected", 0))
        self._status = status
        if getattr(status, "last_sync", None) is not None:
            self._last_sync = status.last_sync
        self._show_status()
        if (getattr(status, "conflicts", 0), getattr(status, "rejected", 0)) != old:
            self.refresh()  # a pull brought conflicts, or a push set changes aside

    def _show_status(self) -> None:
        st = self._status
        state, pending = getattr(st, "state", "standalone"), int(getattr(st, "pending", 0) or 0)
        reason = getattr(st, "reason", "")
        if state == "standalone":
            text = self.tr(
                "This console works standalone: no shared server is configured. Set one in Settings "
                "\u2192 Server to share tickets with the other consoles."
            )
        elif state == "refused":
            text = self.tr("Sign-in refused.") + " " + refusal_text(reason)
        elif state == "offline":
            since = getattr(st, "offline_since", None)
            text = self.tr(
                "Offline since {time}. Work goes on here; the changes are sent when the server is back."
            ).format(time=time_text(since) if since else "\u2014")
        elif state == "error":
            text = self.tr("Sync stopped: {reason}.").format(reason=stop_reason_text(reason) or "\u2014")
        elif state == "connecting":
            text = self.tr("Connecting to the server\u2026")
        elif state == "syncing" or pending:
            text = self.tr("Online, sending and fetching changes.")
        else:
            text = self.tr("Online: changes of every console arrive here within a second.")
        self.state_text.setText(text)
        last = time_text(self._last_sync, seconds=True) if self._last_sync else self.tr("not yet")
        self.facts.setText(
            self.tr(
                "Waiting to be sent: {pending} \u00b7 Conflicts: {conflicts} \u00b7 Set aside: {rejected}"
                " \u00b7 Last synced: {last}"
            ).format(
                pending=pending,
                conflicts=self.conflicts.rowCount(),
                rejected=self.rejected.rowCount(),
                last=last,
            )
        )
        progress = getattr(st, "progress", None)
        if progress and progress[1] > 0:
            self.progress.setRange(0, int(progress[1]))
            self.progress.setValue(min(int(progress[0]), int(progress[1])))
            self.progress.setFormat(
                self.tr("First sync: {done} of {total} records").format(done=progress[0], total=progress[1])
            )
            self.progress.show()
        else:
            self.progress.hide()

    # ---- loading -------------------------------------------------------------------------------------
    def _changed(self, table: str, _ids: object) -> None:
        if table in SYNC_TABLES:
            self.refresh()

    def _loaded(self, value: tuple[list, list, Any]) -> None:
        conflicts, rejected, summary = value
        keep_c, keep_r = self._current_id(self.conflict_view), self._current_id(self.rejected_view)
        self.conflicts.set_rows(conflicts)
        self.rejected.set_rows(rejected)
        self._reselect(self.conflict_view, keep_c)
        self._reselect(self.rejected_view, keep_r)
        for view in (self.conflict_view, self.rejected_view):
            if not view.model().rowCount():
                continue
            for col in range(view.model().columnCount() - 1):  # the last one stretches
                view.resizeColumnToContents(col)  # a few dozen rows at most: cheap
                view.setColumnWidth(col, min(view.columnWidth(col), 260))
        self._show_conflict()
        self._show_rejected()
        if getattr(summary, "last_sync", None) is not None:
            self._last_sync = summary.last_sync
        self.message.hide()
        self._show_status()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._set_buttons()
        if isinstance(exc, ValidationError):
            labels = {"merged_value": self.tr("Merged value"), "conflict": self.tr("This conflict")}
            text = "\n".join(problem_text(f, code, p, labels.get(f)) for f, (code, p) in exc.problems.items())
        else:
            text = describe(exc)
        self.message.setText(text)
        self.message.show()
        if isinstance(exc, (ValidationError, NotFound)):
            self.refresh()  # decided meanwhile on another console: show what is left

    @staticmethod
    def _current_id(view: QTableView) -> str | None:
        idx = view.currentIndex()
        row = view.model().row_at(idx.row()) if idx.isValid() else None
        if row is None:
            return None
        return getattr(row, "id", None) or getattr(row, "op_id", None)

    @staticmethod
    def _reselect(view: QTableView, key: str | None) -> None:
        model = view.model()
        for i, row in enumerate(model.rows()):
            if key is not None and (getattr(row, "id", None) or getattr(row, "op_id", None)) == key:
                view.selectRow(i)
                return
        if model.rowCount():
            view.selectRow(0)

    # ---- conflicts -----------------------------------------------------------------------------------
    def current_conflict(self) -> Any | None:
        idx = self.conflict_view.currentIndex()
        return self.conflicts.row_at(idx.row()) if idx.isValid() else None

    def _show_conflict(self) -> None:
        c = self.current_conflict()
        if c is None:
            self.conflict_title.setText(
                self.tr("No conflicts: every console agrees.") if not self.conflicts.rowCount() else ""
            )
            for w in (self.local_value, self.remote_value, self.merged):
                w.clear()
        else:
            if getattr(c, "kind", "edit") == "delete":
                what = self.tr(
                    "{table} {record} was deleted on console {console} while it was edited here. Deleting "
                    "wins; keep this console's value to restore the record with your edit."
                )
            else:
                what = self.tr(
                    "{table} {record}: \u201c{field}\u201d was changed here and on console {console}. "
                    "Before both changes it was: {base}"
                )
            self.conflict_title.setText(
                what.format(
                    table=table_name(c.table),
                    record=record_text(c),
                    field=column_name(c.column),
                    console=getattr(c, "origin_console", "") or "?",
                    base=value_text(c.base_value),
                )
            )
            if c.id != self._shown_conflict:  # a reload of the same conflict keeps a merge being typed
                self.local_value.setPlainText(_plain(c.local_value))
                self.remote_value.setPlainText(_plain(c.remote_value))
                self.merged.setPlainText(_plain(c.local_value))
                self.merged.document().setModified(False)
        self._shown_conflict = c.id if c is not None else None
        self._set_buttons()

    def resolve(self, choice: str) -> None:
        c = self.current_conflict()
        if c is None or self._busy:
            return
        merged = self.merged.toPlainText() if choice == "merged" else None
        actor = self.state.actor
        self._busy = True
        self._set_buttons()
        self.tasks.write(
            lambda s: _service().resolve(s, c.id, choice, actor, merged_value=merged),
            on_done=self._resolved,
            on_error=self._failed,
            tables=("sync_conflicts", c.table),
            ids=lambda _v: (c.id, c.row_id),
        )

    def _resolved(self, _value: object) -> None:
        self._busy = False
        self.merged.document().setModified(False)
        self._shown_conflict = None  # the next one shows its own values
        self._set_buttons()
        if self.sync is not None:
            self.sync.kick()

    # ---- set aside -----------------------------------------------------------------------------------
    def current_rejected(self) -> Any | None:
        idx = self.rejected_view.currentIndex()
        return self.rejected.row_at(idx.row()) if idx.isValid() else None

    def _show_rejected(self) -> None:
        r = self.current_rejected()
        if r is None:
            self.rejected_detail.setText(
                self.tr("Nothing set aside.") if not self.rejected.rowCount() else ""
            )
        else:
            detail = str(getattr(r, "detail", "") or "")
            self.rejected_detail.setText(
                self.tr("The server said: {detail}").format(detail=detail) if detail else ""
            )
        self._set_buttons()

    def retry_selected(self) -> None:
        r = self.current_rejected()
        if r is None or self._busy:
            return
        self._run_rejected(lambda s: _service().retry_rejected(s, r.op_id))

    def discard_selected(self) -> None:
        r = self.current_rejected()
        if r is None or self._busy:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Discard change"),
            self.tr(
                "Discard this change of {table} {record} for good? The other consoles never see it."
            ).format(table=table_name(r.table), record=record_text(r)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discardQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(box.deleteLater)
        op_id = r.op_id

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Discard:
                self._run_rejected(lambda s: _service().discard_rejected(s, op_id))

        box.finished.connect(answered)
        box.open()
        self._question = box

    def _run_rejected(self, fn) -> None:
        self._busy = True
        self._set_buttons()
        self.tasks.write(fn, on_done=self._rejected_done, on_error=self._failed, tables=("sync_outbox",))

    def _rejected_done(self, _value: object) -> None:
        self._busy = False
        self._set_buttons()
        if self.sync is not None:
            self.sync.kick()

    def _set_buttons(self) -> None:
        has_c = self.current_conflict() is not None and not self._busy
        for b in (self.pick_local, self.pick_remote, self.save_merged):
            b.setEnabled(has_c)
        self.merged.setEnabled(self.current_conflict() is not None)
        has_r = self.current_rejected() is not None and not self._busy
        self.retry.setEnabled(has_r)
        self.discard.setEnabled(has_r)


def _plain(value: Any) -> str:
    return "" if value is None else str(value)

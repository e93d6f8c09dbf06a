"""Tent cards and electronic name cards of a meeting: choose the paper and the second line, then preview
and print, save the PDF, or write one PNG per seat for the e-name-card devices.

The cards come from the database worker (seat order when a plan exists); PDFs and PNGs are made on the
task pool. A name no installed font can print is refused with the character named.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from opsdesk.domain.meetings import Meeting, NameCard, TitleLine
from ui.dialogs.meeting_documents import print_document, safe_name, save_document
from ui.errors import describe
from ui.i18n import Retranslatable
from ui.state import DeskState


class NameCardDialog(Retranslatable, QDialog):
    pdf_ready = Signal(object)  # Path of the tent-card PDF (print preview or saved)
    ecards_written = Signal(object)  # list[Path]
    failed = Signal(object)

    def __init__(self, state: DeskState, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nameCardDialog")
        self.state = state
        self.meeting = meeting
        self.heading = QLabel(objectName="dialogHeading", wordWrap=True)
        self.paper = QComboBox()
        for key in ("a4", "a5", "custom"):
            self.paper.addItem("", key)
        self.paper.currentIndexChanged.connect(self._paper_changed)
        self.custom_w = QSpinBox()
        self.custom_h = QSpinBox()
        for w, v in ((self.custom_w, 210), (self.custom_h, 200)):
            w.setRange(60, 420)
            w.setValue(v)
            w.setSuffix(" mm")
        self.line = QComboBox()
        for t in TitleLine:
            self.line.addItem("", t.value)
        self.ecard_w = QSpinBox()
        self.ecard_h = QSpinBox()
        for w, v in ((self.ecard_w, 800), (self.ecard_h, 480)):
            w.setRange(120, 4096)
            w.setValue(v)
            w.setSuffix(" px")
        self.status = QLabel(wordWrap=True)
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.ecard_button = QPushButton()
        self.close_button = QPushButton()
        self.print_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.ecard_button.clicked.connect(lambda: self.export_ecards())
        self.close_button.clicked.connect(self.reject)

        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        custom = QHBoxLayout()
        custom.addWidget(self.custom_w)
        custom.addWidget(QLabel("\u00d7"))
        custom.addWidget(self.custom_h)
        custom.addStretch(1)
        ecard = QHBoxLayout()
        ecard.addWidget(self.ecard_w)
        ecard.addWidget(QLabel("\u00d7"))
        ecard.addWidget(self.ecard_h)
        ecard.addStretch(1)
        form.addRow(self._labels[0], self.paper)
        form.addRow(self._labels[1], custom)
        form.addRow(self._labels[2], self.line)
        form.addRow(self._labels[3], ecard)
        for lab, w in zip(self._labels, (self.paper, self.custom_w, self.line, self.ecard_w), strict=True):
            lab.setBuddy(w)
        buttons = QHBoxLayout()
        for b in (self.print_button, self.save_button, self.ecard_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(form)
        lay.addWidget(self.status)
        lay.addLayout(buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self._paper_changed()

    def _paper_changed(self, *_a) -> None:
        on = self.paper.currentData() == "custom"
        self.custom_w.setEnabled(on)
        self.custom_h.setEnabled(on)

    def card_size(self):
        key = self.paper.currentData()
        return (float(self.custom_w.value()), float(self.custom_h.value())) if key == "custom" else key

    def title_line(self) -> TitleLine:
        return TitleLine(self.line.currentData())

    # ---- work ------------------------------------------------------------------------------------
    def _with_cards(self, then) -> None:
        from opsdesk.services import seatplans

        mid, line = self.meeting.id, self.title_line()
        self._busy(True)
        self.state.tasks.read(
            lambda s: seatplans.name_cards(s, mid, line), lambda cards: then(cards), self._failed
        )

    def _builder(self, cards: list[NameCard]):
        size = self.card_size()

        def build(path: Path):
            from opsdesk.documents.namecards import build_tent_cards

            return build_tent_cards(cards, path, size=size)

        return build

    def preview(self) -> None:
        def go(cards: list[NameCard]) -> None:
            if not self._has(cards):
                return
            print_document(
                self,
                self.state.tasks,
                self._builder(cards),
                self.tr("Tent cards"),
                f"{self.meeting.title}-cards",
                on_ready=self._pdf_done,
                on_error=self._failed,
            )

        self._with_cards(go)

    def save_pdf(self, path: Path | None = None) -> None:
        if path is None:  # ask first: a cancelled choice must not leave the dialog busy
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the tent cards"), f"{safe_name(self.meeting.title)}.pdf", "PDF (*.pdf)"
            )
            if not chosen:
                return
            path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")

        def go(cards: list[NameCard]) -> None:
            if not self._has(cards):
                return
            save_document(
                self,
                self.state.tasks,
                self._builder(cards),
                self.tr("Save the tent cards"),
                f"{self.meeting.title}-cards",
                path=path,
                on_done=self._pdf_done,
                on_error=self._failed,
            )

        self._with_cards(go)

    def export_ecards(self, folder: Path | None = None) -> None:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the e-name-card images"))
            if not chosen:
                return
            folder = Path(chosen)
        size = (self.ecard_w.value(), self.ecard_h.value())
        target = folder / safe_name(self.meeting.title)

        def go(cards: list[NameCard]) -> None:
            if not self._has(cards):
                return

            def render() -> list[Path]:
                from opsdesk.documents.ecards import render_ecards

                target.mkdir(parents=True, exist_ok=True)
                return render_ecards(cards, target, size=size)

            self.state.tasks.run(render, self._ecards_done, self._failed)

        self._with_cards(go)

    def _has(self, cards: list[NameCard]) -> bool:
        if not cards:
            self._busy(False)
            self.status.setText(self.tr("This meeting has no attendees yet."))
            return False
        return True

    def _pdf_done(self, path: Path) -> None:
        self._busy(False)
        self.status.setText(self.tr("Tent cards: {path}").format(path=str(path)))
        self.pdf_ready.emit(path)

    def _ecards_done(self, paths: list[Path]) -> None:
        self._busy(False)
        folder = paths[0].parent if paths else ""
        self.status.setText(
            self.tr("{n} e-name-card images written to {folder}").format(n=len(paths), folder=folder)
        )
        self.ecards_written.emit(paths)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.setText(describe(exc))
        self.status.setStyleSheet("color: palette(bright-text);")
        self.failed.emit(exc)

    def _busy(self, on: bool) -> None:
        for b in (self.print_button, self.save_button, self.ecard_button):
            b.setEnabled(not on)
        if on:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Working\u2026"))

    # ---- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Name cards"))
        self.heading.setText(self.meeting.title)
        for i, t in enumerate((self.tr("A4, folded"), self.tr("A5, folded"), self.tr("Custom size"))):
            self.paper.setItemText(i, t)
        names = {
            "title": self.tr("Title"),
            "organisation": self.tr("Organisation"),
            "none": self.tr("Name only"),
        }
        for i in range(self.line.count()):
            self.line.setItemText(i, names[self.line.itemData(i)])
        texts = (
            self.tr("&Paper:"),
            self.tr("Custom si&ze:"),
            self.tr("Second &line:"),
            self.tr("&E-card size:"),
        )
        for lab, t in zip(self._labels, texts, strict=True):
            lab.setText(t)
        self.print_button.setText(self.tr("Pre&view and print\u2026"))
        self.save_button.setText(self.tr("&Save PDF\u2026"))
        self.ecard_button.setText(self.tr("E&xport e-cards\u2026"))
        self.close_button.setText(self.tr("Close"))

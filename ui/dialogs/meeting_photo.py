"""A checklist photo, shown scaled to the screen (decoded on the task pool: a camera photo is large)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.i18n import Retranslatable


def decode(data: bytes, max_side: int = 1600) -> QImage:
    """The photo as an image no larger than `max_side` (pool thread; QImage is thread-safe)."""
    img = QImage.fromData(data)
    if img.isNull():
        raise ValueError("not an image")
    if max(img.width(), img.height()) > max_side:
        img = img.scaled(
            max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return img


class PhotoDialog(Retranslatable, QDialog):
    def __init__(self, image: QImage | None, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoDialog")
        self.caption = QLabel(caption, wordWrap=True)
        self.picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        if image is not None and not image.isNull():
            screen = QGuiApplication.primaryScreen()
            room = screen.availableGeometry().size() * 0.8 if screen else None
            pm = QPixmap.fromImage(image)
            if room is not None and (pm.width() > room.width() or pm.height() > room.height()):
                pm = pm.scaled(
                    room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            self.picture.setPixmap(pm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.caption)
        lay.addWidget(self.picture, 1)
        lay.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Photo"))

"""Printing a meeting document (tent cards, seat map, checklist record) through the Qt print dialog.

The documents are PDFs built by the core on the task pool; this module puts their pages on a QPrinter.
PySide6-Essentials has no QtPdf, so pypdfium2 renders each page to an image at the printer's resolution
(capped: a tent card needs no more than 300 dpi) and the image is drawn scaled to the page rectangle.
The preview (QPrintPreviewDialog) paints through the same function, so what is previewed is what prints.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

MAX_DPI = 300


def pdf_page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def render_page(path: Path, index: int, dpi: float) -> QImage:
    """One page as an image (used by the printer and by tests that look at the pages)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        page = doc[index]
        bitmap = page.render(scale=dpi / 72.0)
        pil = bitmap.to_pil().convert("RGB")
        data = pil.tobytes("raw", "RGB")
        img = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
        return img.copy()  # own the pixels: `data` dies with this frame
    finally:
        doc.close()


def _first_page_size(path: Path) -> tuple[float, float]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        w, h = doc[0].get_size()
        return float(w), float(h)
    finally:
        doc.close()


def paint_pdf(path: Path, printer: QPrinter) -> int:
    """Draw every page of the PDF (or the printer's page range) onto the printer; return pages drawn."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    painter = QPainter()
    drawn = 0
    try:
        n = len(doc)
        first, last = 0, n - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, min(n, printer.toPage()) - 1
        dpi = min(float(printer.resolution()), MAX_DPI)
        if not painter.begin(printer):
            return 0
        for i in range(first, last + 1):
            if drawn:
                printer.newPage()
            page = doc[i]
            pil = page.render(scale=dpi / 72.0).to_pil().convert("RGB")
            img = QImage(
                pil.tobytes("raw", "RGB"), pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888
            )
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            rect = QRectF(0, 0, target.width(), target.height())
            # keep the aspect ratio: a page size the printer lacks is scaled down, never stretched
            scaled = img.size().scaled(rect.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), img)
            drawn += 1
    finally:
        if painter.isActive():
            painter.end()
        doc.close()
    return drawn


def configure_printer(printer: QPrinter, path: Path) -> None:
    """Page size and orientation from the PDF's first page, no margins: the PDF has its own."""
    w, h = _first_page_size(path)
    # a page size is defined portrait; a landscape page is that size turned (else Qt turns it twice)
    portrait = QSizeF(min(w, h), max(w, h))
    size = QPageSize(QPageSize.id(portrait, QPageSize.Unit.Point, QPageSize.SizeMatchPolicy.FuzzyMatch))
    if size.id() == QPageSize.PageSizeId.Custom or not size.isValid():
        size = QPageSize(portrait, QPageSize.Unit.Point)
    orientation = QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName(path.stem)


def preview_pdf(path: Path, parent: QWidget | None, title: str) -> QPrintPreviewDialog:
    """Open the print preview of a PDF (non-blocking); its Print button opens the system print dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, path)
    dlg = QPrintPreviewDialog(printer, parent)
    dlg.setWindowTitle(title)
    dlg._printer = printer  # type: ignore[attr-defined]  # the dialog does not own it
    dlg.paintRequested.connect(lambda p: _paint_with_wait_cursor(path, p))
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        g = screen.availableGeometry()
        dlg.resize(min(1100, g.width() - 40), min(800, g.height() - 40))
    dlg.finished.connect(dlg.deleteLater)
    dlg.open()
    return dlg


def _paint_with_wait_cursor(path: Path, printer: QPrinter) -> None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        paint_pdf(path, printer)
    finally:
        QGuiApplication.restoreOverrideCursor()

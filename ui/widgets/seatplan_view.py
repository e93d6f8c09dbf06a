"""The seat plan, drawn as seen from the audience (head table or front row at the top), drag a seat onto
another to swap the two (an empty seat too). Each seat shows its precedence slot and the name.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from opsdesk.domain.meetings import Seat, SeatLayout, SeatPlan
from ui import theme

SEAT_W, SEAT_H, GAP = 76.0, 52.0, 6.0


class SeatItem(QGraphicsRectItem):
    def __init__(self, seat: Seat, font: QFont) -> None:
        super().__init__(0, 0, SEAT_W, SEAT_H)
        self.seat = seat
        self.font = font
        self.highlight = False
        self.setZValue(1)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self.rect()
        taken = self.seat.attendee_id is not None
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(
            theme.color("focus") if self.highlight else theme.color("border"), 2 if self.highlight else 1
        )
        painter.setPen(pen)
        painter.setBrush(QBrush(theme.color("surface_alt") if taken else theme.color("surface")))
        painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 5, 5)
        painter.setFont(self.font)
        painter.setPen(theme.color("text_muted"))
        painter.drawText(
            r.adjusted(5, 2, -4, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            str(self.seat.order),
        )
        big = QFont(self.font)
        big.setPointSizeF(self.font.pointSizeF() * 1.25)
        big.setBold(True)
        painter.setFont(big)
        painter.setPen(theme.color("text") if taken else theme.color("text_muted"))
        name = self.seat.attendee_name if taken else "\u2014"
        fm = painter.fontMetrics()
        painter.drawText(
            r.adjusted(4, 10, -4, 0),
            Qt.AlignmentFlag.AlignCenter,
            fm.elidedText(name, Qt.TextElideMode.ElideRight, int(r.width()) - 8),
        )


class SeatPlanView(QGraphicsView):
    swap_requested = Signal(int, int)  # seat indexes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatPlan")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(90)
        self.plan: SeatPlan | None = None
        self.items_by_index: dict[int, SeatItem] = {}
        self._drag: SeatItem | None = None
        self._drag_offset = QPointF()
        self._home = QPointF()
        self._caption = ""
        self._audience = ""

    def set_captions(self, front: str, audience: str) -> None:
        self._caption, self._audience = front, audience
        if self.plan is not None:
            self.set_plan(self.plan)

    def set_plan(self, plan: SeatPlan | None) -> None:
        scene = self.scene()
        scene.clear()
        self.items_by_index = {}
        self.plan = plan
        if plan is None or not plan.seats:
            return
        scene.setBackgroundBrush(theme.color("surface"))
        font = QFont(self.font())
        min_x = min(s.x for s in plan.seats)
        for s in plan.seats:
            item = SeatItem(s, font)
            item.setPos(self.seat_pos(s, min_x))
            scene.addItem(item)
            self.items_by_index[s.index] = item
        bounds = scene.itemsBoundingRect()
        pen = QPen(theme.color("text_muted"))
        if plan.spec.layout in (SeatLayout.HEAD, SeatLayout.U):
            table = QRectF(bounds.left() - 6, -GAP - 10, bounds.width() + 12, 8)
            if plan.spec.layout is SeatLayout.U:
                table = QRectF(
                    bounds.left() + SEAT_W + GAP / 2, -GAP - 10, bounds.width() - 2 * SEAT_W - GAP, 8
                )
            scene.addRect(table, pen, QBrush(theme.color("border")))
        for text, y in (
            (self._caption, bounds.top() - 2 * GAP - 30),
            (self._audience, bounds.bottom() + GAP),
        ):
            if not text:
                continue
            t = QGraphicsSimpleTextItem(text)
            t.setBrush(theme.color("text_muted"))
            t.setPos(bounds.center().x() - t.boundingRect().width() / 2, y)
            scene.addItem(t)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self.fit()

    def seat_pos(self, s: Seat, min_x: float) -> QPointF:
        return QPointF((s.x - min_x) * (SEAT_W + GAP), s.y * (SEAT_H + GAP * 1.5))

    def fit(self) -> None:
        if self.scene().items():
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            t = self.transform()
            if t.m11() > 1.0:  # never blow small plans up past their natural size
                self.resetTransform()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    # ---- drag to swap ----------------------------------------------------------------------------
    def _seat_at(self, pos, exclude: SeatItem | None = None) -> SeatItem | None:
        for it in self.items(pos):
            if isinstance(it, SeatItem) and it is not exclude:
                return it
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self._seat_at(event.position().toPoint())
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = item
            self._home = item.pos()
            self._drag_offset = self.mapToScene(event.position().toPoint()) - item.pos()
            item.setZValue(5)
            item.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag.setPos(self.mapToScene(event.position().toPoint()) - self._drag_offset)
            target = self._seat_at(event.position().toPoint(), exclude=self._drag)
            for it in self.items_by_index.values():
                want = it is target
                if it.highlight != want:
                    it.highlight = want
                    it.update()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            drag, self._drag = self._drag, None
            target = self._seat_at(event.position().toPoint(), exclude=drag)
            drag.setPos(self._home)
            drag.setZValue(1)
            drag.setCursor(Qt.CursorShape.OpenHandCursor)
            for it in self.items_by_index.values():
                it.highlight = False
                it.update()
            if target is not None:
                self.swap_requested.emit(drag.seat.index, target.seat.index)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def seat_center(self, index: int):
        """Where seat `index` is on screen (tests drag with it)."""
        item = self.items_by_index[index]
        return self.mapFromScene(item.sceneBoundingRect().center())

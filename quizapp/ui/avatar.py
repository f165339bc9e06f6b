"""A round avatar in the profile's colour with the first letter of its name."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap


def readable_on(colour: QColor) -> QColor:
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor("#1B1B1B") if luminance > 0.55 else QColor("#FFFFFF")


def avatar_pixmap(name: str, colour: str, size: int, ratio: float = 2.0) -> QPixmap:
    fill = QColor(colour)
    if not fill.isValid():
        fill = QColor("#6D5BD0")
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawEllipse(QRectF(0, 0, pixels, pixels))
    font = QFont()
    font.setPixelSize(max(1, round(pixels * 0.48)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(readable_on(fill))
    initial = name.strip()[:1].upper() or "?"
    painter.drawText(QRectF(0, 0, pixels, pixels), Qt.AlignmentFlag.AlignCenter, initial)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap

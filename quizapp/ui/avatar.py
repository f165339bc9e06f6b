"""Painting a round avatar in the profile's colour with the first letter of its name.

Callers ask `Theme.avatar`, which keeps the pictures in the icon cache; this
module (and QPainter) is imported only to paint one that is not there yet.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from quizapp.ui.enum_property import ALIGN_CENTER


def readable_on(colour: QColor) -> QColor:
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor("#1B1B1B") if luminance > 0.55 else QColor("#FFFFFF")


def avatar_image(initial: str, colour: str, pixels: int) -> QImage:
    fill = QColor(colour)
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 0))  # no outline
    painter.setBrush(fill)
    painter.drawEllipse(QRectF(0, 0, pixels, pixels))
    font = QFont()
    font.setPixelSize(max(1, round(pixels * 0.48)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(readable_on(fill))
    painter.drawText(QRectF(0, 0, pixels, pixels), ALIGN_CENTER, initial)
    painter.end()
    return image

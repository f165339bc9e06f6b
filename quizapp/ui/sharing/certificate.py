"""An A4 certificate as a PDF: the name, the topic, the score, the date and what was learnt.

The same painting goes to a QPdfWriter (the file) and to a QImage (the
preview on screen), so what someone sees is what they save.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from quizapp.ui.sharing.result_card import (
    GREEN,
    INK,
    MUTED,
    PEACH,
    SUN,
    TEAL,
    TERRACOTTA,
    CardInfo,
    draw_fitted,
    draw_heart,
    draw_sun,
    elided_lines,
    font,
    tr,
)

DPI = 150
A4_MM = (210.0, 297.0)


def page_pixels(dpi: int = DPI) -> tuple[int, int]:
    return round(A4_MM[0] / 25.4 * dpi), round(A4_MM[1] / 25.4 * dpi)


def paint_certificate(painter: QPainter, info: CardInfo, width: float, height: float) -> None:
    """Paint on any device; sizes are fractions of the page width, so any resolution works."""
    u = width / 1000.0  # one unit: a thousandth of the page width

    painter.fillRect(QRectF(0, 0, width, height), QColor("#FFFBF5"))

    # a rising sun at the foot of the page, behind everything, inside the frame
    painter.save()
    inside = QPainterPath()
    inside.addRoundedRect(QRectF(48 * u, 48 * u, width - 96 * u, height - 96 * u), 16 * u, 16 * u)
    painter.setClipPath(inside)
    draw_sun(painter, QPointF(width / 2, height - 48 * u), 170 * u, solid=True)
    painter.restore()

    # frame: teal outside, warm inside
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(TEAL, 10 * u))
    painter.drawRoundedRect(QRectF(30 * u, 30 * u, width - 60 * u, height - 60 * u), 24 * u, 24 * u)
    painter.setPen(QPen(SUN, 3 * u))
    painter.drawRoundedRect(QRectF(48 * u, 48 * u, width - 96 * u, height - 96 * u), 16 * u, 16 * u)

    left, right = 110 * u, width - 110 * u
    inner = right - left
    center = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter

    # the emblem and the app's name
    draw_heart(painter, QPointF(width / 2, 125 * u), 64 * u)
    painter.setFont(font(24 * u, QFont.Weight.Bold))
    painter.setPen(TEAL)
    painter.drawText(QRectF(left, 162 * u, inner, 40 * u), int(center), tr("Spot the Trap"))

    draw_fitted(
        painter,
        tr("Certificate of learning"),
        QRectF(left, 212 * u, inner, 90 * u),
        68 * u,
        40 * u,
        INK,
        QFont.Weight.Bold,
        center,
        serif=True,
        wrap=False,
    )
    _rule(painter, width / 2, 318 * u, 220 * u, u)

    painter.setFont(font(26 * u))
    painter.setPen(MUTED)
    painter.drawText(QRectF(left, 340 * u, inner, 40 * u), int(center), tr("This is to say that"))
    draw_fitted(
        painter,
        info.name or tr("A quiz champion"),
        QRectF(left, 380 * u, inner, 96 * u),
        76 * u,
        36 * u,
        TERRACOTTA,
        QFont.Weight.Bold,
        center,
        serif=True,
        wrap=True,
    )
    painter.setFont(font(26 * u))
    painter.setPen(MUTED)
    painter.drawText(QRectF(left, 478 * u, inner, 40 * u), int(center), tr("took part in the quiz"))
    draw_fitted(
        painter,
        f"“{info.bank_title}”",
        QRectF(left, 520 * u, inner, 90 * u),
        40 * u,
        24 * u,
        INK,
        QFont.Weight.DemiBold,
        center,
    )

    # the score, as a ribbon
    ribbon = QRectF(width / 2 - 240 * u, 628 * u, 480 * u, 80 * u)
    path = QPainterPath()
    path.addRoundedRect(ribbon, 42 * u, 42 * u)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TEAL)
    painter.drawPath(path)
    score = (
        tr("{right} of {asked} questions right").format(right=info.right, asked=info.asked)
        if info.asked != 1
        else tr("{right} of 1 question right").format(right=info.right)
    )
    draw_fitted(
        painter,
        score,
        ribbon.adjusted(24 * u, 0, -24 * u, 0),
        32 * u,
        20 * u,
        QColor("#FFFFFF"),
        QFont.Weight.Bold,
        center,
        wrap=False,
    )

    # what I learnt
    box = QRectF(left, 738 * u, inner, 392 * u)
    painter.setPen(QPen(PEACH.darker(108), 2 * u))
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawRoundedRect(box, 20 * u, 20 * u)
    painter.setFont(font(30 * u, QFont.Weight.Bold))
    painter.setPen(GREEN)
    heading = tr("What I learnt") if info.lessons else tr("What I take away")
    painter.drawText(
        QRectF(box.left() + 36 * u, box.top() + 22 * u, box.width() - 72 * u, 46 * u),
        int(Qt.AlignmentFlag.AlignVCenter),
        heading,
    )
    lessons = list(info.lessons) or [
        tr("Traffickers exploit trust; every trick I can name is one that fails on me."),
        tr("Whatever happens, it is never the fault of the person targeted."),
        tr("I know where to get help, and I can help a friend find it."),
    ]
    lesson_font = font(24 * u)
    metrics = QFontMetricsF(lesson_font)
    y = box.top() + 88 * u
    text_left = box.left() + 90 * u
    text_width = box.right() - 36 * u - text_left
    per = (box.bottom() - 24 * u - y) / max(1, len(lessons))
    for number, lesson in enumerate(lessons, 1):
        lines = max(1, min(3, int(per // metrics.lineSpacing())))
        text = elided_lines(lesson, lesson_font, text_width, lines)
        badge = QPointF(box.left() + 56 * u, y + metrics.lineSpacing() / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SUN)
        painter.drawEllipse(badge, 20 * u, 20 * u)
        painter.setFont(font(22 * u, QFont.Weight.Bold))
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(
            QRectF(badge.x() - 20 * u, badge.y() - 20 * u, 40 * u, 40 * u),
            int(Qt.AlignmentFlag.AlignCenter),
            str(number),
        )
        painter.setFont(lesson_font)
        painter.setPen(INK)
        painter.drawText(
            QRectF(text_left, y, text_width, per),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            text,
        )
        y += per

    # the motto, the promise, the date
    draw_fitted(
        painter,
        tr("Learn. Act. Share."),
        QRectF(left, 1150 * u, inner, 60 * u),
        44 * u,
        28 * u,
        TEAL,
        QFont.Weight.Bold,
        center,
        serif=True,
        wrap=False,
    )
    draw_fitted(
        painter,
        tr("Pass it on: tell a friend one thing you learnt today."),
        QRectF(left, 1208 * u, inner, 40 * u),
        24 * u,
        16 * u,
        MUTED,
        QFont.Weight.Normal,
        center,
        wrap=False,
    )
    painter.setFont(font(22 * u, QFont.Weight.DemiBold))
    painter.setPen(INK)
    painter.drawText(QRectF(left, 1262 * u, inner, 40 * u), int(center), info.date_text)


def _rule(painter: QPainter, middle: float, y: float, half: float, u: float) -> None:
    painter.save()
    painter.setPen(QPen(SUN, 3 * u))
    painter.drawLine(QPointF(middle - half, y), QPointF(middle - 18 * u, y))
    painter.drawLine(QPointF(middle + 18 * u, y), QPointF(middle + half, y))
    draw_heart(painter, QPointF(middle, y), 22 * u, TERRACOTTA)
    painter.restore()


def render_certificate(info: CardInfo, width: int = 700) -> QImage:
    """The certificate as an image `width` pixels wide (A4 proportions), for a preview."""
    height = round(width * A4_MM[1] / A4_MM[0])
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        paint_certificate(painter, info, width, height)
    finally:
        painter.end()
    return image


def write_certificate(info: CardInfo, path: Path | str, title: str = "") -> Path:
    """Write the A4 PDF (atomically); OSError when it cannot be written."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    if not path.parent.is_dir():
        raise OSError(f"the folder {path.parent} does not exist")
    temporary = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(temporary))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(title or tr("Certificate of learning"))
    writer.setCreator("quizapp")
    painter = QPainter()
    if not painter.begin(writer):
        del writer
        temporary.unlink(missing_ok=True)
        raise OSError(f"cannot write {path}")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint_certificate(painter, info, writer.width(), writer.height())
    finally:
        painter.end()
    del writer
    if not temporary.is_file() or temporary.stat().st_size == 0:
        temporary.unlink(missing_ok=True)
        raise OSError(f"cannot write {path}")
    with open(temporary, "rb") as handle:
        os.fsync(handle.fileno())
    temporary.replace(path)
    return path

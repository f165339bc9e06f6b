"""A result card to share: a 1200x630 PNG with the name, topic, score, date and key lessons.

Warm and hopeful, in the campaign's 'learn, act, share' spirit: a rising sun,
the blue heart (the UN's sign of solidarity with people affected by
trafficking), and what the quiz taught, in the topic's own words. Painted
with QPainter on a QImage, so it works offscreen; no picture of harm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
)

from quizapp.core.bank import Bank
from quizapp.core.formats import PLACEHOLDER_EXPLANATION
from quizapp.core.session import QuizResult
from quizapp.ui.bank_text import strip_marks
from quizapp.ui.theme import FONT_FAMILIES

CARD_SIZE = (1200, 630)
CONTEXT = ""  # where lupdate puts the bare tr("...") calls (no class around them)
MAX_LESSON = 150

CREAM = QColor("#FFF6EC")
PEACH = QColor("#FDE3C8")
INK = QColor("#2A1F17")
MUTED = QColor("#6B5646")
TEAL = QColor("#1F5C6B")
TERRACOTTA = QColor("#B4461A")
SUN = QColor("#F4A259")
HEART_BLUE = QColor("#2563C9")
GREEN = QColor("#2E8B6A")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class CardInfo:
    """What a card or certificate says."""

    name: str
    bank_title: str
    right: int
    asked: int
    date: QDate
    language: str = "en"
    lessons: tuple[str, ...] = field(default=())

    @property
    def date_text(self) -> str:
        return QLocale(self.language).toString(self.date, QLocale.FormatType.LongFormat)

    @property
    def score_text(self) -> str:
        return f"{self.right} / {self.asked}"


# -- the lessons ----------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def lesson_from(explanation: str) -> str:
    """The first sentence or two of an explanation, short enough for a card."""
    text = " ".join(strip_marks(explanation).split())
    if not text or text == PLACEHOLDER_EXPLANATION:
        return ""
    sentences = _SENTENCE_END.split(text)
    lesson = sentences[0]
    if len(lesson) < 40 and len(sentences) > 1:
        lesson = f"{lesson} {sentences[1]}"
    if len(lesson) > MAX_LESSON:
        cut = lesson[: MAX_LESSON - 1]
        lesson = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(",;:") + "…"
    return lesson


def key_lessons(bank: Bank, result: QuizResult | None = None, count: int = 3) -> tuple[str, ...]:
    """Three lessons: from the questions just answered right, then missed, then the rest."""
    order = []
    if result is not None:
        order += [a.question for a in result.answered if a.grade.correct]
        order += [a.question for a in result.answered if not a.grade.correct]
    order += list(bank.questions)
    lessons: list[str] = []
    seen: set[str] = set()
    for question in order:
        if question.id in seen:
            continue
        seen.add(question.id)
        lesson = lesson_from(question.explanation)
        if lesson and lesson not in lessons:
            lessons.append(lesson)
        if len(lessons) >= count:
            break
    return tuple(lessons)


def card_info(
    name: str,
    bank: Bank,
    result: QuizResult,
    language: str,
    date: QDate | None = None,
) -> CardInfo:
    return CardInfo(
        name=" ".join(name.split()),
        bank_title=" ".join(strip_marks(bank.title).split()),
        right=result.right,
        asked=result.asked,
        date=date or QDate.currentDate(),
        language=language,
        lessons=key_lessons(bank, result),
    )


# -- drawing helpers shared with the certificate ------------------------------------------


def font(pixels: float, weight: QFont.Weight = QFont.Weight.Normal, serif: bool = False) -> QFont:
    chosen = QFont()
    chosen.setFamilies(["DejaVu Serif", "Noto Serif", "Georgia"] if serif else FONT_FAMILIES)
    chosen.setPixelSize(max(1, round(pixels)))
    chosen.setWeight(weight)
    return chosen


def heart_path(center: QPointF, size: float) -> QPainterPath:
    """A heart `size` wide, centred on `center`."""
    w, h = size, size * 0.9
    x, y = center.x() - w / 2, center.y() - h / 2
    middle, top = center.x(), y + h * 0.28
    path = QPainterPath()
    path.moveTo(middle, y + h)
    path.cubicTo(middle - w * 0.12, y + h * 0.82, x, y + h * 0.62, x, top)
    path.cubicTo(x, y - h * 0.05, middle - w * 0.02, y - h * 0.05, middle, top)
    path.cubicTo(middle + w * 0.02, y - h * 0.05, x + w, y - h * 0.05, x + w, top)
    path.cubicTo(x + w, y + h * 0.62, middle + w * 0.12, y + h * 0.82, middle, y + h)
    path.closeSubpath()
    return path


def draw_heart(painter: QPainter, center: QPointF, size: float, color: QColor = HEART_BLUE):
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPath(heart_path(center, size))
    painter.restore()


def draw_sun(
    painter: QPainter, center: QPointF, radius: float, strength: float = 1.0, solid: bool = False
) -> None:
    """A soft rising sun: a warm glow and gentle rays.

    `solid` paints it in opaque pale colours (for PDF, where see-through
    gradients do not come out the same in every viewer).
    """
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    if solid:
        for scale, colour in ((1.6, "#FEF1E3"), (1.32, "#FDE6CF")):
            painter.setBrush(QColor(colour))
            painter.drawEllipse(center, radius * scale, radius * scale)
        ray = QColor("#F8D2AA")
        core = QColor("#F9C896")
    else:
        glow = QRadialGradient(center, radius * 1.6)
        warm = QColor(SUN)
        warm.setAlphaF(0.55 * strength)
        fade = QColor(SUN)
        fade.setAlphaF(0.0)
        glow.setColorAt(0.0, warm)
        glow.setColorAt(0.55, QColor(244, 162, 89, round(60 * strength)))
        glow.setColorAt(1.0, fade)
        painter.setBrush(glow)
        painter.drawEllipse(center, radius * 1.6, radius * 1.6)
        ray = QColor(SUN)
        ray.setAlphaF(0.35 * strength)
        core = QColor(SUN)
        core.setAlphaF(0.8 * strength)
    pen = QPen(ray, max(2.0, radius * 0.05))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    for step in range(-6, 7):
        painter.save()
        painter.translate(center)
        painter.rotate(step * 15)
        painter.drawLine(QPointF(0, -radius * 1.15), QPointF(0, -radius * 1.45))
        painter.restore()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(core)
    painter.drawEllipse(center, radius, radius)
    painter.restore()


def fitted_font(
    text: str,
    rect: QRectF,
    start: float,
    smallest: float,
    weight: QFont.Weight = QFont.Weight.Normal,
    serif: bool = False,
    wrap: bool = True,
) -> QFont:
    """The largest font from `start` down to `smallest` in which `text` fits `rect`."""
    size = start
    flags = int(Qt.TextFlag.TextWordWrap) if wrap else 0
    while True:
        chosen = font(size, weight, serif)
        bounds = QFontMetricsF(chosen).boundingRect(rect, flags, text)
        if (bounds.height() <= rect.height() and bounds.width() <= rect.width() + 0.5) or (
            size <= smallest
        ):
            return chosen
        size = max(smallest, size * 0.92)


def draw_fitted(
    painter: QPainter,
    text: str,
    rect: QRectF,
    start: float,
    smallest: float,
    color: QColor,
    weight: QFont.Weight = QFont.Weight.Normal,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    serif: bool = False,
    wrap: bool = True,
) -> None:
    chosen = fitted_font(text, rect, start, smallest, weight, serif, wrap)
    painter.setFont(chosen)
    painter.setPen(color)
    if not wrap:
        text = QFontMetricsF(chosen).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    flags = int(align) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
    painter.drawText(rect, flags, text)


def elided_lines(text: str, chosen: QFont, width: float, lines: int) -> str:
    """`text` wrapped to `width`, at most `lines` lines, the last one ended with '…'."""
    metrics = QFontMetricsF(chosen)
    words = text.split()
    out: list[str] = []
    current = ""
    for index, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width:
            current = trial
            continue
        out.append(current)
        current = word
        if len(out) == lines:
            rest = " ".join([current, *words[index + 1 :]])
            out[-1] = metrics.elidedText(f"{out[-1]} {rest}", Qt.TextElideMode.ElideRight, width)
            return "\n".join(out)
    if current:
        out.append(current)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = metrics.elidedText(out[-1] + " …", Qt.TextElideMode.ElideRight, width)
    return "\n".join(out)


# -- the card --------------------------------------------------------------------------


def render_card(info: CardInfo) -> QImage:
    width, height = CARD_SIZE
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(CREAM)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        paint_card(painter, info, width, height)
    finally:
        painter.end()
    return image


def paint_card(painter: QPainter, info: CardInfo, width: int, height: int) -> None:
    background = QLinearGradient(0, 0, width, height)
    background.setColorAt(0.0, CREAM)
    background.setColorAt(1.0, PEACH)
    painter.fillRect(QRectF(0, 0, width, height), background)
    draw_sun(painter, QPointF(width - 210, 250), 120, 0.9)

    footer = 78
    # top line: the app, with the heart
    draw_heart(painter, QPointF(76, 70), 42)
    painter.setFont(font(26, QFont.Weight.Bold))
    painter.setPen(TEAL)
    painter.drawText(
        QRectF(110, 46, 560, 48), int(Qt.AlignmentFlag.AlignVCenter), tr("Spot the Trap")
    )

    left, text_width = 60, 740
    draw_fitted(
        painter,
        info.name or tr("A quiz champion"),
        QRectF(left, 112, text_width, 84),
        66,
        34,
        INK,
        QFont.Weight.Bold,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )
    draw_fitted(
        painter,
        tr("completed “{topic}”").format(topic=info.bank_title),
        QRectF(left, 196, text_width, 78),
        30,
        20,
        MUTED,
        QFont.Weight.DemiBold,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
    )

    # the score, in a round badge on the sun
    center = QPointF(width - 210, 250)
    painter.setPen(QPen(TERRACOTTA, 10))
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawEllipse(center, 112, 112)
    draw_fitted(
        painter,
        info.score_text,
        QRectF(center.x() - 96, center.y() - 62, 192, 84),
        68,
        36,
        TERRACOTTA,
        QFont.Weight.ExtraBold,
        Qt.AlignmentFlag.AlignCenter,
        wrap=False,
    )
    painter.setFont(font(24, QFont.Weight.DemiBold))
    painter.setPen(MUTED)
    painter.drawText(
        QRectF(center.x() - 100, center.y() + 22, 200, 36),
        int(Qt.AlignmentFlag.AlignCenter),
        tr("right"),
    )
    draw_fitted(
        painter,
        tr("I can spot the trap. Can you?"),
        QRectF(center.x() - 200, center.y() + 150, 400, 44),
        26,
        15,
        TEAL,
        QFont.Weight.Bold,
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
        wrap=False,
    )

    # what I learnt
    top = 292
    painter.setFont(font(24, QFont.Weight.Bold))
    painter.setPen(GREEN)
    painter.drawText(
        QRectF(left, top, text_width, 36),
        int(Qt.AlignmentFlag.AlignVCenter),
        tr("What I learnt")
        if info.lessons
        else tr("Every question I answered made me harder to trick."),
    )
    lesson_font = font(21)
    metrics = QFontMetricsF(lesson_font)
    y = top + 46
    space = height - footer - 18 - y
    per = space / max(1, len(info.lessons))
    for lesson in info.lessons:
        lines = max(1, min(2, int((per - 6) // metrics.lineSpacing())))
        text = elided_lines(lesson, lesson_font, text_width - 40, lines)
        painter.setBrush(SUN)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(left + 9, y + metrics.lineSpacing() / 2 + 1), 7, 7)
        painter.setFont(lesson_font)
        painter.setPen(INK)
        block = QRectF(left + 32, y, text_width - 40, per)
        painter.drawText(block, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)
        used = metrics.lineSpacing() * (text.count("\n") + 1)
        y += min(per, used + 14)

    # footer: the motto and the date
    painter.fillRect(QRectF(0, height - footer, width, footer), TEAL)
    painter.setFont(font(28, QFont.Weight.Bold))
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(
        QRectF(left, height - footer, 640, footer),
        int(Qt.AlignmentFlag.AlignVCenter),
        tr("Learn · Act · Share"),
    )
    painter.setFont(font(22, QFont.Weight.DemiBold))
    painter.drawText(
        QRectF(width - 560, height - footer, 500, footer),
        int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
        info.date_text,
    )


def save_card(info: CardInfo, path: Path | str) -> Path:
    """Write the card as a PNG; OSError when it cannot be written."""
    path = Path(path)
    if path.suffix.lower() != ".png":
        path = path.with_name(path.name + ".png")
    image = render_card(info)
    temporary = path.with_name(f".{path.name}.tmp.png")
    if not image.save(str(temporary), "PNG"):
        raise OSError(f"cannot write {path}")
    temporary.replace(path)
    return path

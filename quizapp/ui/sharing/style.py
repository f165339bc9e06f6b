"""Styles for the form controls of the sharing pages, from the theme's palette and scale.

The app's stylesheet covers buttons, line edits and lists; the forms here also
use multi-line edits, check boxes, radio buttons and spin boxes. The sheet is
set on each sharing page and redone when the theme changes (contrast, size).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget

from quizapp.ui.theme import Theme

_SHEET = """
QPlainTextEdit {{
    background: {surface};
    color: {text};
    border: 3px solid {border_strong};
    border-radius: {radius}px;
    padding: {pad_small}px {pad_small}px;
    selection-background-color: {selection};
    selection-color: {text};
}}
QPlainTextEdit:focus {{ border-color: {focus}; }}
QSpinBox {{
    background: {surface};
    color: {text};
    border: 3px solid {border_strong};
    border-radius: {radius}px;
    padding: {pad_small}px {pad}px;
    min-height: {control_inner}px;
}}
QSpinBox:focus {{ border-color: {focus}; }}
QCheckBox, QRadioButton {{
    spacing: {pad_small}px;
    padding: 2px 4px;
    border: 2px solid transparent;
    border-radius: {radius_small}px;
    min-height: {control_small}px;
}}
QCheckBox:focus, QRadioButton:focus {{ border-color: {focus}; }}
QCheckBox::indicator, QRadioButton::indicator, QListWidget[role="picker"]::indicator {{
    width: {indicator}px;
    height: {indicator}px;
    background: {surface};
    border: 3px solid {border_strong};
    border-radius: {radius_small}px;
}}
QRadioButton::indicator {{
    border-radius: {indicator_round}px;
}}
QCheckBox::indicator:checked, QListWidget[role="picker"]::indicator:checked {{
    background: {primary};
    border-color: {primary};
    image: url({check_image});
}}
QRadioButton::indicator:checked {{
    border-color: {primary};
    image: url({dot_image});
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {border};
}}
QFrame[role="formRow"] {{
    background: {surface};
    border: 2px solid {border};
    border-radius: {radius}px;
}}
QFrame[role="formRow"][state="wrong"] {{
    border-color: {wrong};
}}
QFrame[role="preview"] {{
    background: {window};
    border: 3px dashed {border_strong};
    border-radius: {radius_large}px;
}}
QPushButton[kind="quiet"]:disabled {{
    background: transparent;
    border-color: transparent;
    color: {muted};
}}
QLabel[role="fieldError"] {{
    color: {wrong};
    font-weight: 700;
}}
QLabel[role="ok"] {{
    color: {right};
    font-weight: 700;
    background: {right_bg};
    border: 2px solid {right};
    border-radius: {radius_small}px;
    padding: {pad_small}px {pad}px;
}}
QListWidget[role="picker"] {{
    background: {surface};
    border: 2px solid {border_strong};
    border-radius: {radius}px;
    padding: 4px;
}}
QListWidget[role="picker"]::item {{
    color: {text};
    padding: {pad_small}px;
    border-radius: {radius_small}px;
    border: 2px solid transparent;
}}
QListWidget[role="picker"]::item:selected {{
    background: {selection};
    color: {text};
    border-color: {primary};
}}
QListWidget[role="picker"]:focus {{ border-color: {focus}; }}
QLabel[role="mark"] {{
    font-weight: 700;
}}
QLabel[role="mark"][state="right"] {{ color: {right}; }}
QLabel[role="mark"][state="wrong"] {{ color: {wrong}; }}
QFrame[role="player"] {{
    background: {surface};
    border: 3px solid {border};
    border-radius: {radius_large}px;
}}
QFrame[role="player"][state="winner"] {{
    border-color: {accent};
}}
QLabel[role="bigScore"] {{
    font-size: {huge}px;
    font-weight: 800;
    color: {primary};
}}
"""


def sharing_stylesheet(theme: Theme) -> str:
    values: dict[str, object] = dict(theme.colors)
    for name in (
        "radius",
        "radius_small",
        "radius_large",
        "pad",
        "pad_small",
        "control_inner",
        "control_small",
        "huge",
    ):
        values[name] = theme.px(name)
    side = theme.px(22)
    values["indicator"] = side
    values["indicator_round"] = (side + 6) // 2
    values["check_image"], values["dot_image"] = _indicator_images(theme, side)
    return _SHEET.format(**values)


_folder: list[Path] = []


def _image_folder() -> Path:
    """A private folder for this run (made with mkdtemp), removed at exit."""
    if not _folder:
        _folder.append(Path(tempfile.mkdtemp(prefix="quizapp-indicators-")))
        atexit.register(shutil.rmtree, _folder[0], True)
    return _folder[0]


def _indicator_images(theme: Theme, side: int) -> tuple[str, str]:
    """A tick and a dot in the theme's colours, as files a stylesheet can name."""
    try:
        folder = _image_folder()
    except OSError:  # no temporary folder: the boxes still show their colour when ticked
        return "", ""
    colours = theme.colors
    check = folder / f"check-{colours['primary_text'][1:]}-{side}.png"
    dot = folder / f"dot-{colours['primary'][1:]}-{side}.png"
    try:
        if not check.is_file():
            theme.pixmap("check", "primary_text", side, ratio=2.0).toImage().save(str(check))
        if not dot.is_file():
            image = QImage(side * 2, side * 2, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(QColor(0, 0, 0, 0))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor(0, 0, 0, 0))
            painter.setBrush(QColor(colours["primary"]))
            painter.drawEllipse(QRectF(side * 0.45, side * 0.45, side * 1.1, side * 1.1))
            painter.end()
            image.save(str(dot))
    except OSError:  # without the files the boxes still show their colour when ticked
        pass
    return check.as_posix(), dot.as_posix()


def apply_sharing_style(widget: QWidget, theme: Theme) -> None:
    """Style `widget` (call again from the page's own slot when the theme changes)."""
    widget.setStyleSheet(sharing_stylesheet(theme))

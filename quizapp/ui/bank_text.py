"""Showing text that comes from a bank: never as HTML.

Bank text may use **bold** and *italic*. Everything is HTML-escaped first and
only those two marks become tags, so a bank cannot bring in images, links or
any other markup. Text without marks is shown as plain text.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel

from quizapp.ui.enum_property import set_enum

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.DOTALL)
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])", re.DOTALL)


_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """html.escape(text, quote=True), without importing html (startup speed)."""
    return text.translate(_ESCAPES)


def has_marks(text: str) -> bool:
    return bool(_BOLD.search(text) or _ITALIC.search(text))


def marks_to_html(text: str) -> str:
    """Escaped text with only <b>, <i> and <br> added."""
    escaped = escape(text)
    escaped = _BOLD.sub(r"<b>\1</b>", escaped)
    escaped = _ITALIC.sub(r"<i>\1</i>", escaped)
    return escaped.replace("\n", "<br>")


def strip_marks(text: str) -> str:
    """The text as a screen reader should hear it, without the ** and * marks."""
    return _ITALIC.sub(r"\1", _BOLD.sub(r"\1", text))


def show_bank_text(label: QLabel, text: str) -> None:
    label.setOpenExternalLinks(False)
    set_enum(label, "textInteractionFlags", "NoTextInteraction")
    if has_marks(text):
        set_enum(label, "textFormat", "RichText")
        label.setText(marks_to_html(text))
    else:
        set_enum(label, "textFormat", "PlainText")
        label.setText(text)
    label.setAccessibleName(strip_marks(text))

"""Holds a page in the stack; scrolls the whole page only when the window is too small for it.

At double text size on a 1280x720 screen a page's fixed parts (header,
notices, buttons) may not fit; the page then scrolls instead of pushing the
window past the screen or being clipped.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget

from quizapp.ui.enum_property import set_enum


class PageScroller(QScrollArea):
    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{page.objectName() or 'page'}Scroller")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        set_enum(self, "focusPolicy", "NoFocus")
        self.setProperty("role", "page")
        if page.layout() is not None:
            # let the scroll area size the page by height-for-width, not by the
            # word-wrapped labels' narrowest-width minimum
            page.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setWidget(page)
        self.page = page

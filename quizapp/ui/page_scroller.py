"""Holds a page in the stack; scrolls the whole page only when the window is too small for it.

At double text size on a 1280x720 screen a page's fixed parts (header,
notices, buttons) may not fit; the page then scrolls instead of pushing the
window past the screen or being clipped.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget

from quizapp.ui.enum_property import set_enum


class PageScroller(QScrollArea):
    """Made empty, then given its page with `hold`.

    A page built inside `inside` (the viewport; its parent from the start) has
    its parts styled once, as they are made; a page built apart is styled
    again, all of it, when it moves in.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # our own viewport: asking Qt for its own (viewport()) hands PySide a widget it
        # did not make, and finding that widget's Python type sets up every widget class
        # of QtWidgets (~8 ms at start)
        self.inside = QWidget(self)
        self.setViewport(self.inside)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        set_enum(self, "focusPolicy", "NoFocus")
        self.setProperty("role", "page")
        self.page: QWidget | None = None

    def hold(self, page: QWidget) -> None:
        self.setObjectName(f"{page.objectName() or 'page'}Scroller")
        if page.layout() is not None:
            # let the scroll area size the page by height-for-width, not by the
            # word-wrapped labels' narrowest-width minimum
            page.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setWidget(page)
        self.page = page

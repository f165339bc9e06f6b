"""Putting a widget made later into the Tab order where it is seen, not at the end.

Qt appends a new widget to its window's focus chain, so a part built on
first use (a notice's buttons) would come after every page. `place_before`
moves it to where its container stands in the chain. (The container must
not be made late itself: a late top bar would have no control before it.)
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def takes_tab(widget: QWidget) -> bool:
    from PySide6.QtCore import Qt  # not on import: the first window keeps off `Qt`

    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def place_before(widgets: list[QWidget], anchor: QWidget) -> None:
    """Tab reaches `widgets`, in their order, just before `anchor`'s place in the chain.

    The anchor need not take focus itself: a notice bar places its buttons
    where the bar stands, between the top bar and the page.
    """
    previous = anchor.previousInFocusChain()
    while previous is not anchor and (previous in widgets or not takes_tab(previous)):
        previous = previous.previousInFocusChain()
    # (when nothing else takes Tab, `previous` is the anchor: after it is before it)
    for widget in widgets:
        QWidget.setTabOrder(previous, widget)
        previous = widget

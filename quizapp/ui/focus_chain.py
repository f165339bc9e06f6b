"""Putting a widget made later into the Tab order where it is seen, not at the end.

Qt appends a new widget to its window's focus chain, so a part built on
first use (a notice's buttons) would come after every page. `place_before`
moves it to where its container stands in the chain. (The container must
not be made late itself: a late top bar would have no control before it.)
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QWidget


def place_before(widgets: list[QWidget], anchor: QWidget) -> None:
    """Tab reaches `widgets`, in their order, just before `anchor`'s place in the chain.

    The anchor need not take focus itself: a notice bar places its buttons
    where the bar stands, between the top bar and the page. Qt ignores
    `setTabOrder` after a widget that takes no focus, so the walk back simply
    tries each widget until one holds: asking `focusPolicy()` would build the
    enums of `Qt` (see enum_property), and a notice can come up at start-up.
    """
    previous = anchor.previousInFocusChain()
    first = widgets[0]
    while previous is not anchor:
        if previous not in widgets:
            QWidget.setTabOrder(previous, first)
            if previous.nextInFocusChain() is first:
                break
        previous = previous.previousInFocusChain()
    else:  # nothing else in the window takes Tab: after the anchor is before it
        QWidget.setTabOrder(anchor, first)
    for before, widget in pairwise(widgets):
        QWidget.setTabOrder(before, widget)

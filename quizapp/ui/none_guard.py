"""A guard against a reference-count bug of PySide6 6.12.0 on Python 3.11 and older.

That binding drops one reference to None each time Python calls a C++ method
that returns nothing (QPainter.setPen, QWidget.update, QLabel.setText, ...).
Before Python 3.12 None is not immortal, so its count can reach 0 and the
process aborts ("Fatal Python error: none_dealloc"): scrolling the progress
page a few hundred times, or a short test session, was enough.

`keep_none_alive()` (called once by app.application()) finds out whether the
binding in use has the bug, with one harmless call, and if so gives None so
many references that it can never run out: it is then as immortal as it is
from Python 3.12 on. Where the bug is absent it does nothing and costs
nothing (ctypes is imported only when needed). `keeps_none_alive` guards
code that makes many such calls over and over (painting) on its own, for
a process that never called keep_none_alive().
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject

Result = TypeVar("Result")

# None, True and False are immortal from CPython 3.12 on; before, a binding that drops
# references to them can run their counts down (bool_guard uses this too). Asked of
# sys.implementation, not the platform module: that costs ~2 ms of start-up.
SINGLETONS_ARE_MORTAL = sys.version_info < (3, 12) and sys.implementation.name == "cpython"
_NONE_IS_MORTAL = SINGLETONS_ARE_MORTAL
_PLENTY = 1 << 40  # references: a million calls a second would take 12 days to use them up
_state = {"pinned": False}


def _give_none(references: int) -> None:
    import ctypes  # ~3 ms: only where the bug is

    # ob_refcnt is the first field of every CPython object
    ctypes.c_ssize_t.from_address(id(None)).value += references


def keep_none_alive() -> bool:
    """Make None immortal if this PySide6 drops references to it; True if it had to."""
    if not _NONE_IS_MORTAL or _state["pinned"]:
        return False
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(4):
        probe.setObjectName("")  # returns nothing: the kind of call that loses a reference
    if sys.getrefcount(None) >= before:
        return False
    _give_none(_PLENTY)
    _state["pinned"] = True
    return True


def keeps_none_alive(method: Callable[..., Result]) -> Callable[..., Result]:
    """Give None back the references that the Qt calls inside `method` dropped."""
    if not _NONE_IS_MORTAL:
        return method

    @functools.wraps(method)
    def guarded(*args, **kwargs):
        if _state["pinned"]:
            return method(*args, **kwargs)
        before = sys.getrefcount(None)
        try:
            return method(*args, **kwargs)
        finally:
            lost = before - sys.getrefcount(None)
            if lost > 0:
                _give_none(lost)

    return guarded

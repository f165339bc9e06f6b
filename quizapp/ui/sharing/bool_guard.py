"""A guard against a reference-count bug of PySide6 6.12.0 on Python 3.11 and older: bools.

The same binding bug that quizapp.ui.none_guard deals with for None also
hits True and False: `Signal.emit()` called from Python returns True and
drops a reference to it each time. Before Python 3.12 True and False are not
immortal, so a page that emits on every keystroke (the Create page's form)
ran the count down until the process aborted at exit ("Fatal Python error:
bool_dealloc"). `keep_bools_alive()` checks with a few harmless emits whether
the binding in use has the bug and, if so, gives True and False so many
references that they can never run out, as they cannot from Python 3.12 on.
Where the bug is absent it does nothing.

(The natural home of this is quizapp.ui.none_guard, next to its twin; it is
here until that module takes it over.)
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from quizapp.ui.none_guard import SINGLETONS_ARE_MORTAL

_BOOLS_ARE_MORTAL = SINGLETONS_ARE_MORTAL
_PLENTY = 1 << 40
_state = {"pinned": False}


class _Probe(QObject):
    happened = Signal()


def keep_bools_alive() -> bool:
    """Make True and False immortal if this PySide6 drops references to them; True if it had to."""
    if not _BOOLS_ARE_MORTAL or _state["pinned"]:
        return False
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.happened.emit()
    if sys.getrefcount(True) >= before:
        return False
    import ctypes  # only where the bug is

    for value in (True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += _PLENTY  # ob_refcnt comes first
    _state["pinned"] = True
    return True

"""Qt enum properties set by their key's name, for the modules that build the first window.

PySide6 builds the Python enums of `Qt`'s namespace (93 of them, Key alone has
471 members) the first time a module touches `PySide6.QtCore.Qt`: 20-40 ms on
a camp laptop, about a fifth of what a bare PySide6 window takes to appear.
The modules on the way to the first window therefore never import `Qt`; they
set such properties through Qt's property system, which takes the key's name
(`"TabFocus"`, or `"A|B"` for flags), and pass plain ints where Qt's own
signature is an int. `tests/ui/test_startup_path.py` keeps it that way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Qt's values where a Qt signature takes a plain int (tests check them against Qt)
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter (AlignHCenter | AlignVCenter)


def set_enum(target: QObject, name: str, keys: str) -> None:
    """`target.set<Name>(Qt.<Enum>.<keys>)`, without touching `Qt`."""
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__} has no enum property {name} with keys {keys}")

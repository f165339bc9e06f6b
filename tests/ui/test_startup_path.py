"""The way to the first window: what it must not build, and the caches that keep it short.

Measured in bench/bench_startup.py; these tests only keep the structure that
the figures there depend on (no test here is timed).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QListWidgetItem

from quizapp.app import create_window
from quizapp.core.paths import DataFolder, bundled_assets_dir
from quizapp.core.store import Store
from quizapp.ui import enum_property
from quizapp.ui.enum_property import set_enum
from quizapp.ui.image_cache import cached_image
from quizapp.ui.theme import Theme

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "bench_startup.py"

# A fresh interpreter starts quizapp as the `quizapp` command does and reports,
# at the window's first paint, how many Python enums PySide has built by then and
# which of them belong to Qt's namespace (looked up only after that paint).
FIRST_PAINT = """
import enum, os, sys
built = []
make = enum.EnumType._create_
def create(cls, name, *args, **kwargs):
    made = make(cls, name, *args, **kwargs)
    built.append(made)
    return made
enum.EnumType._create_ = create
from PySide6.QtCore import QEvent, QObject
import quizapp.app

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            before = list(built)
            from PySide6.QtCore import Qt
            print(len(before), *(e.__name__ for e in before if getattr(Qt, e.__name__, 0) is e))
            os._exit(0)
        return False

probe = FirstPaint()
make_window = quizapp.app.create_window
def create_window(*args, **kwargs):
    window = make_window(*args, **kwargs)
    window.installEventFilter(probe)
    return window
quizapp.app.create_window = create_window
from quizapp.cli import main
main(["--data-dir", sys.argv[1], "--lang", "en"])
"""


def _start_in_a_fresh_interpreter(code: str, data: Path) -> list[str]:
    """Run `code` (which starts quizapp on `data`) offscreen; the words it printed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", code, str(data)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def _enums_built_before_first_paint(data: Path) -> tuple[int, list[str]]:
    count, *from_qt = _start_in_a_fresh_interpreter(FIRST_PAINT, data)
    return int(count), from_qt


@pytest.mark.parametrize("notice", [False, True])
def test_the_first_window_never_builds_the_enums_of_qts_namespace(
    qtbot, tmp_path, notice: bool
) -> None:
    data = tmp_path / "data"
    if notice:  # backups cannot be made: every start says so in the store notice
        data.mkdir()
        (data / "backups").write_text("a file where the backups folder should be")
    with Store.open(DataFolder(data)) as store:
        for name in ("Ann", "Bogdan", "Zoya", "Юля"):
            store.create_profile(name)
    window = create_window(data, lang="en")  # the first start paints and caches
    qtbot.addWidget(window)
    assert window.store_notice.isVisibleTo(window) == notice
    window.show()
    qtbot.waitExposed(window)
    window.close()

    count, from_qt = _enums_built_before_first_paint(data)

    assert count > 20  # the hook saw PySide build the enums of the classes in use
    assert from_qt == [], (
        "the way to the first window touched PySide6.QtCore.Qt, which builds all "
        f"of its enums (20-40 ms); use quizapp.ui.enum_property instead: {from_qt[:5]}"
    )


def _start_as_quizapp() -> str:
    """The bench's code that starts the app as the `quizapp` command does (see there)."""
    spec = importlib.util.spec_from_file_location("bench_startup", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench.START_AS_QUIZAPP


# The collector is paused while the app starts and resumed, with what start-up
# made frozen, once the window is up (cli._open_app, app.collect_garbage_from_now_on).
GARBAGE_COLLECTOR = """
import gc, os

def on_window(window):  # made, not yet shown: the collector is still paused
    from PySide6.QtCore import QTimer

    building = gc.isenabled()

    def report():
        print(building, gc.isenabled(), gc.get_freeze_count())
        os._exit(0)

    QTimer.singleShot(200, report)
"""


def test_the_collector_is_paused_for_the_start_and_on_once_the_window_is_up(tmp_path) -> None:
    reported = _start_in_a_fresh_interpreter(
        GARBAGE_COLLECTOR + _start_as_quizapp(), tmp_path / "data"
    )
    while_building, after, frozen = reported
    assert while_building == "False"
    assert after == "True"
    assert int(frozen) > 10_000  # modules, classes and widgets: left alone from now on


def test_the_ints_given_for_qt_values_are_qts_own() -> None:
    assert Qt.ItemDataRole.UserRole.value == enum_property.USER_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == enum_property.ACCESSIBLE_TEXT_ROLE
    assert Qt.AlignmentFlag.AlignCenter.value == enum_property.ALIGN_CENTER
    item = QListWidgetItem("x")
    item.setData(enum_property.USER_ROLE, 7)
    assert item.data(Qt.ItemDataRole.UserRole) == 7


def test_set_enum_sets_by_key_and_refuses_a_wrong_key(qtbot) -> None:
    label = QLabel("<b>bank text</b>")
    qtbot.addWidget(label)
    set_enum(label, "textFormat", "PlainText")
    set_enum(label, "textInteractionFlags", "TextSelectableByMouse|TextSelectableByKeyboard")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() == (
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    with pytest.raises(ValueError, match="textFormat"):
        set_enum(label, "textFormat", "Plaintext")


def _theme(cache: Path | None) -> Theme:
    assets = bundled_assets_dir()
    return Theme(assets / "style", assets / "icons", icon_cache=cache)


def _pixels(image: QImage) -> list[int]:
    return [image.pixel(x, y) for y in range(0, image.height(), 7) for x in range(image.width())]


def test_icons_and_avatars_come_back_from_the_cache_as_painted(qtbot, tmp_path) -> None:
    cache = tmp_path / "icons"
    fresh = _theme(None)
    cached = _theme(cache)

    first_icon = cached.pixmap("home", "primary", 24)
    first_avatar = cached.avatar("Zoya", "#1f77b4", 40)
    files = sorted(p.name for p in cache.iterdir())
    assert len(files) == 2 and any(name.startswith("avatar-") for name in files)

    again = _theme(cache)  # a new start: read from the files
    for made, read, painted in (
        (first_icon, again.pixmap("home", "primary", 24), fresh.pixmap("home", "primary", 24)),
        (
            first_avatar,
            again.avatar("Zoya", "#1f77b4", 40),
            fresh.avatar("Zoya", "#1f77b4", 40),
        ),
    ):
        assert read.size() == painted.size() == made.size()
        assert read.devicePixelRatio() == painted.devicePixelRatio() == fresh.pixel_ratio()
        assert _pixels(read.toImage()) == _pixels(painted.toImage())
    assert sorted(p.name for p in cache.iterdir()) == files  # nothing painted again

    # another colour, name or size is another picture, never the cached one
    assert cached.avatar("Zoya", "#d62728", 40).toImage() != first_avatar.toImage()
    assert cached.avatar("Anna", "#1f77b4", 40).toImage() != first_avatar.toImage()
    assert len(list(cache.iterdir())) == 4


def test_a_damaged_cached_image_is_painted_again(tmp_path) -> None:
    painted = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
    painted.fill(QColor("#B4461A"))
    calls = []

    def paint() -> QImage:
        calls.append(1)
        return painted

    first = cached_image(tmp_path, "dot", b"shape", 8, paint)
    (file,) = tmp_path.iterdir()
    file.write_bytes(b"not an image")
    second = cached_image(tmp_path, "dot", b"shape", 8, paint)
    third = cached_image(tmp_path, "dot", b"shape", 8, paint)

    assert len(calls) == 2  # the damaged file was painted again and written back
    assert first == second == third == painted

    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte changed on the disk: the checksum finds it
    file.write_bytes(bytes(data))
    assert cached_image(tmp_path, "dot", b"shape", 8, paint) == painted
    assert len(calls) == 3
    assert [p.name for p in tmp_path.iterdir()] == [file.name]


def test_a_cache_folder_that_cannot_be_written_only_costs_speed(tmp_path) -> None:
    blocked = tmp_path / "icons"
    blocked.write_text("a file where the folder should be")
    theme = _theme(blocked)

    icon = theme.pixmap("home", "text", 24)
    avatar = theme.avatar("Ann", "#2ca02c", 40)

    assert not icon.isNull() and not avatar.isNull()
    assert blocked.read_text() == "a file where the folder should be"

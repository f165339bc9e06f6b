"""Startup: time from process start to the first paint of the window, against a bare PySide6 window.

    python bench/bench_startup.py [--rounds N] [--platform offscreen|xcb]

Each round starts two fresh Python processes, one after the other (the order
alternates between rounds): a bare QApplication with a QLabel shown, and
quizapp as the `quizapp` command starts it (`quizapp.cli.main`), on a
prepared data folder: the database exists with a camp's worth of profiles
(PROFILES), and the bank and icon caches are warm, as on every start after
the first. Each child prints the monotonic time of the first paint event
and its peak memory (ru_maxrss), then exits at once. Prints medians and the
ratios; targets: time <= 1.4x (aim 1.2x), memory <= 1.6x.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import os, resource, time

def first_paint_probe():
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def __init__(self):
            super().__init__()
            self.seen = False

        def eventFilter(self, obj, event):
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                painted = time.monotonic()
                QTimer.singleShot(0, lambda: finish(painted))
            return False

    return FirstPaint()

def finish(painted):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{painted:.6f} {rss}", flush=True)
    os._exit(0)
"""

BARE = (
    PROBE
    + """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("quizapp")
label.resize(1280, 720)
probe = first_paint_probe()
label.installEventFilter(probe)
label.show()
app.exec()
"""
)

# The app starts exactly as the `quizapp` command starts it: nothing of Qt or of
# quizapp is imported before quizapp.cli.main runs. create_window is wrapped the
# moment the CLI first imports quizapp.app, and the child's own `on_window(window)`
# (defined before this code) is called with each window it makes, still unshown.
# tests/ui/test_startup_path.py starts the app through this code too.
START_AS_QUIZAPP = """
import importlib.util, sys

class WrapCreateWindow:
    def find_spec(self, name, path, target=None):
        if name != "quizapp.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            make_window = module.create_window

            def create_window(*args, **kwargs):
                window = make_window(*args, **kwargs)
                on_window(window)
                return window

            module.create_window = create_window

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, WrapCreateWindow())
from quizapp.cli import main
main(["--data-dir", sys.argv[1], "--lang", "en"])
"""

# The probe goes on the window, as on the bare label: a filter on the application
# would make PySide build the Python types of every internal object it sees.
APP = (
    PROBE
    + """
probes = []

def on_window(window):
    probes.append(first_paint_probe())
    window.installEventFilter(probes[-1])
"""
    + START_AS_QUIZAPP
)

PROFILES = 24  # a camp group on one shared laptop
PREPARE = f"""
import sys
from quizapp.app import create_window
window = create_window(sys.argv[1])
window.library()  # the bank cache: it loads after the window is up
for number in range({PROFILES}):
    window.store.create_profile(f"Camper {{number + 1}}")
window.profiles.refresh()  # their avatars, into the icon cache
window.close()
"""


def run_child(code: str, env: dict[str, str], *args: str) -> tuple[float, int]:
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"child failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    painted, rss = lines[-1].split()
    return float(painted) - start, int(rss)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = args.platform
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    # An installed quizapp has its bytecode compiled by pip; a checkout run with
    # PYTHONDONTWRITEBYTECODE=1 (as on this workplace) would compile every module
    # at every start, which no user's laptop does. Compile once, as pip would.
    compileall.compile_dir(str(ROOT / "quizapp"), quiet=1)

    with tempfile.TemporaryDirectory(prefix="quizapp-bench-") as work:
        data = str(Path(work) / "data")
        first, _ = run_child(APP, env, data)  # creates the database and the icon cache
        prepare = [sys.executable, "-c", PREPARE, data]
        subprocess.run(prepare, env=env, cwd=ROOT, check=True, capture_output=True)
        bare_times, app_times, bare_rss, app_rss = [], [], [], []
        for round_number in range(args.rounds):
            order = ("bare", "app") if round_number % 2 == 0 else ("app", "bare")
            for which in order:
                if which == "bare":
                    seconds, rss = run_child(BARE, env)
                    bare_times.append(seconds)
                    bare_rss.append(rss)
                else:
                    seconds, rss = run_child(APP, env, data)
                    app_times.append(seconds)
                    app_rss.append(rss)

    bare_t, app_t = statistics.median(bare_times), statistics.median(app_times)
    # each round's two starts ran back to back: their ratio cancels the slow drifts of a
    # shared machine (a virtual one here), which move both medians by 10-20% between runs
    pair_ratios = [a / b for a, b in zip(app_times, bare_times, strict=True)]
    bare_m, app_m = statistics.median(bare_rss), statistics.median(app_rss)
    print(f"platform {args.platform}, {args.rounds} rounds each, alternating")
    print(f"first start of the app (new data folder): {first * 1000:.0f} ms")
    print(f"data folder: {PROFILES} profiles, warm caches; the app starts as `quizapp` does")
    print(f"bare PySide6 window: median {bare_t * 1000:.0f} ms, peak memory {bare_m / 1024:.1f} MB")
    print(f"quizapp window:      median {app_t * 1000:.0f} ms, peak memory {app_m / 1024:.1f} MB")
    print(f"time ratio   {app_t / bare_t:.2f}x  (target <= 1.4x, aim 1.2x)")
    quartiles = statistics.quantiles(pair_ratios, n=4)
    print(
        f"  per round:  median {statistics.median(pair_ratios):.2f}x, "
        f"middle half {quartiles[0]:.2f}x-{quartiles[2]:.2f}x"
    )
    # the fastest start of each: what each costs when the shared machine gets in the way least
    print(
        f"  fastest of each: bare {min(bare_times) * 1000:.0f} ms, quizapp "
        f"{min(app_times) * 1000:.0f} ms, {min(app_times) / min(bare_times):.2f}x"
    )
    print(f"memory ratio {app_m / bare_m:.2f}x  (target <= 1.6x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Loader speed: `quizapp validate` and the cached load against PyYAML's C loader.

Everything runs in this one invocation on the same generated 10,000-question
file, alternating the commands, and prints medians and ratios.

    python bench/bench_loader.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_big_bank import write_big_bank

from quizapp.core.cache import BankCache
from quizapp.core.library import load_file


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as tmp:
        bank = write_big_bank(Path(tmp) / "big-bank.en.yaml")
        print(f"bank: {bank.stat().st_size / 1e6:.1f} MB, 10,000 questions")
        c_loader = [
            sys.executable,
            "-c",
            "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)",
            str(bank),
        ]
        validate = [sys.executable, "-m", "quizapp", "validate", str(bank)]
        c_times, v_times = [], []
        for _ in range(rounds):
            c_times.append(timed(c_loader))
            v_times.append(timed(validate))
        c_med, v_med = statistics.median(c_times), statistics.median(v_times)
        print(f"yaml.load CSafeLoader (process): median {c_med:.3f} s")
        print(f"quizapp validate      (process): median {v_med:.3f} s")
        print(f"ratio validate / C loader: {v_med / c_med:.2f}  (target <= 1.3)")

        cache = BankCache(Path(tmp) / "cache")
        load_file(bank, cache)  # fills the cache
        import yaml

        in_c, in_cached = [], []
        for _ in range(rounds):
            start = time.perf_counter()
            with bank.open("rb") as handle:
                yaml.load(handle, Loader=yaml.CSafeLoader)
            in_c.append(time.perf_counter() - start)
            start = time.perf_counter()
            loaded, issues = load_file(bank, cache)
            in_cached.append(time.perf_counter() - start)
            assert loaded is not None and not issues
        c_in, cached = statistics.median(in_c), statistics.median(in_cached)
        print(f"C loader in process: {c_in * 1000:.0f} ms; cached load: {cached * 1000:.0f} ms")
        print(f"ratio cached / C loader: {cached / c_in:.3f}  (target <= 0.05)")


if __name__ == "__main__":
    main()

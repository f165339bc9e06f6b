"""Answers as a CSV file for facilitators to carry home and open in a spreadsheet.

The file is written next to its target and moved into place only when
complete, so a USB stick pulled out half way leaves the old file or none,
never half a file. Cells that a spreadsheet would run as a formula are
defused, because profile names and answers are typed by anyone.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from pathlib import Path

from quizapp.core.store import Store, StoreError, StoreProblem

COLUMNS = (
    "profile",
    "bank_id",
    "question_id",
    "language",
    "correct",
    "score",
    "seconds",
    "answered_at",
    "run_id",
    "mode",
    "answer",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """Text a spreadsheet shows as text: a leading = + - @ (or tab, CR) gets a quote."""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def export_answers_csv(store: Store, path: Path | str, profile_id: int | None = None) -> int:
    """Write every answer (or one profile's) to `path`; returns the number of rows.

    Plain UTF-8 without a byte order mark: scripts reading the header must
    find `profile`, not `\\ufeffprofile` (LibreOffice asks for the encoding).
    Raises StoreError when the file cannot be written.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise StoreError(
            f"Cannot write {target}: {error.strerror or error}.", StoreProblem.READ_ONLY
        ) from error
    rows = 0
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            for answer in store.iter_answers(profile_id):
                writer.writerow(
                    [
                        safe_cell(answer.profile_name),
                        safe_cell(answer.bank_id),
                        safe_cell(answer.question_id),
                        safe_cell(answer.language),
                        "1" if answer.correct else "0",
                        f"{answer.score:g}",
                        f"{answer.seconds:g}",
                        answer.answered_at,
                        str(answer.run_id),
                        safe_cell(answer.mode),
                        safe_cell(answer.answer_json),
                    ]
                )
                rows += 1
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it private; an export is meant to be shared
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        problem = StoreProblem.DISK_FULL if error.errno == 28 else StoreProblem.IO
        raise StoreError(f"Cannot write {target}: {error.strerror or error}.", problem) from error
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return rows

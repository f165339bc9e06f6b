"""What the CLI's pack and import subcommands do, as plain functions.

Each returns the lines to print and raises a QuizappError subclass with a
one-line message on bad input (PackError and FormatError also carry every
issue in `.issues`, for callers that print them all). The CLI only parses
arguments, prints, and picks the exit code.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from quizapp.core.formats import import_file
from quizapp.core.packs import export_pack, import_pack


def pack_export(bank_refs: Sequence[str], out: Path | str, data_dir: Path | str) -> list[str]:
    """`quizapp pack export BANK... -o FILE.quizpack`: BANK an installed id or a bank file."""
    return export_pack(bank_refs, out, data_dir).lines()


def pack_import(file: Path | str, data_dir: Path | str) -> list[str]:
    """`quizapp pack import FILE.quizpack`: all of the pack's banks, or none."""
    return import_pack(file, data_dir).lines()


def import_questions(
    file: Path | str, fmt: str | None, out: Path | str, lang: str | None = None
) -> list[str]:
    """`quizapp import FILE.gift|FILE.txt [--format gift|aiken] -o BANK.yaml`.

    Writes only `out` (never the data folder); the bank passes validate.
    """
    return import_file(file, out, fmt, language=lang or "en").lines()

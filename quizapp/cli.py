"""The command line: opens the app, checks banks, lists them, packs, exports.

Every subcommand prints a one-line message and exits non-zero on bad input;
no traceback ever reaches the user.

Opening the app is what `quizapp` does most, and its window must come up
fast: the modules of the other commands (the loader, PyYAML, packs) are
imported inside them, never at the top of this module.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp import __version__
from quizapp.core.issues import Issue, QuizappError
from quizapp.core.paths import DataFolder, bundled_questions_dir, default_data_dir

if TYPE_CHECKING:
    from quizapp.core.library import BankLibrary


def _data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def _build_parser() -> argparse.ArgumentParser:
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument("--data-dir", metavar="DIR", help="folder for profiles, scores and banks")

    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Offline quiz app for anti-trafficking awareness camps.",
        parents=[data],
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    parser.add_argument("--lang", metavar="CODE", help="interface language (en, ru, be)")
    parser.add_argument("--fullscreen", action="store_true", help="open full screen")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = sub.add_parser("validate", parents=[data], help="check bank files or folders")
    validate.add_argument("paths", nargs="+", metavar="PATH")

    sub.add_parser("banks", parents=[data], help="list the banks the app shows")

    pack = sub.add_parser("pack", parents=[data], help="export or import .quizpack files")
    pack_sub = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    export = pack_sub.add_parser("export", parents=[data], help="write banks to a pack")
    export.add_argument("banks", nargs="+", metavar="BANK", help="an installed bank's id or a file")
    export.add_argument("-o", "--output", required=True, metavar="FILE.quizpack")
    imported = pack_sub.add_parser("import", parents=[data], help="install a pack's banks")
    imported.add_argument("file", metavar="FILE.quizpack")

    convert = sub.add_parser(
        "import", parents=[data], help="turn a Moodle GIFT or Aiken file into a bank"
    )
    convert.add_argument("file", metavar="FILE")
    convert.add_argument("--format", choices=["gift", "aiken"], dest="source_format")
    convert.add_argument("--bank-lang", metavar="CODE", help="the language of the questions")
    convert.add_argument("-o", "--output", required=True, metavar="BANK.yaml")

    results = sub.add_parser("results", parents=[data], help="export recorded answers")
    results_sub = results.add_subparsers(dest="results_command", metavar="ACTION", required=True)
    csv_export = results_sub.add_parser("export", parents=[data], help="every answer, as CSV")
    csv_export.add_argument("-o", "--output", required=True, metavar="FILE.csv")

    facilitator = sub.add_parser("facilitator", parents=[data], help="the facilitator's PIN")
    facilitator_sub = facilitator.add_subparsers(
        dest="facilitator_command", metavar="ACTION", required=True
    )
    facilitator_sub.add_parser(
        "reset-pin", parents=[data], help="forget the PIN; the next facilitator sets a new one"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    args = _app_options(words)
    if args is None:
        args = _build_parser().parse_args(words)  # also says what is wrong, with every command
    try:
        if args.command == "validate":
            return _validate(args.paths)
        if args.command == "banks":
            return _banks(_data_dir(args))
        if args.command == "pack":
            return _pack(args)
        if args.command == "facilitator":
            return _reset_pin(_data_dir(args))
        if args.command == "results":
            return _results_export(_data_dir(args), Path(args.output))
        if args.command == "import":
            from quizapp.core import commands

            return _print_lines(
                commands.import_questions(
                    args.file, args.source_format, args.output, args.bank_lang
                )
            )
        return _open_app(args)
    except QuizappError as error:
        print(f"quizapp: {error}", file=sys.stderr)
        for detail in _details(error):
            print(f"  {detail}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader (`| head`) went away: stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _app_options(words: list[str]) -> argparse.Namespace | None:
    """The options of the usual start, or None when the words need the whole parser.

    Read by hand: argparse's first parser costs the window 3-4 ms (it imports
    locale and compiles its patterns), and building the subcommands' parsers
    another 5-10 ms (it looks for its translations at each argument). Anything
    but `--data-dir DIR`, `--lang CODE` and `--fullscreen` (a command, help, an
    abbreviation, a mistake) goes to the whole parser, which says what is wrong.
    """
    options: dict[str, str | bool | None] = {"data_dir": None, "lang": None, "fullscreen": False}
    rest = iter(words)
    for word in rest:
        name, equals, value = word.partition("=")
        if name in ("--data-dir", "--lang"):
            if not equals:
                value = next(rest, "")
            if not value or (value.startswith("-") and not equals):
                return None
            options[name[2:].replace("-", "_")] = value
        elif word == "--fullscreen":
            options["fullscreen"] = True
        else:
            return None
    return argparse.Namespace(command=None, **options)


def _value_position(path: Path, key: str) -> tuple[int, int]:
    """Line and column of a top-level `key:`'s value in a bank file, else (1, 1)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1, 1
    for number, line in enumerate(lines, start=1):
        if line.startswith(f"{key}:"):
            rest = line[len(key) + 1 :]
            return number, len(key) + 2 + (len(rest) - len(rest.lstrip()))
    return 1, 1


def _validate(paths: list[str]) -> int:
    from quizapp.core.library import bank_files, load_file
    from quizapp.core.translations import check_translation, pick_reference

    issues: list[Issue] = []
    by_id: dict[str, list] = {}
    for given in paths:
        path = Path(given)
        if not path.exists():
            issues.append(Issue(given, 1, 1, "no such file or folder"))
            continue
        files = bank_files(path)
        if path.is_dir() and not files:
            issues.append(Issue(given, 1, 1, "this folder holds no .yaml bank files"))
        for file in files:
            bank, found = load_file(file, cache=None)
            issues.extend(found)
            if bank is None:
                continue
            first = next((b for b in by_id.get(bank.id, []) if b.language == bank.language), None)
            if first is not None:
                line, column = _value_position(file, "language")
                issues.append(
                    Issue(
                        str(file),
                        line,
                        column,
                        f"{first.path} already holds bank '{bank.id}' in '{bank.language}'; "
                        "each language of a bank goes in one file: change the language "
                        "or the id, or remove one of the two",
                    )
                )
                continue
            by_id.setdefault(bank.id, []).append(bank)
    for versions in by_id.values():
        if len(versions) > 1:
            reference = pick_reference(versions)
            for other in versions:
                if other is not reference:
                    issues.extend(check_translation(reference, other))
    for issue in issues:
        print(issue)
    return 1 if issues else 0


def _library(data_dir: Path) -> BankLibrary:
    from quizapp.core.library import BankLibrary

    folder = DataFolder(data_dir)
    return BankLibrary([bundled_questions_dir()], [folder.banks]).load()


def _banks(data_dir: Path) -> int:
    library = _library(data_dir)
    for entry in library.entries():
        bank = entry.bank
        print(
            f"{bank.id}\t{bank.language}\t{bank.title}\t{len(bank.questions)}\t{entry.origin.value}"
        )
    for issue in library.issues:
        print(f"skipped: {issue}", file=sys.stderr)
    return 0


def _details(error: QuizappError) -> list[str]:
    """Every issue behind a one-line error, for the lines after it."""
    issues = getattr(error, "issues", None) or []
    details = getattr(error, "details", None) or []
    lines = [str(i) for i in issues] or [str(d) for d in details]
    return [line for line in lines if line != str(error)][:50]


def _print_lines(lines: list[str]) -> int:
    for line in lines:
        print(line)
    return 0


def _pack(args: argparse.Namespace) -> int:
    from quizapp.core import commands

    data_dir = _data_dir(args)
    if args.pack_command == "export":
        return _print_lines(commands.pack_export(args.banks, args.output, data_dir))
    return _print_lines(commands.pack_import(args.file, data_dir))


def _results_export(data_dir: Path, output: Path) -> int:
    from quizapp.core.results_export import export_answers_csv
    from quizapp.core.store import Store

    store = Store.open(DataFolder(data_dir))
    try:
        rows = export_answers_csv(store, output)
    finally:
        store.close()
    print(f"wrote {output}: {rows} answer{'s' if rows != 1 else ''}")
    return 0


def _reset_pin(data_dir: Path) -> int:
    """Forget the facilitator PIN without asking; the app then asks for a new one."""
    from quizapp.core.pin import PinGuard
    from quizapp.core.store import Store

    folder = DataFolder(data_dir)
    if not folder.database.exists():  # nothing to reset; do not create a data folder for it
        print(f"no facilitator PIN is set in {data_dir}")
        return 0
    with Store.open(folder) as store:
        guard = PinGuard(store)
        was_set = guard.is_set
        guard.clear()
    if was_set:
        print(f"facilitator PIN cleared in {data_dir}; the next facilitator sets a new one")
    else:
        print(f"no facilitator PIN was set in {data_dir}; wrong tries were cleared")
    return 0


def _open_app(args: argparse.Namespace) -> int:
    # Start-up makes objects that live as long as the app (modules, classes, widgets):
    # the cyclic garbage collector would only walk them, again and again, while Qt and
    # the app load (~4 ms of a start). `run` turns it back on once the window is up.
    gc.disable()
    try:
        from quizapp.app import run  # Qt is loaded only when a window is wanted

        return run(data_dir=_data_dir(args), lang=args.lang, fullscreen=args.fullscreen)
    finally:
        gc.enable()  # whatever happened (a data folder that cannot be used, say)

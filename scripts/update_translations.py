"""Collect the interface's strings into assets/i18n/*.ts and compile them to .qm.

    python scripts/update_translations.py              update .ts, build .qm, report
    python scripts/update_translations.py --check      ...and exit 1 if anything is untranslated
    python scripts/update_translations.py --todo DIR   ...and write DIR/todo_<lang>.json to fill
    python scripts/update_translations.py --apply FILE merge translations from a JSON file first

Runs pyside6-lupdate over every quizapp/**/*.py (self.tr, QCoreApplication.translate,
translate("Context", ...), QT_TRANSLATE_NOOP) for Russian and Belarusian, and for
English with plurals only (so "%n questions" reads "1 question"), then
pyside6-lrelease. New strings come in as unfinished; strings gone from the code
are dropped. Only finished translations go into the .qm files, which are
committed so that installing needs no build step. No network is used.

The JSON for --apply (and written by --todo) is
    {"ru": {"Context": {"Source text": "translation",
                        "%n questions": ["%n вопрос", "%n вопроса", "%n вопросов"]}}}
with one string per numerus form where the source has %n (Russian and
Belarusian have three, English two). Qt Linguist (pyside6-linguist) opens the
.ts files too.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "quizapp"
I18N = ROOT / "assets" / "i18n"
CATALOGUE = "quizapp"
TRANSLATED = ("ru", "be")  # every string
PLURALS_ONLY = ("en",)  # the source language: only its numerus forms


def ts_path(language: str) -> Path:
    return I18N / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"{CATALOGUE}_{language}.qm"


def tool(name: str) -> str:
    """pyside6-<name> from this interpreter's environment, else from PATH, else PySide6's own."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    for candidate in (
        Path(PySide6.__file__).parent / name,
        Path(PySide6.__file__).parent / f"{name}.exe",
    ):
        if candidate.is_file():
            return str(candidate)
    raise SystemExit(f"update_translations: pyside6-{name} not found; install PySide6")


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"update_translations: {Path(command[0]).name} failed")


def lupdate(language: str, files: list[Path]) -> None:
    # -locations none: line numbers would change the .ts on every edit of the code
    command = [tool("lupdate"), *map(str, files), "-ts", str(ts_path(language))]
    command += ["-source-language", "en", "-target-language", language]
    command += ["-no-obsolete", "-locations", "none", "-silent"]
    if language in PLURALS_ONLY:
        command.append("-pluralonly")
    run(command)


def lrelease(language: str) -> None:
    run(
        [
            tool("lrelease"),
            "-nounfinished",
            "-silent",
            str(ts_path(language)),
            "-qm",
            str(qm_path(language)),
        ]
    )


# -- reading and filling .ts files ---------------------------------------------


def messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished",):
        return True
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return not forms or any(not (form.text or "").strip() for form in forms)
    return not (translation.text or "").strip()


def unfinished(language: str) -> dict[str, dict[str, object]]:
    """{context: {source: "" or ["", ...]}} of what still needs translating."""
    todo: dict[str, dict[str, object]] = {}
    tree = ET.parse(ts_path(language))
    for context, message in messages(tree):
        if not is_unfinished(message):
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform") if translation is not None else []
            value: object = [form.text or "" for form in forms] or [""]
        else:
            value = (translation.text or "") if translation is not None else ""
        todo.setdefault(context, {})[source] = value
    return todo


def apply(language: str, table: dict[str, dict[str, object]]) -> int:
    """Fill the .ts file's messages from table; how many were filled."""
    path = ts_path(language)
    tree = ET.parse(path)
    filled = 0
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        value = table.get(context, {}).get(source)
        if value in (None, "", []):
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = [value] if isinstance(value, str) else list(value)
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = str(form)
        else:
            translation.text = str(value)
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is untranslated")
    parser.add_argument("--todo", type=Path, metavar="DIR", help="write todo_<lang>.json here")
    parser.add_argument("--apply", type=Path, action="append", default=[], metavar="FILE")
    args = parser.parse_args(argv)

    I18N.mkdir(parents=True, exist_ok=True)
    files = source_files()
    languages = (*TRANSLATED, *PLURALS_ONLY)
    for language in languages:
        lupdate(language, files)
    if args.apply:
        for file in args.apply:
            table = json.loads(file.read_text(encoding="utf-8"))
            for language, entries in table.items():
                if language not in languages:
                    raise SystemExit(f"update_translations: {file}: no catalogue for {language!r}")
                print(f"{file.name}: {apply(language, entries)} {language} translations filled")
        for language in languages:  # lupdate writes the files back in its own layout
            lupdate(language, files)
    missing = 0
    for language in languages:
        lrelease(language)
        todo = unfinished(language)
        count = sum(len(v) for v in todo.values())
        missing += count
        print(f"{ts_path(language).relative_to(ROOT)}: {count} untranslated")
        for context, entries in todo.items():
            for source in entries:
                print(f"    {context}: {source!r}")
        if args.todo and count:
            args.todo.mkdir(parents=True, exist_ok=True)
            out = args.todo / f"todo_{language}.json"
            out.write_text(
                json.dumps({language: todo}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            print(f"    written to {out}")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())

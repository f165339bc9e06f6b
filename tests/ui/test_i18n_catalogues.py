"""The translation catalogues: complete, faithful to their placeholders, compiled, current.

When a test here fails after someone added or changed interface strings:

    python scripts/update_translations.py --todo /tmp/todo

lists what needs translating (and writes it as JSON to fill in and merge back
with --apply), then rebuilds the .qm files. See the script's docstring.
"""

from __future__ import annotations

import ast
import importlib.util
import io
import re
import shutil
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "assets" / "i18n"
TRANSLATED = ("ru", "be")
NUMERUS_FORMS = {"ru": 3, "be": 3, "en": 2}
# n chosen so that each numerus form of the language is used once, in order
NUMERUS_SAMPLES = {"ru": (1, 3, 5), "be": (1, 3, 5), "en": (1, 5)}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def _script():
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _messages(language: str):
    tree = ET.parse(I18N / f"quizapp_{language}.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _where(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", [*TRANSLATED, "en"])
def test_the_catalogue_and_its_compiled_file_exist(language: str) -> None:
    assert (I18N / f"quizapp_{language}.ts").is_file()
    assert (I18N / f"quizapp_{language}.qm").is_file(), "run scripts/update_translations.py"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated(language: str) -> None:
    problems = []
    count = 0
    for context, message in _messages(language):
        count += 1
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"unfinished: {_where(context, message)}")
            continue
        forms = _forms(message)
        if message.get("numerus") == "yes" and len(forms) != NUMERUS_FORMS[language]:
            problems.append(
                f"{len(forms)} plural forms, not {NUMERUS_FORMS[language]}: "
                f"{_where(context, message)}"
            )
        if not forms or any(not form.strip() for form in forms):
            problems.append(f"empty: {_where(context, message)}")
    assert count > 100, "the catalogue looks truncated"
    assert not problems, "\n".join(problems)


def test_english_plurals_have_both_forms() -> None:
    problems = []
    for context, message in _messages("en"):
        assert message.get("numerus") == "yes", "the English catalogue holds plurals only"
        forms = _forms(message)
        translation = message.find("translation")
        unfinished = translation is None or translation.get("type") == "unfinished"
        if unfinished or len(forms) != 2 or any(not form.strip() for form in forms):
            problems.append(_where(context, message))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", [*TRANSLATED, "en"])
def test_translations_keep_the_placeholders(language: str) -> None:
    """A {name} lost in translation raises KeyError or drops the name; one added does too."""
    problems = []
    for context, message in _messages(language):
        if not _finished(message):  # the completeness test reports those
            continue
        source = message.findtext("source") or ""
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in _forms(message):
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                problems.append(f"{_where(context, message)} -> {form!r}")
        if message.get("numerus") == "yes" and language != "en":
            # each form shows the number (English may say "the latest quiz")
            problems += [
                f"no %n in {form!r}: {_where(context, message)}"
                for form in _forms(message)
                if "%n" not in form
            ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", [*TRANSLATED, "en"])
def test_the_compiled_file_matches_the_catalogue(language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(I18N / f"quizapp_{language}.qm"))
    stale = []
    for context, message in _messages(language):
        if not _finished(message):  # left out of the .qm on purpose
            continue
        source = message.findtext("source") or ""
        comment = message.findtext("comment")
        forms = _forms(message)
        if message.get("numerus") == "yes":
            for n, form in zip(NUMERUS_SAMPLES[language], forms, strict=False):
                got = translator.translate(context, source, comment, n)
                if got != form:
                    stale.append(f"{_where(context, message)} n={n}: {got!r} != {form!r}")
        elif translator.translate(context, source, comment) != forms[0]:
            stale.append(_where(context, message))
    assert not stale, "run scripts/update_translations.py:\n" + "\n".join(stale[:30])


def test_the_catalogues_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """New strings in the code (or old ones left in the catalogue) mean: run the script."""
    script = _script()
    try:
        lupdate = script.tool("lupdate")
    except SystemExit:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "quizapp_ru.ts"
    shutil.copy(I18N / "quizapp_ru.ts", fresh)
    import subprocess

    files = [str(p) for p in script.source_files()]
    command = [lupdate, *files, "-ts", str(fresh), "-locations", "none", "-silent"]
    subprocess.run([*command, "-target-language", "ru"], check=True, capture_output=True)

    def keys(path: Path, keep_obsolete: bool) -> set[tuple[str, str]]:
        found = set()
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                kind = message.find("translation")
                gone = kind is not None and kind.get("type") in ("obsolete", "vanished")
                if keep_obsolete or not gone:
                    found.add((context.findtext("name") or "", message.findtext("source") or ""))
        return found

    in_code = keys(fresh, keep_obsolete=False)
    in_catalogue = keys(I18N / "quizapp_ru.ts", keep_obsolete=True)
    missing = sorted(in_code - in_catalogue)
    stale = sorted(in_catalogue - in_code)
    assert not missing and not stale, (
        "run python scripts/update_translations.py and translate what it lists;\n"
        f"not in the catalogue: {missing[:20]}\nno longer in the code: {stale[:20]}"
    )


def _tr_calls_inside_fstrings(path: Path) -> list[str]:
    found = []
    source = path.read_text(encoding="utf-8")
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    start_kind = getattr(tokenize, "FSTRING_START", None)
    depth = 0
    for token in tokens:
        if start_kind is not None:  # Python 3.12+: f-strings are split into tokens
            if token.type == start_kind:
                depth += 1
            elif token.type == tokenize.FSTRING_END:
                depth -= 1
            elif depth and token.type == tokenize.NAME and token.string in ("tr", "translate"):
                found.append(f"{path.relative_to(ROOT)}:{token.start[0]}")
        elif (
            token.type == tokenize.STRING
            and re.match(r"(?i)[rb]?f", token.string)
            and re.search(r"\{[^{}]*\b(tr|translate)\(", token.string)
        ):
            found.append(f"{path.relative_to(ROOT)}:{token.start[0]}")
    return found


def test_no_translated_string_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: a tr() there is never translated."""
    found = []
    for path in sorted((ROOT / "quizapp").rglob("*.py")):
        found += _tr_calls_inside_fstrings(path)
    assert not found, "move the tr() call out of the f-string:\n" + "\n".join(found)


def _context_mismatches(path: Path) -> list[str]:
    """Bare tr("...") calls whose runtime context is not the one lupdate files them under.

    lupdate files a bare tr("...") under the enclosing class's name, or under
    the empty context outside any class; a module's own tr() helper must
    translate in that same context, or the translation is never found.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name) and isinstance(node.value.value, str)
    }
    runtime = None
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                ):
                    first = call.args[0]
                    if isinstance(first, ast.Constant):
                        runtime = first.value
                    elif isinstance(first, ast.Name):
                        runtime = constants.get(first.id)
    found = []

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Name)
                and child.func.id == "tr"
                and runtime is not None
                and runtime != cls
            ):
                found.append(
                    f"{path.relative_to(ROOT)}:{child.lineno}: lupdate files it under "
                    f"{cls!r}, tr() looks in {runtime!r}"
                )
            visit(child, inner)

    visit(tree, "")
    return found


def test_module_level_tr_helpers_look_where_lupdate_files_the_strings() -> None:
    found = []
    for path in sorted((ROOT / "quizapp").rglob("*.py")):
        found += _context_mismatches(path)
    assert not found, "\n".join(found)


def test_no_string_is_filed_under_a_variable_name() -> None:
    """some_page.tr("...") is filed under "some_page", while Qt looks under the class name."""
    odd = sorted(
        {
            f"{context}: {message.findtext('source')!r}"
            for context, message in _messages("ru")
            if context and not context[0].isupper()
        }
    )
    assert not odd, "use self.tr() or translate('ClassName', ...):\n" + "\n".join(odd)

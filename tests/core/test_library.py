"""The bank library, the cache and translation checks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from quizapp.core.cache import BankCache
from quizapp.core.library import BankLibrary, Origin, load_file
from quizapp.core.loader import load_bank

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLE = DATA / "sample.en.yaml"


def russian_copy(folder: Path, change: str | None = None) -> Path:
    text = SAMPLE.read_text(encoding="utf-8").replace("language: en", "language: ru")
    text = text.replace('title: "Sample bank"', 'title: "Пример"')
    if change:
        old, new = change.split("=>")
        text = text.replace(old, new)
    target = folder / "sample.ru.yaml"
    target.write_text(text, encoding="utf-8")
    return target


def test_broken_bank_is_skipped_rest_load(tmp_path: Path) -> None:
    shutil.copy(SAMPLE, tmp_path / "sample.en.yaml")
    (tmp_path / "broken.en.yaml").write_text("format: 1\nid: [\n", encoding="utf-8")
    library = BankLibrary([tmp_path]).load()
    assert library.bank_ids() == ["sample"]
    assert library.issues and library.issues[0].path.endswith("broken.en.yaml")


def test_languages_and_fallback(tmp_path: Path) -> None:
    shutil.copy(SAMPLE, tmp_path / "sample.en.yaml")
    russian_copy(tmp_path)
    library = BankLibrary([tmp_path]).load()
    assert library.languages("sample") == ["en", "ru"]
    assert library.best("sample", "ru").title == "Пример"
    assert library.best("sample", "be").language == "en"
    assert [b.language for b in library.banks_for("ru")] == ["ru"]


def test_translation_with_other_answer_is_skipped(tmp_path: Path) -> None:
    shutil.copy(SAMPLE, tmp_path / "sample.en.yaml")
    russian_copy(tmp_path, "answer: false=>answer: true")
    library = BankLibrary([tmp_path]).load()
    assert library.languages("sample") == ["en"]
    assert any("different right answer" in i.message for i in library.issues)
    issue = next(i for i in library.issues if "different right answer" in i.message)
    assert issue.path.endswith("sample.ru.yaml") and issue.line == 19


def test_translation_missing_question(tmp_path: Path) -> None:
    shutil.copy(SAMPLE, tmp_path / "sample.en.yaml")
    russian_copy(tmp_path, "id: s-006=>id: s-007")
    library = BankLibrary([tmp_path]).load()
    messages = [i.message for i in library.issues]
    assert any("'s-007' is not in sample.en.yaml" in m for m in messages)
    assert any("'s-006' of sample.en.yaml is missing" in m for m in messages)


def test_user_banks_are_marked(tmp_path: Path) -> None:
    bundled, user = tmp_path / "b", tmp_path / "u"
    bundled.mkdir()
    user.mkdir()
    shutil.copy(SAMPLE, bundled / "sample.en.yaml")
    other = SAMPLE.read_text(encoding="utf-8").replace("id: sample", "id: mine")
    (user / "mine.en.yaml").write_text(other, encoding="utf-8")
    library = BankLibrary([bundled], [user]).load()
    assert library.origin("sample") is Origin.BUNDLED
    assert library.origin("mine") is Origin.USER


def test_duplicate_bank_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(SAMPLE, tmp_path / "a" / "sample.en.yaml")
    shutil.copy(SAMPLE, tmp_path / "b" / "copy.en.yaml")
    library = BankLibrary([tmp_path / "a"], [tmp_path / "b"]).load()
    assert library.bank_ids() == ["sample"]
    assert "already loaded" in library.issues[0].message


def test_cache_round_trip_and_change_detection(tmp_path: Path) -> None:
    bank_path = tmp_path / "sample.en.yaml"
    shutil.copy(SAMPLE, bank_path)
    cache = BankCache(tmp_path / "cache")
    first, _ = load_file(bank_path, cache)
    cached, _ = load_file(bank_path, cache)
    assert cached == first == load_bank(bank_path)
    assert cached.questions == first.questions
    # same size, same mtime, one letter different: still noticed
    stat = bank_path.stat()
    text = bank_path.read_text(encoding="utf-8").replace("Sample bank", "Sample bonk")
    bank_path.write_text(text, encoding="utf-8")
    import os

    os.utime(bank_path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    changed, _ = load_file(bank_path, cache)
    assert changed.title == "Sample bonk"


def test_corrupt_or_foreign_cache_is_ignored(tmp_path: Path) -> None:
    bank_path = tmp_path / "sample.en.yaml"
    shutil.copy(SAMPLE, bank_path)
    cache = BankCache(tmp_path / "cache")
    load_file(bank_path, cache)
    entry = next((tmp_path / "cache").iterdir())
    for junk in (b"", b"garbage", b"\x00" * 100, entry.read_bytes()[:50]):
        entry.write_bytes(junk)
        bank, issues = load_file(bank_path, cache)
        assert bank == load_bank(bank_path) and not issues


def test_core_imports_no_qt() -> None:
    code = (
        "import sys, quizapp.core, quizapp.core.loader, quizapp.core.library, "
        "quizapp.core.session, quizapp.core.grading, quizapp.core.cache, quizapp.cli; "
        "import pkgutil, importlib, quizapp.core as c; "
        "[importlib.import_module(m.name) "
        "for m in pkgutil.walk_packages(c.__path__, 'quizapp.core.')]; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_higher_version_replaces_the_bundled_one(tmp_path: Path) -> None:
    bundled, user = tmp_path / "b", tmp_path / "u"
    bundled.mkdir()
    user.mkdir()
    shutil.copy(SAMPLE, bundled / "sample.en.yaml")
    newer = SAMPLE.read_text(encoding="utf-8").replace("title:", "version: 2\ntitle:", 1)
    (user / "sample.en.yaml").write_text(newer.replace("Sample bank", "Sample v2"), "utf-8")
    library = BankLibrary([bundled], [user]).load()
    assert library.get("sample", "en").title == "Sample v2"
    assert library.origin("sample") is Origin.USER
    assert library.issues == []

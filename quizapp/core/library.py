"""The banks the app shows: bundled ones, the user's own, and any extra folders.

A broken bank is reported (its issues kept in `issues`) and skipped; the rest
load. Translations are checked against each other; one that disagrees is
skipped with its issues, the others stay.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from quizapp.core.bank import Bank
from quizapp.core.cache import BankCache, digest
from quizapp.core.issues import Issue
from quizapp.core.loader import MAX_FILE_BYTES, check_bank_bytes, check_bank_file
from quizapp.core.translations import check_translation, pick_reference


class Origin(enum.Enum):
    BUNDLED = "bundled"
    USER = "user"


@dataclass(frozen=True)
class LibraryEntry:
    bank: Bank
    origin: Origin


def bank_files(folder: Path) -> list[Path]:
    """The bank files in a folder and its subfolders, in a stable order."""
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        return []
    found = [p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()]
    return sorted(found)


def load_file(path: Path, cache: BankCache | None) -> tuple[Bank | None, list[Issue]]:
    if cache is None:
        return check_bank_file(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return check_bank_file(path)
        data = path.read_bytes()
    except OSError:
        return check_bank_file(path)
    key = digest(data)
    bank = cache.get(path, key)
    if bank is not None:
        return bank, []
    bank, issues = check_bank_bytes(data, str(path), path.parent)
    if bank is not None:
        cache.put(path, key, bank)
    return bank, issues


class BankLibrary:
    def __init__(
        self,
        bundled: Iterable[Path],
        user: Iterable[Path] = (),
        cache: BankCache | None = None,
    ) -> None:
        self._sources = [(Path(p), Origin.BUNDLED) for p in bundled]
        self._sources += [(Path(p), Origin.USER) for p in user]
        self._cache = cache
        self._entries: dict[tuple[str, str], LibraryEntry] = {}
        self.issues: list[Issue] = []

    def load(self) -> BankLibrary:
        self._entries.clear()
        self.issues.clear()
        for folder, origin in self._sources:
            for path in bank_files(folder):
                bank, issues = load_file(path, self._cache)
                self.issues.extend(issues)
                if bank is None:
                    continue
                key = (bank.id, bank.language)
                if key in self._entries:
                    first = self._entries[key].bank
                    if bank.version > first.version:  # an installed update of a bank
                        self._entries[key] = LibraryEntry(bank, origin)
                    elif bank.version == first.version:
                        message = (
                            f"bank '{bank.id}' in '{bank.language}' is already loaded "
                            f"from {first.path}; this copy is skipped"
                        )
                        self.issues.append(Issue(str(path), 1, 1, message))
                    continue
                self._entries[key] = LibraryEntry(bank, origin)
        self._check_translations()
        return self

    def _check_translations(self) -> None:
        for bank_id in self.bank_ids():
            versions = [e.bank for (i, _), e in self._entries.items() if i == bank_id]
            if len(versions) < 2:
                continue
            reference = pick_reference(versions)
            for other in versions:
                if other is reference:
                    continue
                problems = check_translation(reference, other)
                if problems:
                    self.issues.extend(problems)
                    del self._entries[(other.id, other.language)]

    def bank_ids(self) -> list[str]:
        return sorted({bank_id for bank_id, _ in self._entries})

    def entries(self) -> list[LibraryEntry]:
        return [self._entries[k] for k in sorted(self._entries)]

    def languages(self, bank_id: str) -> list[str]:
        return sorted(lang for i, lang in self._entries if i == bank_id)

    def get(self, bank_id: str, language: str) -> Bank | None:
        entry = self._entries.get((bank_id, language))
        return entry.bank if entry else None

    def origin(self, bank_id: str) -> Origin | None:
        for (i, _), entry in self._entries.items():
            if i == bank_id:
                return entry.origin
        return None

    def best(self, bank_id: str, language: str) -> Bank | None:
        """The bank in `language`, else English, else any language it has."""
        for lang in (language, "en", *self.languages(bank_id)):
            bank = self.get(bank_id, lang)
            if bank is not None:
                return bank
        return None

    def banks_for(self, language: str) -> list[Bank]:
        """One bank per id, in the wanted language where it exists."""
        result = [self.best(bank_id, language) for bank_id in self.bank_ids()]
        return [b for b in result if b is not None]

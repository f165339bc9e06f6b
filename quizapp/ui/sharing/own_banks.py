"""The banks someone made on this laptop (or imported), as the Create page edits them.

A user bank lives in `banks/<bank-id>/<bank-id>.<language>.yaml` in the data
folder (packs.bank_folder), its pictures beside it. Only folders that hold
one language are offered for editing: adding a question to one language of
a translated bank would leave the others behind, and the library would then
refuse them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quizapp.core.bank import Bank
from quizapp.core.formats import slugify
from quizapp.core.loader import check_bank_file
from quizapp.core.packs import bank_folder
from quizapp.core.paths import DataFolder

MAX_ID = 64


@dataclass(frozen=True)
class OwnBank:
    path: Path
    bank: Bank


def own_banks(data_dir: Path) -> list[OwnBank]:
    """Editable user banks, by title."""
    root = DataFolder(data_dir).banks
    if not root.is_dir():
        return []
    found: list[OwnBank] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        files = sorted(p for p in folder.glob("*.yaml") if p.is_file())
        if len(files) != 1:
            continue
        bank, _ = check_bank_file(files[0])
        if bank is not None and bank.id == folder.name:
            found.append(OwnBank(files[0], bank))
    return sorted(found, key=lambda b: (b.bank.title.casefold(), b.bank.id))


def bank_file(data_dir: Path, bank_id: str, language: str) -> Path:
    return bank_folder(data_dir, bank_id) / f"{bank_id}.{language}.yaml"


def free_bank_id(
    title: str, taken: set[str], data_dir: Path, fallback: str = "my-questions"
) -> str:
    """An id for a new bank from its title that no bank here uses, nor any folder."""
    base = slugify(title, fallback)[:MAX_ID].strip("-") or fallback
    root = DataFolder(data_dir).banks
    candidate = base
    number = 2
    while candidate in taken or (root / candidate).exists():
        tail = f"-{number}"
        candidate = f"{base[: MAX_ID - len(tail)].rstrip('-')}{tail}"
        number += 1
    return candidate


def next_question_id(existing: list[str], prefix: str = "q") -> str:
    used = set(existing)
    number = len(existing) + 1
    while f"{prefix}-{number:03d}" in used:
        number += 1
    return f"{prefix}-{number:03d}"

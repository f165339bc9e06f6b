"""Every bundled bank, checked fully: the content campers actually see."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from quizapp.core.bank import (
    Bank,
    Kind,
    MatchQuestion,
    MultipleChoiceQuestion,
    OrderQuestion,
    SingleChoiceQuestion,
    SpotQuestion,
)
from quizapp.core.library import BankLibrary, bank_files
from quizapp.core.loader import check_bank_file
from quizapp.core.paths import bundled_questions_dir

FILES = bank_files(bundled_questions_dir())
# A dialling number: +digits, dashed groups (8-801-...), or 7+ digits in a row; and the
# short lines CONTENT.md says must never be hard-coded in a question.
PHONE = re.compile(
    r"\+\d[\d\s()-]{5,}|\b\d{1,4}(?:-\d{1,4}){2,}\b|\b\d{7,}\b|(?<![\d.,])\b(?:113|102)\b(?![\d.,%])"
)
# Words that put the blame on the person targeted (CONTENT.md tone rules); "not your
# fault" and myths stated in order to be refuted are fine, so only insults are listed.
BLAMING = re.compile(r"\b(naive|naïve|gullible|stupid|careless|наивн|глуп|легкомысл)", re.I)


def _banks() -> list[Bank]:
    banks = []
    for path in FILES:
        bank, issues = check_bank_file(path)
        assert not issues, "\n".join(str(i) for i in issues)
        banks.append(bank)
    return banks


def test_there_are_bundled_banks() -> None:
    assert len({p.name.split(".")[0] for p in FILES}) >= 1


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_bank_validates_with_no_issue(path: Path) -> None:
    bank, issues = check_bank_file(path)
    assert not issues, "\n".join(str(i) for i in issues)
    assert path.name == f"{bank.id}.{bank.language}.yaml"


def test_library_loads_all_with_translations_agreeing() -> None:
    library = BankLibrary([bundled_questions_dir()]).load()
    assert not library.issues, "\n".join(str(i) for i in library.issues)
    for bank_id in library.bank_ids():
        assert "en" in library.languages(bank_id)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_question_is_sourced_and_explained(path: Path) -> None:
    bank, _ = check_bank_file(path)
    for q in bank.questions:
        assert q.source, f"{q.id} cites no source"
        assert q.source in bank.sources
        assert len(q.explanation) >= 60, f"{q.id}: explanation under 60 characters"
    assert set(bank.sources) == {q.source for q in bank.questions}, "unused source keys"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_prompts_unique_and_kinds_varied(path: Path) -> None:
    bank, _ = check_bank_file(path)
    prompts = Counter(q.prompt.strip().lower() for q in bank.questions)
    assert [p for p, n in prompts.items() if n > 1] == []
    assert len({q.kind for q in bank.questions}) >= 3


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_phone_numbers_or_blame_in_questions(path: Path) -> None:
    bank, _ = check_bank_file(path)
    for q in bank.questions:
        texts = [q.prompt, q.explanation]
        if isinstance(q, (SingleChoiceQuestion, MultipleChoiceQuestion)):
            texts += [c.text for c in q.choices] + [c.feedback for c in q.choices]
        if isinstance(q, OrderQuestion):
            texts += list(q.steps)
        if isinstance(q, MatchQuestion):
            texts += [side for pair in q.pairs for side in pair]
        if isinstance(q, SpotQuestion):
            texts += [p.text for p in q.parts] + [p.why for p in q.parts]
        if q.scenario:
            texts += list(q.scenario.lines)
        for text in texts:
            assert not PHONE.search(text), f"{q.id}: looks like a phone number: {text!r}"
        # the app's own voice (explanations, feedback, reasons) never blames; prompts and
        # choices may quote a myth or a friend's words in order to answer them
        voice = [q.explanation]
        if isinstance(q, (SingleChoiceQuestion, MultipleChoiceQuestion)):
            voice += [c.feedback for c in q.choices]
        if isinstance(q, SpotQuestion):
            voice += [p.why for p in q.parts]
        for text in voice:
            assert not BLAMING.search(text), f"{q.id}: blaming wording: {text!r}"


def test_bundled_set_covers_every_kind_five_times() -> None:
    english = [b for b in _banks() if b.language == "en"]
    kinds = Counter(q.kind for b in english for q in b.questions)
    for kind in Kind:
        assert kinds[kind] >= 5, f"only {kinds[kind]} {kind.value} questions"
    for bank in english:
        assert len(bank.questions) >= 25, bank.id
        assert {q.difficulty for q in bank.questions} == {1, 2, 3}, bank.id


def test_russian_for_every_bank() -> None:
    languages: dict[str, set[str]] = {}
    for bank in _banks():
        languages.setdefault(bank.id, set()).add(bank.language)
    assert all("ru" in langs for langs in languages.values()), languages


@pytest.mark.parametrize("path", [p for p in FILES if ".en." in p.name], ids=lambda p: p.name)
def test_the_right_answer_is_not_always_in_the_same_place(path: Path) -> None:
    """Choices are shown as written (BANK-FORMAT.md): the banks must not teach 'pick the first'."""
    bank, _ = check_bank_file(path)
    singles = [q for q in bank.questions if isinstance(q, SingleChoiceQuestion)]
    places = Counter(q.correct_index for q in singles)
    if len(singles) >= 4:
        assert max(places.values()) <= len(singles) // 2, places
    multiples = [q for q in bank.questions if isinstance(q, MultipleChoiceQuestion)]
    wrong_last = [
        q.id
        for q in multiples
        if len(q.correct_indices) < len(q.choices)
        and all(i in q.correct_indices for i in range(len(q.correct_indices)))
    ]
    assert len(wrong_last) <= len(multiples) // 2, wrong_last

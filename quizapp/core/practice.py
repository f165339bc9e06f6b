"""Practice rounds over several banks: the questions a profile missed, wherever they came from.

Practice is kept per (bank_id, question_id) across banks (`Store.review_due`),
while a QuizSession asks the questions of one Bank. A round whose questions
all come from one bank is simply that bank. A round drawn from several is a
`MixedPracticeBank`: a Bank holding just the chosen questions, which remembers
each question's own bank so that the answers are recorded against it
(`origin_bank_id`), and so that practice moves the right (bank, question) on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.core.bank import Bank, Question

# Never a real bank's id: bank ids are slugs ([a-z0-9-]), without a colon.
MIXED_PRACTICE_BANK_ID = "practice:mixed"
DEFAULT_ROUND_LENGTH = 10


@dataclass(frozen=True)
class MixedPracticeBank(Bank):
    """The questions of one practice round taken from several banks."""

    origins: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)


def origin_bank_id(bank: Bank, question_id: str) -> str | None:
    """The bank a question of a mixed practice round belongs to; None for an ordinary bank.

    None lets the store file the answer under the run's bank, as it always has.
    """
    if isinstance(bank, MixedPracticeBank):
        return bank.origins.get(question_id)
    return None


def _folder(bank: Bank) -> Path | None:
    return bank.path.parent if bank.path is not None else None


def _mixed(picks: Sequence[tuple[Bank, Question]], language: str, title: str) -> MixedPracticeBank:
    # A picture is read from its bank's folder only (quiz pages look in
    # bank.path's folder), so the round takes the folder of its pictures.
    with_image = next((bank for bank, q in picks if q.image is not None), None)
    return MixedPracticeBank(
        id=MIXED_PRACTICE_BANK_ID,
        language=language,
        title=title,
        questions=tuple(question for _, question in picks),
        path=with_image.path if with_image is not None else None,
        origins={question.id: bank.id for bank, question in picks},
    )


def practice_round(
    due: Iterable[tuple[str, str]],
    find_bank: Callable[[str], Bank | None],
    language: str,
    title: str,
    length: int = DEFAULT_ROUND_LENGTH,
) -> tuple[Bank | None, list[str]]:
    """The bank and question ids of the next practice round; (None, []) when nothing is due.

    `due` is `Store.review_due` (lowest box first), so the least known come
    first, from every bank. Questions no longer in their bank are skipped, a
    question id already in the round (the same id in two user banks) waits
    for the next round, and so does a question with a picture from another
    folder than the round's other pictures.
    """
    banks: dict[str, Bank | None] = {}
    picks: list[tuple[Bank, Question]] = []
    seen: set[str] = set()
    image_folder: Path | None = None
    for bank_id, question_id in due:
        if bank_id not in banks:
            banks[bank_id] = find_bank(bank_id)
        bank = banks[bank_id]
        question = bank.question(question_id) if bank is not None else None
        if bank is None or question is None or question_id in seen:
            continue
        if question.image is not None:
            folder = _folder(bank)
            if image_folder is None:
                image_folder = folder
            elif folder != image_folder:
                continue
        picks.append((bank, question))
        seen.add(question_id)
        if len(picks) >= length:
            break
    if not picks:
        return None, []
    ids = [question.id for _, question in picks]
    if len({bank.id for bank, _ in picks}) == 1:
        return picks[0][0], ids
    return _mixed(picks, language, title), ids


def resume_round(
    question_ids: Sequence[str],
    banks: Iterable[Bank],
    language: str,
    title: str,
    where: Mapping[str, str] | None = None,
) -> MixedPracticeBank | None:
    """The bank of an unfinished mixed practice round, rebuilt to carry on with it.

    A run keeps only its question ids; each is looked up in the bank `where`
    says (the practice state, for the questions still in practice), else in
    the first of `banks` that has it. None when none of them is found.
    """
    candidates = list(banks)
    by_id = {bank.id: bank for bank in candidates}
    where = where or {}
    picks: list[tuple[Bank, Question]] = []
    for question_id in dict.fromkeys(question_ids):
        preferred = by_id.get(where.get(question_id, ""))
        found = None
        for bank in ([preferred] if preferred is not None else []) + candidates:
            question = bank.question(question_id)
            if question is not None:
                found = (bank, question)
                break
        if found is not None:
            picks.append(found)
    return _mixed(picks, language, title) if picks else None

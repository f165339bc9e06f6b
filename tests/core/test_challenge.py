"""Challenge a friend, without Qt: the same questions for both, scores from saved answers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.core.challenge import (
    SETTING_KEY,
    Challenge,
    ChallengeBook,
    ChallengeError,
    ChallengeStage,
    choose_questions,
    winner,
)
from quizapp.core.loader import load_bank
from quizapp.core.paths import DataFolder
from quizapp.core.store import Store

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.en.yaml"


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(DataFolder(tmp_path / "data")) as opened:
        yield opened


def play(store: Store, profile_id: int, challenge: Challenge, right: set[str]) -> int:
    run = store.start_run(
        profile_id,
        challenge.bank_id,
        challenge.language,
        list(challenge.question_ids),
        challenge.seed,
        "challenge",
    )
    for qid in challenge.question_ids:
        store.record_answer(run, qid, "0", qid in right, 1.0 if qid in right else 0.0, 2.0)
    store.finish_run(run)
    return run


def test_a_whole_challenge_keeps_the_same_questions_and_scores_both(store: Store) -> None:
    bank = load_bank(SAMPLE)
    alina = store.create_profile("Alina")
    max_ = store.create_profile("Max")
    book = ChallengeBook(store)
    ids = choose_questions(bank, 4, seed=7)
    assert len(ids) == 4 and len(set(ids)) == 4
    assert ids == choose_questions(bank, 4, seed=7)

    challenge = book.create(alina.id, alina.name, bank.id, "en", ids, 7, friend_name="  Max ")
    assert challenge.stage is ChallengeStage.CHALLENGER_TURN
    assert challenge.friend_name == "Max"

    run = play(store, alina.id, challenge, set(ids[:3]))
    book.challenger_started(challenge.id, run)
    challenge = book.challenger_finished(challenge.id)
    assert challenge.stage is ChallengeStage.WAITING_FOR_FRIEND
    assert book.waiting_for_friend(alina.id) == [challenge]
    assert book.for_run(run) == challenge

    # a new Book (the app was closed between turns) still has it, questions and all
    again = ChallengeBook(store).get(challenge.id)
    assert again is not None and again.question_ids == tuple(ids)

    with pytest.raises(ChallengeError):
        book.friend_joined(challenge.id, alina.id, None)
    friend_run = play(store, max_.id, challenge, {ids[0]})
    challenge = book.friend_joined(challenge.id, max_.id, friend_run)
    assert challenge.stage is ChallengeStage.FRIEND_TURN
    challenge = book.friend_finished(challenge.id)
    assert challenge.stage is ChallengeStage.DONE

    first, second = book.scores(challenge)
    assert (first.name, first.right, first.asked, first.total) == ("Alina", 3, 4, 4)
    assert second is not None
    assert (second.name, second.right, second.asked) == ("Max", 1, 4)
    assert second.correct == {q: q == ids[0] for q in ids}
    assert winner(first, second) == 0
    assert winner(second, first) == 1
    assert winner(first, first) == -1
    runs = store.history(max_.id)
    assert [r.mode for r in runs] == ["challenge"]


def test_a_damaged_setting_reads_as_no_challenges(store: Store) -> None:
    store.set_setting(SETTING_KEY, "{not json")
    assert ChallengeBook(store).all() == []
    store.set_setting(SETTING_KEY, '[{"id": 1}, "x", 3]')
    assert ChallengeBook(store).all() == []
    # and it can be written again
    person = store.create_profile("Ola")
    challenge = ChallengeBook(store).create(person.id, "Ola", "sample", "en", ["s-001"], 1)
    assert ChallengeBook(store).all() == [challenge]


def test_old_challenges_make_room_finished_ones_first(store: Store) -> None:
    person = store.create_profile("Ola")
    book = ChallengeBook(store, keep=3)
    first = book.create(person.id, "Ola", "sample", "en", ["s-001"], 1)
    done = book.create(person.id, "Ola", "sample", "en", ["s-002"], 1)
    book.challenger_finished(done.id)
    book._update(done.id, friend_id=99, friend_done=True)
    book.create(person.id, "Ola", "sample", "en", ["s-003"], 1)
    book.create(person.id, "Ola", "sample", "en", ["s-004"], 1)
    kept = [c.question_ids[0] for c in book.all()]
    assert kept == ["s-001", "s-003", "s-004"]
    assert book.get(first.id) is not None


def test_refusals(store: Store) -> None:
    person = store.create_profile("Ola")
    book = ChallengeBook(store)
    with pytest.raises(ChallengeError):
        book.create(person.id, "Ola", "sample", "en", [], 1)
    with pytest.raises(ChallengeError):
        book.create(person.id, "Ola", "sample", "en", [f"q{i}" for i in range(11)], 1)
    with pytest.raises(ChallengeError):
        book.challenger_finished("nope")


def test_core_challenge_never_imports_qt() -> None:
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, quizapp.core.challenge; assert 'PySide6' not in sys.modules",
        ],
        check=True,
    )

"""Challenge a friend: one set of questions, two players, one laptop.

The challenger picks the questions and plays first; the laptop is handed
over and the friend plays the very same questions in the very same order;
then both scores are shown side by side. The challenge is kept in the
store's laptop-wide settings (key `challenges`: a JSON list, newest last,
at most `MAX_KEPT`), so it survives the app being closed between the two
turns. Each turn is an ordinary store run with mode "challenge"; the scores
are read from those runs, so an answer counts the moment it is saved.
"""

from __future__ import annotations

import enum
import json
import random
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from quizapp.core.issues import QuizappError
from quizapp.core.session import pick_questions

if TYPE_CHECKING:
    from quizapp.core.bank import Bank
    from quizapp.core.store import Store

SETTING_KEY = "challenges"
MODE = "challenge"
MAX_KEPT = 50
MIN_QUESTIONS = 3
MAX_QUESTIONS = 10
DEFAULT_QUESTIONS = 5


class ChallengeError(QuizappError):
    """A challenge that cannot be made or continued; the message says why."""


class ChallengeStage(enum.Enum):
    CHALLENGER_TURN = "challenger-turn"
    WAITING_FOR_FRIEND = "waiting-for-friend"
    FRIEND_TURN = "friend-turn"
    DONE = "done"


@dataclass(frozen=True)
class Challenge:
    """One challenge: the questions, who plays, and how far it has got."""

    id: str
    bank_id: str
    language: str
    question_ids: tuple[str, ...]
    seed: int
    challenger_id: int
    challenger_name: str
    created_at: str
    friend_name: str = ""  # as the challenger typed it; the friend's profile may differ
    challenger_run: int | None = None
    challenger_done: bool = False
    friend_id: int | None = None
    friend_run: int | None = None
    friend_done: bool = False

    @property
    def stage(self) -> ChallengeStage:
        if not self.challenger_done:
            return ChallengeStage.CHALLENGER_TURN
        if self.friend_id is None:
            return ChallengeStage.WAITING_FOR_FRIEND
        if not self.friend_done:
            return ChallengeStage.FRIEND_TURN
        return ChallengeStage.DONE

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["question_ids"] = list(self.question_ids)
        return data

    @classmethod
    def from_json(cls, data: object) -> Challenge | None:
        """A stored challenge, or None when the entry is not one (never raises)."""
        if not isinstance(data, dict):
            return None
        try:
            ids = data["question_ids"]
            if not isinstance(ids, list) or not all(isinstance(q, str) for q in ids):
                return None
            challenge = cls(
                id=str(data["id"]),
                bank_id=str(data["bank_id"]),
                language=str(data["language"]),
                question_ids=tuple(ids),
                seed=int(data["seed"]),
                challenger_id=int(data["challenger_id"]),
                challenger_name=str(data["challenger_name"]),
                created_at=str(data["created_at"]),
                friend_name=str(data.get("friend_name") or ""),
                challenger_run=_optional_int(data.get("challenger_run")),
                challenger_done=bool(data.get("challenger_done")),
                friend_id=_optional_int(data.get("friend_id")),
                friend_run=_optional_int(data.get("friend_run")),
                friend_done=bool(data.get("friend_done")),
            )
        except (KeyError, TypeError, ValueError):
            return None
        return challenge


def _optional_int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[arg-type]


@dataclass(frozen=True)
class PlayerScore:
    """One player's turn: right out of asked, and which questions were right."""

    profile_id: int
    name: str
    right: int
    asked: int
    total: int
    correct: dict[str, bool] = field(default_factory=dict, hash=False, compare=False)

    @property
    def finished(self) -> bool:
        return self.asked >= self.total


def choose_questions(bank: Bank, count: int, seed: int | None = None) -> list[str]:
    """`count` questions of the bank at random (all of them when it has fewer)."""
    count = max(1, min(int(count), MAX_QUESTIONS))
    seed = random.randrange(2**31) if seed is None else seed
    return pick_questions(bank, count, seed)


def winner(first: PlayerScore, second: PlayerScore) -> int:
    """0 when the first player has more right, 1 for the second, -1 for a tie."""
    if first.right == second.right:
        return -1
    return 0 if first.right > second.right else 1


class ChallengeBook:
    """The challenges kept on this laptop; every change is one settings write."""

    def __init__(
        self, store: Store, clock: Callable[[], datetime] | None = None, keep: int = MAX_KEPT
    ) -> None:
        self._store = store
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._keep = keep

    # -- reading ----------------------------------------------------------------

    def all(self) -> list[Challenge]:
        """Every challenge kept, oldest first; a damaged setting reads as none."""
        text = self._store.get_setting(SETTING_KEY, "[]") or "[]"
        try:
            raw = json.loads(text)
        except ValueError:
            return []
        if not isinstance(raw, list):
            return []
        found = (Challenge.from_json(item) for item in raw)
        return [c for c in found if c is not None]

    def get(self, challenge_id: str) -> Challenge | None:
        return next((c for c in self.all() if c.id == challenge_id), None)

    def for_run(self, run_id: int) -> Challenge | None:
        """The challenge one of whose turns is this run, if any."""
        return next(
            (c for c in reversed(self.all()) if run_id in (c.challenger_run, c.friend_run)),
            None,
        )

    def waiting_for_friend(self, profile_id: int) -> list[Challenge]:
        """This profile's challenges whose friend has not started yet, newest first."""
        return [
            c
            for c in reversed(self.all())
            if c.challenger_id == profile_id and c.stage is ChallengeStage.WAITING_FOR_FRIEND
        ]

    def scores(self, challenge: Challenge) -> tuple[PlayerScore, PlayerScore | None]:
        """Both players' scores from their saved answers (the friend's: None before joining)."""
        first = self._score(challenge, challenge.challenger_id, challenge.challenger_run)
        first = replace(first, name=challenge.challenger_name)
        if challenge.friend_id is None:
            return first, None
        second = self._score(challenge, challenge.friend_id, challenge.friend_run)
        return first, second

    def _score(self, challenge: Challenge, profile_id: int, run_id: int | None) -> PlayerScore:
        correct: dict[str, bool] = {}
        if run_id is not None:
            state = self._store.run_state(run_id)
            if state is not None:
                correct = {
                    q: bool(state.answered[q][1])
                    for q in challenge.question_ids
                    if q in state.answered
                }
        profile = self._store.profile(profile_id)
        name = profile.name if profile is not None else ""
        if profile_id == challenge.friend_id and not name:
            name = challenge.friend_name
        return PlayerScore(
            profile_id=profile_id,
            name=name,
            right=sum(correct.values()),
            asked=len(correct),
            total=len(challenge.question_ids),
            correct=correct,
        )

    # -- changing -----------------------------------------------------------------

    def create(
        self,
        challenger_id: int,
        challenger_name: str,
        bank_id: str,
        language: str,
        question_ids: list[str],
        seed: int,
        friend_name: str = "",
    ) -> Challenge:
        ids = list(dict.fromkeys(str(q) for q in question_ids))
        if not ids:
            raise ChallengeError("a challenge needs at least one question")
        if len(ids) > MAX_QUESTIONS:
            raise ChallengeError(f"a challenge has at most {MAX_QUESTIONS} questions")
        challenge = Challenge(
            id=secrets.token_hex(6),
            bank_id=bank_id,
            language=language,
            question_ids=tuple(ids),
            seed=int(seed),
            challenger_id=int(challenger_id),
            challenger_name=challenger_name,
            created_at=self._clock().isoformat(timespec="seconds"),
            friend_name=" ".join(friend_name.split())[:60],
        )
        kept = [*self.all(), challenge]
        self._save(kept)
        return challenge

    def challenger_started(self, challenge_id: str, run_id: int | None) -> Challenge:
        return self._update(challenge_id, challenger_run=run_id)

    def challenger_finished(self, challenge_id: str) -> Challenge:
        return self._update(challenge_id, challenger_done=True)

    def friend_joined(self, challenge_id: str, friend_id: int, run_id: int | None) -> Challenge:
        challenge = self.get(challenge_id)
        if challenge is None:
            raise ChallengeError("this challenge is no longer kept on this laptop")
        if friend_id == challenge.challenger_id:
            raise ChallengeError("the friend must be someone other than the challenger")
        return self._update(challenge_id, friend_id=int(friend_id), friend_run=run_id)

    def friend_finished(self, challenge_id: str) -> Challenge:
        return self._update(challenge_id, friend_done=True)

    def forget(self, challenge_id: str) -> None:
        self._save([c for c in self.all() if c.id != challenge_id])

    def _update(self, challenge_id: str, **changes: object) -> Challenge:
        kept = self.all()
        for index, challenge in enumerate(kept):
            if challenge.id == challenge_id:
                kept[index] = replace(challenge, **changes)  # type: ignore[arg-type]
                self._save(kept)
                return kept[index]
        raise ChallengeError("this challenge is no longer kept on this laptop")

    def _save(self, challenges: list[Challenge]) -> None:
        # the oldest finished ones go first when there are too many
        while len(challenges) > self._keep:
            done = next((c for c in challenges if c.stage is ChallengeStage.DONE), None)
            challenges.remove(done if done is not None else challenges[0])
        text = json.dumps([c.to_json() for c in challenges], ensure_ascii=False)
        self._store.set_setting(SETTING_KEY, text)

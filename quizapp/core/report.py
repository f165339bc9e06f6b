"""The group report: which questions a group missed most, and how each student did.

Facilitators use it to pick what to discuss after a session, and carry it
home as CSV. It reads the store through `Store.query` (plain SQL over the
answers, runs and profiles tables) and knows nothing of Qt or of banks: the
UI puts question texts on the rows.

By default it covers every answer in the data folder (UI-CONTRACT.md); a
`ReportFilter` narrows it by local calendar day, run mode, facilitator
session or profile.

A facilitator session is the runs its projector page started (mode
"session", one per bank), which share the session plan's random seed: the
seed is the session's key, so no table of sessions is needed.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from quizapp.core.results_export import safe_cell
from quizapp.core.store import Store, StoreError, StoreProblem

SESSION_MODE = "session"  # runs started from the facilitator's session set-up

REPORT_COLUMNS = (
    "bank_id",
    "question_id",
    "question",
    "answered",
    "right",
    "percent_right",
    "students",
    "last_answered_at",
)


def percent(right: int, answered: int) -> int:
    """A whole percent, rounded half up (47.5 -> 48), 0 when nothing was answered."""
    if answered <= 0:
        return 0
    return (200 * right + answered) // (2 * answered)


@dataclass(frozen=True)
class ReportFilter:
    """Which answers the report covers; the default covers every one."""

    since: date | None = None  # first local day, inclusive
    until: date | None = None  # last local day, inclusive
    modes: frozenset[str] | None = None  # run modes ("quiz", "practice", "session", ...)
    profile_ids: frozenset[int] | None = None
    sessions: frozenset[int] | None = None  # facilitator sessions, by their key (seed)

    @property
    def covers_everything(self) -> bool:
        return (
            self.since is None
            and self.until is None
            and self.modes is None
            and self.profile_ids is None
            and self.sessions is None
        )

    def where(self) -> tuple[str, list[object]]:
        """SQL conditions on answers `a` (and runs `r`, joined when asked of), and parameters."""
        parts: list[str] = []
        params: list[object] = []
        if self.since is not None:
            parts.append("a.local_day >= ?")
            params.append(self.since.isoformat())
        if self.until is not None:
            parts.append("a.local_day <= ?")
            params.append(self.until.isoformat())
        for column, values in (
            ("r.mode", self.modes),
            ("a.profile_id", self.profile_ids),
            ("r.seed", self.sessions),
        ):
            if values is None:
                continue
            chosen = sorted(values)  # type: ignore[type-var]
            if not chosen:
                parts.append("0")  # an empty choice matches nothing
                continue
            if column == "r.seed":  # a session's key is the seed of its session runs
                parts.append("r.mode = ?")
                params.append(SESSION_MODE)
            parts.append(f"{column} IN ({','.join('?' * len(chosen))})")
            params.extend(chosen)
        return (" AND ".join(parts) or "1"), params


EVERYTHING = ReportFilter()


@dataclass(frozen=True)
class SessionSummary:
    """One facilitator session that has answers: when, who played, which banks."""

    key: int
    started_at: str  # UTC, ISO 8601, as the store writes it
    players: tuple[str, ...]
    bank_ids: tuple[str, ...]
    answers: int


@dataclass(frozen=True)
class QuestionStat:
    """One question as the group answered it (any language: ids are shared)."""

    bank_id: str
    question_id: str
    answered: int
    right: int
    students: int
    last_answered_at: str

    @property
    def missed(self) -> int:
        return self.answered - self.right

    @property
    def share_right(self) -> float:
        return self.right / self.answered if self.answered else 0.0

    @property
    def percent_right(self) -> int:
        return percent(self.right, self.answered)


@dataclass(frozen=True)
class ProfileSummary:
    profile_id: int
    name: str
    answered: int
    right: int
    runs: int
    first_answered_at: str
    last_answered_at: str

    @property
    def percent_right(self) -> int:
        return percent(self.right, self.answered)


@dataclass(frozen=True)
class ReportTotals:
    answers: int
    right: int
    profiles: int
    questions: int

    @property
    def percent_right(self) -> int:
        return percent(self.right, self.answers)


def _from(report_filter: ReportFilter) -> str:
    """The answers, joined to their runs only when the filter asks about runs (the join
    doubles the time of a report over 100,000 answers: 144 ms against 78 ms)."""
    if report_filter.modes is None and report_filter.sessions is None:
        return "FROM answers a"
    return "FROM answers a JOIN runs r ON r.id = a.run_id"


def question_stats(store: Store, report_filter: ReportFilter = EVERYTHING) -> list[QuestionStat]:
    """One row per question answered, the most missed first.

    Most missed means the lowest share right; among equals, the question more
    students answered comes first (its result says more), then by id.
    """
    where, params = report_filter.where()
    rows = store.query(
        f"""SELECT a.bank_id, a.question_id, count(*), sum(a.correct),
                   count(DISTINCT a.profile_id), max(a.answered_at)
            {_from(report_filter)} WHERE {where}
            GROUP BY a.bank_id, a.question_id""",
        params,
    )
    stats = [QuestionStat(b, q, n, int(right or 0), s, last) for b, q, n, right, s, last in rows]
    stats.sort(key=lambda s: (s.right * 1.0 / s.answered, -s.answered, s.bank_id, s.question_id))
    return stats


def profile_summaries(
    store: Store, report_filter: ReportFilter = EVERYTHING
) -> list[ProfileSummary]:
    """Per profile that answered anything the filter covers, by name."""
    where, params = report_filter.where()
    rows = store.query(
        f"""SELECT p.id, p.name, count(*), sum(a.correct), count(DISTINCT a.run_id),
                   min(a.answered_at), max(a.answered_at)
            {_from(report_filter)} JOIN profiles p ON p.id = a.profile_id
            WHERE {where}
            GROUP BY p.id ORDER BY p.name_key, p.id""",
        params,
    )
    return [
        ProfileSummary(pid, name, n, int(right or 0), runs, first, last)
        for pid, name, n, right, runs, first, last in rows
    ]


def totals(store: Store, report_filter: ReportFilter = EVERYTHING) -> ReportTotals:
    where, params = report_filter.where()
    rows = store.query(
        f"""SELECT count(*), coalesce(sum(a.correct), 0), count(DISTINCT a.profile_id),
                   count(DISTINCT a.bank_id || char(31) || a.question_id)
            {_from(report_filter)} WHERE {where}""",
        params,
    )
    answers, right, profiles, questions = rows[0]
    return ReportTotals(answers, int(right), profiles, questions)


def answer_counts(
    store: Store, bank_id: str, question_id: str, report_filter: ReportFilter = EVERYTHING
) -> dict[str, int]:
    """How often each answer (its JSON text) was given to one question, most given first."""
    where, params = report_filter.where()
    rows = store.query(
        f"""SELECT a.answer_json, count(*) {_from(report_filter)}
            WHERE a.bank_id = ? AND a.question_id = ? AND {where}
            GROUP BY a.answer_json ORDER BY count(*) DESC, a.answer_json""",
        [bank_id, question_id, *params],
    )
    return {text: count for text, count in rows}


def run_modes(store: Store) -> list[str]:
    """The run modes that have answers, for the filter's choices."""
    rows = store.query("SELECT DISTINCT r.mode FROM runs r WHERE r.asked_count > 0 ORDER BY r.mode")
    return [mode for (mode,) in rows]


def facilitator_sessions(store: Store, limit: int = 100) -> list[SessionSummary]:
    """The facilitator sessions with answers, the latest first (for the filter's choices)."""
    rows = store.query(
        """SELECT r.seed, min(r.started_at), sum(r.asked_count),
                  json_group_array(DISTINCT p.name), json_group_array(DISTINCT r.bank_id)
           FROM runs r JOIN profiles p ON p.id = r.profile_id
           WHERE r.mode = ? AND r.asked_count > 0
           GROUP BY r.seed ORDER BY min(r.started_at) DESC, r.seed LIMIT ?""",
        [SESSION_MODE, limit],
    )
    return [
        SessionSummary(
            key,
            started,
            tuple(sorted(json.loads(players), key=str.casefold)),
            tuple(sorted(json.loads(banks))),
            int(answers),
        )
        for key, started, answers, players, banks in rows
    ]


def day_span(store: Store) -> tuple[date, date] | None:
    """The first and the last local day with an answer, or None when there are none."""
    rows = store.query("SELECT min(local_day), max(local_day) FROM answers WHERE local_day != ''")
    first, last = rows[0]
    if not first or not last:
        return None
    return date.fromisoformat(first), date.fromisoformat(last)


def export_report_csv(
    store: Store,
    path: Path | str,
    report_filter: ReportFilter = EVERYTHING,
    question_text: Callable[[str, str], str] | None = None,
) -> int:
    """Write the per-question report as CSV (most missed first); returns the rows written.

    `question_text(bank_id, question_id)` supplies the prompt where the bank
    is at hand. Written like results_export: plain UTF-8, cells a spreadsheet
    would run defused, moved into place only when complete. Raises
    StoreError when the file cannot be written.
    """
    stats = question_stats(store, report_filter)
    rows = (
        [
            safe_cell(s.bank_id),
            safe_cell(s.question_id),
            safe_cell(question_text(s.bank_id, s.question_id) if question_text else ""),
            str(s.answered),
            str(s.right),
            str(s.percent_right),
            str(s.students),
            s.last_answered_at,
        ]
        for s in stats
    )
    return write_csv(path, REPORT_COLUMNS, rows)


def write_csv(path: Path | str, header: Iterable[str], rows: Iterable[Iterable[str]]) -> int:
    """A CSV written to a temporary file beside `path`, synced, then renamed into place."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise StoreError(
            f"Cannot write {target}: {error.strerror or error}.", StoreProblem.READ_ONLY
        ) from error
    count = 0
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(list(header))
            for row in rows:
                writer.writerow(list(row))
                count += 1
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        problem = StoreProblem.DISK_FULL if error.errno == 28 else StoreProblem.IO
        raise StoreError(f"Cannot write {target}: {error.strerror or error}.", problem) from error
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return count

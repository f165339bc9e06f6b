"""The score database: profiles, quiz runs, every answer, settings, practice.

One SQLite file in the data folder (DataFolder.database). What it promises:

- Every answer is committed, and synced to the disk, before `record_answer`
  returns, so a crash or a power cut loses none (WAL, synchronous=FULL).
- A damaged file is set aside (never deleted) and the newest backup that
  passes an integrity check is restored; `startup_notice` says so in a plain
  sentence for the UI to show.
- A file written by a newer quizapp is refused and left exactly as it was.
- Every failure reaches the caller as a `StoreError` with a sentence a user
  can act on; sqlite3 exceptions never leak out.

Qt-free. One Store per data folder and window, used from the thread that
opened it; app.py opens it and hands it to whoever needs it.
"""

from __future__ import annotations

import contextlib
import enum
import os
import sqlite3
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import NamedTuple

from quizapp.core.issues import QuizappError
from quizapp.core.paths import DataFolder
from quizapp.core.progress import (
    DEFAULT_RULES,
    LatestAnswer,
    LeitnerRules,
    ReviewState,
    TopicMastery,
    day_streak,
    mastery,
    next_review,
    utc_text,
)

MAX_NAME_LENGTH = 40
KEEP_BACKUPS = 5
DEFAULT_BUSY_TIMEOUT = 5.0  # seconds another window may hold the write lock

# Friendly, distinguishable colours for profile badges (white text reads on all).
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#e6550d",
    "#8c564b",
    "#c2185b",
    "#00838f",
)


class StoreProblem(enum.Enum):
    """What kind of failure a StoreError reports, for callers that react differently."""

    INVALID = "invalid"  # a bad name, an unknown profile or run
    NEWER = "newer"  # written by a newer quizapp
    FOREIGN = "foreign"  # an SQLite file of some other program
    READ_ONLY = "read-only"
    DISK_FULL = "disk-full"
    BUSY = "busy"  # another window holds the lock for too long
    DAMAGED = "damaged"
    IO = "io"
    CLOSED = "closed"


class StoreError(QuizappError):
    """A store failure, said in a sentence a user can act on."""

    def __init__(self, message: str, problem: StoreProblem = StoreProblem.INVALID) -> None:
        super().__init__(message)
        self.problem = problem


class RunStatus(enum.Enum):
    OPEN = "open"
    FINISHED = "finished"
    ABANDONED = "abandoned"


class RunMode(enum.Enum):
    """Known run modes; `start_run` takes their `.value` (or any other text)."""

    QUIZ = "quiz"
    PRACTICE = "practice"
    CHALLENGE = "challenge"


class Profile(NamedTuple):
    id: int
    name: str
    colour: str  # "#rrggbb"
    created_at: str  # ISO 8601 UTC
    language: str | None


class RunState(NamedTuple):
    """Enough to rebuild a QuizSession and resume it."""

    run_id: int
    profile_id: int
    bank_id: str
    language: str
    question_ids: tuple[str, ...]
    seed: int
    mode: str
    answered: dict[str, tuple[str, bool, float, float]]  # qid -> (json, correct, score, s)
    started_at: str


class RunSummary(NamedTuple):
    run_id: int
    bank_id: str
    language: str
    mode: str
    right: int
    asked: int
    total: int
    started_at: str
    finished_at: str | None
    status: RunStatus = RunStatus.FINISHED


class AnswerRecord(NamedTuple):
    """One stored answer with its profile's name, as exports need it."""

    answer_id: int
    profile_id: int
    profile_name: str
    run_id: int
    mode: str
    bank_id: str
    question_id: str
    language: str
    answer_json: str
    correct: bool
    score: float
    seconds: float
    answered_at: str


# Schema ----------------------------------------------------------------------
#
# Each version is a list of statements (no executescript: it would commit the
# migration's transaction half way). v1's text must never change: databases
# made by the first release are migrated from exactly this.

SCHEMA_V1: tuple[str, ...] = (
    """CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        colour TEXT NOT NULL,
        created_at TEXT NOT NULL,
        language TEXT
    )""",
    """CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        bank_id TEXT NOT NULL,
        language TEXT NOT NULL,
        question_ids TEXT NOT NULL,
        total INTEGER NOT NULL,
        seed INTEGER NOT NULL,
        mode TEXT NOT NULL,
        status TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT
    )""",
    """CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        bank_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        language TEXT NOT NULL,
        answer_json TEXT NOT NULL,
        correct INTEGER NOT NULL,
        score REAL NOT NULL,
        seconds REAL NOT NULL,
        answered_at TEXT NOT NULL,
        UNIQUE (run_id, question_id)
    )""",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

# v2: the local calendar day of each answer (streaks are counted in the days
# the student lived, not in UTC days); per-run counts kept by record_answer, so
# that history and best scores read one row per run instead of every answer;
# and the indexes a progress page needs.
SCHEMA_V2: tuple[str, ...] = (
    "ALTER TABLE answers ADD COLUMN local_day TEXT NOT NULL DEFAULT ''",
    "UPDATE answers SET local_day = date(answered_at, 'localtime')",
    "ALTER TABLE runs ADD COLUMN asked_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE runs ADD COLUMN right_count INTEGER NOT NULL DEFAULT 0",
    """UPDATE runs SET
        asked_count = (SELECT count(*) FROM answers a WHERE a.run_id = runs.id),
        right_count = (SELECT coalesce(sum(a.correct), 0) FROM answers a
                       WHERE a.run_id = runs.id)""",
    "CREATE INDEX answers_by_day ON answers (profile_id, local_day)",
    """CREATE INDEX answers_latest
        ON answers (profile_id, bank_id, question_id, correct, answered_at)""",
    "CREATE INDEX runs_by_status ON runs (profile_id, status, started_at)",
    "CREATE INDEX runs_by_start ON runs (profile_id, started_at)",
)

# v3: spaced practice, filled by replaying the answers already stored.
SCHEMA_V3: tuple[str, ...] = (
    """CREATE TABLE review (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        bank_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        box INTEGER NOT NULL,
        due_at TEXT NOT NULL,
        PRIMARY KEY (profile_id, bank_id, question_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX review_due ON review (profile_id, due_at)",
)


class Migration(NamedTuple):
    version: int
    description: str
    statements: tuple[str, ...]
    after: Callable[[sqlite3.Connection, LeitnerRules], None] | None = None


def _replay_review(
    connection: sqlite3.Connection, rules: LeitnerRules, profile_id: int | None = None
) -> None:
    """Rebuild practice state from the answers, in the order they were given."""
    where = "" if profile_id is None else "WHERE a.profile_id = ?"
    params: tuple[object, ...] = () if profile_id is None else (profile_id,)
    connection.execute(
        "DELETE FROM review" + ("" if profile_id is None else " WHERE profile_id = ?"), params
    )
    states: dict[tuple[int, str, str], ReviewState | None] = {}
    rows = connection.execute(
        f"""SELECT a.profile_id, a.bank_id, a.question_id, a.correct, a.answered_at, r.mode
            FROM answers a JOIN runs r ON r.id = a.run_id {where} ORDER BY a.id""",
        params,
    )
    for profile, bank_id, question_id, correct, answered_at, mode in rows:
        key = (profile, bank_id, question_id)
        states[key] = next_review(
            states.get(key),
            bank_id,
            question_id,
            bool(correct),
            mode == RunMode.PRACTICE.value,
            datetime.fromisoformat(answered_at),
            rules,
        )
    connection.executemany(
        "INSERT INTO review (profile_id, bank_id, question_id, box, due_at) VALUES (?,?,?,?,?)",
        [
            (key[0], state.bank_id, state.question_id, state.box, state.due_at)
            for key, state in states.items()
            if state is not None
        ],
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "profiles, runs, answers, settings", SCHEMA_V1),
    Migration(2, "local day of answers, run counts, indexes", SCHEMA_V2),
    Migration(3, "spaced practice", SCHEMA_V3, _replay_review),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


# Errors ---------------------------------------------------------------------

_CORRUPT, _NOTADB = 11, 26
_BUSY, _LOCKED, _READONLY, _PERM, _CANTOPEN, _FULL, _IOERR = 5, 6, 8, 3, 14, 13, 10


def _code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)  # Python 3.11+
    if code is not None:
        return code & 0xFF
    text = str(error).lower()  # Python 3.10: only the message
    for needle, value in (
        ("malformed", _CORRUPT),
        ("not a database", _NOTADB),
        ("locked", _BUSY),
        ("readonly", _READONLY),
        ("unable to open", _CANTOPEN),
        ("full", _FULL),
        ("disk i/o", _IOERR),
    ):
        if needle in text:
            return value
    return None


def _is_damage(error: sqlite3.Error) -> bool:
    return _code(error) in (_CORRUPT, _NOTADB)


def _store_error(error: sqlite3.Error | OSError, folder: Path) -> StoreError:
    if isinstance(error, OSError):
        if error.errno == 28:  # ENOSPC
            return StoreError(
                f"The disk holding {folder} is full, so nothing more can be saved. "
                "Free some space and try again.",
                StoreProblem.DISK_FULL,
            )
        return StoreError(
            f"Cannot write to the data folder {folder} ({error.strerror or error}). "
            "It may be read-only or missing; choose another data folder.",
            StoreProblem.READ_ONLY,
        )
    code = _code(error)
    if code in (_BUSY, _LOCKED):
        return StoreError(
            f"The scores in {folder} are busy in another quizapp window. "
            "Close the other window, or wait a moment, and try again.",
            StoreProblem.BUSY,
        )
    if code in (_READONLY, _PERM, _CANTOPEN):
        return StoreError(
            f"Cannot write the scores in {folder}: the folder or the drive is read-only, "
            "or this user may not write there. Choose another data folder.",
            StoreProblem.READ_ONLY,
        )
    if code == _FULL:
        return StoreError(
            f"The disk holding {folder} is full, so the last change was not saved. "
            "Free some space and try again.",
            StoreProblem.DISK_FULL,
        )
    if code in (_CORRUPT, _NOTADB):
        return StoreError(
            f"The score database in {folder} is damaged. Restart quizapp: it will set "
            "the file aside and restore the latest backup.",
            StoreProblem.DAMAGED,
        )
    return StoreError(f"Could not use the scores in {folder}: {error}.", StoreProblem.IO)


# Files ----------------------------------------------------------------------


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _readonly_connection(path: Path, timeout: float) -> sqlite3.Connection:
    # mode=ro: a read-only connection never writes or checkpoints the file,
    # so looking at a file we then refuse leaves it exactly as it was.
    return sqlite3.connect(
        path.resolve().as_uri() + "?mode=ro", uri=True, timeout=timeout, isolation_level=None
    )


def _inspect(path: Path, timeout: float, check: bool = True) -> tuple[bool, int, int]:
    """(passes quick_check, user_version, number of tables) of a file; damage is
    (False, -1, 0). With check=False the quick_check is skipped (see _left_clean).

    Errors other than damage (cannot open, busy) are raised: a locked or
    unreadable file is not a damaged one and must not be set aside.
    """
    try:
        connection = _readonly_connection(path, timeout)
    except sqlite3.Error as error:
        if _is_damage(error):
            return False, -1, 0
        raise
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
        if not check:
            return True, version, tables
        rows = connection.execute("PRAGMA quick_check").fetchall()
        return rows == [("ok",)], version, tables
    except sqlite3.Error as error:
        if _is_damage(error):
            return False, -1, 0
        raise
    finally:
        connection.close()


# A clean close --------------------------------------------------------------
#
# PRAGMA quick_check reads the whole file: 70 ms with a camp's 25,000 answers,
# 150 ms with 100,000, at every start. It is there for what a crash, a pulled
# plug or a bad copy can do to the file. So a clean close leaves a mark saying
# how the file looked (size, time, inode and a checksum of its first page) once
# the last connection had folded the WAL into it; the next start skips the check
# only when the file is still exactly that, with no WAL beside it, and removes
# the mark either way. After a kill there is no mark (or the file differs), and
# the full check runs.


def _clean_mark(path: Path) -> Path:
    return path.with_name(path.name + ".clean")


def _file_state(path: Path) -> str | None:
    try:
        status = path.stat()
        with open(path, "rb") as handle:
            first_page = handle.read(4096)
    except OSError:
        return None
    return f"1 {status.st_size} {status.st_mtime_ns} {status.st_ino} {zlib.crc32(first_page)}"


def _wal_in_use(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def _left_clean(path: Path) -> bool:
    """True when the file is exactly as a clean close left it; the mark is used up."""
    mark = _clean_mark(path)
    try:
        said = mark.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return False
    with contextlib.suppress(OSError):
        mark.unlink()
    return not _wal_in_use(path) and said == _file_state(path)


def _mark_clean(path: Path) -> None:
    """After the last connection closed cleanly: remember how the file looks (best effort)."""
    if _wal_in_use(path):
        return  # another window still has it open; the last one to close marks it
    state = _file_state(path)
    if state is None:
        return
    mark = _clean_mark(path)
    temporary = mark.with_name(mark.name + ".tmp")
    with contextlib.suppress(OSError):
        temporary.write_text(state + "\n", encoding="ascii")
        os.replace(temporary, mark)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _copy_database(source: Path, target: Path, timeout: float) -> None:
    """Copy a database with SQLite's backup API into target, atomically."""
    temporary = target.with_name(f".{target.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    try:
        reader = _readonly_connection(source, timeout)
        try:
            writer = sqlite3.connect(temporary)
            try:
                reader.backup(writer)
                writer.execute("PRAGMA journal_mode=DELETE")
            finally:
                writer.close()
        finally:
            reader.close()
        _fsync_file(temporary)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _fsync_folder(target.parent)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def _backup_time(path: Path) -> datetime | None:
    try:
        stamp = path.name.split("-")[1].split(".")[0]
        # the fixed format of _stamp, read by hand: datetime.strptime would
        # import _strptime (6 ms) at every start
        if len(stamp) != 22 or stamp[8] != "T" or stamp[-1] != "Z":
            return None
        return datetime(
            int(stamp[0:4]),
            int(stamp[4:6]),
            int(stamp[6:8]),
            int(stamp[9:11]),
            int(stamp[11:13]),
            int(stamp[13:15]),
            int(stamp[15:21]),
            tzinfo=timezone.utc,
        )
    except (IndexError, ValueError):
        return None


def _backups(folder: Path) -> list[Path]:
    """Backup files, newest first (their names start with a sortable UTC time)."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("quizapp-*.sqlite3") if _backup_time(p) is not None]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _describe(moment: datetime) -> str:
    """Local date and time as digits: the same whatever C locale Qt has set, and
    easy for the interface to find and say again in the reader's language."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


# The store --------------------------------------------------------------------


def _clean_name(name: str) -> str:
    text = unicodedata.normalize("NFC", " ".join(str(name).split()))
    if not text:
        raise StoreError("A profile needs a name.")
    if len(text) > MAX_NAME_LENGTH:
        raise StoreError(f"A profile name can be at most {MAX_NAME_LENGTH} characters long.")
    if any(unicodedata.category(c).startswith("C") for c in text):
        raise StoreError("A profile name cannot contain control characters.")
    return text


class Store:
    """The open score database of one data folder. Open it with `Store.open`."""

    def __init__(
        self,
        folder: DataFolder,
        connection: sqlite3.Connection,
        *,
        clock: Callable[[], datetime],
        rules: LeitnerRules,
        startup_notes: Sequence[str] = (),
    ) -> None:
        self.folder = folder
        self._connection: sqlite3.Connection | None = connection
        self._clock = clock
        self._rules = rules
        # What opening had to tell the user (a repair, a failed backup), one
        # message each: the interface says each again in its own language.
        self.startup_notes: tuple[str, ...] = tuple(startup_notes)
        self.integrity_checked = True  # False when opening trusted a clean close's mark
        self._notes: list[str] = []  # said in startup_notes once opening is done

    @property
    def startup_notice(self) -> str | None:
        """The startup notes as one English text (the CLI's wording), or None."""
        return " ".join(self.startup_notes) or None

    # Opening ------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        folder: DataFolder,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        clock: Callable[[], datetime] | None = None,
        rules: LeitnerRules = DEFAULT_RULES,
        keep_backups: int = KEEP_BACKUPS,
    ) -> Store:
        """Open (creating, checking, repairing, migrating, backing up) the folder's store.

        Raises StoreError, leaving the file untouched, when it was written by a
        newer quizapp or by another program, and when it cannot be written.
        """
        clock = clock or _utc_now
        root = folder.root
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _store_error(error, root) from error
        path = folder.database
        notices: list[str] = []
        restored = False
        try:
            left_clean = _left_clean(path)  # always used up: a crash from here on leaves none
            if path.exists() and path.stat().st_size > 0:
                good, version, tables = _inspect(path, busy_timeout, check=not left_clean)
                if good and version == 0 and tables:
                    raise StoreError(
                        f"{path} belongs to another program, not quizapp. Move it away "
                        "or choose another data folder; it was not changed.",
                        StoreProblem.FOREIGN,
                    )
                if good and version > SCHEMA_VERSION:
                    raise StoreError(
                        f"The scores in {root} were saved by a newer version of quizapp "
                        f"(database version {version}; this one knows up to {SCHEMA_VERSION}). "
                        "Update quizapp to use them; the file was not changed.",
                        StoreProblem.NEWER,
                    )
                if not good:
                    notices.append(cls._repair(folder, clock(), busy_timeout))
                    restored = True
            connection = cls._connect(path, busy_timeout)
        except sqlite3.Error as error:
            raise _store_error(error, root) from error
        except OSError as error:
            raise _store_error(error, root) from error
        store = cls(folder, connection, clock=clock, rules=rules)
        try:
            version = store._prepare()
            if not restored:
                note = store._daily_backup(version, keep_backups)
                if note:
                    notices.append(note)
        except BaseException:
            store.close()
            raise
        store.startup_notes = tuple(notices + store._notes)
        store.integrity_checked = not left_clean
        return store

    @staticmethod
    def _connect(path: Path, busy_timeout: float) -> sqlite3.Connection:
        connection = sqlite3.connect(
            str(path), timeout=busy_timeout, isolation_level=None, check_same_thread=True
        )
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            # WAL lets a second window read while one writes. With
            # synchronous=NORMAL a WAL database may lose its last transactions
            # on a power cut; FULL fsyncs the WAL at every commit, which is what
            # "every answer is saved the moment it is given" needs. Where WAL
            # cannot work (some network drives) SQLite keeps its rollback
            # journal, which with FULL is durable too.
            connection.execute("PRAGMA journal_mode = WAL").fetchone()
            connection.execute("PRAGMA synchronous = FULL")
        except BaseException:
            connection.close()
            raise
        return connection

    def _prepare(self) -> int:
        """Prove the file writable, migrate; returns the version found before migrating."""
        connection = self._db()
        with self._guard():
            # A write that is rolled back: the first place a read-only folder or
            # file shows up, before anything is changed.
            connection.execute("BEGIN IMMEDIATE")
            try:
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                connection.execute(f"PRAGMA user_version = {int(version)}")
            finally:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
        if version > SCHEMA_VERSION:  # another window's newer quizapp got there first
            raise StoreError(
                f"The scores in {self.folder.root} were saved by a newer version of quizapp. "
                "Update quizapp to use them; the file was not changed.",
                StoreProblem.NEWER,
            )
        if 0 < version < SCHEMA_VERSION:
            try:
                self._make_backup(f"-before-v{SCHEMA_VERSION}")
            except StoreError as error:
                # the upgrade is one transaction: it goes ahead, and the user is told
                self._notes.append(f"No backup could be made before the upgrade ({error}).")
        if version < SCHEMA_VERSION:
            self._migrate()
        return version

    def _migrate(self) -> None:
        with self._write() as connection:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            for migration in MIGRATIONS:
                if migration.version <= version:
                    continue
                for statement in migration.statements:
                    connection.execute(statement)
                if migration.after is not None:
                    migration.after(connection, self._rules)
                connection.execute(f"PRAGMA user_version = {migration.version}")

    @staticmethod
    def _repair(folder: DataFolder, now: datetime, timeout: float) -> str:
        """Set the damaged file aside and restore the newest good backup.

        The backup is copied next to the database first and the damaged file
        moved only then: if copying fails (a full disk), nothing has moved and
        the next start tries again.
        """
        path = folder.database
        chosen: Path | None = None
        for backup in _backups(folder.backups):
            try:
                good, version, _ = _inspect(backup, timeout)
            except sqlite3.Error:
                continue
            if good and 0 < version <= SCHEMA_VERSION:
                chosen = backup
                break
        restoring = path.with_name(f".{path.name}.restoring")
        if chosen is not None:
            _copy_database(chosen, restoring, timeout)
        stamp = now.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        aside = path.with_name(f"{path.name}.damaged-{stamp}")
        count = 1
        while aside.exists():
            count += 1
            aside = path.with_name(f"{path.name}.damaged-{stamp}-{count}")
        os.replace(path, aside)
        for suffix in ("-wal", "-shm", "-journal"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, aside.with_name(aside.name + suffix))
        if chosen is None:
            return (
                "The score database was damaged and there was no good backup, so it was set "
                f"aside as {aside.name} and a new, empty one was started."
            )
        os.replace(restoring, path)
        _fsync_folder(path.parent)
        when = _backup_time(chosen)
        return (
            f"The score database was damaged, so it was set aside as {aside.name} "
            f"and the backup from {_describe(when) if when else chosen.name} was "
            "restored; answers given after that backup are missing."
        )

    def _daily_backup(self, version_found: int, keep: int) -> str | None:
        """At most one backup a day; a failed backup is reported, never fatal."""
        today = self._clock().astimezone(timezone.utc).strftime("%Y%m%d")
        if any(p.name.startswith(f"quizapp-{today}") for p in _backups(self.folder.backups)):
            return None
        if version_found == 0:
            return None  # a brand-new, empty database: nothing worth keeping yet
        try:
            self._make_backup("")
            self._rotate(keep)
        except (OSError, sqlite3.Error, StoreError) as error:
            return f"Today's backup of the scores could not be made ({error})."
        return None

    def _make_backup(self, note: str) -> Path:
        backups = self.folder.backups
        target = backups / f"quizapp-{_stamp(self._clock())}{note}.sqlite3"
        temporary = backups / f".{target.name}.tmp"
        try:
            backups.mkdir(parents=True, exist_ok=True)
            writer = sqlite3.connect(temporary)
            try:
                self._db().backup(writer)
                writer.execute("PRAGMA journal_mode=DELETE")
            finally:
                writer.close()
            _fsync_file(temporary)
            os.replace(temporary, target)
            _fsync_folder(backups)
        except (OSError, sqlite3.Error) as error:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise _store_error(error, self.folder.root) from error
        return target

    def _rotate(self, keep: int) -> None:
        """Keep the newest `keep` backups, and always at least one that is good."""
        found = _backups(self.folder.backups)
        kept, rest = found[:keep], found[keep:]
        if rest and not any(self._backup_is_good(p) for p in kept):
            good = next((p for p in rest if self._backup_is_good(p)), None)
            if good is not None:
                rest.remove(good)
        for old in rest:
            with contextlib.suppress(OSError):
                old.unlink()

    @staticmethod
    def _backup_is_good(path: Path) -> bool:
        try:
            good, version, _ = _inspect(path, 1.0)
        except sqlite3.Error:
            return False
        return good and 0 < version <= SCHEMA_VERSION

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
            _mark_clean(self.folder.database)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Plumbing -----------------------------------------------------------------

    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            raise StoreError("The score database is closed.", StoreProblem.CLOSED)
        return self._connection

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            raise _store_error(error, self.folder.root) from error

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, committed (and synced) on leaving, rolled back on error."""
        connection = self._db()
        with self._guard():
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
            try:
                connection.execute("COMMIT")
            except sqlite3.Error:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise

    def _read(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        with self._guard():
            return self._db().execute(sql, params).fetchall()

    def _now(self) -> datetime:
        return self._clock().astimezone(timezone.utc)

    # Profiles -----------------------------------------------------------------

    def create_profile(self, name: str) -> Profile:
        """A new profile with a colour no other profile has yet, while any are left."""
        name = _clean_name(name)
        created = utc_text(self._now())
        with self._write() as connection:
            self._check_name_free(connection, name, None)
            used = {row[0] for row in connection.execute("SELECT colour FROM profiles")}
            count = connection.execute("SELECT count(*) FROM profiles").fetchone()[0]
            colour = next((c for c in PALETTE if c not in used), PALETTE[count % len(PALETTE)])
            cursor = connection.execute(
                "INSERT INTO profiles (name, name_key, colour, created_at) VALUES (?,?,?,?)",
                (name, name.casefold(), colour, created),
            )
            profile_id = int(cursor.lastrowid or 0)
        return Profile(profile_id, name, colour, created, None)

    @staticmethod
    def _check_name_free(connection: sqlite3.Connection, name: str, own_id: int | None) -> None:
        row = connection.execute(
            "SELECT id FROM profiles WHERE name_key = ?", (name.casefold(),)
        ).fetchone()
        if row is not None and row[0] != own_id:
            raise StoreError(f"There is already a profile called “{name}”.")

    def profiles(self) -> list[Profile]:
        rows = self._read(
            "SELECT id, name, colour, created_at, language FROM profiles ORDER BY name_key, id"
        )
        return [Profile(*row) for row in rows]

    def profile(self, profile_id: int) -> Profile | None:
        rows = self._read(
            "SELECT id, name, colour, created_at, language FROM profiles WHERE id = ?",
            (profile_id,),
        )
        return Profile(*rows[0]) if rows else None

    def rename_profile(self, profile_id: int, name: str) -> None:
        name = _clean_name(name)
        with self._write() as connection:
            self._require_profile(connection, profile_id)
            self._check_name_free(connection, name, profile_id)
            connection.execute(
                "UPDATE profiles SET name = ?, name_key = ? WHERE id = ?",
                (name, name.casefold(), profile_id),
            )

    def delete_profile(self, profile_id: int) -> None:
        """Delete a profile with its runs, answers and practice; an unknown id is a no-op."""
        with self._write() as connection:
            connection.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))

    def merge_profiles(self, keep_id: int, other_id: int) -> None:
        """Move other's runs and answers to keep, then delete other.

        Practice state is rebuilt from the merged answers, so a question stays
        in practice exactly as if one person had given all of them.
        """
        if keep_id == other_id:
            raise StoreError("A profile cannot be merged with itself.")
        with self._write() as connection:
            self._require_profile(connection, keep_id)
            self._require_profile(connection, other_id)
            connection.execute(
                "UPDATE runs SET profile_id = ? WHERE profile_id = ?", (keep_id, other_id)
            )
            connection.execute(
                "UPDATE answers SET profile_id = ? WHERE profile_id = ?", (keep_id, other_id)
            )
            connection.execute("DELETE FROM profiles WHERE id = ?", (other_id,))
            _replay_review(connection, self._rules, keep_id)

    def set_profile_language(self, profile_id: int, lang: str | None) -> None:
        with self._write() as connection:
            self._require_profile(connection, profile_id)
            connection.execute(
                "UPDATE profiles SET language = ? WHERE id = ?", (lang or None, profile_id)
            )

    @staticmethod
    def _require_profile(connection: sqlite3.Connection, profile_id: int) -> None:
        if connection.execute("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)).fetchone():
            return
        raise StoreError(f"There is no profile {profile_id}; it may have been deleted.")

    # Runs and answers ---------------------------------------------------------

    def start_run(
        self,
        profile_id: int,
        bank_id: str,
        language: str,
        question_ids: list[str],
        seed: int,
        mode: str = RunMode.QUIZ.value,
    ) -> int:
        import json  # here, not on the way to the first window

        ids = [str(q) for q in question_ids]
        mode = mode.value if isinstance(mode, RunMode) else str(mode)
        with self._write() as connection:
            self._require_profile(connection, profile_id)
            cursor = connection.execute(
                """INSERT INTO runs (profile_id, bank_id, language, question_ids, total, seed,
                                     mode, status, started_at)
                   VALUES (?,?,?,?,?,?,?,?,?)""",
                (
                    profile_id,
                    bank_id,
                    language,
                    json.dumps(ids),
                    len(ids),
                    int(seed),
                    mode,
                    RunStatus.OPEN.value,
                    utc_text(self._now()),
                ),
            )
            return int(cursor.lastrowid or 0)

    def record_answer(
        self,
        run_id: int,
        question_id: str,
        answer_json: str,
        correct: bool,
        score: float,
        seconds: float,
        *,
        bank_id: str | None = None,
    ) -> None:
        """Save one answer, synced to the disk before returning; practice follows it.

        A second answer to the same question in the same run is ignored: the
        first answer stands, as in QuizSession. `bank_id` is for practice runs
        that draw questions from several banks; by default the run's bank.
        """
        now = self._now()
        with self._write() as connection:
            run = connection.execute(
                "SELECT profile_id, bank_id, language, mode FROM runs WHERE id = ?", (run_id,)
            ).fetchone()
            if run is None:
                raise StoreError(f"There is no quiz run {run_id}; the answer was not saved.")
            profile_id, run_bank, language, mode = run
            bank = bank_id or run_bank
            cursor = connection.execute(
                """INSERT OR IGNORE INTO answers
                       (profile_id, run_id, bank_id, question_id, language, answer_json,
                        correct, score, seconds, answered_at, local_day)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
                (
                    profile_id,
                    run_id,
                    bank,
                    question_id,
                    language,
                    answer_json,
                    1 if correct else 0,
                    float(score),
                    float(seconds),
                    utc_text(now),
                    now.astimezone().date().isoformat(),
                ),
            )
            if cursor.rowcount:
                connection.execute(
                    "UPDATE runs SET asked_count = asked_count + 1, "
                    "right_count = right_count + ? WHERE id = ?",
                    (1 if correct else 0, run_id),
                )
                self._follow_review(
                    connection, profile_id, bank, question_id, bool(correct), mode, now
                )

    def _follow_review(
        self,
        connection: sqlite3.Connection,
        profile_id: int,
        bank_id: str,
        question_id: str,
        correct: bool,
        mode: str,
        now: datetime,
    ) -> None:
        key = (profile_id, bank_id, question_id)
        row = connection.execute(
            "SELECT box, due_at FROM review WHERE profile_id = ? AND bank_id = ? "
            "AND question_id = ?",
            key,
        ).fetchone()
        state = ReviewState(bank_id, question_id, row[0], row[1]) if row else None
        new = next_review(
            state,
            bank_id,
            question_id,
            correct,
            mode == RunMode.PRACTICE.value,
            now,
            self._rules,
        )
        if new == state:
            return
        if new is None:
            connection.execute(
                "DELETE FROM review WHERE profile_id = ? AND bank_id = ? AND question_id = ?",
                key,
            )
        else:
            connection.execute(
                "INSERT OR REPLACE INTO review (profile_id, bank_id, question_id, box, due_at) "
                "VALUES (?,?,?,?,?)",
                (*key, new.box, new.due_at),
            )

    def finish_run(self, run_id: int) -> None:
        """Mark a run finished; finishing it again changes nothing."""
        with self._write() as connection:
            self._require_run(connection, run_id)
            connection.execute(
                "UPDATE runs SET status = ?, finished_at = ? WHERE id = ? AND status = ?",
                (RunStatus.FINISHED.value, utc_text(self._now()), run_id, RunStatus.OPEN.value),
            )

    def abandon_run(self, run_id: int) -> None:
        """Stop offering a run for resuming; its answers stay."""
        with self._write() as connection:
            self._require_run(connection, run_id)
            connection.execute(
                "UPDATE runs SET status = ? WHERE id = ? AND status = ?",
                (RunStatus.ABANDONED.value, run_id, RunStatus.OPEN.value),
            )

    @staticmethod
    def _require_run(connection: sqlite3.Connection, run_id: int) -> None:
        if connection.execute("SELECT 1 FROM runs WHERE id = ?", (run_id,)).fetchone() is None:
            raise StoreError(f"There is no quiz run {run_id}.")

    def unfinished_run(self, profile_id: int) -> RunState | None:
        """The newest open run of a profile, to offer resuming it."""
        rows = self._read(
            "SELECT id FROM runs WHERE profile_id = ? AND status = ? "
            "ORDER BY started_at DESC, id DESC LIMIT 1",
            (profile_id, RunStatus.OPEN.value),
        )
        return self.run_state(rows[0][0]) if rows else None

    def run_state(self, run_id: int) -> RunState | None:
        """Any run with its answers (open or not), e.g. to review a past quiz."""
        import json  # here, not on the way to the first window

        runs = self._read(
            "SELECT id, profile_id, bank_id, language, question_ids, seed, mode, started_at "
            "FROM runs WHERE id = ?",
            (run_id,),
        )
        if not runs:
            return None
        rid, profile_id, bank_id, language, question_ids, seed, mode, started_at = runs[0]
        answers = self._read(
            "SELECT question_id, answer_json, correct, score, seconds FROM answers "
            "WHERE run_id = ? ORDER BY id",
            (run_id,),
        )
        return RunState(
            run_id=rid,
            profile_id=profile_id,
            bank_id=bank_id,
            language=language,
            question_ids=tuple(json.loads(question_ids)),
            seed=seed,
            mode=mode,
            answered={q: (a, bool(c), s, t) for q, a, c, s, t in answers},
            started_at=started_at,
        )

    def history(self, profile_id: int, limit: int | None = None) -> list[RunSummary]:
        """Runs of a profile, newest first; abandoned runs without answers are left out."""
        rows = self._read(
            """SELECT id, bank_id, language, mode, total, started_at, finished_at, status,
                      asked_count, right_count
               FROM runs INDEXED BY runs_by_start
               WHERE profile_id = ? AND (status != 'abandoned' OR asked_count > 0)
               ORDER BY started_at DESC, id DESC
               LIMIT ?""",
            (profile_id, -1 if limit is None else limit),
        )
        statuses = {s.value: s for s in RunStatus}  # a dict: much faster than RunStatus(text)
        return [
            RunSummary(rid, bank, lang, mode, right, asked, total, began, ended, statuses[status])
            for rid, bank, lang, mode, total, began, ended, status, asked, right in rows
        ]

    def best_scores(self, profile_id: int) -> dict[str, tuple[int, int]]:
        """bank_id -> (right, asked) of the best finished run that was not practice.

        Best is the highest share right, then the most questions; the first
        run to reach it wins a tie. Practice runs hold only missed questions,
        so they would make a best score meaningless.
        """
        rows = self._read(
            """SELECT bank_id, right_count, asked_count FROM runs
               WHERE profile_id = ? AND status = 'finished' AND mode != 'practice'
                     AND asked_count > 0
               ORDER BY id""",
            (profile_id,),
        )
        best: dict[str, tuple[int, int]] = {}
        for bank_id, right, asked in rows:
            current = best.get(bank_id)
            if current is None or (right * current[1], right) > (current[0] * asked, current[0]):
                best[bank_id] = (right, asked)
        return best

    # Progress -----------------------------------------------------------------

    def latest_answers(self, profile_id: int) -> list[LatestAnswer]:
        """The newest answer to each question a profile has answered, in any language."""
        # Seeks in answers_latest instead of reading every answer (a year of camp
        # data: ~2 ms instead of ~40): the questions answered, then for each the
        # time of its newest right and newest wrong answer. Only when both came
        # in the same millisecond does the later row decide.
        rows = self._read(
            """SELECT bank_id, question_id, last_right, last_wrong,
                      CASE WHEN last_wrong IS NULL THEN 1
                           WHEN last_right IS NULL THEN 0
                           WHEN last_right > last_wrong THEN 1
                           WHEN last_right < last_wrong THEN 0
                           ELSE (SELECT t.correct FROM answers t
                                 WHERE t.profile_id = ?1 AND t.bank_id = g.bank_id
                                       AND t.question_id = g.question_id
                                 ORDER BY t.id DESC LIMIT 1)
                      END
               FROM (SELECT q.bank_id, q.question_id,
                            (SELECT max(r.answered_at) FROM answers r
                             WHERE r.profile_id = ?1 AND r.bank_id = q.bank_id
                                   AND r.question_id = q.question_id AND r.correct = 1)
                                AS last_right,
                            (SELECT max(w.answered_at) FROM answers w
                             WHERE w.profile_id = ?1 AND w.bank_id = q.bank_id
                                   AND w.question_id = q.question_id AND w.correct = 0)
                                AS last_wrong
                     FROM (SELECT DISTINCT bank_id, question_id FROM answers
                           WHERE profile_id = ?1) q) g""",
            (profile_id,),
        )
        return [
            LatestAnswer(b, q, bool(c), max(right or "", wrong or ""))
            for b, q, right, wrong, c in rows
        ]

    def mastery(
        self, profile_id: int, tags: Mapping[str, Iterable[str]]
    ) -> dict[str, TopicMastery]:
        """Mastery per topic; `tags` maps question id -> tags (progress.question_tags)."""
        return mastery(self.latest_answers(profile_id), tags)

    def answer_days(self, profile_id: int) -> list[date]:
        """The local calendar days on which a profile answered, newest first."""
        rows = self._read(
            "SELECT DISTINCT local_day FROM answers WHERE profile_id = ? ORDER BY local_day DESC",
            (profile_id,),
        )
        return [date.fromisoformat(day) for (day,) in rows if day]

    def answers_per_day(self, profile_id: int, since: date | None = None) -> dict[date, int]:
        """Answers given on each local calendar day (from `since` on), newest day first."""
        rows = self._read(
            "SELECT local_day, count(*) FROM answers WHERE profile_id = ? AND local_day >= ? "
            "GROUP BY local_day ORDER BY local_day DESC",
            (profile_id, since.isoformat() if since else ""),
        )
        return {date.fromisoformat(day): count for day, count in rows if day}

    def answer_count(self, profile_id: int) -> int:
        """How many answers a profile has given (from the runs' counts: no scan of answers)."""
        rows = self._read(
            "SELECT coalesce(sum(asked_count), 0) FROM runs WHERE profile_id = ?", (profile_id,)
        )
        return int(rows[0][0])

    def streak(self, profile_id: int, today: date | None = None) -> int:
        """Days in a row with an answer, ending today or yesterday (local days)."""
        today = today or self._clock().astimezone().date()
        return day_streak(self.answer_days(profile_id), today)

    def review_due(self, profile_id: int, now: datetime | None = None) -> list[tuple[str, str]]:
        """(bank_id, question_id) due for practice, lowest box first, then the longest due."""
        moment = utc_text(now if now is not None else self._now())
        rows = self._read(
            """SELECT bank_id, question_id FROM review
               WHERE profile_id = ? AND due_at <= ?
               ORDER BY box, due_at, bank_id, question_id""",
            (profile_id, moment),
        )
        return [(b, q) for b, q in rows]

    def review_items(self, profile_id: int) -> list[ReviewState]:
        """Everything in a profile's practice, due or not, soonest due first."""
        rows = self._read(
            "SELECT bank_id, question_id, box, due_at FROM review WHERE profile_id = ? "
            "ORDER BY due_at, bank_id, question_id",
            (profile_id,),
        )
        return [ReviewState(*row) for row in rows]

    def iter_answers(self, profile_id: int | None = None) -> Iterator[AnswerRecord]:
        """Every answer (of one profile, or all), oldest first, read in batches."""
        where = "" if profile_id is None else "WHERE a.profile_id = ?"
        params = () if profile_id is None else (profile_id,)
        with self._guard():
            cursor = self._db().execute(
                f"""SELECT a.id, a.profile_id, p.name, a.run_id, r.mode, a.bank_id,
                           a.question_id, a.language, a.answer_json, a.correct, a.score,
                           a.seconds, a.answered_at
                    FROM answers a JOIN profiles p ON p.id = a.profile_id
                    JOIN runs r ON r.id = a.run_id
                    {where} ORDER BY a.id""",
                params,
            )
        while True:
            with self._guard():
                batch = cursor.fetchmany(1000)
            if not batch:
                return
            for row in batch:
                values = list(row)
                values[9] = bool(values[9])
                yield AnswerRecord(*values)

    # Settings -----------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, str(value))
            )

    def delete_setting(self, key: str) -> None:
        with self._write() as connection:
            connection.execute("DELETE FROM settings WHERE key = ?", (key,))

    # For Qt-free companions (quizapp.core.report, quizapp.core.archive) -------

    def query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        """Rows of a read-only query, failures as StoreError; for the group report."""
        return self._read(sql, params)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """The connection inside one write transaction: committed on leaving, or rolled back."""
        with self._write() as connection:
            yield connection

    @contextlib.contextmanager
    def raw_connection(self) -> Iterator[sqlite3.Connection]:
        """The connection outside any transaction (backup API, VACUUM); errors as StoreError."""
        with self._guard():
            yield self._db()

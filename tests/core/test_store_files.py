"""The store's file: damage and repair, backups, newer and foreign files, read-only and
full disks, two windows on one folder, and migrations from every earlier version."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quizapp.core.paths import DataFolder
from quizapp.core.store import SCHEMA_VERSION, Store, StoreError, StoreProblem

START = datetime(2024, 7, 30, 10, 0, tzinfo=timezone.utc)
REPO = Path(__file__).resolve().parents[2]


class Clock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "data")


def _fill(store: Store, name: str = "Ana", answers: int = 3) -> int:
    profile = store.create_profile(name)
    run = store.start_run(profile.id, "lures", "en", [f"q{i}" for i in range(answers)], seed=1)
    for i in range(answers):
        store.record_answer(run, f"q{i}", "0", i % 2 == 0, 1.0, 2.0)
    store.finish_run(run)
    return profile.id


def _backups(folder: DataFolder) -> list[Path]:
    if not folder.backups.is_dir():
        return []
    return sorted(p for p in folder.backups.iterdir() if p.name.startswith("quizapp-"))


def _files(folder: DataFolder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.root.iterdir() if p.is_file()}


def _with_a_day_old_backup(folder: DataFolder) -> None:
    """A database with data and yesterday's backup of it."""
    with Store.open(folder, clock=Clock(START)) as store:
        _fill(store)
    with Store.open(folder, clock=Clock(START + timedelta(days=1))):
        pass
    assert len(_backups(folder)) == 1


# Backups --------------------------------------------------------------------------


def test_no_backup_of_a_brand_new_database(folder: DataFolder) -> None:
    with Store.open(folder) as store:
        _fill(store)
    assert _backups(folder) == []


def test_at_most_one_backup_a_day(folder: DataFolder) -> None:
    clock = Clock()
    with Store.open(folder, clock=clock) as store:
        _fill(store)
    for hours in (1, 2, 3):
        clock.now = START + timedelta(days=1, hours=hours)
        Store.open(folder, clock=clock).close()
    (backup,) = _backups(folder)
    assert backup.name.startswith("quizapp-20240731T")
    raw = sqlite3.connect(backup)
    assert raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert raw.execute("SELECT count(*) FROM answers").fetchone()[0] == 3
    raw.close()
    assert not list(folder.backups.glob("*.tmp"))


def test_backups_rotate_keeping_five(folder: DataFolder) -> None:
    clock = Clock()
    with Store.open(folder, clock=clock) as store:
        _fill(store)
    for day in range(1, 9):
        clock.now = START + timedelta(days=day)
        Store.open(folder, clock=clock).close()
    names = [p.name[:16] for p in _backups(folder)]
    assert names == [f"quizapp-202408{d:02d}" for d in range(3, 8)]


def test_rotation_never_drops_the_last_good_backup(folder: DataFolder) -> None:
    _with_a_day_old_backup(folder)
    (good,) = _backups(folder)
    for day in range(2, 8):  # six newer "backups", all damaged
        (folder.backups / f"quizapp-202408{day:02d}T000000000000Z.sqlite3").write_bytes(
            os.urandom(4096)
        )
    with Store.open(folder, clock=Clock(START + timedelta(days=1))) as store:
        store._rotate(5)
    left = _backups(folder)
    assert good in left
    assert len(left) == 6


def test_backup_that_cannot_be_written_is_reported_not_fatal(folder: DataFolder) -> None:
    with Store.open(folder, clock=Clock()) as store:
        _fill(store)
    folder.backups.write_text("a file where the backups folder should be")
    with Store.open(folder, clock=Clock(START + timedelta(days=1))) as store:
        assert store.startup_notice is not None
        assert "backup" in store.startup_notice
        assert len(store.profiles()) == 1


# Damage -------------------------------------------------------------------------------


def test_garbage_file_is_set_aside_and_backup_restored(folder: DataFolder) -> None:
    _with_a_day_old_backup(folder)
    garbage = b"this is not a database at all " * 200
    folder.database.write_bytes(garbage)
    with Store.open(folder, clock=Clock(START + timedelta(days=2))) as store:
        notice = store.startup_notice
        assert [p.name for p in store.profiles()] == ["Ana"]
        ana = store.profiles()[0]
        assert store.best_scores(ana.id) == {"lures": (2, 3)}
    assert notice is not None
    assert "damaged" in notice and "backup from" in notice and "restored" in notice
    aside = folder.root / "quizapp.sqlite3.damaged-20240801T100000Z"
    assert aside.read_bytes() == garbage  # kept, untouched
    assert aside.name in notice


def test_damaged_pages_are_caught_by_quick_check(folder: DataFolder) -> None:
    _with_a_day_old_backup(folder)
    with Store.open(folder, clock=Clock(START + timedelta(days=1))) as store:
        profile = store.create_profile("Bob")
        run = store.start_run(profile.id, "lures", "en", [f"x{i}" for i in range(400)], 1)
        for i in range(400):
            store.record_answer(run, f"x{i}", json.dumps(list(range(30))), True, 1.0, 1.0)
    size = folder.database.stat().st_size
    assert size > 8 * 4096
    with open(folder.database, "r+b") as handle:  # the header stays, pages 3.. are wrecked
        handle.seek(2 * 4096)
        handle.write(os.urandom(size - 3 * 4096))
    raw = sqlite3.connect(folder.database)
    header_ok = raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()
    assert header_ok  # it still looks like a database at first sight
    with Store.open(folder, clock=Clock(START + timedelta(days=2))) as store:
        assert store.startup_notice is not None and "damaged" in store.startup_notice
        assert [p.name for p in store.profiles()] == ["Ana"]
    assert list(folder.root.glob("quizapp.sqlite3.damaged-*"))


def test_wal_and_shm_are_set_aside_with_the_damaged_file(folder: DataFolder) -> None:
    _with_a_day_old_backup(folder)
    folder.database.write_bytes(b"garbage" * 1000)
    (folder.root / "quizapp.sqlite3-wal").write_bytes(b"wal bytes")
    (folder.root / "quizapp.sqlite3-shm").write_bytes(b"shm bytes")
    with Store.open(folder, clock=Clock(START + timedelta(days=2))) as store:
        assert store.startup_notice is not None
    stem = "quizapp.sqlite3.damaged-20240801T100000Z"
    assert (folder.root / (stem + "-wal")).read_bytes() == b"wal bytes"
    # -shm is SQLite's rebuildable index of the WAL (the check may rewrite it): moved along
    assert (folder.root / (stem + "-shm")).exists()
    wal = folder.root / "quizapp.sqlite3-wal"
    assert not wal.exists() or not wal.read_bytes().startswith(b"wal bytes")


def test_damaged_newest_backup_is_skipped(folder: DataFolder) -> None:
    _with_a_day_old_backup(folder)
    (good,) = _backups(folder)
    bad = folder.backups / "quizapp-20240805T000000000000Z.sqlite3"
    bad.write_bytes(b"broken backup" * 500)
    folder.database.write_bytes(b"broken database" * 500)
    with Store.open(folder, clock=Clock(START + timedelta(days=9))) as store:
        assert [p.name for p in store.profiles()] == ["Ana"]
        assert "2024-07-31" in store.startup_notice
    assert good.exists() and bad.exists()


def test_damaged_without_any_backup_starts_empty(folder: DataFolder) -> None:
    with Store.open(folder) as store:
        _fill(store)
    folder.database.write_bytes(b"\x00\x01garbage" * 999)
    with Store.open(folder, clock=Clock()) as store:
        assert store.profiles() == []
        assert "no good backup" in store.startup_notice
        _fill(store)  # and it works
    assert list(folder.root.glob("quizapp.sqlite3.damaged-*"))


def test_failed_restore_moves_nothing_and_is_retried(
    folder: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quizapp.core.store as store_module

    _with_a_day_old_backup(folder)
    garbage = b"garbage" * 1000
    folder.database.write_bytes(garbage)

    def disk_full(source: Path, target: Path, timeout: float) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(store_module, "_copy_database", disk_full)
        with pytest.raises(StoreError, match="full") as caught:
            Store.open(folder, clock=Clock(START + timedelta(days=2)))
        assert caught.value.problem is StoreProblem.DISK_FULL
    assert folder.database.read_bytes() == garbage
    assert not list(folder.root.glob("*damaged*"))
    with Store.open(folder, clock=Clock(START + timedelta(days=2))) as store:  # space again
        assert [p.name for p in store.profiles()] == ["Ana"]
    assert not list(folder.root.glob(".*"))


def test_two_damaged_opens_in_one_second_keep_both_files(folder: DataFolder) -> None:
    clock = Clock()
    for content in (b"first garbage" * 100, b"second garbage" * 100):
        folder.root.mkdir(parents=True, exist_ok=True)
        folder.database.write_bytes(content)
        Store.open(folder, clock=clock).close()
    kept = sorted(
        p.read_bytes()[:6]
        for p in folder.root.glob("quizapp.sqlite3.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    )
    assert kept == [b"first ", b"second"]


# Newer and foreign files ------------------------------------------------------------


def test_newer_database_is_refused_and_left_untouched(folder: DataFolder) -> None:
    folder.root.mkdir(parents=True)
    raw = sqlite3.connect(folder.database)
    raw.execute("CREATE TABLE future (x)")
    raw.execute("INSERT INTO future VALUES ('from quizapp 9')")
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    before = _files(folder)
    with pytest.raises(StoreError, match="newer version") as caught:
        Store.open(folder)
    assert caught.value.problem is StoreProblem.NEWER
    assert _files(folder) == before
    assert not folder.backups.exists()


def test_newer_wal_database_in_use_is_left_untouched(folder: DataFolder) -> None:
    """A newer quizapp still open on the folder: its WAL holds unsaved-to-main pages."""
    folder.root.mkdir(parents=True)
    newer = sqlite3.connect(folder.database, isolation_level=None)
    newer.execute("PRAGMA journal_mode = WAL")
    newer.execute("PRAGMA wal_autocheckpoint = 0")
    newer.execute("CREATE TABLE future (x)")
    newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    newer.execute("INSERT INTO future VALUES (1)")
    try:
        assert (folder.root / "quizapp.sqlite3-wal").stat().st_size > 0
        main_before = folder.database.read_bytes()
        wal_before = (folder.root / "quizapp.sqlite3-wal").read_bytes()
        with pytest.raises(StoreError, match="newer version"):
            Store.open(folder)
        assert folder.database.read_bytes() == main_before
        assert (folder.root / "quizapp.sqlite3-wal").read_bytes() == wal_before
    finally:
        newer.close()


def test_database_of_another_program_is_refused(folder: DataFolder) -> None:
    folder.root.mkdir(parents=True)
    raw = sqlite3.connect(folder.database)
    raw.execute("CREATE TABLE contacts (name)")
    raw.commit()
    raw.close()
    before = _files(folder)
    with pytest.raises(StoreError, match="another program") as caught:
        Store.open(folder)
    assert caught.value.problem is StoreProblem.FOREIGN
    assert _files(folder) == before


def test_empty_file_is_a_new_database(folder: DataFolder) -> None:
    folder.root.mkdir(parents=True)
    folder.database.write_bytes(b"")
    with Store.open(folder) as store:
        assert store.startup_notice is None
        _fill(store)


# Read-only and full disks --------------------------------------------------------------


def test_data_folder_under_a_file_gives_store_error(tmp_path: Path) -> None:
    """A data folder that cannot even be created (its parent is a file)."""
    blocker = tmp_path / "usb"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="Cannot write") as caught:
        Store.open(DataFolder(blocker / "quizapp"))
    assert caught.value.problem is StoreProblem.READ_ONLY


def test_read_only_folder_with_chmod(folder: DataFolder) -> None:
    """Real permissions; skipped where chmod does not bind (as root)."""
    with Store.open(folder) as store:
        _fill(store)
    os.chmod(folder.root, 0o555)
    os.chmod(folder.database, 0o444)
    try:
        if os.access(folder.database, os.W_OK) or os.access(folder.root, os.W_OK):
            pytest.skip("chmod does not bind for this user (root); see the next tests")
        with pytest.raises(StoreError) as caught:
            Store.open(folder)
        assert caught.value.problem is StoreProblem.READ_ONLY
    finally:
        os.chmod(folder.root, 0o755)
        os.chmod(folder.database, 0o644)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_read_only_folder_as_user_nobody_when_running_as_root() -> None:
    """As root, chmod binds for another user: open the store as 'nobody' in a subprocess."""
    base = Path(tempfile.mkdtemp(prefix="quizapp-ro-"))
    try:
        os.chmod(base, 0o755)
        folder = DataFolder(base / "data")
        with Store.open(folder) as store:
            _fill(store)
        os.chmod(folder.root, 0o755)  # nobody may read, not write
        os.chmod(folder.database, 0o644)
        code = (
            "import sys\n"
            "from pathlib import Path\n"
            "from quizapp.core.paths import DataFolder\n"
            "from quizapp.core.store import Store, StoreError\n"
            "try:\n"
            f"    Store.open(DataFolder(Path({str(folder.root)!r})))\n"
            "except StoreError as error:\n"
            "    print(error.problem.value, '|', error)\n"
            "    sys.exit(0)\n"
            "sys.exit('opened a read-only store without an error')\n"
        )
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        # the store needs only the standard library: any Python 3.10+ nobody may run
        python = next(
            (
                candidate
                for candidate in (sys.executable, "/usr/bin/python3")
                if _runs_as_nobody(candidate, env)
            ),
            None,
        )
        if python is None:
            pytest.skip("no Python interpreter that the user nobody may run")
        try:
            result = subprocess.run(
                [python, "-c", code],
                user="nobody",
                env=env,
                cwd="/",
                capture_output=True,
                text=True,
                check=False,
            )
        except (OSError, LookupError) as error:
            pytest.skip(f"cannot run as nobody here: {error}")
        assert result.returncode == 0, result.stderr
        problem, message = result.stdout.split("|", 1)
        assert problem.strip() == "read-only"
        assert "read-only" in message
        assert str(folder.root) in message
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _runs_as_nobody(python: str, env: dict[str, str]) -> bool:
    check = "import sys, quizapp.core.store; assert sys.version_info >= (3, 10)"
    try:
        result = subprocess.run(
            [python, "-c", check],
            user="nobody",
            env=env,
            cwd="/",
            capture_output=True,
            check=False,
        )
    except (OSError, LookupError):
        return False
    return result.returncode == 0


def test_read_only_media_simulated_with_sqlite_mode_ro(
    folder: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated: the store's connection is opened with SQLite's mode=ro, as a
    write-protected USB stick would force."""
    with Store.open(folder) as store:
        _fill(store)

    def read_only(path: Path, busy_timeout: float) -> sqlite3.Connection:
        return sqlite3.connect(
            Path(path).resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None
        )

    monkeypatch.setattr(Store, "_connect", staticmethod(read_only))
    with pytest.raises(StoreError, match="read-only") as caught:
        Store.open(folder)
    assert caught.value.problem is StoreProblem.READ_ONLY


def test_full_disk_simulated_with_max_page_count(folder: DataFolder) -> None:
    """Simulated: SQLite's max_page_count gives the same SQLITE_FULL a full disk gives."""
    with Store.open(folder) as store:
        profile = store.create_profile("Ana")
        run = store.start_run(profile.id, "lures", "en", [f"q{i}" for i in range(500)], 1)
        connection = store._db()
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages + 2}")
        saved = 0
        with pytest.raises(StoreError, match="full") as caught:
            for i in range(500):
                store.record_answer(run, f"q{i}", "x" * 3000, True, 1.0, 1.0)
                saved += 1
        assert caught.value.problem is StoreProblem.DISK_FULL
        assert not connection.in_transaction
        assert len(store.run_state(run).answered) == saved
        connection.execute("PRAGMA max_page_count = 1073741823")
        store.record_answer(run, "q499", "0", True, 1.0, 1.0)  # space again: works
    with Store.open(folder) as store:
        assert len(store.run_state(run).answered) == saved + 1


# Two windows -----------------------------------------------------------------------------


def test_two_stores_on_one_folder_write_interleaved(folder: DataFolder) -> None:
    first = Store.open(folder)
    second = Store.open(folder)
    try:
        ana = first.create_profile("Ana")
        bob = second.create_profile("Bob")
        run_a = first.start_run(ana.id, "lures", "en", [f"q{i}" for i in range(20)], 1)
        run_b = second.start_run(bob.id, "lures", "en", [f"q{i}" for i in range(20)], 2)
        for i in range(20):
            first.record_answer(run_a, f"q{i}", "0", True, 1.0, 1.0)
            second.record_answer(run_b, f"q{i}", "1", False, 0.0, 1.0)
        assert [p.name for p in first.profiles()] == ["Ana", "Bob"]
        assert len(first.run_state(run_b).answered) == 20
        assert len(second.run_state(run_a).answered) == 20
        assert len(second.review_due(bob.id)) == 20
    finally:
        first.close()
        second.close()


def test_two_stores_in_two_threads_wait_for_each_other(folder: DataFolder) -> None:
    Store.open(folder).close()
    errors: list[BaseException] = []

    def write(name: str) -> None:
        try:
            with Store.open(folder) as store:
                profile = store.create_profile(name)
                run = store.start_run(profile.id, "lures", "en", [f"q{i}" for i in range(100)], 1)
                for i in range(100):
                    store.record_answer(run, f"q{i}", "0", i % 3 == 0, 1.0, 1.0)
        except BaseException as error:  # reported to the test thread
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in ("Ana", "Bob")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store.open(folder) as store:
        assert sum(1 for _ in store.iter_answers()) == 200


def test_lock_held_too_long_gives_busy_store_error(folder: DataFolder) -> None:
    with Store.open(folder, busy_timeout=0.2) as store:
        profile = store.create_profile("Ana")
        run = store.start_run(profile.id, "lures", "en", ["q1"], 1)
        other = sqlite3.connect(folder.database, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match="another quizapp window") as caught:
                store.record_answer(run, "q1", "0", True, 1.0, 1.0)
            assert caught.value.problem is StoreProblem.BUSY
        finally:
            other.execute("ROLLBACK")
            other.close()
        store.record_answer(run, "q1", "0", True, 1.0, 1.0)
        assert store.run_state(run).answered["q1"][1] is True


# Migrations ----------------------------------------------------------------------------
#
# The DDL of each released version, copied here by hand on purpose: if store.py's
# copy were ever edited, these tests would still build what old releases built.

V1_DDL = (
    """CREATE TABLE profiles (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE, colour TEXT NOT NULL, created_at TEXT NOT NULL,
        language TEXT)""",
    """CREATE TABLE runs (id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        bank_id TEXT NOT NULL, language TEXT NOT NULL, question_ids TEXT NOT NULL,
        total INTEGER NOT NULL, seed INTEGER NOT NULL, mode TEXT NOT NULL,
        status TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT)""",
    """CREATE TABLE answers (id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        bank_id TEXT NOT NULL, question_id TEXT NOT NULL, language TEXT NOT NULL,
        answer_json TEXT NOT NULL, correct INTEGER NOT NULL, score REAL NOT NULL,
        seconds REAL NOT NULL, answered_at TEXT NOT NULL, UNIQUE (run_id, question_id))""",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "PRAGMA user_version = 1",
)

V2_DDL = (
    *V1_DDL[:-1],
    "ALTER TABLE answers ADD COLUMN local_day TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE runs ADD COLUMN asked_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE runs ADD COLUMN right_count INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX answers_by_day ON answers (profile_id, local_day)",
    """CREATE INDEX answers_latest
        ON answers (profile_id, bank_id, question_id, correct, answered_at)""",
    "CREATE INDEX runs_by_status ON runs (profile_id, status, started_at)",
    "CREATE INDEX runs_by_start ON runs (profile_id, started_at)",
    "PRAGMA user_version = 2",
)


def _old_database(folder: DataFolder, ddl: tuple[str, ...]) -> None:
    """A database as an old release left it: two profiles, a quiz, a practice run."""
    folder.root.mkdir(parents=True)
    raw = sqlite3.connect(folder.database)
    for statement in ddl:
        raw.execute(statement)
    raw.executemany(
        "INSERT INTO profiles VALUES (?,?,?,?,?,?)",
        [
            (1, "Ana", "ana", "#1f77b4", "2024-07-01T09:00:00.000+00:00", "ru"),
            (2, "Bob", "bob", "#d62728", "2024-07-01T09:01:00.000+00:00", None),
        ],
    )
    runs = [
        (
            1,
            1,
            "lures",
            "en",
            '["q1", "q2", "q3"]',
            3,
            5,
            "quiz",
            "finished",
            "2024-07-01T10:00:00.000+00:00",
            "2024-07-01T10:05:00.000+00:00",
        ),
        (
            2,
            1,
            "lures",
            "en",
            '["q2"]',
            1,
            6,
            "practice",
            "finished",
            "2024-07-02T10:00:00.000+00:00",
            "2024-07-02T10:01:00.000+00:00",
        ),
        (
            3,
            2,
            "travel",
            "ru",
            '["t1", "t2"]',
            2,
            7,
            "quiz",
            "open",
            "2024-07-03T10:00:00.000+00:00",
            None,
        ),
    ]
    raw.executemany(
        "INSERT INTO runs (id, profile_id, bank_id, language, question_ids, total, seed, mode,"
        " status, started_at, finished_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        runs,
    )
    answers = [
        (1, 1, "lures", "q1", "en", "0", 1, 1.0, 4.0, "2024-07-01T10:01:00.000+00:00"),
        (1, 1, "lures", "q2", "en", "1", 0, 0.0, 5.0, "2024-07-01T10:02:00.000+00:00"),
        (1, 1, "lures", "q3", "en", "[1]", 0, 0.5, 6.0, "2024-07-01T10:03:00.000+00:00"),
        (1, 2, "lures", "q2", "en", "0", 1, 1.0, 3.0, "2024-07-02T10:00:30.000+00:00"),
        (2, 3, "travel", "t1", "ru", "true", 0, 0.0, 9.0, "2024-07-03T10:00:30.000+00:00"),
    ]
    columns = (
        "profile_id, run_id, bank_id, question_id, language, answer_json, correct, "
        "score, seconds, answered_at"
    )
    if "local_day" in str(ddl):  # v2 kept the local day and the run counts itself
        raw.executemany(
            f"INSERT INTO answers ({columns}, local_day) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(*a, a[-1][:10]) for a in answers],
        )
        raw.executemany(
            "UPDATE runs SET asked_count = ?, right_count = ? WHERE id = ?",
            [(3, 1, 1), (1, 1, 2), (1, 0, 3)],
        )
    else:
        raw.executemany(f"INSERT INTO answers ({columns}) VALUES (?,?,?,?,?,?,?,?,?,?)", answers)
    raw.execute("INSERT INTO settings VALUES ('ui.language', 'ru')")
    raw.commit()
    raw.close()


def _schema(path: Path) -> set[tuple[str, str]]:
    raw = sqlite3.connect(path)
    rows = raw.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    raw.close()
    return set(rows)


@pytest.mark.parametrize("ddl", [V1_DDL, V2_DDL], ids=["from-v1", "from-v2"])
def test_migrates_every_earlier_version(tmp_path: Path, ddl: tuple[str, ...]) -> None:
    old = DataFolder(tmp_path / "old")
    _old_database(old, ddl)
    old_version = int(ddl[-1].rsplit("=", 1)[1])
    now = datetime(2024, 7, 10, 12, 0, tzinfo=timezone.utc)
    with Store.open(old, clock=Clock(now)) as store:
        assert store.startup_notice is None
        assert [(p.name, p.language) for p in store.profiles()] == [("Ana", "ru"), ("Bob", None)]
        assert store.best_scores(1) == {"lures": (1, 3)}
        assert [h.run_id for h in store.history(1)] == [2, 1]
        assert store.unfinished_run(2).answered == {"t1": ("true", False, 0.0, 9.0)}
        assert store.get_setting("ui.language") == "ru"
        # practice replayed from the old answers: q2 missed then right in practice (box 2),
        # q3 missed (box 1), t1 missed (box 1)
        assert [(i.question_id, i.box) for i in store.review_items(1)] == [("q3", 1), ("q2", 2)]
        assert store.review_due(2) == [("travel", "t1")]
        assert len(store.answer_days(1)) == 2
        # and the store goes on working
        run = store.start_run(2, "travel", "ru", ["t2"], 1)
        store.record_answer(run, "t2", "false", True, 1.0, 1.0)
    raw = sqlite3.connect(old.database)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert raw.execute("SELECT count(*) FROM answers WHERE local_day = ''").fetchone()[0] == 0
    raw.close()
    # the old file was backed up before the upgrade
    (backup,) = _backups(old)
    assert backup.name.endswith(f"-before-v{SCHEMA_VERSION}.sqlite3")
    raw = sqlite3.connect(backup)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == old_version
    raw.close()
    # a migrated file has the same tables and indexes as a new one
    fresh = DataFolder(tmp_path / "fresh")
    Store.open(fresh).close()
    assert _schema(old.database) == _schema(fresh.database)


def test_upgrade_goes_ahead_when_no_backup_can_be_made(folder: DataFolder) -> None:
    _old_database(folder, V1_DDL)
    folder.backups.write_text("a file where the backups folder should be")
    with Store.open(folder) as store:
        assert "No backup could be made before the upgrade" in store.startup_notice
        assert [p.name for p in store.profiles()] == ["Ana", "Bob"]


def test_failed_migration_leaves_the_old_version(
    folder: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    _old_database(folder, V1_DDL)
    import quizapp.core.store as store_module

    def broken(connection: sqlite3.Connection, rules: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    last = store_module.MIGRATIONS[-1]
    patched = (
        *store_module.MIGRATIONS[:-1],
        type(last)(last.version, last.description, last.statements, broken),
    )
    monkeypatch.setattr(store_module, "MIGRATIONS", patched)
    with pytest.raises(StoreError):
        Store.open(folder)
    raw = sqlite3.connect(folder.database)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "review" not in tables
    raw.close()


# -- the clean-close mark: the full check is skipped only for a file left as it was --


def _mark(folder: DataFolder) -> Path:
    return folder.database.with_name(folder.database.name + ".clean")


def test_a_clean_close_lets_the_next_start_skip_the_full_check(folder: DataFolder) -> None:
    with Store.open(folder) as store:
        assert store.integrity_checked  # a new file: nothing to trust yet
        _fill(store)
    assert _mark(folder).exists()
    with Store.open(folder) as store:
        assert not store.integrity_checked
        assert not _mark(folder).exists()  # used up while open: a crash leaves none
        assert [p.name for p in store.profiles()] == ["Ana"]
    assert _mark(folder).exists()


def test_after_a_crash_the_full_check_runs(folder: DataFolder) -> None:
    with Store.open(folder) as store:
        _fill(store)
    store = Store.open(folder)
    store._connection.close()  # as a kill would leave it: no clean close, no mark
    store._connection = None
    assert not _mark(folder).exists()
    with Store.open(folder) as again:
        assert again.integrity_checked


def test_a_file_changed_after_the_clean_close_is_checked_and_repaired(folder: DataFolder) -> None:
    _with_a_day_old_backup(folder)
    assert _mark(folder).exists()
    data = bytearray(folder.database.read_bytes())
    data[4096:4196] = b"\xff" * 100  # the second page's header: past the first page
    folder.database.write_bytes(bytes(data))
    with Store.open(folder, clock=Clock(START + timedelta(days=1))) as store:
        assert store.integrity_checked
        assert store.startup_notice is not None and "damaged" in store.startup_notice
        assert [p.name for p in store.profiles()] == ["Ana"]


def test_a_mark_beside_a_wal_in_use_is_not_trusted(folder: DataFolder) -> None:
    with Store.open(folder) as store:
        _fill(store)
    first = Store.open(folder)  # uses the mark up ...
    first.close()  # ... and leaves a new one
    other = Store.open(folder)  # a second window: the mark is used up again
    _fill(other, "Bo")
    holder = sqlite3.connect(folder.database)  # keeps the WAL alive past the close
    holder.execute("SELECT count(*) FROM profiles").fetchone()
    other.close()
    try:
        with Store.open(folder) as store:
            assert store.integrity_checked
    finally:
        holder.close()


def test_a_foreign_or_broken_mark_is_ignored(folder: DataFolder) -> None:
    with Store.open(folder) as store:
        _fill(store)
    for text in (b"\xff\xfe not ascii", b"1 2 3 4 5", b""):
        _mark(folder).write_bytes(text)
        with Store.open(folder) as store:
            assert store.integrity_checked

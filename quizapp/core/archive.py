"""End of camp: archive everything, reset the laptop for the next group, restore an archive.

An archive is one .zip a facilitator carries home on a USB stick:

    manifest.json      what is inside, with a SHA-256 of each file
    quizapp.sqlite3    a consistent copy of the database (SQLite's backup API,
                       safe while the app runs; a plain file copy is not)
    answers.csv        every answer, as `quizapp results export` writes it
    group-report.csv   the per-question report, most missed first

Restoring checks the whole archive (zip, names, sizes, checksums, SQLite
integrity, schema version) before anything is replaced, then replaces the
profiles, runs and answers in one step of the backup API, so it happens
completely or not at all. The laptop's own settings (PIN, language, text
size) are kept, and a copy of what was there goes to the backups folder first.

Resetting deletes profiles, runs, answers and practice in one transaction,
keeps banks and settings, then compacts the file and removes the old daily
backups: they hold the last group's names, and a repair must never bring
the last group back.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from quizapp import __version__
from quizapp.core.issues import QuizappError
from quizapp.core.paths import DataFolder
from quizapp.core.report import export_report_csv
from quizapp.core.results_export import export_answers_csv
from quizapp.core.store import SCHEMA_VERSION, Store, StoreError

ARCHIVE_FORMAT = 1
MANIFEST_NAME = "manifest.json"
DATABASE_NAME = "quizapp.sqlite3"
ANSWERS_NAME = "answers.csv"
REPORT_NAME = "group-report.csv"
KNOWN_NAMES = (MANIFEST_NAME, DATABASE_NAME, ANSWERS_NAME, REPORT_NAME)
MAX_MEMBER_BYTES = 2 * 1024**3  # a year of camp data is a few tens of MB
MAX_MANIFEST_BYTES = 64 * 1024
MAX_RATIO = 200  # uncompressed / compressed: more is a zip bomb, not a database
REQUIRED_TABLES = frozenset({"profiles", "runs", "answers", "settings"})
CHUNK = 1024 * 1024


class ArchiveProblem(enum.Enum):
    MISSING = "missing"  # no such file
    NOT_AN_ARCHIVE = "not-an-archive"  # not a zip, or not one of ours
    UNSAFE = "unsafe"  # odd names, too big, a zip bomb
    DAMAGED = "damaged"  # checksum or SQLite check failed
    NEWER = "newer"  # made by a newer quizapp
    WRITE = "write"  # the archive or the data folder cannot be written


class ArchiveError(QuizappError):
    """An archive that cannot be made or used; `problem` says which kind, for the UI."""

    def __init__(self, message: str, problem: ArchiveProblem) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class ArchiveInfo:
    """What an archive holds, read from the checked database inside it."""

    path: Path
    created_at: str
    app_version: str
    schema_version: int
    profiles: int
    runs: int
    answers: int


@dataclass(frozen=True)
class ResetSummary:
    profiles: int
    answers: int
    backups_removed: int


@dataclass(frozen=True)
class RestoreSummary:
    info: ArchiveInfo
    replaced_profiles: int
    replaced_answers: int
    safety_copy: Path | None


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _counts(connection: sqlite3.Connection) -> tuple[int, int, int]:
    return tuple(  # type: ignore[return-value]
        connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("profiles", "runs", "answers")
    )


def store_counts(store: Store) -> tuple[int, int, int]:
    """(profiles, runs, answers) in the open store, to say what a reset or restore replaces."""
    rows = store.query(
        "SELECT (SELECT count(*) FROM profiles), (SELECT count(*) FROM runs), "
        "(SELECT count(*) FROM answers)"
    )
    return rows[0]


def default_archive_name(moment: datetime | None = None) -> str:
    moment = (moment or _now()).astimezone()
    return f"quizapp-archive-{moment.strftime('%Y-%m-%d-%H%M')}.zip"


# -- making ---------------------------------------------------------------------


def _copy_live_database(store: Store, target: Path) -> None:
    """A consistent copy of the open database with SQLite's backup API."""
    writer = sqlite3.connect(target)
    try:
        with store.raw_connection() as live:
            live.backup(writer)
        writer.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        writer.close()


def make_archive(store: Store, target: Path | str) -> ArchiveInfo:
    """Write the archive to `target` (.zip), atomically, and check it before returning.

    Raises ArchiveError (problem WRITE) when it cannot be written; an old file
    at `target` is then left as it was.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    created = _now().isoformat(timespec="seconds")
    try:
        work = Path(tempfile.mkdtemp(prefix="quizapp-archive-"))
    except OSError as error:
        raise ArchiveError(
            f"No room for a temporary copy ({error}).", ArchiveProblem.WRITE
        ) from error
    temporary = folder / f".{target.name}.tmp"
    try:
        data = work / "data"
        data.mkdir()
        copy = data / DATABASE_NAME
        _copy_live_database(store, copy)
        # The CSVs come from the copy, so that all three files agree exactly.
        with Store.open(DataFolder(data)) as snapshot:
            export_answers_csv(snapshot, work / ANSWERS_NAME)
            export_report_csv(snapshot, work / REPORT_NAME)
        with contextlib.suppress(OSError):  # Store.open's own backup of the copy
            shutil.rmtree(data / "backups")
        reader = sqlite3.connect(copy)
        try:
            reader.execute("PRAGMA journal_mode=DELETE").fetchone()
            profiles, runs, answers = _counts(reader)
            version = reader.execute("PRAGMA user_version").fetchone()[0]
        finally:
            reader.close()
        files = {
            DATABASE_NAME: copy,
            ANSWERS_NAME: work / ANSWERS_NAME,
            REPORT_NAME: work / REPORT_NAME,
        }
        manifest = {
            "format": ARCHIVE_FORMAT,
            "app": "quizapp",
            "app_version": __version__,
            "schema_version": version,
            "created_at": created,
            "profiles": profiles,
            "runs": runs,
            "answers": answers,
            "files": {
                name: {"sha256": _sha256(path), "size": path.stat().st_size}
                for name, path in files.items()
            },
        }
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as out:
            out.writestr(MANIFEST_NAME, json.dumps(manifest, indent=2))
            for name, path in files.items():
                out.write(path, name)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        info = check_archive(temporary)
        os.replace(temporary, target)
    except (OSError, sqlite3.Error, StoreError) as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        detail = getattr(error, "strerror", None) or error
        raise ArchiveError(f"Cannot write {target}: {detail}.", ArchiveProblem.WRITE) from error
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return ArchiveInfo(
        target,
        info.created_at,
        info.app_version,
        info.schema_version,
        info.profiles,
        info.runs,
        info.answers,
    )


# -- checking -----------------------------------------------------------------------


def _refuse(message: str, problem: ArchiveProblem) -> ArchiveError:
    return ArchiveError(message, problem)


def _vet_directory(archive: zipfile.ZipFile, where: str) -> dict[str, zipfile.ZipInfo]:
    members: dict[str, zipfile.ZipInfo] = {}
    for info in archive.infolist():
        name = info.filename
        if name not in KNOWN_NAMES:
            raise _refuse(f"{where} holds an unexpected file {name!r}.", ArchiveProblem.UNSAFE)
        if name in members:
            raise _refuse(f"{where} holds {name} twice.", ArchiveProblem.UNSAFE)
        if info.flag_bits & 0x1:
            raise _refuse(f"{where} is encrypted.", ArchiveProblem.UNSAFE)
        limit = MAX_MANIFEST_BYTES if name == MANIFEST_NAME else MAX_MEMBER_BYTES
        if info.file_size > limit:
            raise _refuse(f"{where}: {name} is too large.", ArchiveProblem.UNSAFE)
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            raise _refuse(
                f"{where}: {name} unpacks to far more than it holds.", ArchiveProblem.UNSAFE
            )
        members[name] = info
    for name in (MANIFEST_NAME, DATABASE_NAME):
        if name not in members:
            raise _refuse(
                f"{where} is not a quizapp archive (it has no {name}).",
                ArchiveProblem.NOT_AN_ARCHIVE,
            )
    return members


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> str:
    """Unpack one member, never more bytes than its header says; returns its SHA-256."""
    digest = hashlib.sha256()
    written = 0
    with archive.open(info) as source, open(target, "wb") as out:
        while block := source.read(CHUNK):
            written += len(block)
            if written > info.file_size:
                raise _refuse(f"{info.filename} is larger than it says.", ArchiveProblem.UNSAFE)
            digest.update(block)
            out.write(block)
    return digest.hexdigest()


def _read_manifest(archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> dict:
    try:
        manifest = json.loads(archive.read(info).decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise _refuse(f"{where}: the manifest cannot be read.", ArchiveProblem.DAMAGED) from error
    if not isinstance(manifest, dict) or manifest.get("app") != "quizapp":
        raise _refuse(f"{where} is not a quizapp archive.", ArchiveProblem.NOT_AN_ARCHIVE)
    version = manifest.get("format")
    if not isinstance(version, int) or version < 1:
        raise _refuse(f"{where}: the manifest is damaged.", ArchiveProblem.DAMAGED)
    if version > ARCHIVE_FORMAT:
        raise _refuse(
            f"{where} was made by a newer quizapp (archive format {version}); update quizapp.",
            ArchiveProblem.NEWER,
        )
    if not isinstance(manifest.get("files"), dict):
        raise _refuse(f"{where}: the manifest is damaged.", ArchiveProblem.DAMAGED)
    return manifest


def _check_database(path: Path, where: str) -> tuple[int, int, int, int]:
    """(schema version, profiles, runs, answers) of a database that passes every check."""
    try:
        connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise _refuse(f"{where}: the database cannot be opened.", ArchiveProblem.DAMAGED) from error
    try:
        if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise _refuse(f"{where}: the database inside is damaged.", ArchiveProblem.DAMAGED)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise _refuse(
                f"{where} holds scores from a newer quizapp (database version {version}; "
                f"this one knows up to {SCHEMA_VERSION}); update quizapp to restore it.",
                ArchiveProblem.NEWER,
            )
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if version < 1 or not tables >= REQUIRED_TABLES:
            raise _refuse(f"{where} does not hold quizapp scores.", ArchiveProblem.NOT_AN_ARCHIVE)
        if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise _refuse(f"{where}: the database inside is inconsistent.", ArchiveProblem.DAMAGED)
        return (version, *_counts(connection))
    except sqlite3.Error as error:
        raise _refuse(
            f"{where}: the database inside is damaged.", ArchiveProblem.DAMAGED
        ) from error
    finally:
        connection.close()


def _unpack_checked(path: Path, work: Path) -> tuple[ArchiveInfo, Path]:
    """Check everything in the archive and unpack its database into `work`."""
    where = path.name
    if not path.is_file():
        raise _refuse(f"There is no file {path}.", ArchiveProblem.MISSING)
    try:
        if not zipfile.is_zipfile(path):
            raise _refuse(f"{where} is not a .zip archive.", ArchiveProblem.NOT_AN_ARCHIVE)
        with zipfile.ZipFile(path) as archive:
            members = _vet_directory(archive, where)
            manifest = _read_manifest(archive, members[MANIFEST_NAME], where)
            expected = manifest["files"]
            database = work / DATABASE_NAME
            for name, info in members.items():
                if name == MANIFEST_NAME:
                    continue
                entry = expected.get(name)
                if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
                    raise _refuse(
                        f"{where}: {name} is not in the manifest.", ArchiveProblem.DAMAGED
                    )
                target = database if name == DATABASE_NAME else work / name
                if _extract(archive, info, target) != entry["sha256"]:
                    raise _refuse(
                        f"{where}: {name} is damaged (its checksum does not match).",
                        ArchiveProblem.DAMAGED,
                    )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as error:
        raise _refuse(f"{where} is a damaged .zip file.", ArchiveProblem.DAMAGED) from error
    except OSError as error:
        raise _refuse(
            f"{where} cannot be read: {error.strerror or error}.", ArchiveProblem.DAMAGED
        ) from error
    version, profiles, runs, answers = _check_database(database, where)
    info = ArchiveInfo(
        path=path,
        created_at=str(manifest.get("created_at", "")),
        app_version=str(manifest.get("app_version", "")),
        schema_version=version,
        profiles=profiles,
        runs=runs,
        answers=answers,
    )
    return info, database


def check_archive(path: Path | str) -> ArchiveInfo:
    """Check an archive in full (nothing is written outside a temporary folder)."""
    with tempfile.TemporaryDirectory(prefix="quizapp-check-") as work:
        info, _ = _unpack_checked(Path(path), Path(work))
    return info


# -- resetting ------------------------------------------------------------------------


def _remove_backups(folder: DataFolder) -> int:
    removed = 0
    if not folder.backups.is_dir():
        return 0
    for backup in folder.backups.glob("quizapp-*.sqlite3"):
        with contextlib.suppress(OSError):
            backup.unlink()
            removed += 1
    return removed


def _compact(store: Store) -> None:
    """Rewrite the file so deleted names do not linger in free pages or the WAL."""
    with store.raw_connection() as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def reset_for_next_group(store: Store) -> ResetSummary:
    """Delete every profile with its runs, answers and practice; keep banks and settings.

    One transaction: a power cut leaves the old group or none of it.
    """
    with store.transaction() as connection:
        profiles = connection.execute("SELECT count(*) FROM profiles").fetchone()[0]
        answers = connection.execute("SELECT count(*) FROM answers").fetchone()[0]
        for table in ("review", "answers", "runs", "profiles"):
            connection.execute(f"DELETE FROM {table}")
    with contextlib.suppress(StoreError):  # the data is gone already; compacting is a bonus
        _compact(store)
    removed = _remove_backups(store.folder)
    _remove_avatars(store.folder)
    return ResetSummary(profiles, answers, removed)


def _remove_avatars(folder: DataFolder) -> None:
    """The cached pictures of the old group's badges (an initial in a colour) go too."""
    for picture in folder.cached_avatars():
        with contextlib.suppress(OSError):
            picture.unlink()


# -- restoring ------------------------------------------------------------------------


def _safety_copy(store: Store) -> Path | None:
    """What is there now, into the backups folder, named as the store names its backups."""
    stamp = _now().strftime("%Y%m%dT%H%M%S%fZ")
    target = store.folder.backups / f"quizapp-{stamp}-before-restore.sqlite3"
    try:
        store.folder.backups.mkdir(parents=True, exist_ok=True)
        _copy_live_database(store, target)
    except (OSError, sqlite3.Error, StoreError):
        with contextlib.suppress(OSError):
            target.unlink()
        return None
    return target


def restore_archive(store: Store, path: Path | str) -> RestoreSummary:
    """Replace the profiles, runs and answers with the archive's, or change nothing.

    The archive is checked in full, its database brought to this version's
    schema and given this laptop's settings in a temporary folder; only then
    is it copied over the live database, in one step of SQLite's backup API.
    """
    path = Path(path)
    before_profiles, _, before_answers = store_counts(store)
    settings = store.query("SELECT key, value FROM settings")
    root = store.folder.root
    try:
        work = Path(tempfile.mkdtemp(prefix=".restore-", dir=root))
    except OSError as error:
        raise ArchiveError(
            f"Cannot write to the data folder {root}: {error.strerror or error}.",
            ArchiveProblem.WRITE,
        ) from error
    try:
        info, database = _unpack_checked(path, work)
        staged = work / "staged"
        staged.mkdir()
        os.replace(database, staged / DATABASE_NAME)
        try:
            with Store.open(DataFolder(staged)) as upgraded, upgraded.transaction() as c:
                c.execute("DELETE FROM settings")
                c.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", settings)
        except StoreError as error:
            raise ArchiveError(
                f"{path.name} cannot be prepared: {error}", ArchiveProblem.DAMAGED
            ) from error
        source = sqlite3.connect(staged / DATABASE_NAME)
        try:
            source.execute("PRAGMA journal_mode=DELETE").fetchone()
            with store.raw_connection() as live:
                page_size = live.execute("PRAGMA page_size").fetchone()[0]
            if source.execute("PRAGMA page_size").fetchone()[0] != page_size:
                # a WAL database only takes a copy with its own page size
                source.execute(f"PRAGMA page_size = {int(page_size)}")
                source.execute("VACUUM")
            safety = _safety_copy(store)
            with store.raw_connection() as live:
                source.backup(live)
        finally:
            source.close()
    except sqlite3.Error as error:
        raise ArchiveError(
            f"{path.name} could not be restored: {error}.", ArchiveProblem.WRITE
        ) from error
    except StoreError as error:
        raise ArchiveError(
            f"{path.name} could not be restored: {error}", ArchiveProblem.WRITE
        ) from error
    except OSError as error:
        raise ArchiveError(
            f"{path.name} could not be restored: {error.strerror or error}.", ArchiveProblem.WRITE
        ) from error
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return RestoreSummary(info, before_profiles, before_answers, safety)

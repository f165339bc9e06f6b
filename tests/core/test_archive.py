"""End of camp: archive, reset for the next group, restore; every check before replacing."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from quizapp.core.archive import (
    ANSWERS_NAME,
    DATABASE_NAME,
    MANIFEST_NAME,
    REPORT_NAME,
    ArchiveError,
    ArchiveProblem,
    check_archive,
    default_archive_name,
    make_archive,
    reset_for_next_group,
    restore_archive,
    store_counts,
)
from quizapp.core.paths import DataFolder
from quizapp.core.pin import PinGuard
from quizapp.core.store import SCHEMA_VERSION, Store


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "data")


@pytest.fixture
def store(folder: DataFolder):
    with Store.open(folder) as opened:
        yield opened


def fill(store: Store, names=("Alina", "Maksim", "Daria")) -> None:
    for number, name in enumerate(names):
        profile = store.create_profile(name)
        run = store.start_run(profile.id, "sample", "en", ["q1", "q2"], 1)
        store.record_answer(run, "q1", "0", True, 1.0, 2.0)
        store.record_answer(run, "q2", "1", number % 2 == 0, 0.0, 4.0)
        store.finish_run(run)


def answers_of(store: Store) -> list[tuple]:
    return sorted(
        (a.profile_name, a.bank_id, a.question_id, a.correct, a.answered_at)
        for a in store.iter_answers()
    )


def test_archive_holds_a_consistent_database_and_the_csvs(store: Store, tmp_path: Path) -> None:
    fill(store)
    target = tmp_path / "usb" / "camp.zip"
    target.parent.mkdir()
    info = make_archive(store, target)
    assert (info.profiles, info.runs, info.answers) == (3, 3, 6)
    assert info.schema_version == SCHEMA_VERSION
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == sorted(
            [MANIFEST_NAME, DATABASE_NAME, ANSWERS_NAME, REPORT_NAME]
        )
        manifest = json.loads(archive.read(MANIFEST_NAME))
        answers = list(csv.DictReader(archive.read(ANSWERS_NAME).decode().splitlines()))
        report = list(csv.DictReader(archive.read(REPORT_NAME).decode().splitlines()))
        copy = tmp_path / "copy.sqlite3"
        copy.write_bytes(archive.read(DATABASE_NAME))
    assert manifest["answers"] == 6 and manifest["format"] == 1
    assert len(answers) == 6 and {r["profile"] for r in answers} == {"Alina", "Maksim", "Daria"}
    assert [r["question_id"] for r in report] == ["q2", "q1"]
    connection = sqlite3.connect(copy)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("SELECT count(*) FROM answers").fetchone() == (6,)
    connection.close()
    assert not list(target.parent.glob(".*.tmp"))
    assert check_archive(target).answers == 6
    assert default_archive_name().startswith("quizapp-archive-")


def test_archive_to_a_folder_that_does_not_exist_fails_cleanly(store, tmp_path) -> None:
    with pytest.raises(ArchiveError) as caught:
        make_archive(store, tmp_path / "gone" / "camp.zip")
    assert caught.value.problem is ArchiveProblem.WRITE


def test_round_trip_archive_reset_restore(store: Store, folder: DataFolder, tmp_path: Path) -> None:
    fill(store)
    PinGuard(store).set_pin("4812")
    store.set_setting("language", "ru")
    before = answers_of(store)
    target = tmp_path / "camp.zip"
    make_archive(store, target)
    folder.icons.mkdir(parents=True)
    for name in ("avatar-1f2e3d4c-64.argb.z", "home-0a0b0c0d-48.argb.z"):  # cached pictures
        (folder.icons / name).write_bytes(b"pixels")

    summary = reset_for_next_group(store)
    assert (summary.profiles, summary.answers) == (3, 6)
    # an old camper's badge (their initial in their colour) goes; the app's icons stay
    assert [p.name for p in folder.icons.iterdir()] == ["home-0a0b0c0d-48.argb.z"]
    assert store.profiles() == [] and list(store.iter_answers()) == []
    assert store_counts(store) == (0, 0, 0)
    assert store.get_setting("language") == "ru" and PinGuard(store).check("4812").ok
    assert not list(folder.backups.glob("quizapp-*.sqlite3"))  # the old group's copies
    raw = folder.database.read_bytes()
    assert b"Maksim" not in raw  # compacted: no name left in free pages

    # the next group plays, and the facilitator changes the PIN
    fill(store, ("Yegor",))
    PinGuard(store).set_pin("9090")
    result = restore_archive(store, target)
    assert (result.replaced_profiles, result.replaced_answers) == (1, 2)
    assert result.info.answers == 6
    assert answers_of(store) == before
    assert sorted(p.name for p in store.profiles()) == ["Alina", "Daria", "Maksim"]
    assert PinGuard(store).check("9090").ok  # the laptop keeps its own settings
    assert result.safety_copy is not None and result.safety_copy.exists()
    assert not list(folder.root.glob(".restore-*"))

    # and the store goes on working, across a reopen
    profile = store.profiles()[0]
    run = store.start_run(profile.id, "sample", "en", ["q3"], 1)
    store.record_answer(run, "q3", "0", True, 1, 1)
    store.close()
    with Store.open(folder) as again:
        assert len(list(again.iter_answers())) == 7


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.fixture
def good(store: Store, tmp_path: Path) -> Path:
    fill(store)
    return make_archive(store, tmp_path / "good.zip").path


def rehash(members: dict[str, bytes]) -> None:
    """Make the manifest agree with a changed database, as a careful forger would."""
    manifest = json.loads(members[MANIFEST_NAME])
    digest = hashlib.sha256(members[DATABASE_NAME]).hexdigest()
    manifest["files"][DATABASE_NAME]["sha256"] = digest
    members[MANIFEST_NAME] = json.dumps(manifest).encode()


def rewrite(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    return make_zip(target, members)


def test_bad_archives_are_refused_and_nothing_changes(store, good, tmp_path) -> None:
    before = answers_of(store)

    def broken_db(members):
        data = bytearray(members[DATABASE_NAME])
        data[100:4000] = bytes(b ^ 0xFF for b in data[100:4000])
        members[DATABASE_NAME] = bytes(data)

    def broken_but_signed(members):
        broken_db(members)
        rehash(members)

    def newer(members):
        manifest = json.loads(members[MANIFEST_NAME])
        manifest["format"] = 99
        members[MANIFEST_NAME] = json.dumps(manifest).encode()

    def extra(members):
        members["../evil.sh"] = b"rm -rf /"

    def no_db(members):
        del members[DATABASE_NAME]

    cases = {
        "text.zip": (lambda path: path.write_text("hello"), ArchiveProblem.NOT_AN_ARCHIVE),
        "broken.zip": (lambda p: rewrite(good, p, broken_db), ArchiveProblem.DAMAGED),
        "signed.zip": (lambda p: rewrite(good, p, broken_but_signed), ArchiveProblem.DAMAGED),
        "newer.zip": (lambda p: rewrite(good, p, newer), ArchiveProblem.NEWER),
        "extra.zip": (lambda p: rewrite(good, p, extra), ArchiveProblem.UNSAFE),
        "nodb.zip": (lambda p: rewrite(good, p, no_db), ArchiveProblem.NOT_AN_ARCHIVE),
        "trunc.zip": (
            lambda p: p.write_bytes(good.read_bytes()[: good.stat().st_size // 2]),
            ArchiveProblem.NOT_AN_ARCHIVE,
        ),
    }
    for name, (build, problem) in cases.items():
        path = tmp_path / name
        build(path)
        with pytest.raises(ArchiveError) as caught:
            restore_archive(store, path)
        assert caught.value.problem is problem, name
        assert answers_of(store) == before, name
    with pytest.raises(ArchiveError) as caught:
        check_archive(tmp_path / "missing.zip")
    assert caught.value.problem is ArchiveProblem.MISSING


def test_a_database_from_a_newer_quizapp_is_refused(store, good, tmp_path) -> None:
    def bump(members):
        copy = tmp_path / "bump.sqlite3"
        copy.write_bytes(members[DATABASE_NAME])
        connection = sqlite3.connect(copy)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        connection.commit()
        connection.close()
        members[DATABASE_NAME] = copy.read_bytes()
        rehash(members)

    path = rewrite(good, tmp_path / "future.zip", bump)
    with pytest.raises(ArchiveError) as caught:
        check_archive(path)
    assert caught.value.problem is ArchiveProblem.NEWER


def test_an_older_schema_is_upgraded_on_restore(store: Store, good: Path, tmp_path) -> None:
    # an archive whose database is at version 2 (no review table yet)
    def downgrade(members):
        copy = tmp_path / "old.sqlite3"
        copy.write_bytes(members[DATABASE_NAME])
        connection = sqlite3.connect(copy)
        connection.execute("DROP TABLE review")
        connection.execute("PRAGMA user_version = 2")
        connection.commit()
        connection.close()
        members[DATABASE_NAME] = copy.read_bytes()
        rehash(members)

    old = rewrite(good, tmp_path / "old.zip", downgrade)
    reset_for_next_group(store)
    restore_archive(store, old)
    assert len(list(store.iter_answers())) == 6
    assert store.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
    # practice state was rebuilt by the migration
    alina = next(p for p in store.profiles() if p.name == "Maksim")
    assert store.review_items(alina.id)

"""Profiles (rename, delete, merge), question packs, the end of camp (archive, reset, restore)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListView, QListWidget
from test_facilitator_support import check_names, go_to, no_modal, unlock

from quizapp.core.packs import export_pack
from quizapp.ui.facilitator.facilitator_page import Section

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.en.yaml"


def add_player(store, name: str, answers: int = 2) -> None:
    profile = store.create_profile(name)
    ids = [f"s-00{n}" for n in range(1, answers + 1)]
    run = store.start_run(profile.id, "sample", "en", ids, 1)
    for number, question_id in enumerate(ids):
        store.record_answer(run, question_id, "0", number % 2 == 0, 1.0, 2.0)
    store.finish_run(run)


def names_on_profiles_page(ui) -> list[str]:
    model = ui.find(QListView, "profileList").model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def admin(ui):
    area = unlock(ui)
    return area, go_to(ui, area, "profilesNavButton")


def test_rename_a_profile(ui) -> None:
    add_player(ui.window.store, "Alina")
    add_player(ui.window.store, "Maksim")
    _area, page = admin(ui)
    page.select("Maksim")
    edit = ui.find(QLineEdit, "renameProfileEdit")
    assert edit.text() == "Maksim"
    edit.clear()
    ui.qtbot.keyClicks(edit, "Max")
    ui.click(ui.button("renameProfileButton"))
    assert sorted(p.name for p in ui.window.store.profiles()) == ["Alina", "Max"]
    assert "Max" in ui.find(QLabel, "profilesAdminMessage").text()
    # a taken name is refused inline, nothing changes
    edit.setText("alina")
    ui.click(ui.button("renameProfileButton"))
    message = ui.find(QLabel, "profilesAdminMessage")
    assert message.isVisible() and "already" in message.text()
    assert sorted(p.name for p in ui.window.store.profiles()) == ["Alina", "Max"]
    no_modal()
    ui.click(ui.button("lockButton"))
    assert names_on_profiles_page(ui) == ["Alina", "Max"]


def test_delete_asks_inline_first(ui) -> None:
    store = ui.window.store
    add_player(store, "Alina")
    add_player(store, "Daria", 3)
    _area, page = admin(ui)
    page.select("Daria")
    ui.click(ui.button("deleteProfileButton"))
    confirm = ui.window.findChild(QLabel, "profileConfirmText")
    assert confirm.isVisible() and "Daria" in confirm.text() and "3 answers" in confirm.text()
    no_modal()
    ui.click(ui.button("profileConfirmNoButton"))
    assert len(store.profiles()) == 2
    ui.click(ui.button("deleteProfileButton"))
    ui.click(ui.button("profileConfirmYesButton"))
    assert [p.name for p in store.profiles()] == ["Alina"]
    assert {a.profile_name for a in store.iter_answers()} == {"Alina"}
    assert ui.find(QListWidget, "profileAdminList").count() == 1
    ui.click(ui.button("lockButton"))
    assert names_on_profiles_page(ui) == ["Alina"]


def test_merge_two_profiles_of_one_person(ui) -> None:
    store = ui.window.store
    add_player(store, "Alina", 2)
    add_player(store, "Alina K", 3)
    _area, page = admin(ui)
    page.select("Alina K")
    combo = ui.find(QComboBox, "mergeTargetCombo")
    combo.setCurrentIndex(combo.findText("Alina"))
    ui.click(ui.button("mergeProfileButton"))
    text = ui.window.findChild(QLabel, "profileConfirmText").text()
    assert "Alina K" in text and "3 answers" in text
    ui.click(ui.button("profileConfirmYesButton"))
    assert [p.name for p in store.profiles()] == ["Alina"]
    answers = list(store.iter_answers())
    assert len(answers) == 5 and {a.profile_name for a in answers} == {"Alina"}


def test_archive_reset_restore_round_trip(ui, tmp_path: Path) -> None:
    store = ui.window.store
    for name in ("Alina", "Maksim", "Daria"):
        add_player(store, name, 4)
    before = sorted((a.profile_name, a.question_id, a.correct) for a in store.iter_answers())
    usb = tmp_path / "usb"
    usb.mkdir()
    area = unlock(ui)
    page = go_to(ui, area, "campNavButton")
    ui.find(QLineEdit, "archiveFolderEdit").setText(str(usb))
    ui.click(ui.button("saveArchiveButton"))
    archives = list(usb.glob("quizapp-archive-*.zip"))
    assert len(archives) == 1
    assert "3 profiles and 12 answers" in ui.find(QLabel, "archiveMessage").text()
    with zipfile.ZipFile(archives[0]) as archive:
        assert {"quizapp.sqlite3", "answers.csv", "manifest.json"} <= set(archive.namelist())

    # reset: asked inline, then done
    ui.click(ui.button("resetLaptopButton"))
    question = ui.window.findChild(QLabel, "resetConfirmText").text()
    assert "3 profiles and 12 answers" in question
    ui.click(ui.button("resetConfirmYesButton"))
    assert store.profiles() == [] and list(store.iter_answers()) == []
    assert "Ready for the next group" in ui.find(QLabel, "resetMessage").text()
    assert ui.window.library().get("sample", "en") is not None  # banks stay
    ui.click(ui.button("lockButton"))
    assert names_on_profiles_page(ui) == []

    # restore: checked first, then replaced after an inline confirmation
    area = unlock(ui)  # the PIN survived the reset
    page = go_to(ui, area, "campNavButton")
    ui.find(QLineEdit, "restoreFileEdit").setText(str(archives[0]))
    ui.click(ui.button("checkArchiveButton"))
    assert "The archive is good" in ui.find(QLabel, "restoreMessage").text()
    assert ui.window.findChild(QLabel, "restoreConfirmText").isVisible()
    ui.click(ui.button("restoreConfirmYesButton"))
    after = sorted((a.profile_name, a.question_id, a.correct) for a in store.iter_answers())
    assert after == before
    assert "Restored" in ui.find(QLabel, "restoreMessage").text()
    no_modal()
    ui.click(ui.button("lockButton"))
    assert names_on_profiles_page(ui) == ["Alina", "Daria", "Maksim"]
    assert page is not None


def test_a_bad_archive_changes_nothing(ui, tmp_path: Path) -> None:
    store = ui.window.store
    add_player(store, "Alina")
    bad = tmp_path / "holiday-photos.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("photo.jpg", b"not really")
    area = unlock(ui)
    go_to(ui, area, "campNavButton")
    ui.find(QLineEdit, "restoreFileEdit").setText(str(bad))
    ui.click(ui.button("checkArchiveButton"))
    message = ui.find(QLabel, "restoreMessage")
    assert message.isVisible() and "Nothing was changed" in message.text()
    assert not ui.window.findChild(QLabel, "restoreConfirmText").isVisible()
    assert [p.name for p in store.profiles()] == ["Alina"]
    no_modal()


def test_install_a_question_pack(ui, tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    bank = SAMPLE.read_text(encoding="utf-8").replace("id: sample", "id: shared-bank")
    bank = bank.replace('"Sample bank"', '"A shared bank"')
    (source / "shared-bank.en.yaml").write_text(bank, encoding="utf-8")
    pack = tmp_path / "shared.quizpack"
    export_pack([source / "shared-bank.en.yaml"], pack, tmp_path / "other-data")
    area = unlock(ui)
    go_to(ui, area, "packsNavButton")
    ui.find(QLineEdit, "packFileEdit").setText(str(pack))
    ui.click(ui.button("checkPackButton"))
    assert "The pack is good" in ui.find(QLabel, "packMessage").text()
    ui.click(ui.button("packConfirmYesButton"))
    assert "Installed 1" in ui.find(QLabel, "packMessage").text()
    assert ui.window.library().get("shared-bank", "en") is not None
    # the same pack again: nothing to do, said inline
    ui.click(ui.button("checkPackButton"))
    assert "Nothing to install" in ui.find(QLabel, "packMessage").text()
    no_modal()


def test_every_section_names_its_controls(ui) -> None:
    add_player(ui.window.store, "Alina")
    add_player(ui.window.store, "Maksim")
    area = unlock(ui)
    for section in Section:
        page = area.show_section(section)
        check_names(area, section.value)
        if section is Section.PROFILES:
            page.ask_delete()
            check_names(area, "profiles, confirming")


def test_fits_1280x720_at_double_text_size(ui) -> None:
    add_player(ui.window.store, "Alina Kovalenko-Petrova")
    add_player(ui.window.store, "Maksim")
    ui.window.theme.set_scale(2.0)
    ui.show()
    ui.window.resize(1280, 720)
    area = unlock(ui)
    holder = ui.window.stack.currentWidget()
    for section in Section:
        page = area.show_section(section)
        if section is Section.PROFILES:
            page.ask_delete()
        ui.qtbot.wait(1)
        assert ui.window.size() == QSize(1280, 720)
        # nothing is wider than the window: no sideways scrolling, nothing cut off
        assert area.minimumSizeHint().width() <= holder.viewport().width(), section


def test_a_reset_saves_an_archive_first_when_none_holds_the_results(ui, tmp_path: Path) -> None:
    store = ui.window.store
    add_player(store, "Alina", 4)
    usb = tmp_path / "usb"
    usb.mkdir()
    area = unlock(ui)
    go_to(ui, area, "campNavButton")
    ui.find(QLineEdit, "archiveFolderEdit").setText(str(usb))
    ui.click(ui.button("saveArchiveButton"))
    (first,) = usb.glob("quizapp-archive-*.zip")
    add_player(store, "Maksim", 2)  # played after that archive was saved
    ui.click(ui.button("resetLaptopButton"))
    question = ui.window.findChild(QLabel, "resetConfirmText").text()
    assert "saved to" in question and str(usb) in question
    ui.click(ui.button("resetConfirmYesButton"))
    (second,) = set(usb.glob("quizapp-archive-*.zip")) - {first}  # a new one
    with zipfile.ZipFile(second) as archive:  # with Maksim's answers too
        assert "Maksim" in archive.read("answers.csv").decode("utf-8")
    assert store.profiles() == []
    no_modal()


def test_no_reset_when_the_archive_cannot_be_saved(ui, tmp_path: Path) -> None:
    store = ui.window.store
    add_player(store, "Alina", 4)
    area = unlock(ui)
    go_to(ui, area, "campNavButton")
    ui.find(QLineEdit, "archiveFolderEdit").setText(str(tmp_path / "no-such-stick"))
    ui.click(ui.button("resetLaptopButton"))
    ui.click(ui.button("resetConfirmYesButton"))
    assert "Nothing was removed" in ui.find(QLabel, "resetMessage").text()
    assert "does not exist" in ui.find(QLabel, "archiveMessage").text()
    assert [p.name for p in store.profiles()] == ["Alina"]
    no_modal()

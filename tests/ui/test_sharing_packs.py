"""Packs in the app: export from one laptop, check and install on another, refusals, updates."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

from quizapp.core.loader import check_bank_file
from quizapp.core.packs import Manifest, PackFile, export_pack, import_pack
from quizapp.ui.sharing.pack_page import PackPage

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.en.yaml"
WAIT_MS = 20_000


def bank_ids_on_home(window) -> list[str]:
    banks = window.findChild(QListWidget, "bankList")
    return [banks.item(row).data(Qt.ItemDataRole.UserRole) for row in range(banks.count())]


def facilitator_pack_page(window) -> PackPage:
    """What the facilitator area hosts: the same page, with import."""
    page = window.sharing.make_pack_page(allow_import=True)
    window.add_page("test-packs", page)
    window.show_page("test-packs")
    return page


def export_sample_from_app(ui, out: Path) -> Path:
    ui.sign_up_with_mouse("Alina")
    ui.click(ui.button("shareButton"))
    assert ui.page() == "share"
    page = ui.window.page("share")
    assert not page.findChild(QPushButton, "choosePackButton").isVisible()  # export only
    page.select_banks(["sample"])
    assert page.selected_bank_ids() == ["sample"]
    with ui.qtbot.waitSignal(page.exported, timeout=WAIT_MS) as blocker:
        page.export_to(out)
    report = blocker.args[0]
    assert report.path == out and out.is_file()
    status = page.findChild(QLabel, "exportStatus")
    assert status.isVisible() and "Saved 1 topic" in status.text()
    return out


def test_export_in_the_app_then_import_in_a_fresh_data_folder(
    ui, make_window, driver_for, tmp_path: Path
) -> None:
    pack = export_sample_from_app(ui, tmp_path / "sample.quizpack")
    with zipfile.ZipFile(pack) as archive:
        assert "banks/sample.en.yaml" in archive.namelist()

    other = make_window(banks_dirs=[], data=tmp_path / "other-laptop")
    them = driver_for(other)
    them.sign_up_with_mouse("Max")
    assert "sample" not in bank_ids_on_home(other)
    page = facilitator_pack_page(other)
    with ui.qtbot.waitSignal(page.planned, timeout=WAIT_MS):
        page.check_pack(pack)
    plan = page.findChild(QLabel, "importPlan").text()
    assert "Install “Sample bank”, version 1" in plan
    assert page.findChild(QPushButton, "importConfirmYes").isVisible()
    assert not (tmp_path / "other-laptop" / "banks" / "sample").exists()  # asked first
    with ui.qtbot.waitSignal(page.imported, timeout=WAIT_MS):
        them.click(page.findChild(QPushButton, "importConfirmYes"))
    assert "Installed “Sample bank”" in page.findChild(QLabel, "importResult").text()
    installed = tmp_path / "other-laptop" / "banks" / "sample" / "sample.en.yaml"
    assert check_bank_file(installed)[1] == []

    other.go_home()
    assert "sample" in bank_ids_on_home(other)


def hostile_pack(path: Path) -> Path:
    evil = b"format: 1\nid: evil\n"
    files = {"../evil.yaml": evil}
    manifest = Manifest(
        id="evil",
        title="Free prizes",
        author="?",
        created="2024-05-01T12:00:00+00:00",
        files=tuple(PackFile(n, hashlib.sha256(d).hexdigest(), len(d)) for n, d in files.items()),
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("pack.yaml", manifest.to_yaml())
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def test_a_hostile_pack_is_refused_inline_and_installs_nothing(
    make_window, driver_for, qtbot, tmp_path: Path
) -> None:
    window = make_window(data=tmp_path / "laptop")
    driver_for(window).show()
    page = facilitator_pack_page(window)
    with qtbot.waitSignal(page.import_failed, timeout=WAIT_MS) as blocker:
        page.check_pack(hostile_pack(tmp_path / "prizes.quizpack"))
    error = page.findChild(QLabel, "importError")
    assert error.isVisible()
    assert error.text() == blocker.args[0]
    assert "nothing was installed" in error.text()
    assert "'.'" in error.text() or "leave the folder" in error.text()
    assert not page.findChild(QPushButton, "importConfirmYes").isVisible()
    assert not (tmp_path / "laptop" / "banks").exists()
    assert not (tmp_path / "evil.yaml").exists()
    # the page keeps working: a good pack after a bad one
    good = tmp_path / "good.quizpack"
    export_pack([SAMPLE], good, tmp_path / "laptop")
    with qtbot.waitSignal(page.planned, timeout=WAIT_MS):
        page.check_pack(good)
    assert not error.isVisible()


def test_a_damaged_file_says_so_in_words(make_window, driver_for, qtbot, tmp_path: Path) -> None:
    window = make_window(data=tmp_path / "laptop")
    driver_for(window).show()
    page = facilitator_pack_page(window)
    junk = tmp_path / "junk.quizpack"
    junk.write_bytes(b"this is not a zip")
    with qtbot.waitSignal(page.import_failed, timeout=WAIT_MS):
        page.check_pack(junk)
    assert "it is not a zip file" in page.findChild(QLabel, "importError").text()


def test_an_update_is_asked_about_first(make_window, driver_for, qtbot, tmp_path: Path) -> None:
    v1 = tmp_path / "v1.quizpack"
    export_pack([SAMPLE], v1, tmp_path / "nowhere")
    newer = tmp_path / "newer"
    newer.mkdir()
    text = SAMPLE.read_text("utf-8").replace("title:", "version: 2\ntitle:", 1)
    (newer / "sample.en.yaml").write_text(text, "utf-8")
    v2 = tmp_path / "v2.quizpack"
    export_pack([newer / "sample.en.yaml"], v2, tmp_path / "nowhere")

    data = tmp_path / "laptop"
    window = make_window(banks_dirs=[], data=data)
    driver = driver_for(window)
    driver.show()
    page = facilitator_pack_page(window)
    with qtbot.waitSignal(page.planned, timeout=WAIT_MS):
        page.check_pack(v1)
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS):
        driver.click(page.findChild(QPushButton, "importConfirmYes"))
    installed = data / "banks" / "sample" / "sample.en.yaml"
    assert "version: 2" not in installed.read_text("utf-8")

    with qtbot.waitSignal(page.planned, timeout=WAIT_MS):
        page.check_pack(v2)
    assert "Update “Sample bank” from version 1 to 2" in page.findChild(QLabel, "importPlan").text()
    question = page.findChild(QLabel, "importConfirmMessage").text()
    assert "Update them?" in question
    assert page.findChild(QPushButton, "importConfirmYes").text() == "Yes, update"
    # cancelling keeps version 1
    driver.click(page.findChild(QPushButton, "importConfirmNo"))
    assert "version: 2" not in installed.read_text("utf-8")
    assert "nothing was installed" in page.findChild(QLabel, "importStep").text()

    with qtbot.waitSignal(page.planned, timeout=WAIT_MS):
        page.check_pack(v2)
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS):
        driver.click(page.findChild(QPushButton, "importConfirmYes"))
    assert "version: 2" in installed.read_text("utf-8")
    assert "Updated “Sample bank” to version 2" in page.findChild(QLabel, "importResult").text()
    assert window.library().get("sample", "en").version == 2


def test_the_same_pack_again_installs_nothing_and_says_why(
    make_window, driver_for, qtbot, tmp_path: Path
) -> None:
    pack = tmp_path / "sample.quizpack"
    export_pack([SAMPLE], pack, tmp_path / "nowhere")
    window = make_window(banks_dirs=[], data=tmp_path / "laptop")
    driver = driver_for(window)
    driver.show()
    page = facilitator_pack_page(window)
    for _ in range(2):
        with qtbot.waitSignal(page.planned, timeout=WAIT_MS):
            page.check_pack(pack)
        if page.plan is not None and page.plan.banks:
            with qtbot.waitSignal(page.imported, timeout=WAIT_MS):
                driver.click(page.findChild(QPushButton, "importConfirmYes"))
    assert "already here" in page.findChild(QLabel, "importStep").text()
    assert not page.findChild(QPushButton, "importConfirmYes").isVisible()


def test_export_refuses_an_empty_choice_and_names_a_bad_folder(ui, qtbot, tmp_path: Path) -> None:
    ui.sign_up_with_mouse("Alina")
    ui.window.sharing.show_share()
    page = ui.window.page("share")
    page.select_banks([])
    assert not page.findChild(QPushButton, "exportPackButton").isEnabled()
    page.export_to(tmp_path / "x.quizpack")
    assert "Tick at least one topic" in page.findChild(QLabel, "exportError").text()
    page.select_banks(["sample"])
    with qtbot.waitSignal(page.export_failed, timeout=WAIT_MS) as blocker:
        page.export_to(tmp_path / "missing-folder" / "x.quizpack")
    assert "does not exist" in blocker.args[0]
    assert page.findChild(QLabel, "exportError").isVisible()


def test_recover_runs_at_start_before_banks_load(make_window, tmp_path: Path) -> None:
    data = tmp_path / "laptop"
    stale = data / ".staging-0123456789abcdef"
    stale.mkdir(parents=True)
    (stale / "junk").write_text("left by a crash")
    window = make_window(data=data)
    window.library()
    assert not stale.exists()


def test_a_pack_with_pictures_round_trips(make_window, driver_for, qtbot, tmp_path: Path) -> None:
    pictures = Path(__file__).resolve().parents[1] / "data" / "packs" / "with-image"
    folder = tmp_path / "pictures"
    shutil.copytree(pictures, folder)
    source = make_window(banks_dirs=[folder], data=tmp_path / "one")
    driver = driver_for(source)
    driver.sign_up_with_mouse("Alina")
    source.sharing.show_share()
    page = source.page("share")
    bank_id = next(b for b in source.library().bank_ids() if b not in ("sample",) and "pic" in b)
    page.select_banks([bank_id])
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS) as blocker:
        page.export_to(tmp_path / "pictures.quizpack")
    assert blocker.args[0].images
    assert "Pictures included" in page.findChild(QLabel, "exportStatus").text()


def test_a_different_bank_with_the_same_id_is_installed_apart_without_asking_to_update(
    make_window, driver_for, qtbot, tmp_path: Path
) -> None:
    ours = tmp_path / "ours.quizpack"
    export_pack([SAMPLE], ours, tmp_path / "nowhere")
    data = tmp_path / "laptop"
    import_pack(ours, data)
    other = tmp_path / "other"
    other.mkdir()
    (other / "sample.en.yaml").write_text(
        'format: 1\nid: sample\nlanguage: en\ntitle: "Sample bank"\nversion: 2\nquestions:\n'
        '  - id: s-001\n    kind: truefalse\n    prompt: "Another teacher\'s question?"\n'
        '    explanation: "Because."\n    answer: true\n',
        "utf-8",
    )
    theirs = tmp_path / "theirs.quizpack"
    export_pack([other / "sample.en.yaml"], theirs, tmp_path / "nowhere")

    window = make_window(banks_dirs=[], data=data)
    driver = driver_for(window)
    driver.show()
    page = facilitator_pack_page(window)
    with qtbot.waitSignal(page.planned, timeout=WAIT_MS):
        page.check_pack(theirs)
    plan = page.findChild(QLabel, "importPlan").text()
    assert "Install “Sample bank” as ‘sample-2’, version 2" in plan
    assert "A different topic here already uses the id ‘sample’" in plan
    assert "Update" not in plan
    assert page.findChild(QLabel, "importConfirmMessage").text() == "Install these topics?"
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS):
        driver.click(page.findChild(QPushButton, "importConfirmYes"))
    result = page.findChild(QLabel, "importResult").text()
    assert "Installed “Sample bank” as ‘sample-2’" in result
    installed = data / "banks" / "sample" / "sample.en.yaml"
    assert installed.read_bytes() == SAMPLE.read_bytes()
    apart = data / "banks" / "sample-2" / "sample-2.en.yaml"
    assert check_bank_file(apart)[1] == []
    assert window.library().get("sample-2", "en").version == 2
    assert window.library().get("sample", "en").version == 1

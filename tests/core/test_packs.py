""".quizpack export and import: hostile packs, versions, round trips, crash safety."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import shutil
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp.core import packs
from quizapp.core.bank import Bank
from quizapp.core.commands import pack_export, pack_import
from quizapp.core.issues import QuizappError
from quizapp.core.library import BankLibrary
from quizapp.core.loader import check_bank_file
from quizapp.core.packs import (
    Action,
    Manifest,
    PackError,
    PackFile,
    PackRefused,
    apply_import,
    bank_folder,
    export_pack,
    import_pack,
    plan_import,
    recover,
)

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "data" / "sample.en.yaml"
PICTURES = REPO / "tests" / "data" / "packs" / "with-image"
CREATED = "2024-05-01T12:00:00+00:00"
PNG = (PICTURES / "images" / "red-flag.png").read_bytes()
SVG = (PICTURES / "images" / "chat.svg").read_bytes()


# -- helpers ----------------------------------------------------------------------


class Place:
    """A temporary world: the data folder (not made yet), a folder of packs, a cwd."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data"
        self.packs = root / "packs"
        self.packs.mkdir()
        self.cwd = root / "cwd"
        self.cwd.mkdir()

    def snapshot(self) -> dict[str, bytes | None]:
        return {
            str(p.relative_to(self.root)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(self.root.rglob("*"))
        }

    def installed(self) -> dict[str, bytes]:
        banks = self.data / "banks"
        if not banks.exists():
            return {}
        return {
            p.relative_to(banks).as_posix(): p.read_bytes()
            for p in sorted(banks.rglob("*"))
            if p.is_file()
        }

    def leftovers(self) -> list[str]:
        if not self.data.exists():
            return []
        return sorted(
            p.name
            for p in self.data.iterdir()
            if p.name.startswith((packs.STAGING_PREFIX, packs.DONE_PREFIX))
        )


@pytest.fixture
def place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Place:
    world = Place(tmp_path)
    monkeypatch.chdir(world.cwd)
    monkeypatch.setenv("QUIZAPP_DATA_DIR", str(world.data))
    # Bundled banks are the app's own; these tests choose them explicitly.
    monkeypatch.setattr(packs, "bundled_questions_dir", lambda: tmp_path / "no-bundled")
    return world


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_for(files: dict[str, bytes], **changes: object) -> bytes:
    fields: dict[str, object] = {
        "id": "test-pack",
        "title": "Test pack",
        "author": "Tests",
        "created": CREATED,
        "files": tuple(PackFile(n, sha(d), len(d)) for n, d in files.items()),
    }
    fields.update(changes)
    return Manifest(**fields).to_yaml().encode()  # type: ignore[arg-type]


def write_zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns on duplicate names; some tests want them
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return path


def make_pack(
    path: Path,
    files: dict[str, bytes],
    *,
    manifest: bytes | None = None,
    unlisted: list[tuple[str | zipfile.ZipInfo, bytes]] | None = None,
) -> Path:
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [
        ("pack.yaml", manifest if manifest is not None else manifest_for(files))
    ]
    entries += list(files.items())
    entries += unlisted or []
    return write_zip(path, entries)


def patch_zip(data: bytes, name: str, *, flags: int = 0, file_size: int | None = None) -> bytes:
    """Change a member's flags or declared size in both its headers, as a forger would."""
    buf = bytearray(data)
    wanted = name.encode()
    at = 0
    while (at := buf.find(b"PK\x01\x02", at)) >= 0:
        length = struct.unpack_from("<H", buf, at + 28)[0]
        if bytes(buf[at + 46 : at + 46 + length]) == wanted:
            local = struct.unpack_from("<I", buf, at + 42)[0]
            if flags:
                for offset in (at + 8, local + 6):
                    value = struct.unpack_from("<H", buf, offset)[0]
                    struct.pack_into("<H", buf, offset, value | flags)
            if file_size is not None:
                struct.pack_into("<I", buf, at + 24, file_size)
                struct.pack_into("<I", buf, local + 22, file_size)
        at += 4
    return bytes(buf)


def bank_text(bank_id: str = "sample", language: str = "en", version: int = 1, **kw: object) -> str:
    """A one-question bank; its versions are the same bank (the prompt stays, see _same_bank)."""
    answer = "true" if kw.get("answer", True) else "false"
    image = f"    image: {kw['image']}\n" if "image" in kw else ""
    title = kw.get("title", f"Bank {bank_id} {language}")
    prompt = kw.get("prompt", f"Question ({language})")
    return (
        f'format: 1\nid: {bank_id}\nlanguage: {language}\ntitle: "{title}"\n'
        f"version: {version}\nquestions:\n"
        f'  - id: q-1\n    kind: truefalse\n    prompt: "{prompt}"\n'
        f'    explanation: "Because (v{version})."\n{image}    answer: {answer}\n'
    )


def sample_with_version(version: int) -> bytes:
    text = SAMPLE.read_text("utf-8")
    return text.replace("title:", f"version: {version}\ntitle:", 1).encode()


def good_pack(path: Path) -> Path:
    return make_pack(path, {"banks/sample.en.yaml": SAMPLE.read_bytes()})


# -- hostile packs: each refused before anything is unpacked ----------------------


def build_not_a_zip(path: Path) -> None:
    path.write_bytes(b"This is a text file pretending to be a pack.\n")


def build_empty(path: Path) -> None:
    path.write_bytes(b"")


def build_truncated(path: Path) -> None:
    good = good_pack(path).read_bytes()
    path.write_bytes(good[: len(good) // 2])


def build_dotdot(path: Path) -> None:
    make_pack(path, {"banks/sample.en.yaml": SAMPLE.read_bytes(), "../evil": b"owned"})


def build_dotdot_inside(path: Path) -> None:
    make_pack(path, {"banks/images/../../../evil.png": PNG})


def build_absolute(path: Path) -> None:
    make_pack(path, {"banks/sample.en.yaml": SAMPLE.read_bytes(), "/tmp/evil": b"owned"})


def build_drive(path: Path) -> None:
    make_pack(path, {"C:/evil.png": PNG, "C:evil.png": PNG})


def build_backslash(path: Path) -> None:
    make_pack(path, {"banks\\..\\..\\evil.png": PNG})


def build_symlink(path: Path) -> None:
    link = zipfile.ZipInfo("banks/images/red-flag.png")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    text = bank_text(image="images/red-flag.png").encode()
    target = b"/etc/passwd"
    make_pack(
        path,
        {"banks/sample.en.yaml": text},
        manifest=manifest_for({"banks/sample.en.yaml": text, "banks/images/red-flag.png": target}),
        unlisted=[(link, target)],
    )


def build_duplicate(path: Path) -> None:
    make_pack(
        path,
        {"banks/sample.en.yaml": SAMPLE.read_bytes()},
        unlisted=[("banks/sample.en.yaml", bank_text().encode())],
    )


def build_duplicate_case(path: Path) -> None:
    make_pack(path, {"banks/images/a.png": PNG, "banks/images/A.PNG": PNG})


def build_long_name(path: Path) -> None:
    make_pack(path, {"banks/images/" + "a" * 200 + ".png": PNG})


def build_deep(path: Path) -> None:
    make_pack(path, {"banks/" + "d/" * 8 + "x.png": PNG})


def build_windows_device(path: Path) -> None:
    make_pack(path, {"banks/images/con.png": PNG})


def build_encrypted(path: Path) -> None:
    good_pack(path)
    path.write_bytes(patch_zip(path.read_bytes(), "banks/sample.en.yaml", flags=0x1))


def build_ratio_bomb(path: Path) -> None:
    bomb = b" " * (15 * 1024 * 1024)  # a 15 MB "bank" that packs into a few KB
    make_pack(path, {"banks/bomb.en.yaml": bomb})


def build_lying_header_bomb(path: Path) -> None:
    # 40 MB of zeros (about 40 KB packed) whose headers claim 1 MB: the ratio and the
    # total pass; the counted read and the CRC catch it.
    bomb = bytes(40 * 1024 * 1024)
    files = {"banks/sample.en.yaml": SAMPLE.read_bytes()}
    manifest = manifest_for(files | {"banks/images/bomb.png": bomb[: 1024 * 1024]})
    make_pack(path, files, manifest=manifest, unlisted=[("banks/images/bomb.png", bomb)])
    path.write_bytes(patch_zip(path.read_bytes(), "banks/images/bomb.png", file_size=1024 * 1024))


def build_total_bomb(path: Path) -> None:
    # 70 members whose headers each claim 1 MB: 70 MB in all, over the 64 MB bound.
    files = {f"banks/images/{i:02d}.png": os.urandom(16 * 1024) for i in range(70)}
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [("pack.yaml", manifest_for(files))]
    for name, data in files.items():
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_STORED
        entries.append((info, data))
    write_zip(path, entries)
    data = path.read_bytes()
    for name in files:
        data = patch_zip(data, name, file_size=1024 * 1024)
    path.write_bytes(data)


def build_too_many(path: Path) -> None:
    make_pack(path, {f"banks/images/{i}.png": PNG for i in range(501)})


def build_no_manifest(path: Path) -> None:
    write_zip(path, [("banks/sample.en.yaml", SAMPLE.read_bytes())])


def build_unlisted(path: Path) -> None:
    make_pack(
        path, {"banks/sample.en.yaml": SAMPLE.read_bytes()}, unlisted=[("banks/extra.png", PNG)]
    )


def build_listed_missing(path: Path) -> None:
    files = {"banks/sample.en.yaml": SAMPLE.read_bytes()}
    manifest = manifest_for(files | {"banks/images/gone.png": PNG})
    make_pack(path, files, manifest=manifest)


def build_sha_mismatch(path: Path) -> None:
    good = SAMPLE.read_bytes()
    evil = good.replace(b"correct: true", b"correct: false", 1).replace(
        b'- text: "Only people who travel"',
        b'- text: "Only people who travel"\n        correct: true',
        1,
    )
    files = {"banks/sample.en.yaml": good}
    manifest = manifest_for(files)
    manifest = manifest.replace(str(len(good)).encode(), str(len(evil)).encode())
    make_pack(path, {"banks/sample.en.yaml": evil}, manifest=manifest)


def build_size_mismatch(path: Path) -> None:
    files = {"banks/sample.en.yaml": SAMPLE.read_bytes()}
    manifest = manifest_for(files).replace(
        f"size: {len(files['banks/sample.en.yaml'])}".encode(), b"size: 12"
    )
    make_pack(path, files, manifest=manifest)


def build_future_format(path: Path) -> None:
    files = {"banks/sample.en.yaml": SAMPLE.read_bytes()}
    make_pack(path, files, manifest=manifest_for(files).replace(b"format: 1", b"format: 2"))


def build_manifest_alias(path: Path) -> None:
    files = {"banks/sample.en.yaml": SAMPLE.read_bytes()}
    manifest = manifest_for(files).replace(b'title: "Test pack"', b"title: &t x\nauthor2: *t")
    make_pack(path, files, manifest=manifest)


def build_invalid_bank(path: Path) -> None:
    text = bank_text().replace("explanation:", "explenation:").encode()
    make_pack(path, {"banks/sample.en.yaml": text})


def build_fake_png(path: Path) -> None:
    text = bank_text(image="images/red-flag.png").encode()
    make_pack(path, {"banks/sample.en.yaml": text, "banks/images/red-flag.png": b"GIF89a...."})


def build_script_svg(path: Path) -> None:
    text = bank_text(image="images/chat.svg").encode()
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    make_pack(path, {"banks/sample.en.yaml": text, "banks/images/chat.svg": svg})


def build_external_svg(path: Path) -> None:
    text = bank_text(image="images/chat.svg").encode()
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>'
    make_pack(path, {"banks/sample.en.yaml": text, "banks/images/chat.svg": svg})


def build_big_image(path: Path) -> None:
    text = bank_text(image="images/big.png").encode()
    big = PNG + os.urandom(2 * 1024 * 1024)
    make_pack(path, {"banks/sample.en.yaml": text, "banks/images/big.png": big})


def build_missing_image(path: Path) -> None:
    make_pack(path, {"banks/sample.en.yaml": bank_text(image="images/nowhere.png").encode()})


def build_translations_disagree(path: Path) -> None:
    make_pack(
        path,
        {
            "banks/sample.en.yaml": bank_text(answer=True).encode(),
            "banks/sample.ru.yaml": bank_text(language="ru", answer=False).encode(),
        },
    )


def build_unexpected_file(path: Path) -> None:
    make_pack(path, {"banks/sample.en.yaml": SAMPLE.read_bytes(), "run.sh": b"rm -rf ~\n"})


def build_misnamed_bank(path: Path) -> None:
    make_pack(path, {"banks/other.en.yaml": SAMPLE.read_bytes()})


def build_no_banks(path: Path) -> None:
    make_pack(path, {"banks/images/a.png": PNG})


def build_huge_directory(path: Path) -> None:
    """Few files, but a directory far bigger than 500 entries need (zipfile would build it all)."""
    extra = struct.pack("<HH", 0xCAFE, 996) + b"\0" * 996  # a well-formed, useless extra field
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(400):
            info = zipfile.ZipInfo(f"banks/{number:04}.png")
            info.extra = extra
            archive.writestr(info, b"")


def build_huge_integer(path: Path) -> None:
    """A number of 5,000 digits: Python's int() refuses it with a ValueError."""
    bank = SAMPLE.read_text(encoding="utf-8").replace(
        "format: 1", "format: 1\nversion: " + "7" * 5000
    )
    make_pack(path, {"banks/sample.en.yaml": bank.encode("utf-8")})


HOSTILE: list[tuple[str, Callable[[Path], None], str]] = [
    ("not-a-zip", build_not_a_zip, "not a zip file"),
    ("empty", build_empty, "not a zip file"),
    ("truncated", build_truncated, "cut short"),
    ("dotdot", build_dotdot, "'..' part"),
    ("dotdot-inside", build_dotdot_inside, "'..' part"),
    ("absolute", build_absolute, "absolute path"),
    ("drive-letter", build_drive, "drive letter"),
    ("backslash", build_backslash, "backslash"),
    ("symlink", build_symlink, "symbolic link"),
    ("duplicate", build_duplicate, "in the pack twice"),
    ("duplicate-case", build_duplicate_case, "letter case aside"),
    ("long-name", build_long_name, "over 200 characters"),
    ("deep", build_deep, "more than 8 folders deep"),
    ("windows-device", build_windows_device, "reserved device name"),
    ("encrypted", build_encrypted, "encrypted"),
    ("ratio-bomb", build_ratio_bomb, "more than 100 times its packed size"),
    ("lying-header-bomb", build_lying_header_bomb, "damaged"),
    ("total-bomb", build_total_bomb, "would unpack to 70 MB"),
    ("too-many-files", build_too_many, "at most 500"),
    ("no-manifest", build_no_manifest, "has no pack.yaml"),
    ("unlisted-member", build_unlisted, "not in pack.yaml"),
    ("listed-missing", build_listed_missing, "which is not in the pack"),
    ("sha-mismatch", build_sha_mismatch, "does not match its SHA-256"),
    ("size-mismatch", build_size_mismatch, "pack.yaml says 12"),
    ("future-format", build_future_format, "pack format 2"),
    ("manifest-alias", build_manifest_alias, "anchors"),
    ("invalid-bank", build_invalid_bank, "sample.en.yaml:7:5: explanation is missing"),
    ("fake-png", build_fake_png, "is not a PNG image"),
    ("script-svg", build_script_svg, "SVG with scripts"),
    ("external-svg", build_external_svg, "refers to another file"),
    ("big-image", build_big_image, "at most 2 MB"),
    ("missing-image", build_missing_image, "which is not in the pack"),
    ("translations-disagree", build_translations_disagree, "different right answer"),
    ("unexpected-file", build_unexpected_file, "does not belong in a pack"),
    ("misnamed-bank", build_misnamed_bank, "named for bank 'other'"),
    ("no-banks", build_no_banks, "holds no bank"),
    ("huge-directory", build_huge_directory, "list of files"),
    ("huge-integer", build_huge_integer, "5000 digits"),
]


@pytest.mark.parametrize(("name", "build", "fragment"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_pack_is_refused_and_nothing_is_written(
    place: Place, name: str, build: Callable[[Path], None], fragment: str
) -> None:
    pack = place.packs / f"{name}.quizpack"
    build(pack)
    before = place.snapshot()
    with pytest.raises(PackError) as caught:
        pack_import(pack, place.data)
    message = str(caught.value)
    assert fragment in message
    assert "\n" not in message
    assert isinstance(caught.value, QuizappError)
    assert place.snapshot() == before  # nothing anywhere: not the data folder, not beside it
    assert not place.data.exists()
    for escaped in ("evil", "evil.png", "tmp/evil"):
        assert not (place.root / escaped).exists()
        assert not (place.root.parent / escaped).exists()
    if name == "absolute":
        assert not Path("/tmp/evil").exists()


def test_invalid_bank_issues_say_path_line_and_column(place: Place) -> None:
    pack = place.packs / "invalid.quizpack"
    build_invalid_bank(pack)
    with pytest.raises(PackError) as caught:
        plan_import(pack, place.data)
    found = [str(i) for i in caught.value.issues]
    assert found[0].startswith("invalid.quizpack/banks/sample.en.yaml:7:5: explanation is missing")
    assert found[1].startswith("invalid.quizpack/banks/sample.en.yaml:10:5: unknown key")
    assert caught.value.details == found


def test_reads_are_counted_whatever_the_headers_say(
    place: Place, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = good_pack(place.packs / "good.quizpack")
    real_open = zipfile.ZipFile.open

    def endless_open(self: zipfile.ZipFile, name: object, *args: object, **kwargs: object):
        info = name if isinstance(name, zipfile.ZipInfo) else self.getinfo(str(name))
        if info.filename.endswith(".yaml") and info.filename != "pack.yaml":
            return io.BytesIO(b"x" * (info.file_size + 10))  # a stream that lies
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", endless_open)
    with pytest.raises(PackError, match="holds more than its header says"):
        plan_import(pack, place.data)
    assert not place.data.exists()


def test_hostile_pack_swapped_in_after_the_plan_is_refused(place: Place) -> None:
    pack = good_pack(place.packs / "swap.quizpack")
    plan = plan_import(pack, place.data)
    build_sha_mismatch(pack)
    with pytest.raises(PackError):
        apply_import(plan)
    assert place.installed() == {}
    assert place.leftovers() == []


# -- installing, versions ------------------------------------------------------------


def test_install_then_same_version_is_refused(place: Place) -> None:
    pack = good_pack(place.packs / "sample.quizpack")
    before = {k: v for k, v in place.snapshot().items() if not k.startswith("data")}
    lines = pack_import(pack, place.data)
    assert lines == ["installed 'sample' version 1 (en)"]
    assert place.installed() == {"sample/sample.en.yaml": SAMPLE.read_bytes()}
    assert {k: v for k, v in place.snapshot().items() if not k.startswith("data")} == before
    assert place.leftovers() == []
    library = BankLibrary([], [place.data / "banks"]).load()
    assert library.bank_ids() == ["sample"]
    assert library.issues == []

    # the same pack again changes nothing and is no error
    assert pack_import(pack, place.data) == [
        "note: bank 'sample' is already here, version 1; nothing to do"
    ]
    # the same version with other content is refused: only a higher version updates
    changed = SAMPLE.read_bytes().replace(b"Sample bank", b"Another sample")
    other = make_pack(place.packs / "other.quizpack", {"banks/sample.en.yaml": changed})
    with pytest.raises(PackRefused, match="already installed, version 1"):
        pack_import(other, place.data)
    assert place.installed() == {"sample/sample.en.yaml": SAMPLE.read_bytes()}


def test_higher_version_updates_lower_is_refused(place: Place) -> None:
    pack_import(good_pack(place.packs / "v1.quizpack"), place.data)
    v2 = make_pack(place.packs / "v2.quizpack", {"banks/sample.en.yaml": sample_with_version(2)})
    plan = plan_import(v2, place.data)
    assert [(b.id, b.action, b.installed_version, b.version) for b in plan.banks] == [
        ("sample", Action.UPDATE, 1, 2)
    ]
    assert plan.needs_confirmation
    assert "update 'sample' from version 1 to 2" in "\n".join(plan.lines())
    result = apply_import(plan)
    assert result.updated == ("sample",)
    assert result.lines()[0] == "updated 'sample' from version 1 to 2 (en)"
    assert place.installed() == {"sample/sample.en.yaml": sample_with_version(2)}

    with pytest.raises(PackRefused, match="already installed, version 2"):
        pack_import(good_pack(place.packs / "old.quizpack"), place.data)
    assert place.installed() == {"sample/sample.en.yaml": sample_with_version(2)}


def test_bundled_bank_is_installed_beside_only_when_newer(place: Place) -> None:
    bundled = place.root / "bundled"
    bundled.mkdir()
    shutil.copy(SAMPLE, bundled / "sample.en.yaml")
    same = plan_import(good_pack(place.packs / "v1.quizpack"), place.data, bundled_dirs=[bundled])
    assert same.banks == () and "already here" in same.notes[0]
    changed = SAMPLE.read_bytes().replace(b"Sample bank", b"Another sample")
    other = make_pack(place.packs / "other.quizpack", {"banks/sample.en.yaml": changed})
    with pytest.raises(PackRefused, match="comes with the app, version 1"):
        plan_import(other, place.data, bundled_dirs=[bundled])
    v2 = make_pack(place.packs / "v2.quizpack", {"banks/sample.en.yaml": sample_with_version(2)})
    plan = plan_import(v2, place.data, bundled_dirs=[bundled])
    assert plan.banks[0].action is Action.INSTALL
    assert "as your own copy (the app comes with version 1)" in plan.banks[0].describe()
    apply_import(plan)
    assert place.installed() == {"sample/sample.en.yaml": sample_with_version(2)}


def test_update_keeps_matching_translations_and_drops_others(place: Place) -> None:
    export_pack(
        [PICTURES / "pictures.en.yaml", PICTURES / "pictures.ru.yaml"],
        place.packs / "v1.quizpack",
        place.data,
        created=CREATED,
    )
    pack_import(place.packs / "v1.quizpack", place.data)
    assert set(place.installed()) == {
        "pictures/pictures.en.yaml",
        "pictures/pictures.ru.yaml",
        "pictures/images/red-flag.png",
        "pictures/images/chat.svg",
    }
    en = (PICTURES / "pictures.en.yaml").read_text("utf-8")
    v2 = en.replace("version: 1", "version: 2").replace("A small bank", "A better bank")
    pack_v2 = make_pack(
        place.packs / "v2.quizpack",
        {
            "banks/pictures.en.yaml": v2.encode(),
            "banks/images/red-flag.png": PNG,
            "banks/images/chat.svg": SVG,
        },
    )
    plan = plan_import(pack_v2, place.data)
    assert plan.banks[0].kept_languages == ("ru",)
    apply_import(plan)
    installed = place.installed()
    assert installed["pictures/pictures.en.yaml"] == v2.encode()
    assert installed["pictures/pictures.ru.yaml"] == (PICTURES / "pictures.ru.yaml").read_bytes()
    assert check_bank_file(place.data / "banks/pictures/pictures.ru.yaml")[1] == []

    v3 = v2.replace("version: 2", "version: 3").replace("answer: true", "answer: false")
    pack_v3 = make_pack(
        place.packs / "v3.quizpack",
        {
            "banks/pictures.en.yaml": v3.encode(),
            "banks/images/red-flag.png": PNG,
            "banks/images/chat.svg": SVG,
        },
    )
    plan = plan_import(pack_v3, place.data)
    assert plan.banks[0].dropped_languages == ("ru",)
    assert "removes the installed ru" in plan.banks[0].describe()
    assert plan.needs_confirmation
    apply_import(plan)
    assert "pictures/pictures.ru.yaml" not in place.installed()
    library = BankLibrary([], [place.data / "banks"]).load()
    assert library.issues == []


def test_bank_installed_outside_its_folder_is_refused(place: Place) -> None:
    (place.data / "banks").mkdir(parents=True)
    shutil.copy(SAMPLE, place.data / "banks" / "sample.en.yaml")
    v2 = make_pack(place.packs / "v2.quizpack", {"banks/sample.en.yaml": sample_with_version(2)})
    with pytest.raises(PackRefused, match="outside its folder"):
        pack_import(v2, place.data)


def test_unreferenced_images_are_left_out_and_said(place: Place) -> None:
    pack = make_pack(
        place.packs / "extra.quizpack",
        {"banks/sample.en.yaml": SAMPLE.read_bytes(), "banks/images/unused.png": PNG},
    )
    plan = plan_import(pack, place.data)
    assert plan.notes == ("'banks/images/unused.png' is not shown by any question and is left out",)
    apply_import(plan)
    assert set(place.installed()) == {"sample/sample.en.yaml"}


def test_another_import_running_is_refused(place: Place) -> None:
    plan = plan_import(good_pack(place.packs / "p.quizpack"), place.data)
    with packs._import_lock(place.data), pytest.raises(PackError, match="another import"):
        apply_import(plan)
    assert place.installed() == {}


# -- kill safety -----------------------------------------------------------------------


def two_bank_pack(place: Place, name: str, version: int) -> Path:
    return make_pack(
        place.packs / name,
        {
            "banks/alpha.en.yaml": bank_text("alpha", version=version).encode(),
            "banks/beta.en.yaml": bank_text("beta", version=version).encode(),
            "banks/beta.ru.yaml": bank_text("beta", "ru", version=version).encode(),
        },
    )


def expected_files(version: int) -> dict[str, dict[str, bytes]]:
    return {
        "alpha": {"alpha.en.yaml": bank_text("alpha", version=version).encode()},
        "beta": {
            "beta.en.yaml": bank_text("beta", version=version).encode(),
            "beta.ru.yaml": bank_text("beta", "ru", version=version).encode(),
        },
    }


def bank_state(place: Place, bank_id: str) -> dict[str, bytes] | None:
    folder = bank_folder(place.data, bank_id)
    if not folder.exists():
        return None
    return {p.name: p.read_bytes() for p in folder.iterdir()}


class Killed(BaseException):
    """The process dying: no except-Exception handler sees it."""


def apply_killed_before_commit(monkeypatch, plan) -> None:
    """Import `plan`, killed once everything is staged but before it is committed."""

    def killed(*args: object) -> None:
        raise Killed()

    monkeypatch.setattr(packs, "_abandon", lambda *a: None)
    monkeypatch.setattr(packs, "_check_staged", killed)
    with pytest.raises(Killed):
        apply_import(plan)
    monkeypatch.undo()


def failing_replace(monkeypatch: pytest.MonkeyPatch, at: int, error: BaseException) -> list[int]:
    real = os.replace
    calls = [0]

    def replace(src: object, dst: object) -> None:
        calls[0] += 1
        if calls[0] == at:
            raise error
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(packs.os, "replace", replace)
    return calls


@pytest.mark.parametrize("at", [1, 2])
def test_failed_replace_on_fresh_install_leaves_nothing(
    place: Place, monkeypatch: pytest.MonkeyPatch, at: int
) -> None:
    pack = two_bank_pack(place, "two.quizpack", 1)
    plan = plan_import(pack, place.data)
    failing_replace(monkeypatch, at, OSError(5, "Input/output error"))
    with pytest.raises(PackError, match="nothing was installed"):
        apply_import(plan)
    monkeypatch.undo()
    assert place.installed() == {}
    assert place.leftovers() == []


@pytest.mark.parametrize("at", [1, 2, 3, 4])
def test_failed_replace_on_update_keeps_the_old_banks(
    place: Place, monkeypatch: pytest.MonkeyPatch, at: int
) -> None:
    pack_import(two_bank_pack(place, "v1.quizpack", 1), place.data)
    old = place.installed()
    plan = plan_import(two_bank_pack(place, "v2.quizpack", 2), place.data)
    failing_replace(monkeypatch, at, OSError(13, "Permission denied"))
    with pytest.raises(PackError):
        apply_import(plan)
    monkeypatch.undo()
    assert place.installed() == old
    assert place.leftovers() == []


# os.replace calls after the COMMITTED marker: a fresh install moves 2 folders in, an
# update moves 2 out and 2 in; the last call retires the staging folder.
KILL_POINTS = [(False, at) for at in (1, 2, 3)] + [(True, at) for at in (1, 2, 3, 4, 5)]


@pytest.mark.parametrize(
    ("update", "at"), KILL_POINTS, ids=[f"{'update' if u else 'fresh'}-{a}" for u, a in KILL_POINTS]
)
def test_kill_mid_import_leaves_each_bank_whole_and_recover_completes(
    place: Place, monkeypatch: pytest.MonkeyPatch, at: int, update: bool
) -> None:
    if update:
        pack_import(two_bank_pack(place, "v1.quizpack", 1), place.data)
    old, new = expected_files(1), expected_files(2)
    plan = plan_import(two_bank_pack(place, "v2.quizpack", 2), place.data)
    monkeypatch.setattr(packs, "_abandon", lambda *a: None)  # a dead process cleans nothing
    failing_replace(monkeypatch, at, Killed())
    with pytest.raises(Killed):
        apply_import(plan)
    monkeypatch.undo()
    for bank_id in ("alpha", "beta"):
        state = bank_state(place, bank_id)
        assert state in (None, old[bank_id] if update else None, new[bank_id])
    assert place.leftovers()  # the journal is still there
    lines = recover(place.data)
    assert lines and "finished the import" in lines[0]
    for bank_id in ("alpha", "beta"):
        assert bank_state(place, bank_id) == new[bank_id]
    assert place.leftovers() == []


@pytest.mark.parametrize("update", [False, True], ids=["fresh", "update"])
def test_kill_before_commit_is_undone_by_the_next_import(
    place: Place, monkeypatch: pytest.MonkeyPatch, update: bool
) -> None:
    if update:
        pack_import(two_bank_pack(place, "v1.quizpack", 1), place.data)
    before = place.installed()
    plan = plan_import(two_bank_pack(place, "v2.quizpack", 2), place.data)

    apply_killed_before_commit(monkeypatch, plan)
    assert place.installed() == before
    assert place.leftovers()
    # The next import cleans up first, whether or not it then installs anything.
    if update:
        lines = pack_import(two_bank_pack(place, "v1b.quizpack", 1), place.data)
        assert all("nothing to do" in line for line in lines)
    else:
        pack_import(
            make_pack(
                place.packs / "other.quizpack", {"banks/gamma.en.yaml": bank_text("gamma").encode()}
            ),
            place.data,
        )
    assert place.leftovers() == []
    assert {k: v for k, v in place.installed().items() if not k.startswith("gamma")} == before


def test_folder_entries_are_fine(place: Place) -> None:
    text = bank_text(image="images/red-flag.png").encode()
    files = {"banks/sample.en.yaml": text, "banks/images/red-flag.png": PNG}
    make_pack(
        place.packs / "dirs.quizpack",
        files,
        unlisted=[("banks/", b""), ("banks/images/", b"")],
    )
    pack_import(place.packs / "dirs.quizpack", place.data)
    assert set(place.installed()) == {"sample/sample.en.yaml", "sample/images/red-flag.png"}


def test_recover_removes_stale_staging_without_a_journal(place: Place) -> None:
    stale = place.data / ".staging-deadbeef"
    (stale / "new" / "sample").mkdir(parents=True)
    (stale / "new" / "sample" / "sample.en.yaml").write_bytes(b"half a fi")
    done = place.data / ".done-cafe"
    done.mkdir()
    assert len(recover(place.data)) == 2
    assert place.leftovers() == []
    assert place.installed() == {}


# -- a different bank with the same id ---------------------------------------------


def quiz_text(
    bank_id: str = "my-quiz",
    language: str = "en",
    version: int = 1,
    prompts: tuple[str, ...] = ("What is the capital of France?", "Is water wet?"),
    title: str = "My quiz",
) -> str:
    """A bank as the app writes one: the id made from the title, question ids counting up."""
    questions = "".join(
        f'  - id: q-{n:03d}\n    kind: truefalse\n    prompt: "{prompt}"\n'
        f'    explanation: "Because."\n    answer: true\n'
        for n, prompt in enumerate(prompts, 1)
    )
    return (
        f'format: 1\nid: {bank_id}\nlanguage: {language}\ntitle: "{title}"\n'
        f"version: {version}\nquestions:\n{questions}"
    )


# another teacher's "My quiz": the same id, title and question ids, other questions
THEIRS = ("Name a red flag in a job advert.", "Is a passport photo by DM safe?")


def install_quiz(place: Place, text: str, bank_id: str = "my-quiz") -> bytes:
    folder = place.data / "banks" / bank_id
    folder.mkdir(parents=True, exist_ok=True)
    data = text.encode()
    (folder / f"{bank_id}.en.yaml").write_bytes(data)
    return data


@pytest.mark.parametrize("version", [1, 2, 3], ids=["lower", "same", "higher"])
def test_a_different_bank_with_the_same_id_is_installed_apart(place: Place, version: int) -> None:
    ours = install_quiz(place, quiz_text(version=2))
    theirs = quiz_text(version=version, prompts=THEIRS).encode()
    pack = make_pack(place.packs / "theirs.quizpack", {"banks/my-quiz.en.yaml": theirs})

    plan = plan_import(pack, place.data)
    [bank] = plan.banks
    assert (bank.action, bank.id, bank.original_id, bank.pack_id) == (
        Action.INSTALL_APART,
        "my-quiz-2",
        "my-quiz",
        "my-quiz",
    )
    assert bank.renamed and bank.installed_version is None
    assert not plan.needs_confirmation  # nothing is overwritten
    assert bank.files[0] == ("banks/my-quiz.en.yaml", "my-quiz-2.en.yaml")
    assert (
        f"install \"My quiz\" as 'my-quiz-2' (a different bank already uses the id 'my-quiz'), "
        f"version {version} (en)"
    ) in "\n".join(plan.lines())

    result = apply_import(plan)
    assert (result.installed, result.updated, result.apart) == (("my-quiz-2",), (), ("my-quiz-2",))
    assert result.lines() == [
        f"installed 'my-quiz' as 'my-quiz-2' version {version} (en): a different bank "
        "already uses the id 'my-quiz'"
    ]
    installed = place.installed()
    assert installed["my-quiz/my-quiz.en.yaml"] == ours  # untouched, byte for byte
    assert set(installed) == {"my-quiz/my-quiz.en.yaml", "my-quiz-2/my-quiz-2.en.yaml"}
    # the same bytes but for the top-level id (the questions' ids stay)
    new = installed["my-quiz-2/my-quiz-2.en.yaml"]
    assert new == theirs.replace(b"\nid: my-quiz\n", b"\nid: my-quiz-2\n")
    loaded, issues = check_bank_file(place.data / "banks/my-quiz-2/my-quiz-2.en.yaml")
    assert issues == [] and loaded is not None
    assert (loaded.id, loaded.version, [q.prompt for q in loaded.questions]) == (
        "my-quiz-2",
        version,
        list(THEIRS),
    )
    library = BankLibrary([], [place.data / "banks"]).load()
    assert library.bank_ids() == ["my-quiz", "my-quiz-2"]
    assert library.issues == []
    assert place.leftovers() == []

    # The same pack again: already here (as my-quiz-2), no my-quiz-3.
    again = plan_import(pack, place.data)
    assert again.banks == ()
    assert again.notes == (
        f"bank 'my-quiz' (kept apart here as 'my-quiz-2': a different bank uses 'my-quiz') "
        f"is already here, version {version}; nothing to do",
    )
    # Their next version updates their copy, kept apart; ours is still untouched.
    newer = quiz_text(version=version + 1, prompts=(*THEIRS, "One more?")).encode()
    pack2 = make_pack(place.packs / "theirs-2.quizpack", {"banks/my-quiz.en.yaml": newer})
    plan2 = plan_import(pack2, place.data)
    [update] = plan2.banks
    assert (update.action, update.id, update.original_id, update.installed_version) == (
        Action.UPDATE,
        "my-quiz-2",
        "my-quiz",
        version,
    )
    assert plan2.needs_confirmation
    assert "(the pack's 'my-quiz', kept apart here" in update.describe()
    apply_import(plan2)
    installed = place.installed()
    assert installed["my-quiz/my-quiz.en.yaml"] == ours
    assert installed["my-quiz-2/my-quiz-2.en.yaml"] == newer.replace(
        b"\nid: my-quiz\n", b"\nid: my-quiz-2\n"
    )
    # ...and an older one of theirs is refused, as for any bank.
    with pytest.raises(PackRefused, match=r"kept apart here as 'my-quiz-2'.*already installed"):
        plan_import(pack, place.data)


def test_a_genuine_update_still_updates(place: Place) -> None:
    ours = quiz_text(version=1, prompts=("What is the capital of France?", "Is water wet?", "Old?"))
    install_quiz(place, ours)
    # version 2: one question reworded (spacing and case too), one removed, one added
    v2 = quiz_text(
        version=2,
        prompts=("what is the  CAPITAL of France?", "Is water wet, really?", "Brand new?"),
    )
    pack = make_pack(place.packs / "v2.quizpack", {"banks/my-quiz.en.yaml": v2.encode()})
    plan = plan_import(pack, place.data)
    assert [(b.id, b.action, b.original_id) for b in plan.banks] == [("my-quiz", Action.UPDATE, "")]
    apply_import(plan)
    assert place.installed() == {"my-quiz/my-quiz.en.yaml": v2.encode()}
    # a retitled update is the same bank too (its questions say so)
    v3 = quiz_text(version=3, prompts=("What is the capital of France?",), title="Better")
    pack3 = make_pack(place.packs / "v3.quizpack", {"banks/my-quiz.en.yaml": v3.encode()})
    assert plan_import(pack3, place.data).banks[0].action is Action.UPDATE
    # and the same version of it with other words is refused, as before
    same = quiz_text(version=2, prompts=("What is the capital of France?", "Other?"))
    pack_same = make_pack(place.packs / "same.quizpack", {"banks/my-quiz.en.yaml": same.encode()})
    with pytest.raises(PackRefused, match="already installed, version 2"):
        plan_import(pack_same, place.data)


def test_apart_takes_the_next_free_id(place: Place) -> None:
    first = install_quiz(place, quiz_text())
    second = install_quiz(place, quiz_text("my-quiz-2", prompts=("Someone else's?",)), "my-quiz-2")
    bundled = place.root / "bundled"
    bundled.mkdir()
    (bundled / "my-quiz-3.en.yaml").write_text(quiz_text("my-quiz-3", prompts=("Bundled?",)))
    (place.data / "banks" / "my-quiz-5").mkdir()  # a folder without a bank is not free either
    pack = make_pack(
        place.packs / "theirs.quizpack",
        {
            "banks/my-quiz.en.yaml": quiz_text(prompts=THEIRS).encode(),
            "banks/my-quiz-4.en.yaml": quiz_text("my-quiz-4", prompts=("Fourth?",)).encode(),
        },
    )
    plan = plan_import(pack, place.data, bundled_dirs=[bundled])
    assert [(b.id, b.action, b.original_id) for b in plan.banks] == [
        ("my-quiz-6", Action.INSTALL_APART, "my-quiz"),
        ("my-quiz-4", Action.INSTALL, ""),
    ]
    apply_import(plan)
    installed = place.installed()
    assert installed["my-quiz/my-quiz.en.yaml"] == first
    assert installed["my-quiz-2/my-quiz-2.en.yaml"] == second
    assert check_bank_file(place.data / "banks/my-quiz-6/my-quiz-6.en.yaml")[0].id == "my-quiz-6"


def test_apart_from_a_bundled_bank_and_across_languages(place: Place) -> None:
    bundled = place.root / "bundled"
    bundled.mkdir()
    (bundled / "my-quiz.en.yaml").write_text(quiz_text(), "utf-8")
    # another bank with the app's id, in the same version: apart, not refused
    theirs = make_pack(
        place.packs / "theirs.quizpack",
        {"banks/my-quiz.en.yaml": quiz_text(prompts=THEIRS).encode()},
    )
    [bank] = plan_import(theirs, place.data, bundled_dirs=[bundled]).banks
    assert (bank.id, bank.action) == ("my-quiz-2", Action.INSTALL_APART)
    # only a translation of the app's bank (no language in common): the same bank
    ru = quiz_text(language="ru", version=2, prompts=("Столица Франции?", "Вода мокрая?"))
    pack_ru = make_pack(place.packs / "ru.quizpack", {"banks/my-quiz.ru.yaml": ru.encode()})
    [bank] = plan_import(pack_ru, place.data, bundled_dirs=[bundled]).banks
    assert (bank.id, bank.action) == ("my-quiz", Action.INSTALL)
    # a bank in another language whose questions do not match it: a different bank
    other = ru.replace("answer: true", "answer: false")
    pack_other = make_pack(
        place.packs / "other.quizpack", {"banks/my-quiz.ru.yaml": other.encode()}
    )
    [bank] = plan_import(pack_other, place.data, bundled_dirs=[bundled]).banks
    assert (bank.id, bank.action) == ("my-quiz-2", Action.INSTALL_APART)


def test_apart_id_of_a_long_id_stays_an_id(place: Place) -> None:
    long_id = "a" * 63 + "b"
    install_quiz(place, quiz_text(long_id), long_id)
    pack = make_pack(
        place.packs / "long.quizpack",
        {f"banks/{long_id}.en.yaml": quiz_text(long_id, prompts=THEIRS).encode()},
    )
    apply_import(plan := plan_import(pack, place.data))
    new_id = "a" * 62 + "-2"
    assert plan.banks[0].id == new_id
    assert check_bank_file(bank_folder(place.data, new_id) / f"{new_id}.en.yaml")[0].id == new_id


def test_rename_bank_bytes_changes_only_the_top_level_id() -> None:
    text = (
        '\ufeff# made by B\r\nformat: 1\r\nid:   "my-quiz"   # the id\r\nlanguage: en\r\n'
        'title: "Ж id: my-quiz"\r\nquestions:\r\n  - id: my-quiz\r\n    kind: truefalse\r\n'
        '    prompt: "id: my-quiz"\r\n    explanation: "x"\r\n    answer: true\r\n'
    )
    data = text.encode("utf-8")
    renamed = packs.rename_bank_bytes(data, "my-quiz-2")
    assert renamed == data.replace(b'"my-quiz"   #', b'"my-quiz-2"   #')
    bank, issues = packs.check_bank_bytes(renamed, "x", None)
    assert issues == [] and bank is not None
    assert (bank.id, bank.title, bank.questions[0].id) == ("my-quiz-2", "Ж id: my-quiz", "my-quiz")
    flow = b"{format: 1, id: 'q', language: en, title: t, questions: [{id: q, kind: truefalse, "
    flow += b"prompt: p, explanation: e, answer: true}]}\n"
    assert packs.rename_bank_bytes(flow, "q-2") == flow.replace(b"id: 'q'", b"id: 'q-2'")
    with pytest.raises(ValueError):
        packs.rename_bank_bytes(b"format: 1\nlanguage: en\n", "x-2")


# A pack with a different bank (kept apart) and an update: os.replace calls after the
# COMMITTED marker move alpha-2 in, beta out and beta in; the last retires the staging.
@pytest.mark.parametrize("at", [1, 2, 3, 4])
def test_kill_while_installing_apart_then_recover(
    place: Place, monkeypatch: pytest.MonkeyPatch, at: int
) -> None:
    pack_import(two_bank_pack(place, "v1.quizpack", 1), place.data)
    old = place.installed()
    theirs = bank_text("alpha", version=1, prompt="Someone else's question")
    pack = make_pack(
        place.packs / "mixed.quizpack",
        {
            "banks/alpha.en.yaml": theirs.encode(),
            "banks/beta.en.yaml": bank_text("beta", version=2).encode(),
            "banks/beta.ru.yaml": bank_text("beta", "ru", version=2).encode(),
        },
    )
    plan = plan_import(pack, place.data)
    assert [(b.id, b.action) for b in plan.banks] == [
        ("alpha-2", Action.INSTALL_APART),
        ("beta", Action.UPDATE),
    ]
    monkeypatch.setattr(packs, "_abandon", lambda *a: None)  # a dead process cleans nothing
    failing_replace(monkeypatch, at, Killed())
    with pytest.raises(Killed):
        apply_import(plan)
    monkeypatch.undo()
    assert bank_state(place, "alpha") == expected_files(1)["alpha"]  # never touched
    apart = bank_state(place, "alpha-2")
    assert apart is None or set(apart) == {"alpha-2.en.yaml"}
    assert bank_state(place, "beta") in (None, expected_files(1)["beta"], expected_files(2)["beta"])
    assert recover(place.data)
    installed = place.installed()
    assert {k: v for k, v in installed.items() if k.startswith("alpha/")} == {
        k: v for k, v in old.items() if k.startswith("alpha/")
    }
    assert (
        installed["alpha-2/alpha-2.en.yaml"]
        == theirs.replace("id: alpha\n", "id: alpha-2\n").encode()
    )
    assert bank_state(place, "beta") == expected_files(2)["beta"]
    assert place.leftovers() == []
    assert BankLibrary([], [place.data / "banks"]).load().issues == []


def test_kill_before_commit_of_an_apart_bank_is_undone(
    place: Place, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_quiz(place, quiz_text())
    before = place.installed()
    pack = make_pack(
        place.packs / "theirs.quizpack",
        {"banks/my-quiz.en.yaml": quiz_text(prompts=THEIRS).encode()},
    )
    plan = plan_import(pack, place.data)

    apply_killed_before_commit(monkeypatch, plan)
    assert place.installed() == before
    assert recover(place.data)
    assert place.installed() == before and place.leftovers() == []
    # and it installs apart as planned afterwards
    assert pack_import(pack, place.data)[0].startswith("installed 'my-quiz' as 'my-quiz-2'")


# -- round trips -------------------------------------------------------------------


def question_files() -> list[Path]:
    return sorted((REPO / "questions").glob("*.yaml"))


@pytest.mark.parametrize("path", [SAMPLE, *question_files()], ids=lambda p: p.name)
def test_round_trip_each_bank_file(place: Place, path: Path) -> None:
    original, issues = check_bank_file(path)
    if original is None:
        pytest.skip(f"{path.name} is not a valid bank right now: {issues[0]}")
    pack = place.packs / "one.quizpack"
    lines = pack_export([str(path)], pack, place.data)
    assert lines[0].startswith(f"wrote {pack}: 1 bank ({original.id}: {original.language})")
    result = import_pack(pack, place.data)
    assert result.installed == (original.id,)
    target = bank_folder(place.data, original.id) / f"{original.id}.{original.language}.yaml"
    assert target.read_bytes() == path.read_bytes()
    again, issues = check_bank_file(target)
    assert issues == []
    assert again is not None
    assert same_bank(again) == same_bank(original)


def same_bank(bank: Bank) -> Bank:
    """A bank with where it was read from left out (images relative to the bank's folder)."""
    assert bank.path is not None
    folder = bank.path.parent.resolve()
    questions = tuple(
        dataclasses.replace(q, image=q.image.relative_to(folder) if q.image else None)
        for q in bank.questions
    )
    return dataclasses.replace(bank, path=None, questions=questions)


def test_round_trip_every_bundled_bank_in_one_pack(place: Place) -> None:
    files = question_files()
    if not files:
        pytest.skip("no bundled banks yet")
    valid = [p for p in files if check_bank_file(p)[0] is not None]
    pack = place.packs / "all.quizpack"
    try:
        export_pack([str(p) for p in valid], pack, place.data, created=CREATED)
    except PackError as error:
        pytest.skip(f"the bundled banks do not agree right now: {error}")
    import_pack(pack, place.data)
    installed = place.installed()
    for path in valid:
        bank = check_bank_file(path)[0]
        assert bank is not None
        assert installed[f"{bank.id}/{bank.id}.{bank.language}.yaml"] == path.read_bytes()
    library = BankLibrary([], [place.data / "banks"]).load()
    assert library.issues == []


def test_round_trip_with_images_by_installed_id(place: Place) -> None:
    # Install from files, then export by id from the data folder, then import elsewhere.
    export_pack(
        [PICTURES / "pictures.en.yaml", PICTURES / "pictures.ru.yaml"],
        place.packs / "first.quizpack",
        place.data,
        created=CREATED,
    )
    import_pack(place.packs / "first.quizpack", place.data)
    out = place.packs / "again.quizpack"
    report = export_pack(["pictures"], out, place.data, created=CREATED)
    assert [b[:2] for b in report.banks] == [("pictures", "en"), ("pictures", "ru")]
    assert report.images == ("banks/images/chat.svg", "banks/images/red-flag.png")
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == [
            "pack.yaml",
            "banks/pictures.en.yaml",
            "banks/pictures.ru.yaml",
            "banks/images/chat.svg",
            "banks/images/red-flag.png",
        ]
    elsewhere = place.root / "other-laptop"
    import_pack(out, elsewhere)
    folder = bank_folder(elsewhere, "pictures")
    assert (folder / "images" / "red-flag.png").read_bytes() == PNG
    assert (folder / "pictures.ru.yaml").read_bytes() == (
        PICTURES / "pictures.ru.yaml"
    ).read_bytes()
    bank = check_bank_file(folder / "pictures.en.yaml")[0]
    assert bank is not None
    assert bank.questions[0].image == (folder / "images" / "red-flag.png").resolve()


def test_export_is_deterministic(place: Place) -> None:
    (place.packs / "a").mkdir()
    (place.packs / "b").mkdir()
    first = export_pack(
        [SAMPLE, PICTURES / "pictures.en.yaml"],
        place.packs / "a" / "My Pack.quizpack",
        place.data,
        created=CREATED,
    )
    second = export_pack(
        [PICTURES / "pictures.en.yaml", SAMPLE],
        place.packs / "b" / "My Pack.quizpack",
        place.data,
        created=CREATED,
    )
    assert first.path.read_bytes() == second.path.read_bytes()
    assert first.manifest.title == "Pictures of lures; Sample bank"
    assert first.manifest.author == "Test facilitators"
    assert first.manifest.id == "my-pack"


def test_export_refusals(place: Place, tmp_path: Path) -> None:
    with pytest.raises(PackError, match="no bank 'nothing-here' is installed"):
        pack_export(["nothing-here"], place.packs / "x.quizpack", place.data)
    broken = tmp_path / "broken.en.yaml"
    broken.write_text(bank_text().replace("kind:", "knd:"), "utf-8")
    with pytest.raises(PackError) as caught:
        pack_export([str(broken)], place.packs / "x.quizpack", place.data)
    assert caught.value.issues and caught.value.issues[0].line == 7
    # two banks whose different images would share one name in the pack
    other = tmp_path / "other"
    (other / "images").mkdir(parents=True)
    (other / "images" / "red-flag.png").write_bytes(PNG + b"different")
    (other / "other.en.yaml").write_text(bank_text("other", image="images/red-flag.png"), "utf-8")
    with pytest.raises(PackError, match="two different images"):
        pack_export(
            [str(PICTURES / "pictures.en.yaml"), str(other / "other.en.yaml")],
            place.packs / "x.quizpack",
            place.data,
        )
    with pytest.raises(PackError, match="does not exist"):
        pack_export([str(SAMPLE)], tmp_path / "nowhere" / "x.quizpack", place.data)
    assert not (place.packs / "x.quizpack").exists()
    assert place.installed() == {}


def test_export_of_a_repetitive_bank_stays_under_the_ratio_bound(place: Place) -> None:
    lines = "".join(
        f'  - id: q-{i:04d}\n    kind: truefalse\n    prompt: "Same prompt"\n'
        f'    explanation: "Same explanation"\n    answer: true\n'
        for i in range(3000)
    )
    big = place.root / "big.en.yaml"
    big.write_text(f"format: 1\nid: big\nlanguage: en\ntitle: Big\nquestions:\n{lines}", "utf-8")
    pack = place.packs / "big.quizpack"
    export_pack([big], pack, place.data)
    import_pack(pack, place.data)
    assert (bank_folder(place.data, "big") / "big.en.yaml").read_bytes() == big.read_bytes()


def test_core_packs_never_import_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, quizapp.core.packs, quizapp.core.commands, quizapp.core.formats.gift, "
        "quizapp.core.formats.aiken; assert 'PySide6' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)

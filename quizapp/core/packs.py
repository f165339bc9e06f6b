"""`.quizpack` files: banks that travel between laptops on a USB stick.

A pack is a zip of `pack.yaml` (format, id, title, author, created, and the
path, SHA-256 and size of every other file), `banks/<id>.<language>.yaml`
and the images those banks show (`banks/images/...`, beside the bank files,
as the banks' own image paths say).

A pack comes from someone else's laptop, so import trusts nothing in it.
`plan_import` reads the zip's directory and refuses, before a byte is
unpacked, names that could land outside the data folder, links, encrypted
or oddly compressed members, too many or too large files; then it reads
every member through a counted reader (whatever the headers claim), checks
it against the manifest, validates each bank with the loader, each image by
its magic bytes, and every translation against its reference; then it
compares versions with what is installed (see `_same_bank` for when a pack's
bank is the one installed with its id and when it is a different bank that
only shares the id: that one is installed apart, as `<id>-2` or the next free
id, with the `id:` in its files rewritten). Only then does `apply_import`
unpack, into a staging folder inside the data folder, check the unpacked
banks once more, and move each bank's folder into place with one
`os.replace` of a directory.

Installed layout: every file of one bank id lives in `banks/<id>/` (its
languages and their images), so that installing or updating a bank is one
rename. An update moves the old folder aside into the staging folder first;
a journal and a COMMITTED marker in the staging folder let `recover` finish
(or undo) an import that a crash cut short: after a kill each bank is wholly
the old one, wholly the new one, or (until `recover` runs) absent, never a
mix; `recover` then completes all of the pack or none of it.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import enum
import hashlib
import json
import os
import re
import secrets
import shutil
import stat
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

import yaml

from quizapp.core.bank import Bank
from quizapp.core.formats import slugify
from quizapp.core.formats.bank_writer import quote
from quizapp.core.images import IMAGE_KINDS, MAX_IMAGE_BYTES, image_problem, image_too_big
from quizapp.core.issues import Issue, QuizappError
from quizapp.core.library import bank_files
from quizapp.core.loader import (
    MAX_FILE_BYTES,
    SLUG,
    check_bank_bytes,
    check_bank_file,
)
from quizapp.core.paths import DataFolder, bundled_questions_dir
from quizapp.core.translations import answer_shape, check_translation, pick_reference
from quizapp.core.yaml_tree import Mapping, Scalar, YamlTreeError, parse_tree
from quizapp.core.yaml_tree import Sequence as YamlSequence

try:  # libyaml's parser, as the loader uses; the pure-Python one is an equal fallback
    from yaml.cyaml import CParser as _Parser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml.loader import SafeLoader as _Parser  # type: ignore[assignment]

PACK_FORMAT = 1
PACK_SUFFIX = ".quizpack"
MANIFEST_NAME = "pack.yaml"
BANKS_FOLDER = "banks"

MAX_TOTAL_BYTES = 64 * 1024 * 1024  # the sum of every member, unpacked
MAX_PACK_FILE_BYTES = MAX_TOTAL_BYTES + 8 * 1024 * 1024  # the .quizpack itself
MAX_MEMBERS = 500
MAX_RATIO = 100  # unpacked size / packed size, per member
MAX_NAME = 200
MAX_DEPTH = 8
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_TITLE = 200

_PRECOMPRESSED = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
_BANK_NAME = re.compile(r"([a-z0-9][a-z0-9-]{0,63})\.([a-z]{2})\.yaml\Z")
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")
_WINDOWS_RESERVED = re.compile(r"(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?\Z", re.IGNORECASE)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_ENCRYPTED_FLAGS = 0x0001 | 0x0040 | 0x2000  # traditional, strong, central-directory
_REPARSE_POINT = 0x0400  # Windows' attribute for links and junctions

STAGING_PREFIX = ".staging-"
DONE_PREFIX = ".done-"
LOCK_NAME = ".import.lock"
JOURNAL_NAME = "journal.json"
COMMITTED_NAME = "COMMITTED"


class PackError(QuizappError):
    """A pack that cannot be exported or imported; nothing was written.

    The message is one line; `issues` holds every bank issue found
    (path:line:column), `details` every reason as text.
    """

    def __init__(
        self,
        message: str,
        issues: Iterable[Issue] = (),
        details: Iterable[str] = (),
    ) -> None:
        self.issues = list(issues)
        self.details = list(details) or [str(i) for i in self.issues] or [message]
        super().__init__(message)


class PackRefused(PackError):
    """A sound pack whose banks are already installed in this version or a newer one."""


def _error_from(issues: list[Issue], lead: str) -> PackError:
    issues = sorted(issues)
    more = len(issues) - 1
    tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
    return PackError(f"{lead}: {issues[0]}{tail}", issues)


# -- what a pack says about itself ---------------------------------------------


@dataclass(frozen=True)
class PackFile:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    id: str
    title: str
    author: str
    created: str
    files: tuple[PackFile, ...]
    format: int = PACK_FORMAT

    def to_yaml(self) -> str:
        lines = [
            f"format: {self.format}",
            f"id: {quote(self.id)}",
            f"title: {quote(self.title)}",
            f"author: {quote(self.author)}",
            f"created: {quote(self.created)}",
            "files:",
        ]
        for item in self.files:
            lines.append(f"  - path: {quote(item.path)}")
            lines.append(f"    sha256: {quote(item.sha256)}")
            lines.append(f"    size: {item.size}")
        return "\n".join(lines) + "\n"


class Action(enum.Enum):
    INSTALL = "install"
    UPDATE = "update"
    # a different bank already uses the pack's id here: install this one beside it,
    # under a free id (`<id>-2`, `<id>-3`, ...); nothing installed is touched
    INSTALL_APART = "install-apart"


@dataclass(frozen=True)
class PlannedBank:
    """What importing will do to one bank id (all its languages at once)."""

    id: str
    title: str
    version: int
    languages: tuple[str, ...]
    action: Action
    installed_version: int | None = None
    bundled_version: int | None = None
    kept_languages: tuple[str, ...] = ()  # installed, not in the pack, still matching
    dropped_languages: tuple[str, ...] = ()  # installed, not in the pack, no longer matching
    questions: int = 0
    # pack member -> path inside the bank's folder
    files: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    banks: tuple[Bank, ...] = field(default=(), repr=False, compare=False)
    # The id the bank has in the pack when it goes in under another one (`id`), kept
    # apart from a different bank that uses it here; "" when the ids are the same.
    # Its files are written with the top-level `id:` of each rewritten to `id`.
    original_id: str = ""

    @property
    def renamed(self) -> bool:
        """Installed under another id than the pack's (see `original_id`)."""
        return bool(self.original_id) and self.original_id != self.id

    @property
    def pack_id(self) -> str:
        """The bank's id as the pack has it."""
        return self.original_id or self.id

    def describe(self) -> str:
        languages = ", ".join(self.languages)
        if self.action is Action.INSTALL_APART:
            text = (
                f"install \"{self.title}\" as '{self.id}' (a different bank already uses the "
                f"id '{self.original_id}'), version {self.version} ({languages}), "
                f"{self.questions} questions"
            )
        elif self.action is Action.UPDATE:
            text = (
                f"update '{self.id}' from version {self.installed_version} to {self.version} "
                f'({languages}): "{self.title}", {self.questions} questions'
            )
            if self.renamed:
                text += (
                    f" (the pack's '{self.original_id}', kept apart here from a different "
                    "bank with that id)"
                )
        else:
            text = (
                f"install '{self.id}' version {self.version} ({languages}): "
                f'"{self.title}", {self.questions} questions'
            )
            if self.bundled_version is not None:
                text += f", as your own copy (the app comes with version {self.bundled_version})"
        if self.kept_languages:
            text += f"; keeps the installed {', '.join(self.kept_languages)}"
        if self.dropped_languages:
            text += (
                f"; removes the installed {', '.join(self.dropped_languages)}, "
                "which no longer matches the new version"
            )
        return text


@dataclass(frozen=True)
class ImportPlan:
    """What `apply_import` will do; the UI shows it and asks before an update."""

    pack: Path
    data_dir: Path
    manifest: Manifest
    banks: tuple[PlannedBank, ...]
    notes: tuple[str, ...] = ()
    bundled_dirs: tuple[Path, ...] = ()

    @property
    def updates(self) -> tuple[PlannedBank, ...]:
        return tuple(b for b in self.banks if b.action is Action.UPDATE)

    @property
    def needs_confirmation(self) -> bool:
        return any(b.action is Action.UPDATE or b.dropped_languages for b in self.banks)

    def lines(self) -> list[str]:
        head = f'pack "{self.manifest.title}" ({self.manifest.id})'
        if self.manifest.author:
            head += f" by {self.manifest.author}"
        return (
            [head + f", made {self.manifest.created}:"]
            + [f"  {b.describe()}" for b in self.banks]
            + [f"  note: {n}" for n in self.notes]
        )


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    installed: tuple[str, ...]  # every id installed, those kept apart included
    updated: tuple[str, ...]
    apart: tuple[str, ...] = ()  # the new ids of the banks installed apart

    def lines(self) -> list[str]:
        lines: list[str] = []
        for bank in self.plan.banks:
            languages = ", ".join(bank.languages)
            if bank.action is Action.INSTALL_APART:
                lines.append(
                    f"installed '{bank.original_id}' as '{bank.id}' version {bank.version} "
                    f"({languages}): a different bank already uses the id '{bank.original_id}'"
                )
            elif bank.action is Action.UPDATE:
                lines.append(
                    f"updated '{bank.id}' from version {bank.installed_version} to "
                    f"{bank.version} ({languages})"
                )
                if bank.renamed:
                    lines[-1] += f" (the pack's '{bank.original_id}', kept apart)"
            else:
                lines.append(f"installed '{bank.id}' version {bank.version} ({languages})")
            if bank.kept_languages:
                lines.append(f"  kept the installed {', '.join(bank.kept_languages)}")
            if bank.dropped_languages:
                lines.append(
                    f"  removed the installed {', '.join(bank.dropped_languages)} "
                    "(it no longer matched)"
                )
        lines.extend(f"note: {n}" for n in self.plan.notes)
        return lines


@dataclass(frozen=True)
class PackReport:
    """What `export_pack` wrote."""

    path: Path
    manifest: Manifest
    banks: tuple[tuple[str, str, str], ...]  # (id, language, title)
    images: tuple[str, ...]
    size: int

    def lines(self) -> list[str]:
        by_id: dict[str, list[str]] = {}
        for bank_id, language, _ in self.banks:
            by_id.setdefault(bank_id, []).append(language)
        banks = "; ".join(f"{i}: {', '.join(langs)}" for i, langs in by_id.items())
        count = len(by_id)
        images = len(self.images)
        return [
            f"wrote {self.path}: {count} bank{'s' if count != 1 else ''} ({banks}), "
            f"{images} image{'s' if images != 1 else ''}, {_size_text(self.size)}"
        ]


def _size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1048576:.1f} MB"


def bank_folder(data_dir: Path | str, bank_id: str) -> Path:
    """Where every file of an installed bank lives (its languages and images)."""
    return DataFolder(Path(data_dir)).banks / bank_id


# -- checks on names and contents ---------------------------------------------


def _name_problem(name: str) -> str | None:
    """Why a member name is unsafe to unpack anywhere, or None."""
    if "\x00" in name:
        return "has a NUL byte in its name"
    if "\\" in name:
        return "has a backslash in its name (a Windows path that could leave the folder)"
    if name.startswith("/"):
        return "is an absolute path"
    if re.match(r"[A-Za-z]:", name):
        return "starts with a drive letter"
    if len(name) > MAX_NAME:
        return f"has a name over {MAX_NAME} characters"
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in name):
        return "has a control character in its name"
    parts = name[:-1].split("/") if name.endswith("/") else name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "has an empty, '.' or '..' part in its path (it could leave the folder)"
    if len(parts) > MAX_DEPTH:
        return f"is nested more than {MAX_DEPTH} folders deep"
    for part in parts:
        if re.search(r'[<>:"|?*]', part):
            return 'has a character that Windows does not allow in file names (<>:"|?*)'
        if part.endswith((".", " ")):
            return "has a name part ending with a dot or a space"
        if _WINDOWS_RESERVED.match(part):
            return f"uses the reserved device name '{part}'"
    return None


def _info_problem(info: zipfile.ZipInfo) -> str | None:
    problem = _name_problem(info.orig_filename)
    if problem:
        return problem
    mode = (info.external_attr >> 16) & 0xFFFF
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK or info.external_attr & _REPARSE_POINT:
        return "is a symbolic link"
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        return "is not a regular file"
    if info.flag_bits & _ENCRYPTED_FLAGS:
        return "is encrypted"
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return f"uses a compression method quizapp does not read ({info.compress_type})"
    if info.is_dir():
        if info.file_size:
            return "is a folder entry that holds data"
        return None
    if info.file_size and (
        info.compress_size == 0 or info.file_size > MAX_RATIO * info.compress_size
    ):
        return (
            f"would unpack to more than {MAX_RATIO} times its packed size "
            "(a zip bomb, or a damaged file)"
        )
    return None


def _image_member(reference: Path | str) -> str | None:
    """The pack member an image reference of a bank points at, or None if unsafe."""
    text = reference.as_posix() if isinstance(reference, Path) else str(reference)
    if "\\" in text or text.startswith("/"):
        return None
    parts = [p for p in PurePosixPath(text).parts if p != "."]
    if not parts or ".." in parts:
        return None
    return "/".join([BANKS_FOLDER, *parts])


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- reading a pack ----------------------------------------------------------------


# A directory entry is 46 bytes plus its name and extra fields: this is room for
# MAX_MEMBERS of them with long names, and far less than a directory of a million
# entries, which zipfile would build in full (seconds, hundreds of MB) before
# vet_directory could count them.
MAX_DIRECTORY_BYTES = MAX_MEMBERS * (46 + MAX_NAME + 300)


def _refuse_a_huge_directory(path: Path, label: str) -> None:
    """Read the zip's end record first and refuse a directory too big to be a pack's."""
    find_end = getattr(zipfile, "_EndRecData", None)  # what ZipFile itself reads first
    if find_end is None:  # another Python: ZipFile and vet_directory still refuse it
        return
    try:
        with path.open("rb") as handle:
            end = find_end(handle)
    except (OSError, ValueError, struct.error):
        return  # not a zip (or unreadable): ZipFile says so in its own words
    if not end:
        return
    size, entries = end[zipfile._ECD_SIZE], end[zipfile._ECD_ENTRIES_TOTAL]
    if entries > MAX_MEMBERS:
        raise PackError(f"{label} holds {entries} files; a pack may hold at most {MAX_MEMBERS}")
    if size > MAX_DIRECTORY_BYTES:
        raise PackError(
            f"{label} has a list of files of {size:,} bytes, more than {MAX_MEMBERS} files "
            "with sensible names need: too many files, or names far too long"
        )


class _PackReader:
    """A zip opened for checking: its directory vetted, its reads counted."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = path.name
        self.read_total = 0
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise PackError(f"{path}: no such file") from None
        except OSError as error:
            raise PackError(f"{path}: cannot read it ({error.strerror or error})") from None
        if path.is_dir():
            raise PackError(f"{path} is a folder, not a .quizpack file")
        if size > MAX_PACK_FILE_BYTES:
            raise PackError(
                f"{self.label} is {size / 1048576:.0f} MB; a pack may be at most "
                f"{MAX_PACK_FILE_BYTES // 1048576} MB"
            )
        _refuse_a_huge_directory(path, self.label)
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as error:
            raise PackError(
                f"{self.label} is not a pack: it is not a zip file, or it was cut short "
                "(copy it again from the stick)"
            ) from error
        except (NotImplementedError, OSError) as error:
            raise PackError(f"{self.label} cannot be read as a zip file: {error}") from None
        self.infos = infos

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> _PackReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def vet_directory(self) -> dict[str, zipfile.ZipInfo]:
        """Refuse anything unsafe that the zip's directory shows; return its files by name."""
        problems: list[str] = []
        if len(self.infos) > MAX_MEMBERS:
            raise PackError(
                f"{self.label} holds {len(self.infos)} files; a pack may hold at most {MAX_MEMBERS}"
            )
        seen: dict[str, str] = {}
        files: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in self.infos:
            name = info.orig_filename
            problem = _info_problem(info)
            if problem:
                problems.append(f"{name!r} {problem}")
                continue
            folded = unicodedata.normalize("NFC", name.rstrip("/")).casefold()
            if folded in seen:
                first = seen[folded]
                same = "twice" if first == name else f"twice (as {first!r}, letter case aside)"
                problems.append(f"{name!r} is in the pack {same}")
                continue
            seen[folded] = name
            if info.is_dir():
                continue
            total += info.file_size
            files[name] = info
        if problems:
            more = len(problems) - 1
            tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
            raise PackError(f"{self.label} is refused: {problems[0]}{tail}", details=problems)
        if total > MAX_TOTAL_BYTES:
            raise PackError(
                f"{self.label} would unpack to {total / 1048576:.0f} MB; a pack may hold at "
                f"most {MAX_TOTAL_BYTES // 1048576} MB"
            )
        return files

    def stream(self, info: zipfile.ZipInfo, sink: Callable[[bytes], None]) -> None:
        """Feed a member's bytes to `sink`, counting them against every bound."""
        name = info.orig_filename
        got = 0
        try:
            with self.zip.open(info) as handle:
                while True:
                    chunk = handle.read(65536)
                    if not chunk:
                        break
                    got += len(chunk)
                    self.read_total += len(chunk)
                    if got > info.file_size:
                        raise PackError(
                            f"{self.label}: {name!r} holds more than its header says "
                            "(a zip bomb, or a damaged file)"
                        )
                    if self.read_total > MAX_TOTAL_BYTES:
                        raise PackError(
                            f"{self.label} unpacks to more than "
                            f"{MAX_TOTAL_BYTES // 1048576} MB; refused"
                        )
                    sink(chunk)
        except PackError:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as error:
            raise PackError(
                f"{self.label}: {name!r} is damaged and cannot be unpacked ({error})"
            ) from None
        except NotImplementedError as error:
            raise PackError(f"{self.label}: {name!r} cannot be unpacked ({error})") from None
        if got != info.file_size:
            raise PackError(
                f"{self.label}: {name!r} holds {got} bytes, not the {info.file_size} "
                "its header says (a damaged file)"
            )

    def read(self, info: zipfile.ZipInfo) -> bytes:
        chunks: list[bytes] = []
        self.stream(info, chunks.append)
        return b"".join(chunks)


def _parse_manifest(data: bytes, where: str) -> Manifest:
    def bad(message: str, line: int = 1, column: int = 1) -> PackError:
        return _error_from([Issue(where, line, column, message)], "the pack's manifest is wrong")

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise bad("pack.yaml is not UTF-8 text") from None
    try:
        root = parse_tree(text, where)
    except YamlTreeError as error:
        raise _error_from(error.issues, "the pack's manifest cannot be read") from None
    if type(root) is not Mapping:
        raise bad("pack.yaml must be a mapping (format:, id:, title:, files:)")

    def text_field(key: str, required: bool = True) -> str:
        node = root.items.get(key)
        if node is None:
            if required:
                raise bad(f"pack.yaml has no `{key}:`")
            return ""
        if type(node) is not Scalar or (node.value is None and required):
            raise bad(f"`{key}` must be text", node.line, node.column)
        if len(node.raw) > MAX_TITLE * 5:
            raise bad(f"`{key}` is too long", node.line, node.column)
        return node.raw

    fmt = root.items.get("format")
    if fmt is None or type(fmt) is not Scalar or fmt.value != PACK_FORMAT:
        found = fmt.raw if type(fmt) is Scalar else "missing"
        raise bad(
            f"pack format {found} is not one this version of quizapp reads (it reads "
            f"format {PACK_FORMAT}); a newer quizapp may have made it"
        )
    pack_id = text_field("id")
    if not SLUG.match(pack_id):
        raise bad(f"the pack's id '{pack_id}' is not a slug (lowercase letters, digits, -)")
    title = text_field("title")
    author = text_field("author", required=False)
    created = text_field("created")
    try:
        datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        raise bad(f"`created: {created}` is not an ISO 8601 date and time") from None
    files_node = root.items.get("files")
    if type(files_node) is not YamlSequence:
        raise bad("pack.yaml needs `files:`, a list of path, sha256 and size")
    files: list[PackFile] = []
    for item in files_node.items:
        if type(item) is not Mapping:
            raise bad("each of `files` must be a mapping of path, sha256, size", item.line)
        path = item.items.get("path")
        digest = item.items.get("sha256")
        size = item.items.get("size")
        if not (type(path) is Scalar and type(digest) is Scalar and type(size) is Scalar):
            raise bad("each of `files` needs path, sha256 and size", item.line, item.column)
        if not _SHA256.match(digest.raw):
            raise bad(f"sha256 of '{path.raw}' is not 64 hex digits", digest.line)
        if type(size.value) is not int or size.value < 0:
            raise bad(f"size of '{path.raw}' is not a whole number", size.line)
        files.append(PackFile(path.raw, digest.raw, size.value))
    return Manifest(pack_id, title, author, created, tuple(files), PACK_FORMAT)


@dataclass(frozen=True)
class _Contents:
    """A pack read and checked in full: its manifest and its banks by id."""

    manifest: Manifest
    banks: dict[str, tuple[Bank, ...]] = field(hash=False)
    images: dict[str, str] = field(hash=False)  # member -> sha256
    bank_members: dict[tuple[str, str], str] = field(hash=False)  # (id, lang) -> member
    notes: tuple[str, ...] = ()
    bank_data: dict[str, bytes] = field(default_factory=dict, hash=False)  # member -> bytes


def _read_pack(path: Path) -> _Contents:
    with _PackReader(path) as reader:
        files = reader.vet_directory()
        label = reader.label
        manifest_info = files.pop(MANIFEST_NAME, None)
        if manifest_info is None:
            raise PackError(f"{label} has no pack.yaml; it is not a quizapp pack")
        if manifest_info.file_size > MAX_MANIFEST_BYTES:
            raise PackError(f"{label}: pack.yaml is over 1 MB; refused")
        manifest = _parse_manifest(reader.read(manifest_info), f"{label}/{MANIFEST_NAME}")

        listed: dict[str, PackFile] = {}
        problems: list[str] = []
        for item in manifest.files:
            if item.path == MANIFEST_NAME:
                problems.append("pack.yaml lists itself; it lists only the other files")
            elif item.path in listed:
                problems.append(f"pack.yaml lists '{item.path}' twice")
            listed[item.path] = item
        for name in files:
            if name not in listed:
                problems.append(f"'{name}' is in the pack but not in pack.yaml (tampered?)")
        for name, item in listed.items():
            info = files.get(name)
            if info is None:
                problems.append(f"pack.yaml lists '{name}', which is not in the pack")
            elif info.file_size != item.size:
                problems.append(
                    f"'{name}' is {info.file_size} bytes; pack.yaml says {item.size} (tampered?)"
                )

        bank_names: dict[str, tuple[str, str]] = {}
        image_names: list[str] = []
        for name, info in files.items():
            parts = name.split("/")
            suffix = PurePosixPath(name).suffix.lower()
            match = _BANK_NAME.match(parts[-1])
            if len(parts) == 2 and parts[0] == BANKS_FOLDER and match:
                if info.file_size > MAX_FILE_BYTES:
                    problems.append(f"'{name}' is over 16 MB; a bank may be at most 16 MB")
                bank_names[name] = (match.group(1), match.group(2))
            elif len(parts) >= 2 and parts[0] == BANKS_FOLDER and suffix in IMAGE_KINDS:
                if info.file_size > MAX_IMAGE_BYTES:
                    problems.append(f"'{name}' {image_too_big(info.file_size)}")
                image_names.append(name)
            else:
                problems.append(
                    f"'{name}' does not belong in a pack (it holds pack.yaml, "
                    "banks/<id>.<language>.yaml and their images)"
                )
        if not bank_names and not problems:
            problems.append("the pack holds no bank")
        if problems:
            more = len(problems) - 1
            tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
            raise PackError(f"{label} is refused: {problems[0]}{tail}", details=problems)

        def verified(name: str) -> bytes:
            data = reader.read(files[name])
            if _sha256(data) != listed[name].sha256:
                raise PackError(
                    f"{label}: '{name}' does not match its SHA-256 in pack.yaml (it was "
                    "changed or damaged after the pack was made)"
                )
            return data

        issues: list[Issue] = []
        image_problems: list[str] = []
        images: dict[str, str] = {}
        for name in sorted(image_names):
            data = verified(name)
            problem = image_problem(name, data)
            if problem:
                image_problems.append(f"'{name}' {problem}")
            images[name] = listed[name].sha256
        banks: dict[str, list[Bank]] = {}
        bank_members: dict[tuple[str, str], str] = {}
        bank_data: dict[str, bytes] = {}
        for name in sorted(bank_names):
            where = f"{label}/{name}"
            bank_data[name] = data = verified(name)
            bank, found = check_bank_bytes(data, where, None)
            issues.extend(found)
            if bank is None:
                continue
            file_id, file_language = bank_names[name]
            if (bank.id, bank.language) != (file_id, file_language):
                issues.append(
                    Issue(
                        where,
                        1,
                        1,
                        f"the file is named for bank '{file_id}' in '{file_language}' but "
                        f"holds '{bank.id}' in '{bank.language}'",
                    )
                )
                continue
            for question in bank.questions:
                if question.image is None:
                    continue
                member = _image_member(question.image)
                if member is None or member not in images:
                    issues.append(
                        Issue(
                            where,
                            question.line,
                            1,
                            f"question '{question.id}' shows image '{question.image}', "
                            "which is not in the pack",
                        )
                    )
            banks.setdefault(bank.id, []).append(bank)
            bank_members[(bank.id, bank.language)] = name
    if image_problems:
        more = len(image_problems) - 1
        tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
        raise PackError(f"{label} is refused: {image_problems[0]}{tail}", details=image_problems)
    for versions in banks.values():
        if len(versions) > 1:
            reference = pick_reference(versions)
            for other in versions:
                if other is not reference:
                    issues.extend(check_translation(reference, other))
    if issues:
        raise _error_from(issues, f"{label} holds a bank with problems")

    used = {
        _image_member(q.image)
        for versions in banks.values()
        for bank in versions
        for q in bank.questions
        if q.image is not None
    }
    notes = tuple(
        f"'{name}' is not shown by any question and is left out"
        for name in images
        if name not in used
    )
    return _Contents(
        manifest,
        {k: tuple(v) for k, v in banks.items()},
        images,
        bank_members,
        notes,
        bank_data,
    )


# -- what is installed ------------------------------------------------------------


@dataclass(frozen=True)
class _Installed:
    bank: Bank
    path: Path


def _scan(folder: Path) -> dict[str, list[_Installed]]:
    """Valid banks under a folder, by id (broken files are skipped here)."""
    found: dict[str, list[_Installed]] = {}
    for path in bank_files(folder):
        bank, _ = check_bank_file(path)
        if bank is not None:
            found.setdefault(bank.id, []).append(_Installed(bank, path))
    return found


def _decide(
    contents: _Contents, data_dir: Path, bundled_dirs: Sequence[Path]
) -> tuple[tuple[PlannedBank, ...], tuple[str, ...]]:
    user = _scan(DataFolder(data_dir).banks)
    bundled: dict[str, int] = {}
    bundled_banks: dict[str, list[Bank]] = {}
    for folder in bundled_dirs:
        for bank_id, entries in _scan(folder).items():
            bundled[bank_id] = max([bundled.get(bank_id, 0), *(e.bank.version for e in entries)])
            bundled_banks.setdefault(bank_id, []).extend(e.bank for e in entries)
    by_path = {e.path.resolve(): bank_id for bank_id, es in user.items() for e in es}
    refusals: list[str] = []
    notes: list[str] = []
    planned: list[PlannedBank] = []
    taken: set[str] = set()  # the new ids of banks kept apart so far
    for pack_id in sorted(contents.banks):
        versions = contents.banks[pack_id]
        version = max(b.version for b in versions)
        reference = pick_reference(list(versions))
        here = [e.bank for e in user.get(pack_id, [])] or bundled_banks.get(pack_id, [])
        bank_id = pack_id
        if not (here and _same_bank(versions, here)):
            # A different bank (or none) uses the id here: this one may have been kept
            # apart before (update that copy), else it goes in apart under a free id.
            found = _apart_copy(pack_id, versions, contents, user, taken)
            if found is None and here:
                found = _free_apart_id(pack_id, contents, user, bundled, taken, data_dir)
                if found is None:
                    refusals.append(
                        f"bank '{pack_id}' is a different bank from the one installed with that "
                        f"id, and no id from '{_apart_id(pack_id, 2)}' to "
                        f"'{_apart_id(pack_id, MAX_APART)}' is free to install it apart"
                    )
                    continue
            bank_id = found or pack_id
        taken.add(bank_id)
        # how the messages name it: the pack's id, and where it goes when kept apart
        name = (
            f"'{pack_id}'"
            if bank_id == pack_id
            else f"'{pack_id}' (kept apart here as '{bank_id}': a different bank uses '{pack_id}')"
        )
        folder = bank_folder(data_dir, bank_id)
        installed = user.get(bank_id, [])
        home = folder.resolve()
        outside = [e.path for e in installed if not e.path.resolve().is_relative_to(home)]
        if outside:
            refusals.append(
                f"bank '{bank_id}' is installed as {outside[0]}, outside its folder {folder}; "
                "move that file into the folder (or remove it) and import again"
            )
            continue
        if folder.is_dir():
            strangers = sorted(
                {i for p, i in by_path.items() if p.is_relative_to(folder.resolve())} - {bank_id}
            )
            if strangers:
                refusals.append(
                    f"the folder {folder} also holds bank '{strangers[0]}'; move it out and "
                    "import again"
                )
                continue
        installed_version = max((e.bank.version for e in installed), default=None)
        bundled_version = bundled.get(bank_id)
        present = [e.bank for e in installed] or bundled_banks.get(bank_id, [])
        if _same_content(versions, present):
            # the very bank this laptop already has (a round trip, a second copy of a
            # pack): nothing to change, and nothing wrong either
            notes.append(f"bank {name} is already here, version {version}; nothing to do")
            continue
        if installed_version is not None and version <= installed_version:
            refusals.append(
                f"bank {name} is already installed, version {installed_version}; the pack "
                f"holds version {version}, and only a higher version updates it"
            )
            continue
        if bundled_version is not None and version <= bundled_version:
            refusals.append(
                f"bank '{bank_id}' comes with the app, version {bundled_version}; the pack "
                f"holds version {version}, and only a newer one is installed beside it"
            )
            continue
        if bank_id != pack_id:
            problem = next(
                (
                    p
                    for b in versions
                    if (p := _rename_problem(contents, pack_id, b.language, bank_id))
                ),
                None,
            )
            if problem:
                refusals.append(problem)
                continue
        pack_languages = {b.language for b in versions}
        kept: list[str] = []
        dropped: list[str] = []
        files = [
            (contents.bank_members[(pack_id, b.language)], f"{bank_id}.{b.language}.yaml")
            for b in sorted(versions, key=lambda b: b.language)
        ]
        images = sorted(
            {_image_member(q.image) for b in versions for q in b.questions if q.image is not None}
        )
        files.extend((member, member.split("/", 1)[1]) for member in images if member)
        for entry in sorted(installed, key=lambda e: e.bank.language):
            if entry.bank.language in pack_languages:
                continue
            if check_translation(reference, entry.bank):
                dropped.append(entry.bank.language)
            else:
                kept.append(entry.bank.language)
        if folder.is_dir():
            known = {e.path.resolve() for e in installed}
            stray = [
                p
                for p in sorted(folder.rglob("*"))
                if p.is_file() and p.suffix in (".yaml", ".yml") and p.resolve() not in known
            ]
            notes.extend(
                f"{p} in the folder of '{bank_id}' is not a valid bank and will be removed"
                for p in stray
            )
        if installed:
            action = Action.UPDATE
        elif bank_id != pack_id:
            action = Action.INSTALL_APART
        else:
            action = Action.INSTALL
        planned.append(
            PlannedBank(
                id=bank_id,
                title=reference.title,
                version=version,
                languages=tuple(sorted(pack_languages)),
                action=action,
                installed_version=installed_version,
                bundled_version=bundled_version,
                kept_languages=tuple(kept),
                dropped_languages=tuple(dropped),
                questions=len(reference.questions),
                files=tuple(files),
                banks=versions,
                original_id=pack_id if bank_id != pack_id else "",
            )
        )
    if refusals:
        more = len(refusals) - 1
        tail = f" (and {more} more)" if more else ""
        raise PackRefused(f"{refusals[0]}{tail}", details=refusals)
    return tuple(planned), tuple(notes)


# -- the same bank, or a different one with the same id ------------------------------

MAX_APART = 99  # <id>-2 ... <id>-99


def _words(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _same_bank(pack_banks: Sequence[Bank], present: Sequence[Bank]) -> bool:
    """Whether the pack's bank is the bank installed here with its id, or a different one.

    Ids are made from titles ("My quiz" -> my-quiz) and question ids count up
    (q-001, q-002, ...), so two teachers' banks often share both the id and the
    title; neither tells them apart. What a bank is about is its questions:

    * the same bank when, in a language both have, at least one question has
      the same id and the same prompt (case, spacing and Unicode normal form
      aside). An update keeps most of its questions word for word even when
      it edits, adds or removes others, or retitles the bank;
    * when they have no language in common, the same bank when either is a
      faithful translation of the other (the same question ids, kinds and
      answers: what an update checks before it keeps an installed language);
    * otherwise a different bank, installed apart under a new id, so that
      nothing installed is ever overwritten by a stranger. A genuine update
      that rewrote every single prompt is installed apart too: the safe side.
    """
    ours = {b.language: b for b in pack_banks}
    theirs = {b.language: b for b in present}
    shared = sorted(set(ours) & set(theirs))
    for language in shared:
        prompts = {q.id: _words(q.prompt) for q in theirs[language].questions}
        if any(prompts.get(q.id) == _words(q.prompt) for q in ours[language].questions):
            return True
    if shared:
        return False
    reference = pick_reference(list(pack_banks))
    return any(not check_translation(reference, b) for b in present)


def _apart_id(bank_id: str, number: int) -> str:
    tail = f"-{number}"
    return f"{bank_id[: 64 - len(tail)].rstrip('-')}{tail}"


def _apart_copy(
    pack_id: str,
    versions: Sequence[Bank],
    contents: _Contents,
    user: dict[str, list[_Installed]],
    taken: set[str],
) -> str | None:
    """The id of this bank's copy kept apart by an earlier import, if there is one."""
    for number in range(2, MAX_APART + 1):
        candidate = _apart_id(pack_id, number)
        if candidate in contents.banks or candidate in taken or candidate not in user:
            continue
        if _same_bank(versions, [e.bank for e in user[candidate]]):
            return candidate
    return None


def _free_apart_id(
    pack_id: str,
    contents: _Contents,
    user: dict[str, list[_Installed]],
    bundled: dict[str, int],
    taken: set[str],
    data_dir: Path,
) -> str | None:
    """The first of `<id>-2`, `<id>-3`, ... that no bank here or in the pack uses."""
    for number in range(2, MAX_APART + 1):
        candidate = _apart_id(pack_id, number)
        if (
            candidate in contents.banks
            or candidate in taken
            or candidate in user
            or candidate in bundled
            or bank_folder(data_dir, candidate).exists()
        ):
            continue
        return candidate
    return None


def rename_bank_bytes(data: bytes, new_id: str) -> bytes:
    """A bank file's bytes with the value of its top-level `id:` made `new_id`.

    Only that one scalar changes (its quotes, if any, are kept); every other
    byte, comments and line ends included, stays as it was. Raises ValueError
    when the file has no top-level `id:` scalar to rewrite.
    """
    if not SLUG.match(new_id):
        raise ValueError(f"'{new_id}' is not a bank id")
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    text = data[len(bom) :].decode("utf-8")
    span: tuple[int, int, str | None] | None = None
    parser = _Parser(text)
    try:
        depth = 0
        position = 0  # nodes seen in the top-level mapping: keys even, values odd
        after_id = False
        while span is None and parser.check_event():
            event = parser.get_event()
            if isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
                if depth == 1:
                    if after_id and isinstance(event, yaml.ScalarEvent):
                        span = (event.start_mark.index, event.end_mark.index, event.style)
                    after_id = position % 2 == 0 and getattr(event, "value", None) == "id"
                    position += 1
            elif isinstance(event, yaml.CollectionStartEvent):
                if depth == 1:
                    after_id = False
                    position += 1
                depth += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as error:
        raise ValueError(f"not readable as YAML: {error}") from None
    finally:
        parser.dispose()
    if span is None:
        raise ValueError("it has no top-level `id:` to rewrite")
    start, end, style = span
    quote_mark = style if style in ('"', "'") else ""
    if style not in (None, "", '"', "'"):
        raise ValueError("its `id:` is written as a block of text; write it on one line")
    renamed = text[:start] + quote_mark + new_id + quote_mark + text[end:]
    return bom + renamed.encode("utf-8")


def _renamed_bank(data: bytes, new_id: str, where: str) -> bytes:
    """`rename_bank_bytes`, checked: the result is the same bank but for its id."""
    try:
        renamed = rename_bank_bytes(data, new_id)
    except (ValueError, UnicodeDecodeError) as error:
        raise PackError(f"{where}: cannot give the bank the id '{new_id}': {error}") from None
    before, _ = check_bank_bytes(data, where, None)
    after, issues = check_bank_bytes(renamed, where, None)
    if before is None or after is None or dataclasses.replace(before, id=new_id) != after:
        detail = f": {issues[0]}" if issues else ""
        raise PackError(f"{where}: cannot give the bank the id '{new_id}'{detail}")
    return renamed


def _rename_problem(contents: _Contents, pack_id: str, language: str, new_id: str) -> str:
    member = contents.bank_members[(pack_id, language)]
    try:
        _renamed_bank(contents.bank_data[member], new_id, member)
    except PackError as error:
        return str(error)
    return ""


def _fingerprint(bank: Bank) -> tuple:
    return (
        bank.language,
        bank.version,
        bank.title,
        tuple((q.id, q.prompt, q.explanation, answer_shape(q)) for q in bank.questions),
    )


def _same_content(pack_banks: Sequence[Bank], present: Sequence[Bank]) -> bool:
    """Every language in the pack is already here, word for word, in the same version."""
    here = {b.language: _fingerprint(b) for b in present}
    return bool(here) and all(here.get(b.language) == _fingerprint(b) for b in pack_banks)


def plan_import(
    file: Path | str,
    data_dir: Path | str,
    *,
    bundled_dirs: Iterable[Path | str] | None = None,
) -> ImportPlan:
    """Check a pack in full and say what importing it would do; write nothing.

    Raises PackError (one-line message; `issues`/`details` hold the rest) for
    a pack that is unsafe, damaged, tampered with or holds a broken bank, and
    PackRefused when its banks are installed already in that version or newer.
    """
    file = Path(file)
    data_dir = Path(data_dir)
    folders = tuple(
        Path(p) for p in (bundled_dirs if bundled_dirs is not None else [bundled_questions_dir()])
    )
    contents = _read_pack(file)
    banks, notes = _decide(contents, data_dir, folders)
    return ImportPlan(
        pack=file,
        data_dir=data_dir,
        manifest=contents.manifest,
        banks=banks,
        notes=contents.notes + notes,
        bundled_dirs=folders,
    )


# -- installing -------------------------------------------------------------------


@contextlib.contextmanager
def _import_lock(root: Path) -> Iterator[None]:
    """One import at a time per data folder (and recovery only when none runs)."""
    root.mkdir(parents=True, exist_ok=True)
    handle = open(root / LOCK_NAME, "a+b")  # noqa: SIM115 - held for the whole block
    try:
        try:
            if os.name == "nt":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise PackError(
                "another import into this data folder is running; try again when it ends"
            ) from None
        yield
    finally:
        handle.close()  # closing releases the lock on every platform


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return  # Windows has no directory handles to flush; rename is durable there
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_durably(path: Path, data: bytes) -> None:
    with open(path, "xb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _inside(base: Path, relative: str) -> Path:
    target = base.joinpath(*relative.split("/"))
    if not target.resolve().is_relative_to(base.resolve()):  # pragma: no cover - names vetted
        raise PackError(f"'{relative}' leads outside the folder; refused")
    return target


def _stage(plan: ImportPlan, staging: Path) -> None:
    """Unpack each bank into staging/new/<id>/, each member checked against the plan."""
    listed = {f.path: f for f in plan.manifest.files}
    new = staging / "new"
    new.mkdir()
    with _PackReader(plan.pack) as reader:
        files = reader.vet_directory()
        for bank in plan.banks:
            folder = new / bank.id
            folder.mkdir()
            for member, relative in bank.files:
                info = files.get(member)
                if info is None:
                    raise PackError(f"'{member}' is gone from the pack since it was checked")
                target = _inside(folder, relative)
                target.parent.mkdir(parents=True, exist_ok=True)
                if bank.renamed and "/" not in relative and relative.endswith(".yaml"):
                    # a bank file kept apart: the same bytes but for its top-level id
                    data = reader.read(info)
                    if _sha256(data) != listed[member].sha256:
                        raise PackError(
                            f"'{member}' changed since the pack was checked; check it again"
                        )
                    _write_durably(target, _renamed_bank(data, bank.id, member))
                elif _unpack_member(reader, info, target) != listed[member].sha256:
                    raise PackError(
                        f"'{member}' changed since the pack was checked; check it again"
                    )
            _carry_over(plan, bank, folder)
            for sub in sorted({p.parent for p in folder.rglob("*")}, reverse=True):
                _fsync_dir(sub)


def _unpack_member(reader: _PackReader, info: zipfile.ZipInfo, target: Path) -> str:
    """Write one member to a new file, durably; return the SHA-256 of what was written."""
    digest = hashlib.sha256()
    with open(target, "xb") as out:

        def sink(chunk: bytes) -> None:
            digest.update(chunk)
            out.write(chunk)

        reader.stream(info, sink)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def _carry_over(plan: ImportPlan, bank: PlannedBank, folder: Path) -> None:
    """Copy the installed translations the update keeps, with their images."""
    if not bank.kept_languages:
        return
    old = bank_folder(plan.data_dir, bank.id)
    base = old.resolve()
    for path in bank_files(old):
        loaded, issues = check_bank_file(path)
        if loaded is None or issues or loaded.language not in bank.kept_languages:
            continue
        wanted = [path.resolve()] + [q.image for q in loaded.questions if q.image is not None]
        for source in wanted:
            relative = Path(source).resolve().relative_to(base).as_posix()
            target = _inside(folder, relative)
            if target.exists():
                continue  # the pack's own image of that name wins
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            with open(target, "rb+") as handle:
                os.fsync(handle.fileno())


def _check_staged(plan: ImportPlan, staging: Path) -> None:
    """Load the unpacked banks as the app will, images and translations included."""
    issues: list[Issue] = []
    for bank in plan.banks:
        loaded: list[Bank] = []
        for path in bank_files(staging / "new" / bank.id):
            found, problems = check_bank_file(path)
            issues.extend(problems)
            if found is not None:
                if found.id != bank.id:
                    issues.append(Issue(str(path), 1, 1, f"holds bank '{found.id}'"))
                loaded.append(found)
        if len(loaded) > 1:
            reference = pick_reference(loaded)
            for other in loaded:
                if other is not reference:
                    issues.extend(check_translation(reference, other))
    if issues:
        raise _error_from(issues, "the unpacked banks do not load")


def apply_import(plan: ImportPlan) -> ImportResult:
    """Install what `plan` says: all of the pack's banks, or none of them.

    Everything is checked again first (the pack and the data folder may have
    changed since the plan was made); the unpacked banks are checked once
    more; then each bank's folder is moved into place with one rename.
    """
    root = plan.data_dir
    with _import_lock(root):
        recover(root, _locked=True)
        fresh = plan_import(plan.pack, root, bundled_dirs=plan.bundled_dirs)
        if fresh.manifest != plan.manifest or fresh.banks != plan.banks:
            raise PackError(
                "the pack or the installed banks changed since the pack was checked; check it again"
            )
        DataFolder(root).banks.mkdir(parents=True, exist_ok=True)
        staging = root / f"{STAGING_PREFIX}{secrets.token_hex(8)}"
        staging.mkdir()
        committed = False
        try:
            _stage(plan, staging)
            _check_staged(plan, staging)
            journal = {"pack": str(plan.pack), "banks": [b.id for b in plan.banks]}
            _write_durably(staging / JOURNAL_NAME, json.dumps(journal).encode("utf-8"))
            _fsync_dir(staging)
            _write_durably(staging / COMMITTED_NAME, b"")
            _fsync_dir(staging)
            committed = True
            _roll_forward(root, staging, [b.id for b in plan.banks])
        except BaseException as error:
            _abandon(root, staging, committed)
            if isinstance(error, QuizappError) or not isinstance(error, Exception):
                raise
            raise PackError(
                f"could not install the pack ({error}); nothing was installed"
            ) from error
        _finish(root, staging)
    installed = tuple(b.id for b in plan.banks if b.action is not Action.UPDATE)
    updated = tuple(b.id for b in plan.banks if b.action is Action.UPDATE)
    apart = tuple(b.id for b in plan.banks if b.action is Action.INSTALL_APART)
    return ImportResult(plan, installed, updated, apart)


def import_pack(
    file: Path | str,
    data_dir: Path | str,
    *,
    bundled_dirs: Iterable[Path | str] | None = None,
) -> ImportResult:
    """plan_import then apply_import, for callers that do not ask first (the CLI).

    An import cut short earlier is dealt with first, so the plan sees the
    data folder as it really is.
    """
    recover(data_dir)
    return apply_import(plan_import(file, data_dir, bundled_dirs=bundled_dirs))


def _roll_forward(root: Path, staging: Path, bank_ids: list[str]) -> None:
    banks = DataFolder(root).banks
    (staging / "old").mkdir(exist_ok=True)
    for bank_id in bank_ids:
        new = staging / "new" / bank_id
        old = staging / "old" / bank_id
        target = banks / bank_id
        if not new.exists():
            continue  # already moved into place
        if target.exists():
            if old.exists():  # pragma: no cover - someone made it meanwhile; keep theirs
                continue
            os.replace(target, old)
        os.replace(new, target)
    _fsync_dir(banks)


def _roll_back(root: Path, staging: Path, bank_ids: list[str]) -> None:
    banks = DataFolder(root).banks
    for bank_id in bank_ids:
        new = staging / "new" / bank_id
        old = staging / "old" / bank_id
        target = banks / bank_id
        if not new.exists() and target.exists():  # ours went in: take it out again
            os.replace(target, new)
        if old.exists() and not target.exists():
            os.replace(old, target)
    _fsync_dir(banks)


def _journal_ids(staging: Path) -> list[str] | None:
    try:
        journal = json.loads((staging / JOURNAL_NAME).read_text("utf-8"))
        ids = journal["banks"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(ids, list) or not all(isinstance(i, str) and SLUG.match(i) for i in ids):
        return None
    return ids


def _abandon(root: Path, staging: Path, committed: bool) -> None:
    """Undo an import that failed in this process; leave it to `recover` if that fails."""
    try:
        if committed:
            os.unlink(staging / COMMITTED_NAME)
            _fsync_dir(staging)
        ids = _journal_ids(staging)
        if ids:
            _roll_back(root, staging, ids)
        _finish(root, staging)
    except Exception:  # the next import (or the app's start) runs recover()
        pass


def _finish(root: Path, staging: Path) -> None:
    done = root / f"{DONE_PREFIX}{staging.name[len(STAGING_PREFIX) :]}"
    os.replace(staging, done)  # from here nothing in it is needed
    _fsync_dir(root)
    shutil.rmtree(done, ignore_errors=True)


def recover(data_dir: Path | str, *, _locked: bool = False) -> list[str]:
    """Finish or undo imports that a crash cut short; remove stale staging folders.

    An import that reached its COMMITTED marker is completed (every bank of
    the pack goes in); one that did not is undone (every old bank is back).
    The app may call this at start; `apply_import` calls it first. Returns a
    line per folder dealt with.
    """
    root = Path(data_dir)
    if not root.is_dir():
        return []
    stale = [p for p in root.iterdir() if p.name.startswith((STAGING_PREFIX, DONE_PREFIX))]
    if not stale:
        return []  # the usual case: nothing to do, nothing written
    if not _locked:
        try:
            with _import_lock(root):
                return recover(root, _locked=True)
        except PackError:
            return []  # an import is running; it will do this itself
    done: list[str] = []
    for entry in sorted(root.iterdir()):
        name = entry.name
        if name.startswith(DONE_PREFIX) and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
            done.append(f"removed {entry}")
        elif name.startswith(STAGING_PREFIX) and entry.is_dir():
            ids = _journal_ids(entry)
            if ids is not None and (entry / COMMITTED_NAME).exists():
                _roll_forward(root, entry, ids)
                done.append(f"finished the import cut short in {entry} ({', '.join(ids)})")
            else:
                if ids:
                    _roll_back(root, entry, ids)
                done.append(f"undid the import cut short in {entry}")
            _finish(root, entry)
    return done


# -- exporting --------------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    bank: Bank
    path: Path
    data: bytes
    images: tuple[tuple[str, Path], ...]  # (pack member, file)


def _load_source(path: Path) -> _Source:
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_FILE_BYTES else b""
    except OSError as error:
        raise PackError(f"cannot read {path}: {error.strerror or error}") from None
    if not data and path.stat().st_size:
        raise PackError(f"{path} is over 16 MB; a bank may be at most 16 MB")
    bank, issues = check_bank_bytes(data, str(path), path.parent)
    if bank is None:
        raise _error_from(issues, f"{path} is not a valid bank")
    raw, _ = check_bank_bytes(data, str(path), None)  # the image paths as written
    images: list[tuple[str, Path]] = []
    for question, written in zip(bank.questions, raw.questions if raw else (), strict=True):
        if question.image is None or written.image is None:
            continue
        member = _image_member(written.image)
        if member is None:
            raise PackError(
                f"{path}: question '{question.id}' names its image '{written.image}' with "
                "backslashes; write it with forward slashes (images/name.png)"
            )
        problem = image_problem(member, Path(question.image).read_bytes())
        if problem:
            raise PackError(f"{path}: image '{written.image}' {problem}")
        images.append((member, Path(question.image)))
    return _Source(bank, path, data, tuple(images))


def _installed_sources(bank_id: str, data_dir: Path, bundled_dirs: Sequence[Path]) -> list[Path]:
    """The files of an installed bank: the highest version per language, yours on a tie."""
    best: dict[str, tuple[int, int, Path]] = {}
    folders = [(0, Path(p)) for p in bundled_dirs] + [(1, DataFolder(data_dir).banks)]
    for rank, folder in folders:
        for entry in _scan(folder).get(bank_id, []):
            key = (entry.bank.version, rank, entry.path)
            current = best.get(entry.bank.language)
            if current is None or key[:2] > current[:2]:
                best[entry.bank.language] = key
    return [best[lang][2] for lang in sorted(best)]


def export_pack(
    bank_refs: Sequence[str | Path],
    out: Path | str,
    data_dir: Path | str,
    *,
    bundled_dirs: Iterable[Path | str] | None = None,
    pack_id: str | None = None,
    title: str | None = None,
    author: str | None = None,
    created: str | None = None,
) -> PackReport:
    """Write a pack of banks: each ref an installed bank's id (all its languages) or a file.

    The files go in a fixed order with fixed timestamps, so the same banks
    make the same zip apart from `created`.
    """
    out = Path(out)
    data_dir = Path(data_dir)
    folders = tuple(
        Path(p) for p in (bundled_dirs if bundled_dirs is not None else [bundled_questions_dir()])
    )
    if not bank_refs:
        raise PackError("name at least one bank (an installed bank's id, or a bank file)")
    paths: list[Path] = []
    for ref in bank_refs:
        text = str(ref)
        candidate = Path(text)
        if candidate.is_file():
            paths.append(candidate)
        elif candidate.is_dir():
            raise PackError(f"{text} is a folder; name bank files or installed bank ids")
        elif SLUG.match(text):
            found = _installed_sources(text, data_dir, folders)
            if not found:
                raise PackError(
                    f"no bank '{text}' is installed (`quizapp banks` lists them) and no "
                    "such file exists"
                )
            paths.extend(found)
        else:
            raise PackError(f"{text}: no such bank file or installed bank id")

    sources: dict[tuple[str, str], _Source] = {}
    seen_paths: set[Path] = set()
    for path in paths:
        if path.resolve() in seen_paths:
            continue
        seen_paths.add(path.resolve())
        source = _load_source(path)
        key = (source.bank.id, source.bank.language)
        if key in sources:
            raise PackError(
                f"bank '{key[0]}' in '{key[1]}' is given twice ({sources[key].path} and "
                f"{path}); a pack holds one file per bank and language"
            )
        sources[key] = source

    by_id: dict[str, list[Bank]] = {}
    for source in sources.values():
        by_id.setdefault(source.bank.id, []).append(source.bank)
    issues: list[Issue] = []
    for versions in by_id.values():
        if len(versions) > 1:
            reference = pick_reference(versions)
            issues.extend(
                i
                for other in versions
                if other is not reference
                for i in check_translation(reference, other)
            )
    if issues:
        raise _error_from(issues, "the banks' languages disagree")

    members: dict[str, bytes] = {}
    origin: dict[str, Path] = {}
    for key in sorted(sources):
        source = sources[key]
        members[f"{BANKS_FOLDER}/{key[0]}.{key[1]}.yaml"] = source.data
    for key in sorted(sources):
        for member, file in sources[key].images:
            data = file.read_bytes()
            if member in members and members[member] != data:
                raise PackError(
                    f"two different images would both be '{member}' in the pack ({origin[member]} "
                    f"and {file}); give one of them another name"
                )
            members[member] = data
            origin[member] = file
    for member in members:
        problem = _name_problem(member)
        if problem:  # the import would refuse it on another laptop; say so now
            raise PackError(f"'{member}' {problem}; rename it in {origin.get(member, 'the bank')}")
    total = sum(len(d) for d in members.values())
    if total > MAX_TOTAL_BYTES or len(members) + 1 > MAX_MEMBERS:
        raise PackError(
            f"these banks make {len(members)} files and {_size_text(total)}; a pack may hold "
            f"{MAX_MEMBERS} files and {MAX_TOTAL_BYTES // 1048576} MB"
        )

    first = pick_reference(by_id[sorted(by_id)[0]])
    titles = [pick_reference(by_id[i]).title for i in sorted(by_id)]
    authors = list(dict.fromkeys(a for s in sources.values() for a in s.bank.authors))
    names = sorted(members, key=lambda m: (not m.endswith(".yaml"), m))
    manifest = Manifest(
        id=pack_id or slugify(out.stem, fallback="") or first.id,
        title=(title or "; ".join(titles))[:MAX_TITLE],
        author=(author if author is not None else ", ".join(authors))[:MAX_TITLE],
        created=created or datetime.now(timezone.utc).isoformat(timespec="seconds"),
        files=tuple(PackFile(n, _sha256(members[n]), len(members[n])) for n in names),
    )
    if not SLUG.match(manifest.id):
        raise PackError(f"the pack's id '{manifest.id}' must be a slug such as online-lures")
    if not out.parent.is_dir():
        raise PackError(f"the folder {out.parent} does not exist")
    if out.is_dir():
        raise PackError(f"{out} is a folder; give the pack's file name, e.g. banks.quizpack")
    _write_zip(
        out,
        [(MANIFEST_NAME, manifest.to_yaml().encode("utf-8"))] + [(n, members[n]) for n in names],
    )
    banks = tuple((k[0], k[1], sources[k].bank.title) for k in sorted(sources))
    images = tuple(n for n in names if not n.endswith(".yaml"))
    return PackReport(out, manifest, banks, images, out.stat().st_size)


def _write_zip(out: Path, entries: list[tuple[str, bytes]]) -> None:
    handle, temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as raw:
            with zipfile.ZipFile(raw, "w") as archive:
                for name, data in entries:
                    archive.writestr(_zip_info(name, data), data, compresslevel=9)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temporary, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _zip_info(name: str, data: bytes) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.create_system = 3
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in _PRECOMPRESSED or (
        data and len(data) > MAX_RATIO // 2 * len(zlib.compress(data, 9))
    ):
        info.compress_type = zipfile.ZIP_STORED  # far below the import's bound on ratio
    return info

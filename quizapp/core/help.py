"""The help screen's content: where to get help, read from a file a facilitator checks.

Phone numbers are never written into the app: they live in
`help.<lang>.yaml`, which a facilitator verifies and edits before camp. The
facilitator's copy in the data folder wins over the bundled one; a language
without a file falls back to English. A broken file is reported with its line
and skipped, so the screen still shows the next good file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from quizapp.core.issues import Issue
from quizapp.core.yaml_tree import Mapping, Node, Scalar, Sequence, YamlTreeError, parse_tree

FORMAT_VERSION = 1
MAX_HELP_BYTES = 512 * 1024
MAX_TEXT = 4_000

_TOP_KEYS = {"format", "language", "title", "intro", "sections", "contacts", "facilitator_note"}
_SECTION_KEYS = {"heading", "body"}
_CONTACT_KEYS = {"name", "phone", "what", "source", "verified", "note"}


@dataclass(frozen=True)
class HelpSection:
    heading: str
    body: str


@dataclass(frozen=True)
class HelpContact:
    name: str
    phone: str = ""
    what: str = ""
    source: str = ""
    verified: bool = False
    note: str = ""


@dataclass(frozen=True)
class HelpContent:
    language: str
    title: str
    intro: str = ""
    sections: tuple[HelpSection, ...] = ()
    contacts: tuple[HelpContact, ...] = ()
    facilitator_note: str = ""
    path: Path | None = None


@dataclass(frozen=True)
class HelpResult:
    """The content to show (None if no file could be read) and every problem met on the way."""

    content: HelpContent | None
    issues: tuple[Issue, ...] = field(default=())


def help_candidates(user_folder: Path, bundled_folder: Path, language: str) -> list[Path]:
    """Files to try, best first: the facilitator's copy, then the bundled one; English last."""
    order: list[Path] = []
    for lang in dict.fromkeys((language, "en")):
        order.append(Path(user_folder) / f"help.{lang}.yaml")
        order.append(Path(bundled_folder) / f"help.{lang}.yaml")
    return order


def load_help(user_folder: Path, bundled_folder: Path, language: str) -> HelpResult:
    """The first good help file among the candidates; problems of the others are kept."""
    issues: list[Issue] = []
    for path in help_candidates(user_folder, bundled_folder, language):
        if not path.is_file():
            continue
        content, found = read_help_file(path)
        issues.extend(found)
        if content is not None:
            return HelpResult(content, tuple(issues))
    return HelpResult(None, tuple(issues))


def read_help_file(path: Path) -> tuple[HelpContent | None, list[Issue]]:
    where = str(path)
    try:
        if path.stat().st_size > MAX_HELP_BYTES:
            return None, [Issue(where, 1, 1, "the help file is over 512 KB; is it the right file?")]
        data = path.read_bytes()
    except OSError as error:
        return None, [Issue(where, 1, 1, f"cannot read the file: {error.strerror or error}")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [Issue(where, 1, 1, "the file is not UTF-8 text; save it as UTF-8")]
    try:
        root = parse_tree(text, where)
    except YamlTreeError as error:
        return None, list(error.issues)
    walker = _HelpWalker(where, path)
    content = walker.walk(root)
    if walker.issues:
        return None, walker.issues
    return content, []


class _HelpWalker:
    def __init__(self, where: str, path: Path) -> None:
        self.where = where
        self.path = path
        self.issues: list[Issue] = []

    def problem(self, line: int, column: int, message: str) -> None:
        self.issues.append(Issue(self.where, line, column, message))

    def keys(self, node: Mapping, allowed: set[str], what: str) -> None:
        for key, (line, column) in node.key_marks.items():
            if key not in allowed:
                names = ", ".join(sorted(allowed))
                self.problem(line, column, f"unknown key '{key}' in {what} (allowed: {names})")

    def text(self, node: Node | None, what: str, at: Node, required: bool = False) -> str:
        if node is None:
            if required:
                self.problem(at.line, at.column, f'{what} is missing; add `{what}: "..."`')
            return ""
        if type(node) is not Scalar:
            self.problem(node.line, node.column, f"{what} must be text, not a list or mapping")
            return ""
        if node.value is None:
            if required:
                self.problem(node.line, node.column, f"{what} is empty")
            return ""
        if len(node.raw) > MAX_TEXT:
            self.problem(node.line, node.column, f"{what} is longer than {MAX_TEXT} characters")
            return ""
        return node.raw

    def items(self, node: Node | None, what: str) -> list[Mapping]:
        if node is None:
            return []
        if type(node) is not Sequence:
            self.problem(node.line, node.column, f"{what} must be a list (lines starting '- ')")
            return []
        found: list[Mapping] = []
        for item in node.items:
            if type(item) is not Mapping:
                self.problem(item.line, item.column, f"each item of {what} must be a mapping")
                continue
            found.append(item)
        return found

    def walk(self, root: Node | None) -> HelpContent | None:
        if root is None:
            self.problem(1, 1, "the help file is empty")
            return None
        if type(root) is not Mapping:
            self.problem(root.line, root.column, "the help file must be a mapping of `key: value`")
            return None
        self.keys(root, _TOP_KEYS, "the help file")
        fmt = root.items.get("format")
        if fmt is None or type(fmt) is not Scalar or fmt.value != FORMAT_VERSION:
            at = fmt or root
            self.problem(at.line, at.column, f"`format: {FORMAT_VERSION}` is required")
        sections = []
        for item in self.items(root.items.get("sections"), "sections"):
            self.keys(item, _SECTION_KEYS, "a section")
            sections.append(
                HelpSection(
                    self.text(item.items.get("heading"), "heading", item, required=True),
                    self.text(item.items.get("body"), "body", item),
                )
            )
        contacts = []
        for item in self.items(root.items.get("contacts"), "contacts"):
            self.keys(item, _CONTACT_KEYS, "a contact")
            verified_node = item.items.get("verified")
            verified = False
            if verified_node is not None:
                if type(verified_node) is Scalar and type(verified_node.value) is bool:
                    verified = verified_node.value
                else:
                    self.problem(
                        verified_node.line, verified_node.column, "verified must be true or false"
                    )
            contacts.append(
                HelpContact(
                    name=self.text(item.items.get("name"), "name", item, required=True),
                    phone=self.text(item.items.get("phone"), "phone", item),
                    what=self.text(item.items.get("what"), "what", item),
                    source=self.text(item.items.get("source"), "source", item),
                    verified=verified,
                    note=self.text(item.items.get("note"), "note", item),
                )
            )
        return HelpContent(
            language=self.text(root.items.get("language"), "language", root),
            title=self.text(root.items.get("title"), "title", root, required=True),
            intro=self.text(root.items.get("intro"), "intro", root),
            sections=tuple(sections),
            contacts=tuple(contacts),
            facilitator_note=self.text(
                root.items.get("facilitator_note"), "facilitator_note", root
            ),
            path=self.path,
        )

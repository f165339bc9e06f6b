"""YAML bank file -> Bank, with every issue said as path:line:column.

Facilitators write banks by hand, so each message says what is wrong and
what to write instead. The file is read once, parsed once (yaml_tree), and
walked once here; nothing in it is ever executed or followed outside the
bank's own folder.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from quizapp.core.bank import (
    Bank,
    Choice,
    Kind,
    MatchQuestion,
    MultipleChoiceQuestion,
    OrderQuestion,
    Question,
    Scenario,
    ScenarioStyle,
    SingleChoiceQuestion,
    SpotPart,
    SpotQuestion,
    TrueFalseQuestion,
)
from quizapp.core.images import MAX_IMAGE_BYTES, image_problem, image_too_big
from quizapp.core.issues import BankError, Issue
from quizapp.core.yaml_tree import Mapping, Node, Scalar, Sequence, YamlTreeError, parse_tree

FORMAT_VERSION = 1
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_QUESTIONS = 10_000
MAX_TEXT = 2_000
SLUG = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,63})\Z")
LANGUAGE = re.compile(r"[a-z]{2}\Z")
_FILE_LANGUAGE = re.compile(r"^([^.]+)\.([a-z]{2})\.ya?ml$")  # <bank-id>.<language>.yaml

BANK_KEYS = {
    "format",
    "id",
    "language",
    "title",
    "description",
    "version",
    "license",
    "authors",
    "sources",
    "questions",
}
COMMON_KEYS = {
    "id",
    "kind",
    "prompt",
    "explanation",
    "difficulty",
    "tags",
    "source",
    "image",
    "scenario",
}
KIND_KEYS = {
    Kind.SINGLE: {"choices"},
    Kind.MULTIPLE: {"choices"},
    Kind.TRUEFALSE: {"answer"},
    Kind.ORDER: {"steps"},
    Kind.MATCH: {"pairs"},
    Kind.SPOT: {"message"},
}
ALL_KIND_KEYS = set().union(*KIND_KEYS.values())
KIND_NAMES = ", ".join(k.value for k in Kind)
STYLE_NAMES = ", ".join(s.value for s in ScenarioStyle)


def load_bank(path: Path | str) -> Bank:
    """Read and check one bank file; raise BankError with every issue found."""
    bank, issues = check_bank_file(path)
    if issues or bank is None:
        raise BankError(issues)
    return bank


def check_bank_file(path: Path | str) -> tuple[Bank | None, list[Issue]]:
    """Read one bank file; return the bank (None if unusable) and all issues."""
    path = Path(path)
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [
                Issue(
                    where,
                    1,
                    1,
                    f"the file is {size / 1048576:.1f} MB; a bank may be at most 16 MB "
                    "(split it into several banks)",
                )
            ]
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        return None, [Issue(where, 1, 1, "this is a folder, not a bank file")]
    except OSError as error:
        return None, [Issue(where, 1, 1, f"cannot read the file: {error.strerror or error}")]
    return check_bank_bytes(data, where, path.parent)


def check_bank_bytes(
    data: bytes, where: str, folder: Path | None = None
) -> tuple[Bank | None, list[Issue]]:
    """Check bank text already read; `folder` is where its images must live."""
    if len(data) > MAX_FILE_BYTES:
        return None, [Issue(where, 1, 1, "the file is over 16 MB; a bank may be at most 16 MB")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [
            Issue(
                where,
                line,
                column,
                "the file is not UTF-8 text; save it as UTF-8 in your editor",
            )
        ]
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        return None, [Issue(where, line, 1, "the file holds a NUL byte; it is not a text file")]
    try:
        root = parse_tree(text, where)
    except YamlTreeError as error:
        return None, error.issues
    walker = _BankWalker(where, folder)
    bank = walker.bank(root)
    return (None if walker.issues else bank), sorted(walker.issues)


class _BankWalker:
    """One walk over the tree: builds the Bank and collects every issue."""

    def __init__(self, where: str, folder: Path | None) -> None:
        self.where = where
        self.folder = folder
        self.issues: list[Issue] = []

    # -- helpers --------------------------------------------------------

    def problem(self, at: Node | tuple[int, int], message: str) -> None:
        line, column = at if isinstance(at, tuple) else (at.line, at.column)
        self.issues.append(Issue(self.where, line, column, message))

    def check_keys(self, node: Mapping, allowed: set[str], what: str) -> None:
        for key, mark in node.key_marks.items():
            if key not in allowed:
                hint = _closest(key, allowed)
                suggestion = f"; did you mean '{hint}'?" if hint else ""
                names = ", ".join(sorted(allowed))
                self.problem(mark, f"unknown key '{key}' in {what}{suggestion} (allowed: {names})")

    def text(
        self,
        node: Node | None,
        what: str,
        at: Node | tuple[int, int],
        required: bool = True,
    ) -> str:
        if node is None:
            if required:
                self.problem(at, f'{what} is missing; add `{what.split()[-1]}: "..."`')
            return ""
        if type(node) is not Scalar:
            self.problem(node, f"{what} must be text, not a list or mapping")
            return ""
        if node.value is None:
            if required:
                self.problem(node, f"{what} is empty; write the text after the colon")
            return ""
        raw = node.raw
        if len(raw) > MAX_TEXT:
            self.problem(node, f"{what} is {len(raw)} characters long; the limit is {MAX_TEXT}")
        elif required and not raw.strip():
            self.problem(node, f"{what} is empty; write the text inside the quotes")
        return raw

    def integer(self, node: Node | None, what: str, low: int, high: int, default: int) -> int:
        if node is None:
            return default
        if type(node) is not Scalar or type(node.value) is not int:
            found = node.raw if type(node) is Scalar else "a list or mapping"
            self.problem(node, f"{what} must be a whole number from {low} to {high}, not {found!r}")
            return default
        if not low <= node.value <= high:
            self.problem(node, f"{what} must be from {low} to {high}, not {node.value}")
            return default
        return node.value

    def boolean(self, node: Node | None, what: str, at: Node | tuple[int, int]) -> bool | None:
        if node is None:
            return None
        if type(node) is Scalar and type(node.value) is bool:
            return node.value
        found = node.raw if type(node) is Scalar else "a list or mapping"
        self.problem(node, f"{what} must be true or false, not {found!r}")
        return None

    @staticmethod
    def key_at(node: Mapping, key: str) -> tuple[int, int]:
        """Where `key:` is written: list-level problems point at the key's line."""
        return node.key_marks.get(key, (node.line, node.column))

    def mapping(self, node: Node | None, what: str) -> Mapping | None:
        if node is None:
            return None
        if type(node) is not Mapping:
            self.problem(node, f"{what} must be a mapping of `key: value` lines")
            return None
        return node

    def sequence(self, node: Node | None, what: str) -> Sequence | None:
        if node is None:
            return None
        if type(node) is not Sequence:
            self.problem(node, f"{what} must be a list (lines starting with '- ')")
            return None
        return node

    def text_list(self, node: Node | None, what: str) -> tuple[str, ...]:
        seq = self.sequence(node, what)
        if seq is None:
            return ()
        return tuple(self.text(item, f"each item of {what}", item) for item in seq.items)

    # -- the bank -------------------------------------------------------

    def bank(self, root: Node | None) -> Bank | None:
        if root is None:
            self.problem(
                (1, 1), "the file is empty; a bank needs format, id, language, title and questions"
            )
            return None
        if type(root) is not Mapping:
            self.problem(
                root,
                "a bank file must be a mapping (format:, id:, language:, title:, questions:), "
                "not a list or a single value",
            )
            return None
        self.check_keys(root, BANK_KEYS, "the bank")
        items = root.items
        top = (root.line, root.column)

        fmt = items.get("format")
        if fmt is None:
            self.problem(top, "format is missing; add `format: 1` at the top")
        elif type(fmt) is not Scalar or fmt.value != FORMAT_VERSION or type(fmt.value) is not int:
            found = fmt.raw if type(fmt) is Scalar else "a list or mapping"
            self.problem(
                fmt,
                f"format {found} is not one this version of quizapp reads; "
                f"it reads format {FORMAT_VERSION} (write `format: {FORMAT_VERSION}`)",
            )
            return None  # another format: the rest cannot be judged by these rules

        bank_id = self.slug(items.get("id"), "the bank's id", top)
        language = self.text(items.get("language"), "the bank's language", top)
        if language and not LANGUAGE.match(language):
            self.problem(
                items["language"],
                f"language '{language}' must be a two-letter lowercase code such as en, ru or be",
            )
        named = _FILE_LANGUAGE.match(Path(self.where).name)
        if language and named and LANGUAGE.match(language) and named.group(2) != language:
            self.problem(
                items["language"],
                f"the file's name says it is in '{named.group(2)}' but this says "
                f"language '{language}'; rename the file to "
                f"'{named.group(1)}.{language}.yaml' or write `language: {named.group(2)}`",
            )
        title = self.text(items.get("title"), "the bank's title", top)
        description = " ".join(
            self.text(items.get("description"), "the description", top, required=False).split()
        )
        version = self.integer(items.get("version"), "version", 1, 1_000_000, 1)
        license_text = self.text(items.get("license"), "the license", top, required=False)
        authors = self.text_list(items.get("authors"), "authors")
        sources = self.sources(items.get("sources"))

        questions_node = items.get("questions")
        questions: list[Question] = []
        if questions_node is None:
            self.problem(top, "questions is missing; add `questions:` with at least one question")
        else:
            seq = self.sequence(questions_node, "questions")
            if seq is not None:
                if not seq.items:
                    self.problem(
                        self.key_at(root, "questions"),
                        "questions is empty; a bank needs at least one question",
                    )
                elif len(seq.items) > MAX_QUESTIONS:
                    self.problem(
                        self.key_at(root, "questions"),
                        f"the bank has {len(seq.items)} questions; the limit is {MAX_QUESTIONS} "
                        "(split it into several banks)",
                    )
                else:
                    seen: dict[str, int] = {}
                    for item in seq.items:
                        question = self.question(item, sources, seen)
                        if question is not None:
                            questions.append(question)
        if self.issues:
            return None
        return Bank(
            id=bank_id,
            language=language,
            title=title,
            questions=tuple(questions),
            description=description,
            version=version,
            license=license_text,
            authors=authors,
            sources=sources,
            path=Path(self.where),
        )

    def slug(self, node: Node | None, what: str, at: Node | tuple[int, int]) -> str:
        value = self.text(node, what, at)
        if value and not SLUG.match(value):
            self.problem(
                node,  # type: ignore[arg-type]
                f"{what} '{value}' must be 1-64 lowercase letters, digits and hyphens "
                "(for example: online-lures)",
            )
        return value

    def sources(self, node: Node | None) -> dict[str, str]:
        mapping = self.mapping(node, "sources")
        if mapping is None:
            return {}
        result: dict[str, str] = {}
        for key, value in mapping.items.items():
            result[key] = self.text(value, f"source '{key}'", mapping.key_marks[key])
        return result

    # -- questions ------------------------------------------------------

    def question(
        self, node: Node, sources: dict[str, str], seen: dict[str, int]
    ) -> Question | None:
        if type(node) is not Mapping:
            self.problem(node, "each question must be a mapping starting with `- id: ...`")
            return None
        before = len(self.issues)
        items = node.items
        at = (node.line, node.column)
        question_id = self.slug(items.get("id"), "the question's id", at)
        if question_id:
            if question_id in seen:
                self.problem(
                    items["id"],
                    f"question id '{question_id}' is used twice (first at line "
                    f"{seen[question_id]}); give each question its own id",
                )
            else:
                seen[question_id] = node.line
        label = f"question '{question_id}'" if question_id else "this question"

        kind_node = items.get("kind")
        kind: Kind | None = None
        if kind_node is None:
            self.problem(at, f"{label} has no kind; add `kind:` ({KIND_NAMES})")
        elif type(kind_node) is Scalar and isinstance(kind_node.value, str):
            try:
                kind = Kind(kind_node.value)
            except ValueError:
                hint = _closest(kind_node.value, {k.value for k in Kind})
                suggestion = f"; did you mean '{hint}'?" if hint else ""
                self.problem(
                    kind_node,
                    f"kind '{kind_node.raw}' is not known{suggestion} (use one of {KIND_NAMES})",
                )
        else:
            self.problem(kind_node, f"kind must be one of {KIND_NAMES}")

        allowed = COMMON_KEYS | (KIND_KEYS[kind] if kind else ALL_KIND_KEYS)
        for key, mark in node.key_marks.items():
            if key in allowed:
                continue
            if kind and key in ALL_KIND_KEYS:
                needs = ", ".join(sorted(KIND_KEYS[kind]))
                self.problem(
                    mark, f"'{key}' is not used by a {kind.value} question (it uses {needs})"
                )
            else:
                hint = _closest(key, allowed)
                suggestion = f"; did you mean '{hint}'?" if hint else ""
                self.problem(mark, f"unknown key '{key}' in {label}{suggestion}")

        prompt = self.text(items.get("prompt"), "prompt", at)
        explanation = self.text(items.get("explanation"), "explanation", at)
        difficulty = self.integer(items.get("difficulty"), "difficulty", 1, 3, 1)
        tags = self.text_list(items.get("tags"), "tags")
        source = self.text(items.get("source"), "source", at, required=False)
        if source and source not in sources:
            known = ", ".join(sorted(sources)) or "none are listed"
            self.problem(
                items["source"],
                f"source '{source}' is not a key of the bank's `sources` (known: {known})",
            )
        image = self.image(items.get("image"))
        scenario = self.scenario(items.get("scenario"))

        common = {
            "id": question_id,
            "prompt": prompt,
            "explanation": explanation,
            "difficulty": difficulty,
            "tags": tags,
            "source": source,
            "image": image,
            "scenario": scenario,
            "line": node.line,
        }
        built: Question | None = None
        if kind is not None:
            builder: Callable[[Mapping, str, dict], Question | None] = getattr(
                self, f"kind_{kind.value}"
            )
            built = builder(node, label, common)
        return built if len(self.issues) == before else None

    def kind_single(self, node: Mapping, label: str, common: dict) -> Question | None:
        choices = self.choices(node, label)
        if choices is None:
            return None
        right = sum(c.correct for c in choices)
        if right != 1:
            self.problem(
                self.key_at(node, "choices"),
                f"{label} is single choice, so exactly one choice needs `correct: true` "
                f"(found {right}); use kind: multiple for several right answers",
            )
            return None
        return SingleChoiceQuestion(choices=choices, **common)

    def kind_multiple(self, node: Mapping, label: str, common: dict) -> Question | None:
        choices = self.choices(node, label)
        if choices is None:
            return None
        if not any(c.correct for c in choices):
            self.problem(
                self.key_at(node, "choices"),
                f"{label} needs at least one choice with `correct: true`",
            )
            return None
        return MultipleChoiceQuestion(choices=choices, **common)

    def choices(self, node: Mapping, label: str) -> tuple[Choice, ...] | None:
        seq_node = node.items.get("choices")
        if seq_node is None:
            self.problem(node, f"{label} has no choices; add `choices:` with at least 2")
            return None
        seq = self.sequence(seq_node, "choices")
        if seq is None:
            return None
        if len(seq.items) < 2:
            self.problem(
                self.key_at(node, "choices"),
                f"{label} needs at least 2 choices (found {len(seq.items)})",
            )
        before = len(self.issues)
        result: list[Choice] = []
        texts: dict[str, int] = {}
        for item in seq.items:
            if type(item) is not Mapping:
                self.problem(item, 'each choice must be a mapping: `- text: "..."`')
                continue
            self.check_keys(item, {"text", "correct", "feedback"}, "a choice")
            text = self.text(item.items.get("text"), "the choice's text", item)
            if text in texts:
                self.problem(item, f"two choices read '{text}' (also at line {texts[text]})")
            texts[text] = item.line
            correct = self.boolean(item.items.get("correct"), "correct", item)
            feedback = self.text(item.items.get("feedback"), "feedback", item, required=False)
            result.append(Choice(text, bool(correct), feedback))
        if len(self.issues) > before:
            return None  # the count of right answers means nothing until these are mended
        return tuple(result)

    def kind_truefalse(self, node: Mapping, label: str, common: dict) -> Question | None:
        answer_node = node.items.get("answer")
        if answer_node is None:
            self.problem(node, f"{label} needs `answer: true` or `answer: false`")
            return None
        answer = self.boolean(answer_node, "answer", node)
        if answer is None:
            return None
        return TrueFalseQuestion(answer=answer, **common)

    def kind_order(self, node: Mapping, label: str, common: dict) -> Question | None:
        steps_node = node.items.get("steps")
        if steps_node is None:
            self.problem(node, f"{label} needs `steps:`, at least 3, written in the right order")
            return None
        steps = self.text_list(steps_node, "steps")
        at = self.key_at(node, "steps")
        if type(steps_node) is Sequence and len(steps) < 3:
            self.problem(at, f"{label} needs at least 3 steps (found {len(steps)})")
        if len(set(steps)) != len(steps):
            self.problem(at, f"{label} has two steps with the same text")
        return OrderQuestion(steps=steps, **common)

    def kind_match(self, node: Mapping, label: str, common: dict) -> Question | None:
        pairs_node = node.items.get("pairs")
        if pairs_node is None:
            self.problem(node, f"{label} needs `pairs:`, at least 3 `[left, right]` lists")
            return None
        seq = self.sequence(pairs_node, "pairs")
        if seq is None:
            return None
        pairs: list[tuple[str, str]] = []
        for item in seq.items:
            if type(item) is not Sequence or len(item.items) != 2:
                self.problem(item, 'each pair must be a two-item list: `- ["left", "right"]`')
                continue
            left = self.text(item.items[0], "the pair's left side", item)
            right = self.text(item.items[1], "the pair's right side", item)
            pairs.append((left, right))
        at = self.key_at(node, "pairs")
        if len(seq.items) < 3:
            self.problem(at, f"{label} needs at least 3 pairs (found {len(seq.items)})")
        if len({p[1] for p in pairs}) != len(pairs) or len({p[0] for p in pairs}) != len(pairs):
            self.problem(at, f"{label} has two pairs with the same text on one side")
        return MatchQuestion(pairs=tuple(pairs), **common)

    def kind_spot(self, node: Mapping, label: str, common: dict) -> Question | None:
        message = self.mapping(node.items.get("message"), "message")
        if message is None:
            if "message" not in node.items:
                self.problem(node, f"{label} needs `message:` with `parts:`")
            return None
        self.check_keys(message, {"sender", "parts"}, "the message")
        sender = self.text(message.items.get("sender"), "sender", message, required=False)
        parts_node = message.items.get("parts")
        if parts_node is None:
            self.problem(message, f"{label}'s message needs `parts:`")
            return None
        seq = self.sequence(parts_node, "parts")
        if seq is None:
            return None
        parts: list[SpotPart] = []
        for item in seq.items:
            if type(item) is Mapping:
                self.check_keys(item, {"flag", "why"}, "a red flag")
                text = self.text(item.items.get("flag"), "the flag's text", item)
                why = self.text(item.items.get("why"), "the flag's why", item)
                parts.append(SpotPart(text, True, why))
            else:
                # a neutral part may be only spacing between flags, so blank is fine
                if type(item) is Scalar and item.value is not None and not item.raw.strip():
                    parts.append(SpotPart(item.raw, False, ""))
                    continue
                parts.append(SpotPart(self.text(item, "a part of the message", item), False, ""))
        if not any(p.flag for p in parts):
            self.problem(
                self.key_at(message, "parts"),
                f'{label} needs at least one red flag: `- flag: "..."` with `why: "..."`',
            )
        return SpotQuestion(parts=tuple(parts), sender=sender, **common)

    def scenario(self, node: Node | None) -> Scenario | None:
        mapping = self.mapping(node, "scenario")
        if mapping is None:
            return None
        self.check_keys(mapping, {"style", "sender", "lines"}, "the scenario")
        style_text = self.text(mapping.items.get("style"), "the scenario's style", mapping)
        style = ScenarioStyle.CHAT
        if style_text:
            try:
                style = ScenarioStyle(style_text)
            except ValueError:
                self.problem(
                    mapping.items["style"],
                    f"scenario style '{style_text}' is not known (use one of {STYLE_NAMES})",
                )
        sender = self.text(mapping.items.get("sender"), "sender", mapping, required=False)
        lines = self.text_list(mapping.items.get("lines"), "lines")
        if "lines" not in mapping.items:
            self.problem(mapping, "the scenario needs `lines:`, the message's text")
        return Scenario(style, sender, lines)

    def image(self, node: Node | None) -> Path | None:
        if node is None:
            return None
        value = self.text(node, "image", node)
        if not value:
            return None
        relative = Path(value)
        if relative.is_absolute() or value.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", value):
            self.problem(node, f"image '{value}' must be a path relative to the bank file")
            return None
        if ".." in re.split(r"[\\/]", value):
            self.problem(node, f"image '{value}' leaves the bank's folder; keep images beside it")
            return None
        if self.folder is None:
            return relative
        base = self.folder.resolve()
        target = (base / relative).resolve()
        if not target.is_relative_to(base):
            self.problem(node, f"image '{value}' leads outside the bank's folder")
            return None
        if not target.is_file():
            self.problem(node, f"image '{value}' was not found beside the bank file")
            return None
        size = target.stat().st_size
        if size > MAX_IMAGE_BYTES:
            self.problem(node, f"image '{value}' {image_too_big(size)}")
            return None
        try:
            data = target.read_bytes()
        except OSError as error:
            self.problem(node, f"image '{value}' cannot be read ({error.strerror or error})")
            return None
        wrong = image_problem(target.name, data)  # the same rule as for an image in a pack
        if wrong is not None:
            self.problem(node, f"image '{value}' {wrong}")
            return None
        return target


def _closest(word: str, options: set[str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(word, sorted(options), n=1, cutoff=0.75)
    return match[0] if match else None

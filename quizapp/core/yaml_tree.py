"""Plain, safe YAML: events from libyaml turned into a tree with line marks.

PyYAML's own loaders accept anchors, aliases and tags, overwrite duplicate
keys, read `No` as False, and compose nodes recursively (deep nesting crashes
libyaml's composer). Banks are written by hand and travel between laptops, so
here the parser's event stream is walked once, with an explicit stack: an
alias, an anchor or a tag is an issue at its line, never followed; nesting is
bounded before it can cost anything; scalars follow YAML 1.2 (only
true/false are booleans).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml
from yaml import events as ev

from quizapp.core.issues import Issue

try:  # libyaml's parser; the pure-Python one is a slow but equal fallback
    from yaml.cyaml import CParser as _Parser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml.loader import SafeLoader as _Parser  # type: ignore[assignment]

MAX_DEPTH = 32

_INT = re.compile(r"[-+]?[0-9]+\Z")
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_COMPLEX_KEY = "a key must be a plain word, not a list or mapping"
_ANCHOR = "anchors (&{}) are not allowed; write the text out in full"
MAX_INT_DIGITS = 30
_TOO_LONG_NUMBER = "this number has {} digits; no field takes more than a few, so check it"
_TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep; a bank never needs that"
_SECOND_DOCUMENT = "a bank file holds one document; remove the second '---'"
_TAG = "tags ({}) are not allowed; remove the tag"
_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass(slots=True)
class Scalar:
    value: object  # str, int, bool or None
    raw: str
    line: int
    column: int


@dataclass(slots=True)
class Sequence:
    items: list[Node]
    line: int
    column: int


@dataclass(slots=True)
class Mapping:
    items: dict[str, Node]
    key_marks: dict[str, tuple[int, int]]
    line: int
    column: int
    end: tuple[int, int] = field(default=(0, 0))


Node = Scalar | Sequence | Mapping


class YamlTreeError(Exception):
    """The text cannot be read as plain YAML; carries the issues found so far."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        super().__init__("; ".join(str(i) for i in issues))


def parse_tree(text: str, path: str) -> Node | None:
    """Parse one YAML document into a tree; None for an empty document.

    Raises YamlTreeError with every issue found before the parse had to stop
    (a syntax error stops it; aliases, tags and duplicate keys do not).
    """
    issues: list[Issue] = []
    parser = _Parser(text)
    get_event = parser.get_event
    scalar_event, alias_event = ev.ScalarEvent, ev.AliasEvent
    mapping_start, mapping_end = ev.MappingStartEvent, ev.MappingEndEvent
    sequence_start, sequence_end = ev.SequenceStartEvent, ev.SequenceEndEvent
    document_start, stream_end = ev.DocumentStartEvent, ev.StreamEndEvent
    bools, nulls, int_match = _BOOLS, _NULLS, _INT.match

    # Each frame: [container, pending key (Scalar) or None]
    stack: list[list] = []
    root: Node | None = None
    documents = 0

    def problem(mark: yaml.Mark, message: str) -> None:
        issues.append(Issue(path, mark.line + 1, mark.column + 1, message))

    def attach(node: Node) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        frame = stack[-1]
        container = frame[0]
        if type(container) is Sequence:
            container.items.append(node)
            return
        key = frame[1]
        if key is None:  # this node is a key
            if type(node) is not Scalar:
                issues.append(
                    Issue(
                        path,
                        node.line,
                        node.column,
                        _COMPLEX_KEY,
                    )
                )
                node = Scalar("?", "?", node.line, node.column)
            frame[1] = node
            return
        frame[1] = None
        name = key.raw
        if name in container.items:
            first = container.key_marks[name]
            issues.append(
                Issue(
                    path,
                    key.line,
                    key.column,
                    f"duplicate key '{name}' (first given at line {first[0]}); "
                    "keep one and delete the other",
                )
            )
            return
        container.items[name] = node
        container.key_marks[name] = (key.line, key.column)

    try:
        while True:
            event = get_event()
            kind = type(event)
            if kind is scalar_event:
                mark = event.start_mark
                if event.anchor is not None:
                    problem(
                        mark,
                        _ANCHOR.format(event.anchor),
                    )
                if event.tag is not None:
                    problem(mark, _TAG.format(_short_tag(event.tag)))
                raw = event.value
                if not event.style:  # plain: YAML 1.2 core types, nothing else
                    if raw in bools:
                        value: object = bools[raw]
                    elif raw in nulls:
                        value = None
                    elif int_match(raw):
                        if len(raw) > MAX_INT_DIGITS:  # Python refuses 4,300+; no field needs 19
                            problem(mark, _TOO_LONG_NUMBER.format(len(raw.lstrip("+-"))))
                            value = raw
                        else:
                            value = int(raw)
                    else:
                        value = raw
                else:
                    value = raw
                attach(Scalar(value, raw, mark.line + 1, mark.column + 1))
            elif kind is mapping_start or kind is sequence_start:
                mark = event.start_mark
                if event.anchor is not None:
                    problem(
                        mark,
                        _ANCHOR.format(event.anchor),
                    )
                if event.tag is not None:
                    problem(mark, _TAG.format(_short_tag(event.tag)))
                if len(stack) >= MAX_DEPTH:
                    problem(mark, _TOO_DEEP)
                    raise YamlTreeError(issues)
                node: Node
                if kind is mapping_start:
                    node = Mapping({}, {}, mark.line + 1, mark.column + 1)
                else:
                    node = Sequence([], mark.line + 1, mark.column + 1)
                attach(node)
                stack.append([node, None])
            elif kind is mapping_end or kind is sequence_end:
                frame = stack.pop()
                if kind is mapping_end:
                    frame[0].end = (event.start_mark.line + 1, event.start_mark.column + 1)
            elif kind is alias_event:
                problem(
                    event.start_mark,
                    f"aliases (*{event.anchor}) are not allowed; write the text out in full",
                )
                attach(Scalar(None, "", event.start_mark.line + 1, event.start_mark.column + 1))
            elif kind is document_start:
                documents += 1
                if documents > 1:
                    problem(event.start_mark, _SECOND_DOCUMENT)
                    break
            elif kind is stream_end:
                break
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        what = (error.problem or "not valid YAML").strip()
        hint = _syntax_hint(what)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        unclosed = _unclosed_quote(text, line)
        if unclosed is not None:  # the parser stumbles later; the mistake is here
            issues.append(
                Issue(
                    path,
                    unclosed[0],
                    unclosed[1],
                    f"this text opens a {unclosed[2]} quote that is not closed on its line; "
                    f'end it with {unclosed[2]} (inside, write a double quote as \\" and '
                    "an apostrophe in single quotes as '')",
                )
            )
        issues.append(Issue(path, line, column, f"YAML syntax error: {what}{hint}"))
        raise YamlTreeError(issues) from None
    except yaml.YAMLError as error:
        issues.append(Issue(path, 1, 1, f"not readable as YAML: {error}"))
        raise YamlTreeError(issues) from None
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()
    if issues:
        raise YamlTreeError(issues)
    return root


# A value that starts with a quote, after `key:` or `- ` (or both).
_QUOTED_START = re.compile(r"""^\s*(?:-\s+)?(?:[^\s"'#][^:#]*:\s+)?(["'])""")


def _closes(text: str, quote: str) -> bool:
    """Whether `text` holds the closing quote (escaped quotes do not close)."""
    escapes = ("\\\\", '\\"') if quote == '"' else ("''",)
    for escape in escapes:
        text = text.replace(escape, "")
    return quote in text


def _unclosed_quote(text: str, error_line: int) -> tuple[int, int, str] | None:
    """(line, column, quote) of a quoted value left open, when that is what broke the parse.

    A quoted text may run over several lines in YAML, so one left open by mistake
    swallows the lines after it, up to the next quote, and the parser reports the
    line where that quote happens to be (or the end of the file). Only then is the
    opening line named: a text that rightly spans lines and closes elsewhere is not.
    """
    still_open = None
    for number, line in enumerate(text.splitlines()[:error_line], start=1):
        if still_open is None:
            match = _QUOTED_START.match(line)
            if match is not None and not _closes(line[match.end() :], match.group(1)):
                still_open = (number, match.start(1) + 1, match.group(1))
        elif _closes(line, still_open[2]):
            if number == error_line:
                return still_open
            still_open = None  # a text that spans lines, closed here
    return still_open


def _syntax_hint(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return (
            " (check this line's indentation against the lines above; text that contains"
            " ': ' goes in double quotes)"
        )
    if "found character '\\t'" in problem or "tab" in problem:
        return " (indent with spaces, not tabs)"
    if "could not find expected ':'" in problem:
        return " (a key needs a ':' after it; check the line above too)"
    if "did not find expected key" in problem or "expected <block end>" in problem:
        return " (check the indentation of this line against the lines above)"
    if "found undefined alias" in problem:
        return " (aliases are not allowed; write the text out in full)"
    return ""


def _short_tag(tag: str) -> str:
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag

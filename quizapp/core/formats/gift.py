"""Moodle GIFT -> drafts of quizapp questions.

What GIFT can say that a bank cannot (short answer, numerical, essay,
description, a single choice with two right answers, matching with fewer
than 3 pairs) is named with its line and title, not silently dropped. A file
that is broken (a '{' never closed, text in the wrong place) is refused with
the line of each problem.

Escapes (\\~ \\= \\# \\{ \\} \\: \\\\ and \\n) are swapped for private-use
characters before anything is split, each followed by a filler character so
that columns in messages still match the file; both are swapped back in the
finished text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from quizapp.core.formats import Draft, FormatError, ParseResult, Skipped
from quizapp.core.issues import Issue

_FILLER = "\ue000"
_ESCAPES = {
    ":": "\ue001",
    "#": "\ue002",
    "=": "\ue003",
    "{": "\ue004",
    "}": "\ue005",
    "~": "\ue006",
    "\\": "\ue007",
    "n": "\ue008",
}
_RESTORE = {v: k for k, v in _ESCAPES.items()} | {"\ue008": "\n", _FILLER: ""}
_NEWLINE = _ESCAPES["n"]
_OURS = re.compile("[\ue000-\ue008]")
_ESCAPE = re.compile(r"\\([:#={}~\\n])")
_MARKER = re.compile(r"\s*\[(html|markdown|plain|moodle)\]", re.IGNORECASE)
_TITLE = re.compile(r"\s*::(.*?)::", re.DOTALL)
_WEIGHT = re.compile(r"\s*%(-?\d+(?:[.,]\d+)?)%")
_TRUEFALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_BLOCK_TAGS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"}


class _TextOnly(HTMLParser):
    """HTML -> its text: tags dropped, entities decoded, blocks on new lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.images = 0
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "img":
            self.images += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(_NEWLINE)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append(_NEWLINE)

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _clean(text: str, html: bool, notes: list[str] | None = None) -> str:
    """Sentinel text -> the finished plain text."""
    text = _MARKER.sub("", text, count=1) if _MARKER.match(text) else text
    if html:
        parser = _TextOnly()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
        if parser.images and notes is not None:
            notes.append("an image in the HTML was not carried over")
    text = re.sub(r"\s+", " ", text)
    text = "".join(_RESTORE.get(ch, ch) for ch in text)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _plain(text: str) -> str:
    return _clean(text, html=False)


class _Block:
    """The lines of one question (comment lines removed), joined with newlines."""

    def __init__(self, lines: list[tuple[int, str]]) -> None:
        self.lines = lines
        self.text = "\n".join(t for _, t in lines)

    def at(self, offset: int) -> tuple[int, int]:
        row = self.text.count("\n", 0, offset)
        column = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return self.lines[row][0], column

    @property
    def line(self) -> int:
        return self.lines[0][0]


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if not stripped:
            if current:
                blocks.append(_Block(current))
                current = []
            continue
        current.append((number, line))
    if current:
        blocks.append(_Block(current))
    return blocks


def _category(line: str) -> str:
    path = line.split(":", 1)[1]
    segments = [
        s.strip()
        for s in path.split("/")
        if s.strip() and s.strip().lower() != "top" and not re.fullmatch(r"\$\w+\$", s.strip())
    ]
    return _plain(segments[-1]) if segments else ""


def parse_gift(text: str, where: str) -> ParseResult:
    """Read GIFT text; raise FormatError listing each broken question's line."""
    text = _OURS.sub("\ufffd", text)
    text = _ESCAPE.sub(lambda m: _ESCAPES[m.group(1)] + _FILLER, text)
    drafts: list[Draft] = []
    skipped: list[Skipped] = []
    issues: list[Issue] = []
    category = ""
    number = 0
    for block in _blocks(text):
        if block.text.lstrip().startswith("$CATEGORY:"):
            name = _category(block.lines[0][1])
            category = category or name
            if len(block.lines) == 1:
                continue
            block = _Block(block.lines[1:])
        number += 1
        result = _question(block, number, where, issues)
        if isinstance(result, Draft):
            drafts.append(result)
        elif isinstance(result, Skipped):
            skipped.append(result)
    if issues:
        raise FormatError.from_issues(issues)
    return ParseResult(tuple(drafts), tuple(skipped), category)


def _snippet(text: str) -> str:
    words = _plain(text).split()
    short = " ".join(words[:8])
    return short + ("…" if len(words) > 8 else "")


def _question(
    block: _Block, number: int, where: str, issues: list[Issue]
) -> Draft | Skipped | None:
    text = block.text
    title = ""
    start = 0
    match = _TITLE.match(text)
    if match:
        title = _plain(match.group(1))
        start = match.end()

    def problem(offset: int, message: str) -> None:
        line, column = block.at(offset)
        issues.append(Issue(where, line, column, message))

    opening = text.find("{", start)
    closing = text.find("}", start)
    if opening < 0:
        if closing >= 0:
            problem(closing, "a '}' with no '{' before it; write \\} for a literal brace")
            return None
        return Skipped(block.line, title or _snippet(text[start:]), "a description (no answers)")
    if 0 <= closing < opening:
        problem(closing, "a '}' with no '{' before it; write \\} for a literal brace")
        return None
    if closing < 0:
        problem(opening, "this '{' is never closed; add '}' after the answers")
        return None
    nested = text.find("{", opening + 1, closing)
    if nested >= 0:
        problem(nested, "a '{' inside the answers; write \\{ for a literal brace")
        return None
    before, answers, after = text[start:opening], text[opening + 1 : closing], text[closing + 1 :]
    extra = min((i for i in (after.find("{"), after.find("}")) if i >= 0), default=-1)
    if extra >= 0:
        problem(closing + 1 + extra, "a second answer block; a GIFT question has one {...}")
        return None

    marker = _MARKER.match(before)
    html = bool(marker) and marker.group(1).lower() == "html"
    notes: list[str] = []
    prompt = _clean(before, html, notes)
    if after.strip():
        prompt = f"{prompt} ___ {_clean(after, html, notes)}".strip()
        notes.append("a missing-word question: the blank is shown as ___")
    name = title or _snippet(prompt)

    def skip(reason: str) -> Skipped:
        return Skipped(block.line, name, reason)

    general = ""
    cut = answers.find("####")
    if cut >= 0:
        general = _clean(answers[cut + 4 :], html, notes)
        answers = answers[:cut]
    body = answers.strip()
    common = {"prompt": prompt, "explanation": general}

    def draft(data: dict[str, object]) -> Draft:
        return Draft(number, block.line, name, {**common, **data}, tuple(notes))

    if not body:
        return skip("an essay question (free-text answer) has no quizapp kind")
    if body.startswith("#"):
        return skip("a numerical question has no quizapp kind")
    head, *feedback = body.split("#")
    if head.strip().upper() in _TRUEFALSE and not re.search("[=~]", body):
        if len(feedback) > 2:
            offset = opening + 1 + answers.index("#") + 1
            problem(offset, "a true/false answer takes at most two #feedback texts")
            return None
        # {T#shown after a wrong answer#shown after a right one}: the explanation is
        # shown after either, so the first (which says why) serves, else the second.
        texts = [_clean(f, html, notes) for f in feedback] + ["", ""]
        if not general:
            common["explanation"] = texts[0] or texts[1]
            if texts[0] and texts[1] and texts[1] != texts[0]:
                notes.append(f"the feedback for a right answer ('{texts[1]}') is not kept")
        return draft({"kind": "truefalse", "answer": _TRUEFALSE[head.strip().upper()]})

    pieces = re.split(r"([=~])", answers)
    if len(pieces) == 1:
        return skip("a short-answer question has no quizapp kind")
    if pieces[0].strip():
        offset = opening + 1 + (len(pieces[0]) - len(pieces[0].lstrip()))
        problem(offset, "text before the first answer; each answer starts with = or ~")
        return None
    parsed: list[tuple[str, float | None, str, str]] = []  # marker, weight, text, feedback
    for marker_char, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        weight: float | None = None
        weight_match = _WEIGHT.match(piece)
        if weight_match:
            weight = float(weight_match.group(1).replace(",", "."))
            piece = piece[weight_match.end() :]
        choice_text, _, choice_feedback = piece.partition("#")
        parsed.append((marker_char, weight, choice_text, choice_feedback))

    markers = {p[0] for p in parsed}
    arrows = [("->" in p[2]) for p in parsed]
    if markers == {"="} and any(arrows):
        if not all(arrows):
            problem(opening, "a matching question: every answer needs 'left -> right'")
            return None
        pairs: list[list[str]] = []
        for _, _, pair_text, _ in parsed:
            left, _, right = pair_text.partition("->")
            left_text, right_text = _clean(left, html, notes), _clean(right, html, notes)
            if not left_text:
                notes.append(f"the extra right-hand item '{right_text}' was left out")
                continue
            pairs.append([left_text, right_text])
        if len(pairs) < 3:
            return skip(f"matching with {len(pairs)} pairs; quizapp needs at least 3")
        return draft({"kind": "match", "pairs": pairs})
    if markers == {"="}:
        if len(parsed) == 1:
            return skip(
                "one answer marked = and no others is a short-answer question, which has "
                "no quizapp kind (add wrong answers with ~ to make it a single choice)"
            )
        return skip("a short-answer question has no quizapp kind")

    choices: list[dict[str, object]] = []
    if "=" in markers:
        kind = "single"
        right = sum(p[0] == "=" for p in parsed)
        if right > 1:
            return skip(f"single choice with {right} answers marked right with '='")
        for marker_char, weight, choice_text, choice_feedback in parsed:
            correct = marker_char == "="
            cleaned = _clean(choice_text, html, notes)
            if not correct and weight and weight > 0:
                notes.append(f"partial credit ({weight:g}%) for '{cleaned}' is not kept")
            choices.append(_choice(cleaned, correct, _clean(choice_feedback, html, notes)))
    else:
        kind = "multiple"
        for _, weight, choice_text, choice_feedback in parsed:
            correct = weight is not None and weight > 0
            cleaned = _clean(choice_text, html, notes)
            choices.append(_choice(cleaned, correct, _clean(choice_feedback, html, notes)))
        if not any(c.get("correct") for c in choices):
            return skip("multiple choice where no answer has a positive %weight%")
    if len(choices) < 2:
        return skip(f"{kind} choice with {len(choices)} choice; quizapp needs at least 2")
    return draft({"kind": kind, "choices": choices})


def _choice(text: str, correct: bool, feedback: str) -> dict[str, object]:
    choice: dict[str, object] = {"text": text}
    if correct:
        choice["correct"] = True
    if feedback:
        choice["feedback"] = feedback
    return choice

"""Answers in words: what was chosen, what is right, and why, for feedback and review.

Plain strings (bank text has its ** and * marks taken out), shown in
plain-text labels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from quizapp.core.bank import (
    MatchQuestion,
    MultipleChoiceQuestion,
    OrderQuestion,
    Question,
    SingleChoiceQuestion,
    SpotQuestion,
    TrueFalseQuestion,
)
from quizapp.core.grading import Answer, Grade
from quizapp.ui.bank_text import strip_marks

# lupdate reads the context from each call, so it is spelt out: translate("AnswerText", ...)
translate = QCoreApplication.translate


def true_false_text(value: bool) -> str:
    return translate("AnswerText", "True") if value else translate("AnswerText", "False")


def verdict_text(grade: Grade) -> str:
    if grade.correct:
        return translate("AnswerText", "Right!")
    if grade.score > 0:
        return translate("AnswerText", "Partly right")
    return translate("AnswerText", "Not right")


def verdict_icon(grade: Grade) -> tuple[str, str]:
    """The icon and palette colour that go with the verdict's words."""
    if grade.correct:
        return "right", "right"
    if grade.score > 0:
        return "partial", "partial"
    return "wrong", "wrong"


def verdict_state(grade: Grade) -> str:
    return "right" if grade.correct else ("partial" if grade.score > 0 else "wrong")


def _indices(answer: Answer | None) -> list[int]:
    if isinstance(answer, (frozenset, set, tuple, list)):
        return [a for a in answer if isinstance(a, int) and not isinstance(a, bool)]
    return []


def _bullets(items: list[str]) -> str:
    return "\n".join(f"• {item}" for item in items)


def _numbered(items: list[str]) -> str:
    return "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))


def _quoted(text: str) -> str:
    # quotation marks differ by language: “…” in English, «…» in Russian and Belarusian
    return translate("AnswerText", "“{text}”").format(text=strip_marks(text).strip())


def describe_answer(question: Question, answer: Answer | None) -> str:
    """What the learner answered, in words."""
    nothing = translate("AnswerText", "(no answer)")
    if isinstance(question, SingleChoiceQuestion):
        if isinstance(answer, int) and 0 <= answer < len(question.choices):
            return strip_marks(question.choices[answer].text)
        return nothing
    if isinstance(question, MultipleChoiceQuestion):
        chosen = [i for i in sorted(_indices(answer)) if 0 <= i < len(question.choices)]
        return _bullets([strip_marks(question.choices[i].text) for i in chosen]) or nothing
    if isinstance(question, TrueFalseQuestion):
        return true_false_text(answer) if isinstance(answer, bool) else nothing
    if isinstance(question, OrderQuestion):
        steps = [i for i in _indices(answer) if 0 <= i < len(question.steps)]
        return _numbered([strip_marks(question.steps[i]) for i in steps]) or nothing
    if isinstance(question, MatchQuestion):
        given = _indices(answer)
        lines = []
        for left_index, (left, _) in enumerate(question.pairs):
            right_index = given[left_index] if left_index < len(given) else -1
            right = (
                strip_marks(question.pairs[right_index][1])
                if 0 <= right_index < len(question.pairs)
                else "—"
            )
            lines.append(f"{strip_marks(left)} → {right}")
        return "\n".join(lines)
    if isinstance(question, SpotQuestion):
        tapped = [i for i in sorted(_indices(answer)) if 0 <= i < len(question.parts)]
        return _bullets([_quoted(question.parts[i].text) for i in tapped]) or nothing
    return nothing


def describe_right_answer(question: Question) -> str:
    """The right answer, in words."""
    if isinstance(question, SingleChoiceQuestion):
        return strip_marks(question.choices[question.correct_index].text)
    if isinstance(question, MultipleChoiceQuestion):
        return _bullets(
            [strip_marks(question.choices[i].text) for i in sorted(question.correct_indices)]
        )
    if isinstance(question, TrueFalseQuestion):
        return true_false_text(question.answer)
    if isinstance(question, OrderQuestion):
        return _numbered([strip_marks(step) for step in question.steps])
    if isinstance(question, MatchQuestion):
        return "\n".join(
            f"{strip_marks(left)} → {strip_marks(right)}" for left, right in question.pairs
        )
    if isinstance(question, SpotQuestion):
        return "\n".join(
            f"• {_quoted(part.text)}: {strip_marks(part.why)}"
            if part.why
            else f"• {_quoted(part.text)}"
            for part in question.parts
            if part.flag
        )
    return ""


def chosen_feedback(question: Question, answer: Answer | None) -> str:
    """The bank's feedback on the choices the learner picked, if it has any."""
    if isinstance(question, SingleChoiceQuestion):
        chosen = [answer] if isinstance(answer, int) and not isinstance(answer, bool) else []
    elif isinstance(question, MultipleChoiceQuestion):
        chosen = sorted(_indices(answer))
    else:
        return ""
    notes = [
        strip_marks(question.choices[i].feedback)
        for i in chosen
        if 0 <= i < len(question.choices) and question.choices[i].feedback
    ]
    return "\n".join(notes)


def spot_review(question: SpotQuestion, answer: Answer | None) -> str:
    """Each red flag with its reason and whether it was found; parts tapped that are fine."""
    tapped = set(_indices(answer))
    lines = []
    for index, part in enumerate(question.parts):
        if part.flag:
            if index in tapped:
                found = translate("AnswerText", "✓ You found:")
            else:
                found = translate("AnswerText", "✗ You missed:")
            why_word = translate("AnswerText", "Why:")
            why = f" {why_word} {strip_marks(part.why)}" if part.why else ""
            lines.append(f"{found} {_quoted(part.text)}{why}")
        elif index in tapped and part.text.strip():
            not_flag = translate("AnswerText", "✗ Not a red flag:")
            lines.append(f"{not_flag} {_quoted(part.text)}")
    return "\n".join(lines)

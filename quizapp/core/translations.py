"""Every language of one bank must ask the same questions with the same answers."""

from __future__ import annotations

from quizapp.core.bank import (
    Bank,
    MatchQuestion,
    MultipleChoiceQuestion,
    OrderQuestion,
    Question,
    SingleChoiceQuestion,
    SpotQuestion,
    TrueFalseQuestion,
)
from quizapp.core.issues import Issue


def answer_shape(q: Question) -> tuple:
    """What must agree between languages: the kind and the right answer's shape."""
    if isinstance(q, (SingleChoiceQuestion, MultipleChoiceQuestion)):
        return (q.kind.value, tuple(c.correct for c in q.choices))
    if isinstance(q, TrueFalseQuestion):
        return (q.kind.value, q.answer)
    if isinstance(q, OrderQuestion):
        return (q.kind.value, len(q.steps))
    if isinstance(q, MatchQuestion):
        return (q.kind.value, len(q.pairs))
    if isinstance(q, SpotQuestion):
        return (q.kind.value, tuple(p.flag for p in q.parts))
    return (q.kind.value,)


def check_translation(reference: Bank, other: Bank) -> list[Issue]:
    """Issues in `other` (a translation) measured against `reference`."""
    where = str(other.path or f"{other.id}.{other.language}.yaml")
    ref_name = reference.path.name if reference.path else reference.language
    issues: list[Issue] = []
    ours = {q.id: q for q in other.questions}
    theirs = {q.id: q for q in reference.questions}
    for qid, q in ours.items():
        ref = theirs.get(qid)
        if ref is None:
            issues.append(
                Issue(
                    where,
                    q.line,
                    1,
                    f"question '{qid}' is not in {ref_name}; "
                    "every language of a bank has the same question ids",
                )
            )
            continue
        if ref.kind is not q.kind:
            issues.append(
                Issue(
                    where,
                    q.line,
                    1,
                    f"question '{qid}' is {q.kind.value} here but "
                    f"{ref.kind.value} in {ref_name}; the kinds must agree",
                )
            )
        elif answer_shape(ref) != answer_shape(q):
            issues.append(
                Issue(
                    where,
                    q.line,
                    1,
                    f"question '{qid}' has a different right answer or "
                    f"number of options than in {ref_name}; only the text may differ",
                )
            )
    for qid in theirs.keys() - ours.keys():
        issues.append(
            Issue(
                where,
                1,
                1,
                f"question '{qid}' of {ref_name} is missing here; "
                "translate it or remove it from every language",
            )
        )
    return issues


def pick_reference(banks: list[Bank]) -> Bank:
    """English when there is one (the banks are written in it first)."""
    return next((b for b in banks if b.language == "en"), banks[0])

"""Aiken import."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.bank import MultipleChoiceQuestion, SingleChoiceQuestion
from quizapp.core.commands import import_questions
from quizapp.core.formats import PLACEHOLDER_EXPLANATION, FormatError, convert_file, import_file
from quizapp.core.formats.aiken import parse_aiken
from quizapp.core.loader import check_bank_file

IMPORTS = Path(__file__).resolve().parents[2] / "tests" / "data" / "imports"
AIKEN_FIXTURES = sorted(IMPORTS.glob("*aiken*"))


def test_every_feature(tmp_path: Path) -> None:
    out = tmp_path / "camp.en.yaml"
    lines = import_questions(IMPORTS / "every-feature.aiken.txt", None, out)  # detected
    bank, issues = check_bank_file(out)
    assert issues == []
    assert bank is not None
    assert bank.id == "every-feature-aiken"
    assert bank.title == "Every feature aiken"
    first, second, third = bank.questions
    assert isinstance(first, SingleChoiceQuestion)
    assert first.prompt == "What should you check before you accept a job abroad?"
    assert first.choices[0].text == "That the agency is on the ministry's licence list"
    assert first.correct_index == 0
    assert isinstance(second, MultipleChoiceQuestion)  # "A. text" options, two-line prompt
    assert second.prompt == "Which of these are red flags in one message from a stranger?"
    assert second.correct_indices == {0, 1}
    assert second.choices[0].text == '"Keep this between us"'
    assert isinstance(third, SingleChoiceQuestion)  # "answer: a" in lower case
    assert third.correct_index == 0
    assert [q.id for q in bank.questions] == ["q-001", "q-002", "q-004"]
    assert all(q.explanation == PLACEHOLDER_EXPLANATION for q in bank.questions)
    text = "\n".join(lines)
    assert "3 questions had no explanation and got the placeholder" in text
    assert (
        'line 14 "A question with only one option": single choice with 1 choice; '
        "quizapp needs at least 2"
    ) in text


def test_broken_lines_are_reported(tmp_path: Path) -> None:
    out = tmp_path / "out.yaml"
    with pytest.raises(FormatError) as caught:
        import_questions(IMPORTS / "broken.aiken.txt", "aiken", out)
    found = [(i.line, i.message.split(";")[0]) for i in caught.value.issues]
    assert found == [
        (3, "option C comes where option B should"),
        (9, "this line is neither an option ('C) text' or 'C. text') nor the answer ('ANSWER: B')"),
        (12, "ANSWER: with no question before it"),
        (17, "ANSWER: D is not one of the options (A, B)"),
        (19, "this question has no ANSWER: line"),
    ]
    assert "\n" not in str(caught.value)
    assert not out.exists()


@pytest.mark.parametrize("fixture", AIKEN_FIXTURES, ids=lambda p: p.name)
def test_every_fixture_writes_a_valid_bank_or_reports_lines(tmp_path: Path, fixture: Path) -> None:
    out = tmp_path / "out.yaml"
    if fixture.name.startswith("broken"):
        with pytest.raises(FormatError):
            import_file(fixture, out, "aiken")
        return
    import_file(fixture, out, "aiken")
    assert check_bank_file(out)[1] == []


def test_language_and_options_with_dots(tmp_path: Path) -> None:
    source = tmp_path / "Тест по безопасности.txt"
    source.write_text(
        "Кому можно отдать паспорт?\nA. Никому, кроме официальных органов\n"
        "B. Работодателю\nANSWER: A\n",
        "utf-8",
    )
    text, report = convert_file(source, "aiken", language="be")
    assert report.bank_id == "test-po-bezopasnosti"
    assert report.language == "be"
    assert 'language: "be"' in text


def test_option_before_question_and_bad_letters() -> None:
    with pytest.raises(FormatError) as caught:
        parse_aiken("A) orphan\n\nQ?\nA) a\nB) b\nANSWER: ?\n", "x.txt")
    messages = [i.message for i in caught.value.issues]
    assert messages[0] == "an option with no question before it"
    assert "must name an option's letter" in messages[1]


def test_question_without_options() -> None:
    with pytest.raises(FormatError, match="no options"):
        parse_aiken("Q?\nANSWER: A\n", "x.txt")

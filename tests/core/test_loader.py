"""Every rule of BANK-FORMAT.md, each with a broken bank and the line it names."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from quizapp.core.bank import (
    Kind,
    MatchQuestion,
    MultipleChoiceQuestion,
    OrderQuestion,
    ScenarioStyle,
    SingleChoiceQuestion,
    SpotQuestion,
    TrueFalseQuestion,
)
from quizapp.core.issues import BankError
from quizapp.core.loader import check_bank_file, load_bank

DATA = Path(__file__).resolve().parents[1] / "data"

HEAD = """\
format: 1
id: test-bank
language: en
title: "Test bank"
sources:
  article: "BelTA, 30 July 2018"
questions:
"""

GOOD_SINGLE = """\
  - id: q-1
    kind: single
    prompt: "Pick one"
    explanation: "Because this is the right one."
    choices:
      - text: "Right"
        correct: true
      - text: "Wrong"
"""


def write(tmp_path: Path, body: str, head: str = HEAD, name: str = "test-bank.en.yaml") -> Path:
    path = tmp_path / name
    path.write_text(head + textwrap.dedent(body) if body else head, encoding="utf-8")
    return path


def issues_of(path: Path) -> list[tuple[int, str]]:
    bank, issues = check_bank_file(path)
    assert (bank is None) == bool(issues)
    for issue in issues:
        assert str(issue).startswith(f"{path}:{issue.line}:{issue.column}: ")
    return [(i.line, i.message) for i in issues]


def only_issue(path: Path) -> tuple[int, str]:
    found = issues_of(path)
    assert len(found) == 1, found
    return found[0]


def test_sample_bank_loads_every_kind() -> None:
    bank = load_bank(DATA / "sample.en.yaml")
    kinds = [q.kind for q in bank.questions]
    assert kinds == [
        Kind.SINGLE,
        Kind.TRUEFALSE,
        Kind.MULTIPLE,
        Kind.ORDER,
        Kind.MATCH,
        Kind.SPOT,
    ]
    single, tf, multiple, order, match, spot = bank.questions
    assert isinstance(single, SingleChoiceQuestion) and single.correct_index == 0
    assert isinstance(tf, TrueFalseQuestion) and tf.answer is False
    assert isinstance(multiple, MultipleChoiceQuestion)
    assert multiple.correct_indices == frozenset({0, 2})
    assert isinstance(order, OrderQuestion) and order.steps[0] == "Check the agency"
    assert isinstance(match, MatchQuestion) and len(match.pairs) == 3
    assert isinstance(spot, SpotQuestion) and spot.flag_indices == frozenset({1, 3})
    assert spot.sender == "Scout"
    assert bank.sources["article"].startswith("BelTA")


def test_plain_no_stays_text(tmp_path: Path) -> None:
    bank = load_bank(DATA / "sample.en.yaml")
    multiple = bank.questions[2]
    assert isinstance(multiple, MultipleChoiceQuestion)
    assert multiple.choices[1].text == "No"


@pytest.mark.parametrize("word", ["yes", "No", "on", "off", "y", "n"])
def test_yaml11_booleans_are_not_booleans(tmp_path: Path, word: str) -> None:
    path = write(
        tmp_path,
        f"""\
          - id: q-1
            kind: truefalse
            prompt: "Is it?"
            explanation: "It is, for the reasons given here."
            answer: {word}
        """,
    )
    line, message = only_issue(path)
    assert line == 12
    assert "answer must be true or false" in message and word in message


def test_scenario_and_metadata(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
          - id: q-1
            kind: truefalse
            prompt: "**Bold** claim"
            explanation: "Explained in enough words here."
            difficulty: 3
            tags: [jobs-abroad]
            source: article
            scenario:
              style: sms
              sender: "+000"
              lines: ["Hi", "Earn big"]
            answer: true
        """,
    )
    bank = load_bank(path)
    q = bank.questions[0]
    assert q.difficulty == 3 and q.tags == ("jobs-abroad",) and q.source == "article"
    assert q.scenario is not None and q.scenario.style is ScenarioStyle.SMS
    assert q.scenario.lines == ("Hi", "Earn big")
    assert q.line == 8


# -- the bank's own fields -------------------------------------------------


def test_format_missing(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_SINGLE, head=HEAD.replace("format: 1\n", ""))
    line, message = only_issue(path)
    assert line == 1 and "format is missing" in message


@pytest.mark.parametrize("value", ["2", '"1"', "one"])
def test_other_format_refused(tmp_path: Path, value: str) -> None:
    path = write(tmp_path, GOOD_SINGLE, head=HEAD.replace("format: 1", f"format: {value}"))
    line, message = only_issue(path)
    assert line == 1 and "reads format 1" in message


@pytest.mark.parametrize("bad", ["Online_Lures", "x" * 65, '"has space"', '""'])
def test_bad_bank_id(tmp_path: Path, bad: str) -> None:
    path = write(tmp_path, GOOD_SINGLE, head=HEAD.replace("id: test-bank", f"id: {bad}"))
    line, message = only_issue(path)
    assert line == 2 and "id" in message


def test_bad_language(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_SINGLE, head=HEAD.replace("language: en", "language: english"))
    line, message = only_issue(path)
    assert line == 3 and "two-letter" in message


def test_missing_title_and_questions(tmp_path: Path) -> None:
    head = HEAD.replace('title: "Test bank"\n', "").replace("questions:\n", "")
    found = issues_of(write(tmp_path, "", head=head))
    messages = " | ".join(m for _, m in found)
    assert "title is missing" in messages and "questions is missing" in messages


def test_empty_questions(tmp_path: Path) -> None:
    path = write(tmp_path, "", head=HEAD.replace("questions:\n", "questions: []\n"))
    line, message = only_issue(path)
    assert line == 7 and "at least one question" in message


def test_unknown_bank_key_with_suggestion(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_SINGLE, head=HEAD.replace("title:", "titel: x\ntitle:"))
    found = issues_of(path)
    assert (4, found[0][1]) == found[0]
    assert "unknown key 'titel'" in found[0][1] and "did you mean 'title'" in found[0][1]


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.en.yaml"
    path.write_text("", encoding="utf-8")
    line, message = only_issue(path)
    assert line == 1 and "empty" in message


def test_top_level_list(tmp_path: Path) -> None:
    path = tmp_path / "list.en.yaml"
    path.write_text("- a\n- b\n", encoding="utf-8")
    assert "must be a mapping" in only_issue(path)[1]


# -- questions -------------------------------------------------------------


def test_unknown_question_key_typo(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace("    explanation:", "    explenation:")
    found = issues_of(write(tmp_path, body))
    lines = {line: message for line, message in found}
    assert "unknown key 'explenation'" in lines[11] and "explanation" in lines[11]
    assert any("explanation is missing" in m for m in lines.values())


def test_key_of_another_kind(tmp_path: Path) -> None:
    body = GOOD_SINGLE + "    answer: true\n"
    line, message = only_issue(write(tmp_path, body))
    assert line == 16 and "'answer' is not used by a single question" in message


def test_unknown_kind_suggests(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace("kind: single", "kind: singel")
    line, message = only_issue(write(tmp_path, body))
    assert line == 9 and "did you mean 'single'" in message


def test_missing_kind(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace("    kind: single\n", "")
    line, message = only_issue(write(tmp_path, body))
    assert line == 8 and "no kind" in message


def test_duplicate_question_id(tmp_path: Path) -> None:
    found = issues_of(write(tmp_path, GOOD_SINGLE + GOOD_SINGLE))
    assert found == [
        (16, "question id 'q-1' is used twice (first at line 8); give each question its own id")
    ]


def test_single_needs_exactly_one_correct(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace('"Wrong"', '"Wrong"\n        correct: true')
    line, message = only_issue(write(tmp_path, body))
    assert line == 12 and "exactly one" in message and "found 2" in message


def test_multiple_needs_a_correct(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace("kind: single", "kind: multiple").replace(
        "        correct: true\n", ""
    )
    line, message = only_issue(write(tmp_path, body))
    assert line == 12 and "at least one choice" in message


def test_too_few_choices(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace('      - text: "Wrong"\n', "")
    line, message = only_issue(write(tmp_path, body))
    assert line == 12 and "at least 2 choices" in message


def test_choice_unknown_key_and_bad_correct(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace("correct: true", 'correct: "yes"\n        feedbak: "x"')
    found = issues_of(write(tmp_path, body))
    lines = dict(found)
    assert "correct must be true or false" in lines[14]
    assert "unknown key 'feedbak'" in lines[15]
    assert len(found) == 2  # no knock-on "exactly one correct" issue


def test_truefalse_missing_answer(tmp_path: Path) -> None:
    body = """\
      - id: q-1
        kind: truefalse
        prompt: "True?"
        explanation: "Explained in enough words here."
    """
    line, message = only_issue(write(tmp_path, body))
    assert line == 8 and "answer: true" in message


def test_order_needs_three_steps(tmp_path: Path) -> None:
    body = """\
      - id: q-1
        kind: order
        prompt: "Order"
        explanation: "Explained in enough words here."
        steps: ["a", "b"]
    """
    line, message = only_issue(write(tmp_path, body))
    assert line == 12 and "at least 3 steps" in message


def test_match_pair_shape(tmp_path: Path) -> None:
    body = """\
      - id: q-1
        kind: match
        prompt: "Match"
        explanation: "Explained in enough words here."
        pairs:
          - ["a", "1"]
          - ["b", "2", "3"]
          - ["c", "3"]
          - ["d", "4"]
    """
    line, message = only_issue(write(tmp_path, body))
    assert line == 14 and "two-item list" in message


def test_spot_needs_a_flag_with_why(tmp_path: Path) -> None:
    body = """\
      - id: q-1
        kind: spot
        prompt: "Spot"
        explanation: "Explained in enough words here."
        message:
          sender: "x"
          parts:
            - "hello "
            - flag: "send money"
    """
    line, message = only_issue(write(tmp_path, body))
    assert line == 16 and "why is missing" in message


def test_spot_without_flags(tmp_path: Path) -> None:
    body = """\
      - id: q-1
        kind: spot
        prompt: "Spot"
        explanation: "Explained in enough words here."
        message:
          parts: ["a", "b"]
    """
    line, message = only_issue(write(tmp_path, body))
    assert line == 13 and "at least one red flag" in message


def test_difficulty_range(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace("    choices:", "    difficulty: 4\n    choices:")
    line, message = only_issue(write(tmp_path, body))
    assert line == 12 and "from 1 to 3" in message


def test_unknown_source_key(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace("    choices:", "    source: unodc\n    choices:")
    line, message = only_issue(write(tmp_path, body))
    assert line == 12 and "source 'unodc'" in message and "article" in message


def test_scenario_style(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace(
        "    choices:", "    scenario:\n      style: tweet\n      lines: [hi]\n    choices:"
    )
    line, message = only_issue(write(tmp_path, body))
    assert line == 13 and "style 'tweet'" in message


def test_text_limit(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace('"Pick one"', '"' + "x" * 2001 + '"')
    line, message = only_issue(write(tmp_path, body))
    assert line == 10 and "limit is 2000" in message


def test_too_many_questions(tmp_path: Path) -> None:
    one = '  - {id: q-%d, kind: truefalse, prompt: "p", explanation: "e", answer: true}\n'
    path = tmp_path / "many.en.yaml"
    path.write_text(HEAD + "".join(one % i for i in range(10_001)), encoding="utf-8")
    line, message = only_issue(path)
    assert line == 7 and "limit is 10000" in message


def test_every_issue_in_one_run(tmp_path: Path) -> None:
    body = (
        GOOD_SINGLE.replace("kind: single", "kind: nope")
        + GOOD_SINGLE.replace("q-1", "q-2").replace("explanation:", "explain:")
        + GOOD_SINGLE.replace("q-1", "Q 3")
    )
    found = issues_of(write(tmp_path, body))
    assert len(found) >= 4
    assert [line for line, _ in found] == sorted(line for line, _ in found)


# -- plain YAML only -------------------------------------------------------


def test_duplicate_key(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace('    prompt: "Pick one"\n', '    prompt: "A"\n    prompt: "B"\n')
    line, message = only_issue(write(tmp_path, body))
    assert line == 11 and "duplicate key 'prompt'" in message and "line 10" in message


def test_anchor_and_alias(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace('prompt: "Pick one"', 'prompt: &p "Pick one"') + GOOD_SINGLE.replace(
        "q-1", "q-2"
    ).replace('prompt: "Pick one"', "prompt: *p")
    found = issues_of(write(tmp_path, body))
    assert found[0][0] == 10 and "anchors (&p)" in found[0][1]
    assert found[1][0] == 18 and "aliases (*p)" in found[1][1]


def test_python_tag_is_refused_not_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    body = GOOD_SINGLE.replace('"Pick one"', f'!!python/object/apply:os.system ["touch {marker}"]')
    line, message = only_issue(write(tmp_path, body))
    assert line == 10 and "tags (!!python/object/apply:os.system)" in message
    assert not marker.exists()


def test_syntax_error_names_line(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace('prompt: "Pick one"', "prompt: Note: this breaks")
    line, message = only_issue(write(tmp_path, body))
    assert line == 10 and "YAML syntax error" in message and "double quotes" in message


def test_tab_indentation(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace("    kind: single", "\tkind: single")
    line, message = only_issue(write(tmp_path, body))
    assert line == 9 and "YAML syntax error" in message


def test_second_document(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_SINGLE + "---\nformat: 1\n")
    line, message = only_issue(path)
    assert line == 16 and "one document" in message


# -- hostile files: a clear error, fast, never a crash ----------------------


def test_billion_laughs(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(96 + i), chr(97 + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = tmp_path / "lol.en.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = issues_of(path)
    assert found[0] == (1, "anchors (&a) are not allowed; write the text out in full")
    assert any("aliases" in m for _, m in found)


@pytest.mark.parametrize(
    "text", ["[" * 60_000 + "]" * 60_000, "{a: " * 60_000 + "}" * 60_000, "- " * 60_000 + "x"]
)
def test_deep_nesting_does_not_crash(tmp_path: Path, text: str) -> None:
    path = tmp_path / "deep.en.yaml"
    path.write_text(text, encoding="utf-8")
    line, message = issues_of(path)[-1]
    assert line == 1 and ("deep" in message or "depth" in message)


def test_file_over_16_mb(tmp_path: Path) -> None:
    path = tmp_path / "huge.en.yaml"
    with path.open("wb") as out:
        out.write(b"format: 1\n")
        out.write(b"#" * (17 * 1024 * 1024))
    line, message = only_issue(path)
    assert line == 1 and "16 MB" in message


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.en.yaml"
    path.write_bytes('format: 1\nid: x\ntitle: "caf\xe9"\n'.encode("latin-1"))
    assert only_issue(path) == (3, "the file is not UTF-8 text; save it as UTF-8 in your editor")


def test_nul_byte(tmp_path: Path) -> None:
    path = tmp_path / "nul.en.yaml"
    path.write_bytes(b"format: 1\nid: x\x00\n")
    assert only_issue(path)[0] == 2


def test_utf8_bom_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.en.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + (HEAD + GOOD_SINGLE).encode())
    assert load_bank(path).id == "test-bank"


def test_folder_and_missing_file(tmp_path: Path) -> None:
    assert "folder" in only_issue(tmp_path)[1]
    assert "cannot read" in only_issue(tmp_path / "nope.yaml")[1]


# -- images ----------------------------------------------------------------


def image_bank(tmp_path: Path, image: str) -> Path:
    return write(
        tmp_path, GOOD_SINGLE.replace("    choices:", f'    image: "{image}"\n    choices:')
    )


def test_image_inside_folder(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "ad.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    bank = load_bank(image_bank(tmp_path, "images/ad.png"))
    assert bank.questions[0].image == (tmp_path / "images" / "ad.png").resolve()


@pytest.mark.parametrize(
    "image", ["../secret.png", "/etc/passwd", "C:/x.png", "images/../../x.png"]
)
def test_image_outside_folder(tmp_path: Path, image: str) -> None:
    line, message = only_issue(image_bank(tmp_path, image))
    assert line == 12 and ("outside" in message or "leaves" in message or "relative" in message)


def test_image_symlink_leaving_folder(tmp_path: Path) -> None:
    outside = tmp_path.parent / f"{tmp_path.name}-outside.png"
    outside.write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "link.png").symlink_to(outside)
    assert "outside" in only_issue(image_bank(tmp_path, "link.png"))[1]


def test_image_missing_and_too_big(tmp_path: Path) -> None:
    assert "not found" in only_issue(image_bank(tmp_path, "nope.png"))[1]
    (tmp_path / "big.png").write_bytes(b"\x89PNG" + b"\0" * (2 * 1024 * 1024 + 1))
    assert "at most 2 MB" in only_issue(image_bank(tmp_path, "big.png"))[1]


def test_an_image_must_be_what_its_name_says(tmp_path: Path) -> None:
    """The same rule as for an image inside a pack: a bank that validates may be shared."""
    (tmp_path / "notes.png").write_text("just some text", encoding="utf-8")
    line, message = only_issue(image_bank(tmp_path, "notes.png"))
    assert line == 12 and "is named .png but is not a PNG image" in message
    (tmp_path / "notes.txt").write_text("just some text", encoding="utf-8")
    assert "is not an image quizapp shows" in only_issue(image_bank(tmp_path, "notes.txt"))[1]
    (tmp_path / "evil.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', encoding="utf-8"
    )
    assert "scripts" in only_issue(image_bank(tmp_path, "evil.svg"))[1]


def test_an_image_over_the_limit_says_so_in_numbers_that_show_it(tmp_path: Path) -> None:
    (tmp_path / "big.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024 + 2))
    message = only_issue(image_bank(tmp_path, "big.png"))[1]
    assert "2,097,162 bytes" in message and "(2,097,152 bytes)" in message


# -- the file's name and its language ------------------------------------------


def test_the_language_must_agree_with_the_file_name(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_SINGLE, name="test-bank.ru.yaml")
    line, message = only_issue(path)
    assert line == 3 and "rename the file to 'test-bank.en.yaml'" in message
    assert "`language: ru`" in message
    assert not issues_of(write(tmp_path, GOOD_SINGLE, name="my-own-name.yaml"))  # no code: fine


# -- syntax errors said where they are -----------------------------------------


def test_an_unclosed_quote_is_named_on_its_own_line(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace('prompt: "Pick one"', 'prompt: "Pick one')
    found = issues_of(write(tmp_path, body))
    assert found[0][0] == 10 and "not closed on its line" in found[0][1]
    assert "YAML syntax error" in found[1][1]  # the parser's own words follow


def test_a_quoted_text_may_span_lines(tmp_path: Path) -> None:
    body = GOOD_SINGLE.replace('prompt: "Pick one"', 'prompt: "Pick\n      one"')
    assert not issues_of(write(tmp_path, body))
    broken = body + "  - id: q-2\n     kind: single\n"  # a later, unrelated mistake
    found = issues_of(write(tmp_path, broken))
    assert len(found) == 1 and "indentation" in found[0][1]


def test_load_bank_raises_bank_error(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_SINGLE.replace("kind: single", "kind: x"))
    with pytest.raises(BankError) as caught:
        load_bank(path)
    assert caught.value.issues[0].line == 9


def test_a_number_too_long_for_python_is_an_issue_not_a_crash(tmp_path: Path) -> None:
    """int() refuses 4,300+ digits with a ValueError; the loader says where instead."""
    path = write(
        tmp_path, GOOD_SINGLE.replace("kind: single", "kind: single\n    difficulty: " + "9" * 5000)
    )
    line, message = only_issue(path)
    assert line == 10 and "5000 digits" in message

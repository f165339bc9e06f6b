"""GIFT import, and the bank writer every import goes through."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from quizapp.core.bank import (
    Bank,
    MatchQuestion,
    MultipleChoiceQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from quizapp.core.commands import import_questions
from quizapp.core.formats import (
    PLACEHOLDER_EXPLANATION,
    FormatError,
    convert_file,
    detect_format,
    import_file,
    slugify,
)
from quizapp.core.formats.bank_writer import dump_bank, dump_data, quote
from quizapp.core.formats.gift import parse_gift
from quizapp.core.loader import check_bank_bytes, check_bank_file, load_bank
from quizapp.core.yaml_tree import parse_tree

REPO = Path(__file__).resolve().parents[2]
IMPORTS = REPO / "tests" / "data" / "imports"
SAMPLE = REPO / "tests" / "data" / "sample.en.yaml"
GIFT_FIXTURES = sorted(p for p in IMPORTS.glob("*") if "aiken" not in p.name)


def _convert(tmp_path: Path, name: str, **kwargs: object) -> tuple[Bank, list[str]]:
    out = tmp_path / f"{Path(name).stem}.yaml"
    lines = import_questions(IMPORTS / name, kwargs.pop("fmt", None), out, **kwargs)
    bank, issues = check_bank_file(out)
    assert issues == []
    assert bank is not None
    return bank, lines


def test_every_feature_is_carried_over(tmp_path: Path) -> None:
    bank, lines = _convert(tmp_path, "every-feature.gift")
    assert bank.id == "every-feature"
    assert bank.language == "en"
    assert bank.title == "Trafficking awareness"  # from the first $CATEGORY
    by_id = {q.id: q for q in bank.questions}

    single = by_id["q-001"]
    assert isinstance(single, SingleChoiceQuestion)
    assert single.correct_index == 0
    assert single.choices[0].feedback == "Right: most victims knew the recruiter."
    assert single.explanation == "Traffickers are often people the victim already knows and trusts."

    multiple = by_id["q-002"]
    assert isinstance(multiple, MultipleChoiceQuestion)
    assert multiple.prompt == "Which of these are **red flags** in a job offer?"  # [markdown] gone
    assert multiple.correct_indices == {0, 1}
    assert multiple.explanation == PLACEHOLDER_EXPLANATION

    false = by_id["q-003"]
    assert isinstance(false, TrueFalseQuestion)
    assert false.answer is False
    assert false.explanation.startswith("Wrong: working abroad is legal")

    true = by_id["q-004"]
    assert isinstance(true, TrueFalseQuestion)
    assert true.answer is True
    assert true.explanation == "Belarus keeps a public list of licensed agencies."

    match = by_id["q-005"]
    assert isinstance(match, MatchQuestion)
    assert match.pairs[0] == ('Your passport is kept "for safety"', "Keeping identity documents")
    assert len(match.pairs) == 3  # the extra right-hand item is left out, and said so

    escapes = by_id["q-006"]
    assert escapes.prompt == (
        "Special characters: 50% off {today} ~ only = a # sign, a backslash \\ and a new\nline."
    )
    assert isinstance(escapes, SingleChoiceQuestion)
    assert escapes.choices[0].text == "It is all {escaped} text"
    assert escapes.choices[0].feedback == "Feedback with # and ="

    blank = by_id["q-007"]
    assert blank.prompt == "Traffickers ___ use social media to find people."

    html = by_id["q-008"]
    assert html.prompt == "Is this & that\na red flag?"
    assert "<" not in html.prompt
    assert by_id["q-009"].prompt == "Is * a star here?"
    assert by_id["q-010"].prompt == "Untitled question without a title: pick one."

    text = "\n".join(lines)
    assert "6 questions had no explanation and got the placeholder" in text
    assert "missing-word" in text
    assert "image in the HTML was not carried over" in text
    assert "'Freedom of movement' was left out" in text


def test_what_cannot_be_carried_over_is_named(tmp_path: Path) -> None:
    _, lines = _convert(tmp_path, "every-feature.gift")
    text = "\n".join(lines)
    assert "not carried over (8):" in text
    expected = {
        '"Capital (short answer)": a short-answer question',
        '"Sum (numerical)": a numerical question',
        '"Essay": an essay question',
        'line 51 "This line is a description: it has no…": a description',
        '"Too few pairs": matching with 2 pairs; quizapp needs at least 3',
        '"One choice": one answer marked = and no others is a short-answer question',
        "\"Two right\": single choice with 2 answers marked right with '='",
        '"No weight": multiple choice where no answer has a positive %weight%',
    }
    for fragment in expected:
        assert fragment in text


def test_single_choice_with_one_choice_is_named(tmp_path: Path) -> None:
    source = tmp_path / "one.gift"
    source.write_text("::Lonely:: Pick {~%100%Only this}\n\n::Fine:: Pick {=a ~b}\n", "utf-8")
    _, report = convert_file(source)
    assert [str(s) for s in report.skipped] == [
        'line 1 "Lonely": multiple choice with 1 choice; quizapp needs at least 2'
    ]


@pytest.mark.parametrize("fixture", GIFT_FIXTURES, ids=lambda p: p.name)
def test_every_fixture_writes_a_valid_bank_or_reports_lines(tmp_path: Path, fixture: Path) -> None:
    out = tmp_path / "out.yaml"
    if fixture.name.startswith("broken"):
        with pytest.raises(FormatError):
            import_file(fixture, out, "gift")
        assert not out.exists()
        return
    import_file(fixture, out, "gift", language="ru" if "-ru" in fixture.name else "en")
    assert check_bank_file(out)[1] == []


def test_broken_file_is_reported_with_lines(tmp_path: Path) -> None:
    out = tmp_path / "out.yaml"
    with pytest.raises(FormatError) as caught:
        import_questions(IMPORTS / "broken.gift", None, out)
    found = [(i.line, i.column, i.message.split(";")[0]) for i in caught.value.issues]
    assert found == [
        (5, 36, "this '{' is never closed"),
        (7, 27, "a '}' with no '{' before it"),
        (9, 40, "a second answer block"),
        (11, 48, "text before the first answer"),
    ]
    message = str(caught.value)
    assert "\n" not in message
    assert "broken.gift:5:36:" in message
    assert "(and 3 more problems)" in message
    assert not out.exists()


def test_russian_export_with_bom_and_crlf(tmp_path: Path) -> None:
    bank, lines = _convert(tmp_path, "moodle-export-ru.txt", lang="ru")
    assert bank.language == "ru"
    assert bank.questions[0].prompt == "Можно ли отдавать свой паспорт работодателю?"
    assert isinstance(bank.questions[0], TrueFalseQuestion)
    assert bank.questions[0].explanation.startswith("Никогда не отдавайте паспорт")
    assert "1 question had no explanation" in "\n".join(lines)


def test_detects_format_from_extension_and_text(tmp_path: Path) -> None:
    assert detect_format(Path("x.gift"), "") == "gift"
    assert detect_format(Path("x.txt"), "Q?\nA) a\nB) b\nANSWER: A\n") == "aiken"
    assert detect_format(Path("x.txt"), "Q {=a ~b}") == "gift"
    with pytest.raises(FormatError, match="--format"):
        detect_format(Path("x.txt"), "just some text")


def test_import_writes_only_the_output_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("QUIZAPP_DATA_DIR", str(data))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    out = tmp_path / "bank.en.yaml"
    import_questions(IMPORTS / "every-feature.gift", "gift", out)
    assert not data.exists()
    assert list(work.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bank.en.yaml", "work"]


def test_refusals_are_one_line(tmp_path: Path) -> None:
    out = tmp_path / "out.yaml"
    (tmp_path / "latin1.gift").write_bytes("Caf\xe9 {=a ~b}".encode("latin-1"))
    (tmp_path / "empty.gift").write_text("// nothing but a comment\n", "utf-8")
    (tmp_path / "nul.gift").write_bytes(b"Q {=a ~b}\x00")
    cases = {
        "latin1.gift": "not UTF-8",
        "empty.gift": "no question could be carried over",
        "nul.gift": "NUL byte",
        "missing.gift": "no such file",
    }
    for name, fragment in cases.items():
        with pytest.raises(FormatError) as caught:
            import_questions(tmp_path / name, None, out)
        assert fragment in str(caught.value)
        assert "\n" not in str(caught.value)
    with pytest.raises(FormatError, match="two-letter"):
        import_questions(IMPORTS / "every-feature.gift", None, out, lang="english")
    with pytest.raises(FormatError, match="unknown format"):
        import_questions(IMPORTS / "every-feature.gift", "qti", out)
    assert not out.exists()


def test_too_long_text_is_named_not_written(tmp_path: Path) -> None:
    source = tmp_path / "long.gift"
    source.write_text(
        f"::Long:: {'word ' * 500}? {{=a ~b}}\n\n::Same:: Pick {{=x ~x}}\n\n::Ok:: Q {{=a ~b}}\n",
        "utf-8",
    )
    yaml_text, report = convert_file(source)
    reasons = {s.title: s.reason for s in report.skipped}
    assert "limit is 2000" in reasons["Long"]
    assert "two choices read 'x'" in reasons["Same"]
    assert report.question_ids == ("q-003",)  # ids keep the question's place in the file
    assert check_bank_bytes(yaml_text.encode(), "long.en.yaml")[1] == []


def test_ids_and_titles_from_file_names() -> None:
    assert slugify("Вопросы для лагеря 2024") == "voprosy-dlya-lagerya-2024"
    assert slugify("Мой тэст ўсё") == "moy-test-usyo"
    assert slugify("My Quiz_file.v2") == "my-quiz-file-v2"
    assert slugify("!!!") == "imported"
    assert len(slugify("x" * 300)) == 64


def test_parse_gift_directly() -> None:
    result = parse_gift("$CATEGORY: top/Week 1\n\n::T:: Q? {TRUE}\n", "x.gift")
    assert result.category == "Week 1"
    assert result.drafts[0].data["answer"] is True


# -- the bank writer ------------------------------------------------------------


def _plain(bank: Bank) -> Bank:
    return dataclasses.replace(
        bank,
        path=None,
        questions=tuple(dataclasses.replace(q, line=0) for q in bank.questions),
    )


def _bank_files() -> list[Path]:
    return [SAMPLE, *sorted((REPO / "questions").glob("*.yaml"))]


@pytest.mark.parametrize("path", _bank_files(), ids=lambda p: p.name)
def test_writer_round_trips_every_bank(path: Path) -> None:
    original, issues = check_bank_file(path)
    if original is None:
        pytest.skip(f"{path.name} is not a valid bank right now: {issues[0]}")
    text = dump_bank(original)
    again, issues = check_bank_bytes(text.encode("utf-8"), str(path), path.parent)
    assert issues == []
    assert again is not None
    assert _plain(again) == _plain(original)
    assert again.sources == original.sources


def test_writer_quotes_every_hostile_string() -> None:
    hostile = [
        "No",
        "yes",
        "true",
        "~",
        "null",
        "123",
        "- dash",
        "key: value",
        "# not a comment",
        "&anchor *alias !!python/object",
        "{flow: mapping}",
        "[a, b]",
        'quote " and \\ backslash',
        "tab\tnew\nline\r",
        "\x00\x07\x1b\x7f\x85\u2028\u2029\ufeff",
        "emoji 😀 and кириллица",
        "'single'",
        "%YAML 1.1",
        "---",
        "...",
        " leading and trailing ",
        "\ud800 lone surrogate",
    ]
    data = {"items": hostile, "map": {"odd key: x": "v", "plain_key": hostile[0]}}
    root = parse_tree(dump_data(data), "x.yaml")
    values = [node.raw for node in root.items["items"].items]
    assert values[:-1] == hostile[:-1]
    assert values[-1] == "\ufffd lone surrogate"
    assert root.items["map"].items["odd key: x"].raw == "v"
    assert quote("No") == '"No"'


def test_writer_writes_a_bank_from_plain_data(tmp_path: Path) -> None:
    from quizapp.core.formats.bank_writer import write_bank

    out = tmp_path / "plain.en.yaml"
    write_bank(
        {
            "format": 1,
            "id": "plain",
            "language": "en",
            "title": "Plain: data",
            "authors": [],
            "sources": {"a b": "Source with: colon"},
            "questions": [
                {
                    "id": "q-1",
                    "kind": "spot",
                    "prompt": "Tap the flags",
                    "explanation": "Because",
                    "source": "a b",
                    "message": {
                        "sender": "No",
                        "parts": ["Hi ", {"flag": "Send money", "why": "Pressure"}],
                    },
                }
            ],
        },
        out,
    )
    bank = load_bank(out)
    assert bank.title == "Plain: data"
    assert bank.sources == {"a b": "Source with: colon"}
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind

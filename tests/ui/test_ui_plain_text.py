"""Bank text is shown as text: markup in a bank never becomes HTML, a picture or a link."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from quizapp.ui.bank_text import marks_to_html

HOSTILE = """format: 1
id: hostile
language: en
title: "<b>Hostile</b> bank"
description: "<img src='/etc/passwd'>"
questions:
  - id: h-001
    kind: single
    prompt: "Look: <img src=\\"file:///etc/hosts\\"> and <b>bold</b> <a href='http://x'>link</a>"
    explanation: "<script>alert(1)</script> <img src=x>"
    scenario:
      style: chat
      sender: "<b>Boss</b>"
      lines:
        - "<img src='x.png'> hello <a href='http://evil'>click</a>"
    choices:
      - text: "<i>not italic</i>"
        correct: true
        feedback: "<b>fb</b>"
      - text: "<u>two</u>"
        feedback: "<img src=y>"
  - id: h-002
    kind: single
    prompt: "Marks: **strong** and *soft*, but <b>tags</b> stay text"
    explanation: "*Only* the marks."
    choices:
      - text: "a"
        correct: true
      - text: "b"
"""


@pytest.fixture
def hostile_window(make_window, tmp_path: Path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "hostile.en.yaml").write_text(HOSTILE, encoding="utf-8")
    return make_window(banks_dirs=[folder])


def _labels_showing(window, needle: str) -> list[QLabel]:
    return [label for label in window.findChildren(QLabel) if needle in label.text()]


def test_markup_in_a_prompt_shows_literally(hostile_window, driver_for) -> None:
    ui = driver_for(hostile_window)
    ui.sign_up_with_mouse("Alina")
    bank = hostile_window.library().get("hostile", "en")
    hostile_window.start_quiz(bank, ["h-001"])
    prompt = ui.find(QLabel, "questionPrompt")
    assert prompt.textFormat() == Qt.TextFormat.PlainText
    assert '<img src="file:///etc/hosts">' in prompt.text()
    assert "<b>bold</b>" in prompt.text()
    assert not prompt.openExternalLinks()
    assert ui.find(QAbstractButton, "choice_0").text() == "<i>not italic</i>"
    scenario_labels = _labels_showing(hostile_window, "<img src='x.png'>")
    assert scenario_labels
    for label in scenario_labels:
        assert label.textFormat() == Qt.TextFormat.PlainText
    ui.click(ui.button("choice_1"))
    ui.click(ui.button("submitButton"))
    explanation = ui.find(QLabel, "explanationText")
    assert explanation.textFormat() == Qt.TextFormat.PlainText
    assert explanation.text() == "<script>alert(1)</script> <img src=x>"
    assert ui.find(QLabel, "choiceFeedback").text() == "<img src=y>"


def test_every_label_with_bank_text_is_plain_or_escaped(hostile_window, driver_for) -> None:
    ui = driver_for(hostile_window)
    ui.sign_up_with_mouse("Maksim")
    bank = hostile_window.library().get("hostile", "en")
    hostile_window.start_quiz(bank, ["h-001", "h-002"])
    while ui.page() == "quiz":
        ui.answer_with_mouse(right=False)
        ui.next_with_mouse()
    hostile_window.show_help("results")
    for label in hostile_window.findChildren(QLabel):
        text = label.text()
        if label.textFormat() != Qt.TextFormat.PlainText:
            # rich text only ever comes from marks_to_html: no tag but b, i, br
            for tag in ("<img", "<a ", "<script", "<u>"):
                assert tag not in text, (label.objectName(), text)
        assert not label.openExternalLinks()


def test_bold_and_italic_marks_are_rendered_from_escaped_text(hostile_window, driver_for) -> None:
    ui = driver_for(hostile_window)
    ui.sign_up_with_mouse("Daria")
    bank = hostile_window.library().get("hostile", "en")
    hostile_window.start_quiz(bank, ["h-002"])
    prompt = ui.find(QLabel, "questionPrompt")
    assert prompt.textFormat() == Qt.TextFormat.RichText
    assert prompt.text() == (
        "Marks: <b>strong</b> and <i>soft</i>, but &lt;b&gt;tags&lt;/b&gt; stay text"
    )
    assert prompt.accessibleName() == "Marks: strong and soft, but <b>tags</b> stay text"


def test_bank_titles_are_plain_in_the_list(hostile_window, driver_for) -> None:
    from PySide6.QtWidgets import QListWidget

    ui = driver_for(hostile_window)
    ui.sign_up_with_mouse("Yegor")
    banks = ui.find(QListWidget, "bankList")
    titles = [banks.item(i).text() for i in range(banks.count())]
    assert "<b>Hostile</b> bank" in titles


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("a **b** c", "a <b>b</b> c"),
        ("*i* and **b**", "<i>i</i> and <b>b</b>"),
        ("2 * 3 * 4", "2 * 3 * 4"),
        ("<b>x</b> **y**", "&lt;b&gt;x&lt;/b&gt; <b>y</b>"),
        ("**<img src=x>**", "<b>&lt;img src=x&gt;</b>"),
        ("line\nnext", "line<br>next"),
        ("\"quoted\" & 'single'", "&quot;quoted&quot; &amp; &#x27;single&#x27;"),
    ],
)
def test_marks_to_html(text: str, html: str) -> None:
    assert marks_to_html(text) == html

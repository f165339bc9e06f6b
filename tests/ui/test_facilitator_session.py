"""Session set-up, projector mode with the reveal key, team play to the podium, one student."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QRadioButton
from test_facilitator_support import check_names, go_to, no_modal, unlock

from quizapp.core.report import SESSION_MODE, ReportFilter, question_stats
from quizapp.ui.facilitator.projector_page import Stage


def set_up(ui, *, count: str = "All", order: str = "As written", time: str = "None"):
    area = unlock(ui)
    setup = go_to(ui, area, "sessionNavButton")
    banks = ui.find(QListWidget, "sessionBankList")
    row = next(
        r for r in range(banks.count()) if banks.item(r).data(Qt.ItemDataRole.UserRole) == "sample"
    )
    banks.setFocus()
    banks.setCurrentRow(row)
    if setup.chosen_bank_ids() != ["sample"]:  # the set-up remembers the last choice
        ui.qtbot.keyClick(banks, Qt.Key.Key_Space)  # ticks the bank, as a keyboard user would
    assert setup.chosen_bank_ids() == ["sample"]
    for name, text in (
        ("sessionCountCombo", count),
        ("sessionOrderCombo", order),
        ("sessionTimeCombo", time),
    ):
        combo = ui.find(QComboBox, name)
        combo.setCurrentIndex(combo.findText(text))
        assert combo.currentText() == text
    return area, setup


def start(ui, area):
    ui.click(ui.button("startSessionButton"))
    page = area.projector_page()
    ui.qtbot.waitUntil(lambda: page.isVisible())
    return page


def test_set_up_then_projector_mode_with_the_reveal_key(ui) -> None:
    ui.show()
    area, _setup = set_up(ui)
    assert "6 questions" in ui.find(QLabel, "sessionPlanSummary").text()
    page = start(ui, area)
    ui.qtbot.waitUntil(lambda: ui.window.isFullScreen())
    assert not ui.window.top_bar.isVisible()
    assert page.theme.px("base") > ui.window.theme.px("base")  # projector text is larger
    assert page.stage is Stage.QUESTION
    assert [i.question.id for i in page.items] == [f"s-00{n}" for n in range(1, 7)]  # as written
    assert ui.find(QLabel, "projectorPrompt").text() == page.current.question.prompt
    explanation = ui.find(QLabel, "projectorExplanation")
    assert not explanation.isVisible()
    ui.qtbot.keyClick(page, Qt.Key.Key_1)  # team Red picks the first answer
    ui.qtbot.keyClick(page, Qt.Key.Key_R)  # the reveal key
    assert page.stage is Stage.REVEALED
    assert explanation.isVisible()
    assert explanation.text() == page.current.question.explanation
    assert ui.find(QLabel, "projectorOutcome").text() == "Team Red: right, one point!"
    ui.qtbot.keyClick(page, Qt.Key.Key_N)
    assert page.stage is Stage.SCOREBOARD
    ui.qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.stage is Stage.QUESTION and page.index == 1
    ui.qtbot.keyClick(page, Qt.Key.Key_Space)  # Space reveals too
    assert page.stage is Stage.REVEALED
    assert ui.find(QLabel, "projectorOutcome").text() == "Team Blue gave no answer."
    no_modal()


def test_the_contract_names_stay_the_quizs(ui) -> None:
    area, _ = set_up(ui)
    start(ui, area)
    for name in ("choice_0", "explanationText", "questionPrompt"):
        found = [w for w in ui.window.findChildren(QLabel) if w.objectName() == name]
        found += [w for w in ui.window.findChildren(QRadioButton) if w.objectName() == name]
        assert not any(w.isVisible() for w in found), name


def test_team_play_takes_turns_to_the_podium(ui) -> None:
    ui.show()
    area, _setup = set_up(ui)
    assert ui.find(QRadioButton, "teamModeRadio").isChecked()
    ui.click(ui.button("addTeamButton"))
    names = ["Owls", "Foxes", "Bears"]
    for number, name in enumerate(names):
        edit = ui.find(QLineEdit, f"teamName_{number}")
        edit.setText(name)
    assert "2 for each of 3 teams" in ui.find(QLabel, "sessionPlanSummary").text()
    page = start(ui, area)
    assert len(page.items) == 6
    answers = {}
    while page.stage is not Stage.END:
        if page.stage is Stage.QUESTION:
            team = page.game.team_for(page.index)
            turn = ui.find(QLabel, "projectorTurn").text()
            assert names[team] in turn
            question = page.current.question
            right = team == 0 or (team == 1 and page.index == 1)
            answers[page.index] = right
            if right and hasattr(question, "correct_index"):
                ui.qtbot.keyClick(page, getattr(Qt.Key, f"Key_{question.correct_index + 1}"))
            elif right and hasattr(question, "answer"):
                ui.qtbot.keyClick(page, Qt.Key.Key_1 if question.answer else Qt.Key.Key_2)
            else:
                answers[page.index] = False
            ui.qtbot.keyClick(page, Qt.Key.Key_R)
        elif page.stage is Stage.SCOREBOARD:
            assert ui.find(QLabel, "scoreboardNext").isVisible()
            ui.qtbot.keyClick(page, Qt.Key.Key_Return)
        else:
            ui.qtbot.keyClick(page, Qt.Key.Key_N)
    podium = ui.window.findChild(QLabel, "podiumTitle")
    assert podium.isVisible()
    standings = page.game.standings()
    expected = [sum(1 for i, r in answers.items() if r and i % 3 == t) for t in range(3)]
    assert [s.points for s in sorted(standings, key=lambda s: s.team)] == expected
    assert standings[0].place == 1 and standings[0].points == max(expected)
    assert all(a == 2 for a in page.game.asked)
    # no answer of team play goes into the students' report
    assert question_stats(ui.window.store) == []
    ui.click(ui.button("projectorNextButton"))  # finish
    assert not area.unlocked  # a student may be at the keyboard: the PIN is asked again
    assert "session is over" in ui.find(QLabel, "pinNote").text()
    ui.qtbot.waitUntil(lambda: not ui.window.isFullScreen())
    assert ui.window.top_bar.isVisible()


def test_one_student_session_saves_every_answer(ui) -> None:
    ui.sign_up_with_mouse("Alina")
    ui.window.sign_out()
    area, setup = set_up(ui, count="5", order="Shuffled")
    ui.click(ui.find(QRadioButton, "soloModeRadio"))
    combo = ui.find(QComboBox, "sessionProfileCombo")
    assert combo.isEnabled() and combo.currentText() == "Alina"
    setup.projector_check.setChecked(False)
    page = start(ui, area)
    assert not ui.window.isFullScreen()
    assert len(page.items) == 5
    while page.stage is not Stage.END:
        if page.stage is Stage.QUESTION:
            page.question_widget.pick(0)
            ui.click(ui.button("revealButton"))
        else:
            ui.click(ui.button("projectorNextButton"))
    score = ui.find(QLabel, "sessionScore").text()
    store = ui.window.store
    answered = list(store.iter_answers())
    assert len(answered) == 5 and {a.mode for a in answered} == {SESSION_MODE}
    assert {a.profile_name for a in answered} == {"Alina"}
    assert score == f"{sum(a.correct for a in answered)} / 5"
    history = store.history(store.profiles()[0].id)
    assert history[0].mode == SESSION_MODE and history[0].asked == 5
    sessions = question_stats(store, ReportFilter(modes=frozenset({SESSION_MODE})))
    assert sum(s.answered for s in sessions) == 5
    assert store.unfinished_run(store.profiles()[0].id) is None


def test_a_time_limit_reveals_when_time_is_up(ui) -> None:
    area, _setup = set_up(ui, time="15 seconds")
    page = start(ui, area)
    now = [1000.0]
    page.clock = lambda: now[0]
    page._show_question()  # restart the clock on the fake one
    timer = ui.find(QLabel, "projectorTimer")
    assert timer.isVisible() and timer.text() == "0:15"
    now[0] += 5
    ui.qtbot.waitUntil(lambda: timer.text() == "0:10")
    now[0] += 11
    ui.qtbot.waitUntil(lambda: page.stage is Stage.REVEALED)
    assert ui.find(QLabel, "projectorOutcome").text().startswith("Time's up!")


def test_ending_a_session_early_shows_the_end_and_keeps_answers(ui) -> None:
    ui.sign_up_with_mouse("Alina")
    ui.window.sign_out()
    area, _setup = set_up(ui)
    ui.click(ui.find(QRadioButton, "soloModeRadio"))
    page = start(ui, area)
    page.question_widget.pick(0)
    page.reveal()
    ui.click(ui.button("endSessionButton"))
    assert page.stage is Stage.END
    assert ui.find(QLabel, "sessionScore").text().endswith("/ 1")
    assert len(list(ui.window.store.iter_answers())) == 1
    assert ui.window.store.unfinished_run(ui.window.store.profiles()[0].id) is None


def test_set_up_refuses_inline(ui) -> None:
    area = unlock(ui)
    go_to(ui, area, "sessionNavButton")
    ui.click(ui.button("startSessionButton"))
    message = ui.find(QLabel, "sessionMessage")
    assert message.isVisible() and "bank" in message.text()
    banks = ui.find(QListWidget, "sessionBankList")
    banks.item(0).setCheckState(Qt.CheckState.Checked)
    ui.find(QLineEdit, "teamName_1").setText("red")
    ui.click(ui.button("startSessionButton"))
    assert "same name" in message.text()
    assert area.sections.currentWidget().objectName() == "sessionSetupPage"
    no_modal()


def test_names_on_the_set_up_and_the_projector(ui) -> None:
    area, setup = set_up(ui)
    check_names(setup, "session set-up")
    page = start(ui, area)
    check_names(page, "projector, question")
    page.reveal()
    check_names(page, "projector, revealed")
    page.go_next()
    check_names(page, "projector, scoreboard")
    page.end_session()
    check_names(page, "projector, podium")


def play_solo_session(ui, name: str, pick: int) -> None:
    """A one-student session of 5 questions as written, answering choice `pick` each time."""
    area, setup = set_up(ui, count="5")
    ui.click(ui.find(QRadioButton, "soloModeRadio"))
    combo = ui.find(QComboBox, "sessionProfileCombo")
    combo.setCurrentIndex(combo.findText(name))
    setup.projector_check.setChecked(False)
    page = start(ui, area)
    while page.stage is not Stage.END:
        if page.stage is Stage.QUESTION:
            page.question_widget.pick(pick)
            ui.click(ui.button("revealButton"))
        else:
            ui.click(ui.button("projectorNextButton"))
    area.leave()


def test_the_report_shows_one_session_when_it_is_chosen(ui) -> None:
    for name in ("Alina", "Group B"):
        ui.sign_up_with_mouse(name)
        ui.window.sign_out()
    play_solo_session(ui, "Alina", 0)
    play_solo_session(ui, "Group B", 1)
    area = unlock(ui)
    report = go_to(ui, area, "reportNavButton")
    view = report.table
    assert {view.model().index(r, 2).data() for r in range(view.model().rowCount())} == {"2"}
    combo = ui.find(QComboBox, "reportModeCombo")
    texts = [combo.itemText(i) for i in range(combo.count())]
    under = texts.index("Facilitator sessions")
    sessions = texts[under + 1 :]
    assert len(sessions) == 2
    assert "Group B" in sessions[0] and "Alina" in sessions[1]  # the latest first
    assert all("Sample" in text or "sample" in text.lower() for text in sessions)
    store = ui.window.store
    for offset, name in ((1, "Group B"), (2, "Alina")):
        combo.setCurrentIndex(under + offset)
        model = view.model()
        assert model.rowCount() == 5
        assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"1"}
        got = sorted(model.index(r, 3).data() for r in range(model.rowCount()))
        mine = [a for a in store.iter_answers() if a.profile_name == name]
        assert got == sorted("100%" if a.correct else "0%" for a in mine)
        assert "5 answers from 1 student on 5 questions" in report.summary.text()
        assert name in report._filter_words()
    combo.setCurrentIndex(0)
    assert view.model().rowCount() == 5

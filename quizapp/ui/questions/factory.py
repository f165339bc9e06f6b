"""The widget for a question's kind."""

from __future__ import annotations

from quizapp.core.bank import (
    MatchQuestion,
    MultipleChoiceQuestion,
    OrderQuestion,
    Question,
    SingleChoiceQuestion,
    SpotQuestion,
    TrueFalseQuestion,
)
from quizapp.ui.questions.choice_question_widget import ChoiceQuestionWidget
from quizapp.ui.questions.match_question_widget import MatchQuestionWidget
from quizapp.ui.questions.order_question_widget import OrderQuestionWidget
from quizapp.ui.questions.question_widget import QuestionWidget
from quizapp.ui.questions.spot_question_widget import SpotQuestionWidget
from quizapp.ui.theme import Theme


def question_widget_for(
    question: Question, display_order: list[int], theme: Theme
) -> QuestionWidget:
    if isinstance(question, (SingleChoiceQuestion, MultipleChoiceQuestion, TrueFalseQuestion)):
        return ChoiceQuestionWidget(question, theme)
    if isinstance(question, OrderQuestion):
        return OrderQuestionWidget(question, display_order, theme)
    if isinstance(question, MatchQuestion):
        return MatchQuestionWidget(question, display_order, theme)
    if isinstance(question, SpotQuestion):
        return SpotQuestionWidget(question, theme)
    raise TypeError(f"no widget for {type(question).__name__}")

"""A mock message as a teenager would see it on a phone: chat, post, ad, email or SMS.

All of it is bank text, shown as plain text in labels; nothing in it is a link.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quizapp.core.bank import Scenario, ScenarioStyle
from quizapp.ui.bank_text import strip_marks
from quizapp.ui.labels import make_label
from quizapp.ui.theme import Theme


class ScenarioView(QFrame):
    def __init__(self, scenario: Scenario, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioView")
        self._scenario = scenario
        self._theme = theme
        self._labels: dict[str, QLabel] = {}
        self.setProperty("scenarioStyle", scenario.style.value)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        builder = {
            ScenarioStyle.CHAT: self._build_chat,
            ScenarioStyle.SMS: self._build_chat,
            ScenarioStyle.POST: self._build_post,
            ScenarioStyle.AD: self._build_ad,
            ScenarioStyle.EMAIL: self._build_email,
        }[scenario.style]
        card = builder()
        card.setMaximumWidth(theme.px(720))
        outer.addWidget(card, 1)
        outer.addStretch(0)
        self.retranslate()

    # -- pieces -----------------------------------------------------------

    def _avatar(self) -> QLabel:
        sender = self._scenario.sender.strip()
        avatar = make_label((strip_marks(sender)[:1] or "?").upper(), "avatar", wrap=False)
        avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return avatar

    def _tr_label(self, key: str, role: str | None = None) -> QLabel:
        label = make_label(role=role)
        self._labels[key] = label
        return label

    def _lines(self) -> tuple[str, ...]:
        return tuple(line for line in self._scenario.lines if line.strip())

    def _build_chat(self) -> QFrame:
        sms = self._scenario.style is ScenarioStyle.SMS
        phone = QFrame()
        phone.setProperty("role", "phone")
        header = QFrame()
        header.setProperty("role", "phoneHeader")
        row = QHBoxLayout(header)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(make_label(self._scenario.sender, "sender", bank_text=True))
        names.addWidget(self._tr_label("status", "muted"))
        if not sms:
            row.addWidget(self._avatar())
        row.addLayout(names, 1)
        body = QVBoxLayout()
        pad = self._theme.px(14)
        body.setContentsMargins(pad, pad, pad, pad)
        body.setSpacing(self._theme.px(8))
        for line in self._lines():
            bubble = make_label(line, "bubble", bank_text=True)
            bubble.setProperty("style", "sms" if sms else "chat")
            line_row = QHBoxLayout()
            line_row.addWidget(bubble, 5)
            line_row.addStretch(1)
            body.addLayout(line_row)
        column = QVBoxLayout(phone)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addLayout(body)
        return phone

    def _build_post(self) -> QFrame:
        card = QFrame()
        card.setProperty("role", "post")
        head = QHBoxLayout()
        head.addWidget(self._avatar())
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(make_label(self._scenario.sender, "sender", bank_text=True))
        names.addWidget(self._tr_label("postTime", "muted"))
        head.addLayout(names, 1)
        column = QVBoxLayout(card)
        pad = self._theme.px(14)
        column.setContentsMargins(pad, pad, pad, pad)
        column.setSpacing(self._theme.px(8))
        column.addLayout(head)
        for line in self._lines():
            column.addWidget(make_label(line, bank_text=True))
        rule = QFrame()
        rule.setProperty("role", "rule")
        column.addWidget(rule)
        column.addWidget(self._tr_label("postActions", "muted"))
        return card

    def _build_ad(self) -> QFrame:
        card = QFrame()
        card.setProperty("role", "ad")
        head = QHBoxLayout()
        badge = self._tr_label("adBadge", "adBadge")
        badge.setWordWrap(False)
        head.addWidget(badge)
        head.addWidget(self._tr_label("adSponsor", "muted"), 1)
        column = QVBoxLayout(card)
        pad = self._theme.px(16)
        column.setContentsMargins(pad, pad, pad, pad)
        column.setSpacing(self._theme.px(8))
        column.addLayout(head)
        lines = self._lines()
        if lines:
            column.addWidget(make_label(lines[0], "adHeadline", bank_text=True))
        for line in lines[1:]:
            column.addWidget(make_label(line, bank_text=True))
        call = self._tr_label("adCall", "adCall")
        call.setWordWrap(False)
        call_row = QHBoxLayout()
        call_row.addWidget(call)
        call_row.addStretch(1)
        column.addLayout(call_row)
        return card

    def _build_email(self) -> QFrame:
        card = QFrame()
        card.setProperty("role", "email")
        column = QVBoxLayout(card)
        pad = self._theme.px(16)
        column.setContentsMargins(pad, pad, pad, pad)
        column.setSpacing(self._theme.px(8))
        head = QHBoxLayout()
        head.addWidget(self._avatar())
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self._tr_label("emailFrom", "emailField"))
        names.addWidget(make_label(self._scenario.sender, "sender", bank_text=True))
        head.addLayout(names, 1)
        column.addLayout(head)
        rule = QFrame()
        rule.setProperty("role", "rule")
        column.addWidget(rule)
        for line in self._lines():
            column.addWidget(make_label(line, bank_text=True))
        return card

    # -- texts ------------------------------------------------------------

    def retranslate(self) -> None:
        sender = strip_marks(self._scenario.sender.strip()) or self.tr("someone")
        sms = self._scenario.style is ScenarioStyle.SMS
        texts = {
            "status": self.tr("Text message") if sms else self.tr("online"),
            "postTime": self.tr("Public post"),
            "postActions": self.tr("♡ Like     Comment     Share"),
            "adBadge": self.tr("Ad"),
            "adSponsor": self.tr("Sponsored · {sender}").format(sender=sender),
            "adCall": self.tr("Learn more"),
            "emailFrom": self.tr("From:"),
        }
        for key, label in self._labels.items():
            label.setText(texts[key])
        kinds = {
            ScenarioStyle.CHAT: self.tr("Chat message from {sender}"),
            ScenarioStyle.SMS: self.tr("Text message from {sender}"),
            ScenarioStyle.POST: self.tr("Social media post by {sender}"),
            ScenarioStyle.AD: self.tr("Online ad from {sender}"),
            ScenarioStyle.EMAIL: self.tr("Email from {sender}"),
        }
        self.setAccessibleName(kinds[self._scenario.style].format(sender=sender))
        self.setAccessibleDescription(" ".join(strip_marks(line) for line in self._lines()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""After a quiz: see your result card and certificate, set the name on them, save them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.bank import Bank
from quizapp.core.formats import slugify
from quizapp.core.session import QuizResult
from quizapp.ui.labels import make_label
from quizapp.ui.scroll_column import ScrollColumn
from quizapp.ui.sharing.certificate import render_certificate, write_certificate
from quizapp.ui.sharing.result_card import CardInfo, card_info, render_card, save_card
from quizapp.ui.sharing.style import apply_sharing_style
from quizapp.ui.sharing.widgets import FileChooser, make_button, set_texts
from quizapp.ui.theme import Theme

CARD_PREVIEW_WIDTH = 560
CERTIFICATE_PREVIEW_WIDTH = 300


class CardPage(QWidget):
    back_requested = Signal()
    saved = Signal(object)  # Path

    def __init__(
        self, theme: Theme, chooser: FileChooser | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardPage")
        self.setProperty("role", "page")
        self._theme = theme
        self._chooser = chooser or FileChooser(self)
        self._info: CardInfo | None = None
        self._bank: Bank | None = None

        self.back_button = make_button("cardBackButton")
        self.back_button.clicked.connect(self.back_requested)
        top = QHBoxLayout()
        top.setContentsMargins(24, 14, 24, 0)
        top.addWidget(self.back_button)
        top.addStretch(1)

        self.scroll = ScrollColumn(theme)
        column = self.scroll.column_layout
        self.title = make_label(role="title", object_name="cardTitle")
        self.subtitle = make_label(role="subtitle")
        self.name_label = make_label()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("cardNameEdit")
        self.name_edit.setMaxLength(60)
        self.name_edit.textEdited.connect(self._name_edited)
        self.name_label.setBuddy(self.name_edit)

        self.card_preview = QLabel()
        self.card_preview.setObjectName("cardPreview")
        self.card_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.certificate_preview = QLabel()
        self.certificate_preview.setObjectName("certificatePreview")
        self.certificate_preview.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        self.save_card_button = make_button("saveCardButton", "primary")
        self.save_card_button.clicked.connect(self.choose_card_file)
        self.save_certificate_button = make_button("saveCertificateButton", "primary")
        self.save_certificate_button.clicked.connect(self.choose_certificate_file)
        self.card_heading = make_label(role="heading")
        self.certificate_heading = make_label(role="heading")

        card_side = QVBoxLayout()
        card_side.addWidget(self.card_heading)
        card_side.addWidget(self.card_preview)
        card_side.addStretch(1)
        certificate_side = QVBoxLayout()
        certificate_side.addWidget(self.certificate_heading)
        certificate_side.addWidget(self.certificate_preview)
        certificate_side.addStretch(1)
        self.previews = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.previews.setSpacing(28)
        self.previews.addLayout(card_side)
        self.previews.addLayout(certificate_side)
        self.previews.addStretch(1)

        self.status = make_label(role="ok", object_name="cardStatus")
        self.problem = make_label(role="error", object_name="cardProblem")
        self.status.hide()
        self.problem.hide()

        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.name_label)
        column.addWidget(self.name_edit)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_card_button)
        save_row.addWidget(self.save_certificate_button)
        save_row.addStretch(1)
        column.addLayout(save_row)
        column.addWidget(self.status)
        column.addWidget(self.problem)
        column.addLayout(self.previews)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        QWidget.setTabOrder(self.back_button, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.save_card_button)
        QWidget.setTabOrder(self.save_card_button, self.save_certificate_button)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()

    @property
    def info(self) -> CardInfo | None:
        return self._info

    def show_for(
        self, name: str, bank: Bank, result: QuizResult, language: str, date: QDate | None = None
    ) -> None:
        self._bank = bank
        self._info = card_info(name, bank, result, language, date)
        self.name_edit.setText(self._info.name)
        self.status.hide()
        self.problem.hide()
        self._render()
        self.scroll.scroll_to_top()

    def _name_edited(self, text: str) -> None:
        if self._info is None:
            return
        self._info = replace(self._info, name=" ".join(text.split()))
        self.status.hide()
        self._render()

    def _render(self) -> None:
        info = self._info
        if info is None:
            return
        card = QPixmap.fromImage(render_card(info))
        ratio = self.devicePixelRatioF() or 1.0
        width = round(CARD_PREVIEW_WIDTH * ratio)
        card = card.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        card.setDevicePixelRatio(ratio)
        self.card_preview.setPixmap(card)
        certificate = QPixmap.fromImage(
            render_certificate(info, round(CERTIFICATE_PREVIEW_WIDTH * ratio * 2))
        )
        certificate = certificate.scaledToWidth(
            round(CERTIFICATE_PREVIEW_WIDTH * ratio), Qt.TransformationMode.SmoothTransformation
        )
        certificate.setDevicePixelRatio(ratio)
        self.certificate_preview.setPixmap(certificate)
        words = self.tr("{name}: {right} of {asked} right in “{topic}”, {date}.").format(
            name=info.name,
            right=info.right,
            asked=info.asked,
            topic=info.bank_title,
            date=info.date_text,
        )
        self.card_preview.setAccessibleName(self.tr("Result card: {words}").format(words=words))
        self.certificate_preview.setAccessibleName(
            self.tr("Certificate: {words}").format(words=words)
        )

    def _stem(self) -> str:
        info = self._info
        name = slugify(info.name, "") if info else ""
        topic = slugify(self._bank.id if self._bank else "", "quiz")
        return "-".join(part for part in (name, topic) if part) or "quiz"

    # -- saving ------------------------------------------------------------------------

    def choose_card_file(self) -> None:
        path = self._chooser.save_file(
            self,
            self.tr("Save the result card"),
            f"{self._stem()}-card.png",
            self.tr("PNG pictures (*.png)"),
        )
        if path is not None:
            self.save_card_to(path)

    def choose_certificate_file(self) -> None:
        path = self._chooser.save_file(
            self,
            self.tr("Save the certificate"),
            f"{self._stem()}-certificate.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if path is not None:
            self.save_certificate_to(path)

    def save_card_to(self, path: Path | str) -> Path | None:
        if self._info is None:
            return None
        try:
            written = save_card(self._info, path)
        except OSError as error:
            self._say_problem(error)
            return None
        self._say_saved(self.tr("The card is saved: {file}").format(file=written))
        self.saved.emit(written)
        return written

    def save_certificate_to(self, path: Path | str) -> Path | None:
        if self._info is None:
            return None
        try:
            written = write_certificate(
                self._info, path, self.tr("Certificate: {name}").format(name=self._info.name)
            )
        except OSError as error:
            self._say_problem(error)
            return None
        self._say_saved(self.tr("The certificate is saved: {file}").format(file=written))
        self.saved.emit(written)
        return written

    def _say_saved(self, text: str) -> None:
        self.problem.hide()
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()

    def _say_problem(self, error: OSError) -> None:
        text = self.tr("It could not be saved there ({error}). Try another folder.").format(
            error=error.strerror or error
        )
        self.status.hide()
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.show()

    # -- look and words ------------------------------------------------------------------

    def _apply_theme(self) -> None:
        apply_sharing_style(self, self._theme)
        wide = self._theme.scale < 1.5
        self.previews.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )

    def retranslate(self) -> None:
        set_texts(self.back_button, self.tr("Back to my results"))
        self.title.setText(self.tr("Your card and certificate"))
        self.subtitle.setText(self.tr("Save them, print them, share them: learn, act, share."))
        self.name_label.setText(self.tr("Name on them"))
        self.name_edit.setAccessibleName(self.tr("Name on the card and the certificate"))
        self.card_heading.setText(self.tr("Result card (picture)"))
        self.certificate_heading.setText(self.tr("Certificate (A4, to print)"))
        set_texts(
            self.save_card_button, self.tr("Save card (PNG)…"), self.tr("Save the card as a PNG")
        )
        set_texts(
            self.save_certificate_button,
            self.tr("Save certificate (PDF)…"),
            self.tr("Save the certificate as a PDF"),
        )
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.save_card_button.setFocus()

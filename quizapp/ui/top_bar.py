"""The bar across the top: the app's name, who is signed in, text size and contrast."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from quizapp.ui.enum_property import set_enum
from quizapp.ui.i18n import LanguageSelector, current_language
from quizapp.ui.labels import make_label
from quizapp.ui.theme import Theme

if TYPE_CHECKING:
    from quizapp.core.store import Profile


class TopBar(QFrame):
    smaller_requested = Signal()
    larger_requested = Signal()
    contrast_toggled = Signal(bool)
    fullscreen_requested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self._theme = theme
        self._profile: Profile | None = None
        self._compact = False
        self._fitting = False
        # each part is made inside the bar: a part made apart is restyled when it moves in
        self.logo = QLabel(self)
        self.logo.setObjectName("appLogo")
        self.title = make_label(parent=self, object_name="appTitle", wrap=False)
        self.avatar = QLabel(self)
        self.signed_in = make_label(parent=self, object_name="signedInLabel", wrap=False)
        # on every page but the profiles page (it has its own picker); see show_language_selector
        self.language_selector = LanguageSelector(current_language(), self)
        self.language_selector.setObjectName("topBarLanguageSelector")
        set_enum(self.language_selector, "focusPolicy", "TabFocus")
        self.smaller = self._button("textSmallerButton", "A−")
        self.larger = self._button("textLargerButton", "A+")
        self.contrast = self._button("contrastButton", "")
        self.contrast.setCheckable(True)
        self.contrast.setChecked(theme.high_contrast)
        self.fullscreen = self._button("fullscreenButton", "")
        self.smaller.clicked.connect(self.smaller_requested)
        self.larger.clicked.connect(self.larger_requested)
        self.contrast.toggled.connect(self.contrast_toggled)
        self.fullscreen.clicked.connect(self.fullscreen_requested)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 12, 6)
        layout.setSpacing(8)
        layout.addWidget(self.logo)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.avatar)
        layout.addWidget(self.signed_in)
        layout.addSpacing(16)
        layout.addWidget(self.language_selector)
        for button in (self.smaller, self.larger, self.contrast, self.fullscreen):
            layout.addWidget(button)
        theme.changed.connect(self._apply_theme)
        self._apply_theme()
        self.retranslate()
        self.set_profile(None)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setProperty("kind", "bar")
        button.setAutoDefault(True)
        set_enum(button, "focusPolicy", "TabFocus")
        return button

    def set_profile(self, profile: Profile | None) -> None:
        self._profile = profile
        visible = profile is not None
        self.avatar.setVisible(visible)
        self.signed_in.setVisible(visible and not self._compact)
        if profile is not None:
            self.signed_in.setText(profile.name)
            self.avatar.setPixmap(
                self._theme.avatar(profile.name, profile.colour, self._theme.px(30))
            )
        self.retranslate()
        if self.isVisible():
            self._fit()

    # -- narrow windows and large text: icons only, never clipped -------------

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def _full_width(self) -> int:
        was = self._compact
        self._set_compact(False)
        self.layout().invalidate()  # shown and hidden just now: measure afresh
        width = self.layout().sizeHint().width()
        self._set_compact(was)
        return width

    def _set_compact(self, compact: bool) -> None:
        self._compact = compact
        self.title.setVisible(not compact)
        self.signed_in.setVisible(not compact and self._profile is not None)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._fitting:  # showing and hiding parts while measuring resizes the bar
            return
        self._fitting = True
        try:
            compact = self._full_width() > self.width()
            if compact != self._compact:
                self._set_compact(compact)
        finally:
            self._fitting = False

    def show_language_selector(self, shown: bool) -> None:
        self.language_selector.setVisible(shown)
        if self.isVisible():
            self._fit()

    def set_contrast(self, on: bool) -> None:
        self.contrast.blockSignals(True)
        self.contrast.setChecked(on)
        self.contrast.blockSignals(False)

    def _apply_theme(self) -> None:
        self.logo.setPixmap(self._theme.pixmap("heart", "bar_text", self._theme.px(28)))
        self.set_contrast(self._theme.high_contrast)
        side = QSize(self._theme.px(20), self._theme.px(20))
        for button, icon in ((self.contrast, "contrast"), (self.fullscreen, "fullscreen")):
            button.setIcon(self._theme.icon(icon, "bar_text"))
            button.setIconSize(side)
        if self._profile is not None:
            self.avatar.setPixmap(
                self._theme.avatar(self._profile.name, self._profile.colour, self._theme.px(30))
            )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Spot the Trap"))
        self.smaller.setToolTip(self.tr("Smaller text (Ctrl+Minus)"))
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.larger.setToolTip(self.tr("Larger text (Ctrl+Plus)"))
        self.larger.setAccessibleName(self.tr("Larger text"))
        self.contrast.setText("" if self._compact else self.tr("Contrast"))
        self.contrast.setToolTip(self.tr("High contrast on or off (Ctrl+Shift+H)"))
        self.contrast.setAccessibleName(self.tr("High contrast"))
        self.fullscreen.setText("" if self._compact else self.tr("Full screen"))
        self.fullscreen.setToolTip(self.tr("Full screen on or off (F11)"))
        self.fullscreen.setAccessibleName(self.tr("Full screen"))
        if self._profile is not None:
            signed_in = self.tr("Signed in as {name}").format(name=self._profile.name)
            self.signed_in.setAccessibleName(signed_in)
            self.avatar.setToolTip(signed_in)
            self.avatar.setAccessibleName(signed_in)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

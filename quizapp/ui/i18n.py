"""The interface language: Qt's translators on the application, the locale, the picker.

Qt translates with translators installed on the QApplication; installing or
removing one sends LanguageChange to every widget, whose changeEvent calls
its page's retranslate(). So switching is: remove our old translators,
install the new ones, set QLocale's default (numbers and dates), and deliver
the LanguageChange events at once.

The translators belong to the application, not to a window (Qt has one set
per process); they are kept as its children, found again by objectName, so
no module global holds them.

Catalogues: assets/i18n/quizapp_<lang>.qm, built from the .ts files by
scripts/update_translations.py (English has one too, for its plurals), and
Qt's own qtbase_<lang>.qm where Qt ships one (Russian; not Belarusian).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QWidget

from quizapp.core.paths import bundled_assets_dir

if TYPE_CHECKING:
    from datetime import date, datetime

LANGUAGES = ("en", "ru", "be")
# Each language by its own name: someone who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "be": "Беларуская"}
LOCALES = {"en": "en_GB", "ru": "ru_BY", "be": "be_BY"}
CATALOGUE = "quizapp"
TRANSLATOR_NAME = "quizappTranslator"
LANGUAGE_PROPERTY = "quizappLanguage"

translate = QCoreApplication.translate


def translations_dir() -> Path:
    return bundled_assets_dir() / "i18n"


def normalise(code: str | None) -> str | None:
    """'ru', 'RU' or 'ru_BY' -> 'ru'; None for a language the interface does not have."""
    if not code:
        return None
    short = code.replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else None


def system_language() -> str | None:
    return normalise(QLocale.system().name())


def current_language() -> str:
    """The language the interface is shown in now."""
    app = QCoreApplication.instance()
    if app is None or LANGUAGE_PROPERTY.encode() not in app.dynamicPropertyNames():
        return "en"  # (asking Qt for a property never set costs PySide 6.12 a reference)
    code = app.property(LANGUAGE_PROPERTY)
    return str(code) if code in LANGUAGES else "en"


def _catalogues(code: str) -> list[Path]:
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    found = [translations_dir() / f"{CATALOGUE}_{code}.qm", qt_dir / f"qtbase_{code}.qm"]
    return [path for path in found if path.is_file()]


def _catalogues_installed(app: QCoreApplication) -> bool:
    return LANGUAGE_PROPERTY.encode() in app.dynamicPropertyNames()


def install_language(code: str | None, *, deliver: bool = True) -> str:
    """Show the interface in `code` (else English) from now on; the code used.

    With `deliver`, the LanguageChange events reach every widget before this
    returns, so the texts have changed when the caller goes on.
    """
    language = normalise(code) or "en"
    QLocale.setDefault(QLocale(LOCALES[language]))
    app = QCoreApplication.instance()
    if app is None or (current_language() == language and _catalogues_installed(app)):
        return language
    old = (  # none before the first install; looking would wrap (and build enums for) the style
        [t for t in app.findChildren(QTranslator) if t.objectName() == TRANSLATOR_NAME]
        if _catalogues_installed(app)
        else []
    )
    new: list[QTranslator] = []
    for path in _catalogues(language):
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(str(path)):
            new.append(translator)
        else:  # a damaged catalogue: that part of the interface stays in English
            translator.deleteLater()
    for translator in old:
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()
    for translator in new:
        app.installTranslator(translator)
    app.setProperty(LANGUAGE_PROPERTY, language)
    if deliver:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return language


# -- banks shown in another language -------------------------------------------


def language_name(code: str) -> str:
    """A bank language's name in the interface language, as in 'in English'."""
    names = {
        "en": translate("Language", "in English"),
        "ru": translate("Language", "in Russian"),
        "be": translate("Language", "in Belarusian"),
    }
    if code in names:
        return names[code]
    native = QLocale(code).nativeLanguageName() if code else ""
    return translate("Language", "in {language}").format(language=native or code)


def version_mark(bank_language: str, interface_language: str | None = None) -> str:
    """'' when the bank is in the interface language, else a short mark such as 'in English'."""
    wanted = interface_language or current_language()
    return "" if bank_language == wanted else language_name(bank_language)


# -- numbers and dates in the interface language ------------------------------


def format_number(value: float, decimals: int | None = None) -> str:
    locale = QLocale()
    if decimals is None and float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1 if decimals is None else decimals)


def format_percent(fraction: float) -> str:
    """0.75 -> '75%' (or '75 %' where the language writes it so)."""
    locale = QLocale()
    return locale.toString(round(fraction * 100)) + locale.percent()


def format_date(value: date | datetime, long: bool = False) -> str:
    from PySide6.QtCore import QDate  # here: the first window shows no dates

    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(value.year, value.month, value.day), kind)


def format_datetime(value: datetime) -> str:
    """A local date and time, short: for history lists and reports."""
    from PySide6.QtCore import QDate, QDateTime, QTime  # here: the first window shows no dates

    if value.tzinfo is not None:
        value = value.astimezone()
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


# -- messages from the core, which has no Qt ------------------------------------

# patterns as text: compiled the first time a message is shown, not at startup
_STORE_MESSAGES: list[tuple[str, str]] = [
    (
        r"There is already a profile called “(?P<name>.*)”\.",
        QT_TRANSLATE_NOOP("StoreMessage", "There is already a profile called “{name}”."),
    ),
    (
        r"A profile needs a name\.",
        QT_TRANSLATE_NOOP("StoreMessage", "A profile needs a name."),
    ),
    (
        r"A profile name can be at most (?P<count>\d+) characters long\.",
        QT_TRANSLATE_NOOP("StoreMessage", "A profile name can be at most {count} characters long."),
    ),
    (
        r"A profile name cannot contain control characters\.",
        QT_TRANSLATE_NOOP("StoreMessage", "A profile name cannot contain control characters."),
    ),
    (
        (
            r"The disk holding (?P<folder>.*) is full, so the last change was not saved\. "
            r"Free some space and try again\."
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessage",
            "The disk holding {folder} is full, so the last change was not saved. "
            "Free some space and try again.",
        ),
    ),
    (
        (
            r"The disk holding (?P<folder>.*) is full, so nothing more can be saved\. "
            r"Free some space and try again\."
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessage",
            "The disk holding {folder} is full, so nothing more can be saved. "
            "Free some space and try again.",
        ),
    ),
    (
        (
            r"The scores in (?P<folder>.*) are busy in another quizapp window\. "
            r"Close the other window, or wait a moment, and try again\."
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessage",
            "The scores in {folder} are busy in another quizapp window. "
            "Close the other window, or wait a moment, and try again.",
        ),
    ),
    (
        (
            r"Cannot write to the data folder (?P<folder>.*) \((?P<reason>.*)\)\. "
            r"It may be read-only or missing; choose another data folder\."
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessage",
            "Cannot write to the data folder {folder} ({reason}). "
            "It may be read-only or missing; choose another data folder.",
        ),
    ),
    (
        (
            r"Cannot write the scores in (?P<folder>.*): the folder or the drive is read-only, "
            r"or this user may not write there\. Choose another data folder\."
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessage",
            "Cannot write the scores in {folder}: the folder or the drive is read-only, "
            "or this user may not write there. Choose another data folder.",
        ),
    ),
    (
        (
            r"The score database in (?P<folder>.*) is damaged\. Restart quizapp: it will set "
            r"the file aside and restore the latest backup\."
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessage",
            "The score database in {folder} is damaged. Restart quizapp: it will set "
            "the file aside and restore the latest backup.",
        ),
    ),
    (
        r"Could not use the scores in (?P<folder>.*?): (?P<error>.*)\.",
        QT_TRANSLATE_NOOP("StoreMessage", "Could not use the scores in {folder}: {error}."),
    ),
    (
        (
            r"(?P<path>.*) belongs to another program, not quizapp\. Move it away "
            r"or choose another data folder; it was not changed\."
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessage",
            "{path} belongs to another program, not quizapp. Move it away "
            "or choose another data folder; it was not changed.",
        ),
    ),
    (
        (
            r"The scores in (?P<folder>.*) were saved by a newer version of quizapp "
            r"\(database version (?P<version>\d+); this one knows up to (?P<known>\d+)\)\. "
            r"Update quizapp to use them; the file was not changed\."
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessage",
            "The scores in {folder} were saved by a newer version of quizapp "
            "(database version {version}; this one knows up to {known}). "
            "Update quizapp to use them; the file was not changed.",
        ),
    ),
    (
        (
            r"The scores in (?P<folder>.*) were saved by a newer version of quizapp\. "
            r"Update quizapp to use them; the file was not changed\."
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessage",
            "The scores in {folder} were saved by a newer version of quizapp. "
            "Update quizapp to use them; the file was not changed.",
        ),
    ),
    (
        (
            r"The score database was damaged and there was no good backup, so it was set "
            r"aside as (?P<name>.*) and a new, empty one was started\."
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessage",
            "The score database was damaged and there was no good backup, so it was set "
            "aside as {name} and a new, empty one was started.",
        ),
    ),
    (
        (
            r"The score database was damaged, so it was set aside as (?P<name>.*) "
            r"and the backup from (?P<when>.*) was restored; "
            r"answers given after that backup are missing\."
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessage",
            "The score database was damaged, so it was set aside as {name} "
            "and the backup from {when} was restored; "
            "answers given after that backup are missing.",
        ),
    ),
    (
        r"Today's backup of the scores could not be made \((?P<error>.*)\)\.",
        QT_TRANSLATE_NOOP(
            "StoreMessage", "Today's backup of the scores could not be made ({error})."
        ),
    ),
    (
        r"No backup could be made before the upgrade \((?P<error>.*)\)\.",
        QT_TRANSLATE_NOOP("StoreMessage", "No backup could be made before the upgrade ({error})."),
    ),
    (
        r"The score database is closed\.",
        QT_TRANSLATE_NOOP("StoreMessage", "The score database is closed."),
    ),
    (
        r"A profile cannot be merged with itself\.",
        QT_TRANSLATE_NOOP("StoreMessage", "A profile cannot be merged with itself."),
    ),
    (
        r"There is no profile (?P<id>\d+); it may have been deleted\.",
        QT_TRANSLATE_NOOP("StoreMessage", "There is no profile {id}; it may have been deleted."),
    ),
    (
        r"There is no quiz run (?P<id>\d+); the answer was not saved\.",
        QT_TRANSLATE_NOOP("StoreMessage", "There is no quiz run {id}; the answer was not saved."),
    ),
    (
        r"There is no quiz run (?P<id>\d+)\.",
        QT_TRANSLATE_NOOP("StoreMessage", "There is no quiz run {id}."),
    ),
]


def _said_again(name: str, value: str) -> str:
    """A detail of a store message, in the reader's language where it has one."""
    if name == "error":  # a message inside a message
        return store_message(value)
    if name == "when":  # "2024-07-31 14:03", the store's local time
        from datetime import datetime

        try:
            return format_datetime(datetime.strptime(value, "%Y-%m-%d %H:%M"))
        except ValueError:
            return value  # a backup's file name, when its time was not known
    return value


def store_message(error: BaseException | str) -> str:
    """A store message in the interface language where it is one we know, else as it is.

    The core speaks English only (it has no Qt); the messages a student meets
    (a refused name, a full disk) are matched here and said again in words
    from the catalogue, with the same details.
    """
    text = str(error)
    for pattern, source in _STORE_MESSAGES:
        match = re.fullmatch(pattern, text, re.DOTALL)
        if match is not None:
            details = {k: _said_again(k, v) for k, v in match.groupdict().items()}
            return translate("StoreMessage", source).format(**details)
    return text


# -- the picker -----------------------------------------------------------------


class LanguageSelector(QComboBox):
    """The interface languages, each by its own name; `language_picked` when the user picks."""

    language_picked = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code in LANGUAGES:
            self.addItem(LANGUAGE_NAMES[code], code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_language(language)
        self.currentIndexChanged.connect(self._picked)
        self.retranslate()

    def set_language(self, code: str) -> None:
        """Show `code` as chosen without telling anyone."""
        index = self.findData(code)
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def _picked(self, index: int) -> None:
        code = self.itemData(index)
        if code:
            self.language_picked.emit(str(code))

    def retranslate(self) -> None:
        self.setAccessibleName(translate("Language", "Interface language"))
        self.setToolTip(translate("Language", "Interface language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""A question's picture, read only from inside its bank's folder, with size caps.

Anything odd (outside the folder, too big, not a plain raster image, broken)
shows a placeholder instead; a bad picture never stops the quiz.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from quizapp.ui.labels import make_label
from quizapp.ui.theme import Theme

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4096
FORMATS = {b"png", b"jpeg", b"jpg", b"gif", b"webp", b"bmp"}


def read_bank_image(path: Path, bank_folder: Path | None, fit: QSize) -> QImage | None:
    """The image scaled to fit, or None if it may not or cannot be shown."""
    try:
        if bank_folder is None:
            return None
        base = Path(bank_folder).resolve()
        target = (base / path).resolve() if not Path(path).is_absolute() else Path(path).resolve()
        if not target.is_relative_to(base) or not target.is_file():
            return None
        if target.stat().st_size > MAX_FILE_BYTES:
            return None
    except (OSError, ValueError):
        return None
    reader = QImageReader(str(target))
    reader.setDecideFormatFromContent(True)
    if bytes(reader.format()).lower() not in FORMATS:
        return None
    size = reader.size()
    if not size.isValid() or size.width() > MAX_SIDE or size.height() > MAX_SIDE:
        return None
    if size.width() > fit.width() or size.height() > fit.height():
        reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


class ImageView(QFrame):
    def __init__(
        self, path: Path, bank_folder: Path | None, theme: Theme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionImage")
        self._theme = theme
        self._picture = QLabel()
        self._picture.setObjectName("questionPicture")
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder = make_label(role="hint", object_name="imagePlaceholder")
        self._placeholder_icon = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        fit = QSize(theme.px(720), theme.px(380))
        image = read_bank_image(path, bank_folder, fit)
        self.ok = image is not None
        if image is not None:
            pixmap = QPixmap.fromImage(image)
            self._picture.setPixmap(pixmap)
            self._picture.setMaximumSize(pixmap.size())
            layout.addWidget(self._picture)
            layout.addStretch(1)
            self._placeholder.hide()
            self._placeholder_icon.hide()
        else:
            self._placeholder_icon.setPixmap(theme.pixmap("image-broken", "muted", theme.px(32)))
            layout.addWidget(self._placeholder_icon)
            layout.addWidget(self._placeholder, 1)
            self._picture.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self._placeholder.setText(self.tr("The picture for this question could not be shown."))
        self._picture.setAccessibleName(self.tr("Picture for this question"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The look: a warm palette or a high-contrast one, and a text scale.

One Theme per window. It fills the stylesheet templates (assets/style: app.qss
for the window, pages.qss for the pages met after signing in) with colours and
sizes, gives painted widgets the same colours, and renders
the SVG icons in the current text colour. Pages listen to `changed` when
they draw something themselves.

Icons and avatars are kept as files in the data folder's cache
(quizapp.ui.image_cache), so that a start paints none of them again.
"""

from __future__ import annotations

from pathlib import Path
from string import Template

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QImage,
    QImageReader,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QWidget

from quizapp.core.paths import AVATAR_CACHE_NAME
from quizapp.ui.image_cache import cached_image

AVATAR_FALLBACK = "#6D5BD0"  # a profile colour that is not a colour
AVATAR_LOOK = "avatar-1"  # change it when avatar_image draws differently: the cache follows
SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
FONT_FAMILIES = ["Noto Sans", "Segoe UI", "Ubuntu", "Cantarell", "Helvetica Neue", "DejaVu Sans"]

WARM = {
    "window": "#FFF6EC",
    "surface": "#FFFFFF",
    "surface_alt": "#FDEEE1",
    "text": "#2A1F17",
    "muted": "#6B5646",
    "border": "#EFD9C6",
    "border_strong": "#D9B89C",
    "bar": "#1F5C6B",
    "bar_text": "#FFFFFF",
    "bar_hover": "#2C7385",
    "primary": "#B4461A",
    "primary_hover": "#953914",
    "primary_text": "#FFFFFF",
    "accent": "#2E8B6A",
    "focus": "#1A56DB",
    "selection": "#FBD9C0",
    "disabled_bg": "#F3E9DF",
    "right": "#1E7A3C",
    "right_bg": "#E3F4E7",
    "wrong": "#B3261E",
    "wrong_bg": "#FCE6E3",
    "partial": "#8A5A00",
    "partial_bg": "#FFF3D1",
    "flag": "#C2410C",
    "flag_bg": "#FFE2CC",
    "notice_bg": "#FFF3D1",
    "notice_border": "#E7B84A",
    "help_bg": "#E8F3F5",
    "help_border": "#8CC2CC",
    "phone_bg": "#EAF0F4",
    "phone_header": "#FFFFFF",
    "avatar_bg": "#6D5BD0",
    "avatar_text": "#FFFFFF",
    "bubble": "#FFFFFF",
    "bubble_text": "#1F2328",
    "bubble_border": "#D5DEE6",
    "sms_bubble": "#E4E6EB",
    "ad_bg": "#FFFBEA",
    "ad_border": "#F0D37A",
    "ad_badge": "#F5C518",
    "ad_badge_text": "#2A1F17",
    "ad_call": "#2563EB",
    "ad_call_text": "#FFFFFF",
    "email_stripe": "#6D8FB3",
    "logo": "#2563C9",
}

HIGH_CONTRAST = {
    "window": "#000000",
    "surface": "#000000",
    "surface_alt": "#1A1A1A",
    "text": "#FFFFFF",
    "muted": "#E6E6E6",
    "border": "#FFFFFF",
    "border_strong": "#FFFFFF",
    "bar": "#000000",
    "bar_text": "#FFFFFF",
    "bar_hover": "#333333",
    "primary": "#FFE600",
    "primary_hover": "#FFF066",
    "primary_text": "#000000",
    "accent": "#FFE600",
    "focus": "#00E5FF",
    "selection": "#3D3500",
    "disabled_bg": "#000000",
    "right": "#7CFF8A",
    "right_bg": "#002B08",
    "wrong": "#FF9C9C",
    "wrong_bg": "#3A0000",
    "partial": "#FFE600",
    "partial_bg": "#2B2600",
    "flag": "#FFB066",
    "flag_bg": "#3A1F00",
    "notice_bg": "#000000",
    "notice_border": "#FFE600",
    "help_bg": "#000000",
    "help_border": "#00E5FF",
    "phone_bg": "#000000",
    "phone_header": "#000000",
    "avatar_bg": "#FFFFFF",
    "avatar_text": "#000000",
    "bubble": "#000000",
    "bubble_text": "#FFFFFF",
    "bubble_border": "#FFFFFF",
    "sms_bubble": "#1A1A1A",
    "ad_bg": "#000000",
    "ad_border": "#FFE600",
    "ad_badge": "#FFE600",
    "ad_badge_text": "#000000",
    "ad_call": "#FFFFFF",
    "ad_call_text": "#000000",
    "email_stripe": "#FFFFFF",
    "logo": "#FFFFFF",
}

# sizes in px at scale 1.0
SIZES = {
    "base": 17,
    "small": 14,
    "large": 21,
    "title": 30,
    "prompt": 23,
    "huge": 56,
    "pad": 14,
    "pad_small": 6,
    "radius": 12,
    "radius_small": 6,
    "radius_large": 16,
    "control": 34,
    "control_inner": 30,
    "control_small": 28,
    "progress": 14,
    "scrollbar": 14,
    "avatar": 40,
}


class Theme(QObject):
    changed = Signal()

    def __init__(
        self,
        style_dir: Path,
        icons_dir: Path,
        scale: float = 1.0,
        high_contrast: bool = False,
        parent: QObject | None = None,
        *,
        icon_cache: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._style_dir = Path(style_dir)
        self._icons_dir = Path(icons_dir)
        self.icon_cache = icon_cache  # a folder for rendered icons; None renders every time
        self._scale = nearest_scale(scale)
        self._high_contrast = bool(high_contrast)
        self._templates: dict[str, Template] = {}
        self._svg: dict[str, bytes] = {}
        self._icons: dict[tuple, QIcon] = {}
        self._pixel_ratio: float | None = None

    # -- state ----------------------------------------------------------

    @property
    def scale(self) -> float:
        return self._scale

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    def set_scale(self, scale: float) -> None:
        scale = nearest_scale(scale)
        if scale != self._scale:
            self._scale = scale
            self.changed.emit()

    def larger(self) -> None:
        index = SCALES.index(self._scale)
        self.set_scale(SCALES[min(index + 1, len(SCALES) - 1)])

    def smaller(self) -> None:
        index = SCALES.index(self._scale)
        self.set_scale(SCALES[max(index - 1, 0)])

    def set_high_contrast(self, on: bool) -> None:
        if bool(on) != self._high_contrast:
            self._high_contrast = bool(on)
            self._icons.clear()
            self.changed.emit()

    # -- values ---------------------------------------------------------

    @property
    def colors(self) -> dict[str, str]:
        return HIGH_CONTRAST if self._high_contrast else WARM

    def color(self, name: str) -> QColor:
        return QColor(self.colors[name])

    def px(self, size: str | int) -> int:
        base = SIZES[size] if isinstance(size, str) else size
        return max(1, round(base * self._scale))

    def stylesheet(self) -> str:
        """The whole stylesheet, for a window of its own (the projector's)."""
        return self.window_stylesheet() + self.pages_stylesheet()

    def window_stylesheet(self) -> str:
        """The main window's part: top bar, notices, profiles page, shared controls."""
        return self._filled("app.qss")

    def pages_stylesheet(self) -> str:
        """The pages' part (question kinds, scenarios, cards), set on each page's holder."""
        return self._filled("pages.qss")

    def _filled(self, file_name: str) -> str:
        template = self._templates.get(file_name)
        if template is None:
            text = (self._style_dir / file_name).read_text(encoding="utf-8")
            template = self._templates[file_name] = Template(text)
        values: dict[str, object] = dict(self.colors)
        values.update({name: self.px(name) for name in SIZES})
        values["avatar_radius"] = self.px("avatar") // 2
        values["progress_radius"] = self.px("progress") // 2
        return template.safe_substitute(values)

    def palette(self) -> QPalette:
        c = self.colors
        palette = QPalette()
        roles = QPalette.ColorRole
        for role, name in (
            (roles.Window, "window"),
            (roles.WindowText, "text"),
            (roles.Base, "surface"),
            (roles.AlternateBase, "surface_alt"),
            (roles.Text, "text"),
            (roles.Button, "surface"),
            (roles.ButtonText, "text"),
            (roles.Highlight, "selection"),
            (roles.HighlightedText, "text"),
            (roles.ToolTipBase, "surface"),
            (roles.ToolTipText, "text"),
            (roles.PlaceholderText, "muted"),
            (roles.Link, "focus"),
        ):
            palette.setColor(role, QColor(c[name]))
        palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor(c["muted"]))
        palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor(c["muted"]))
        return palette

    def font(self) -> QFont:
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPixelSize(self.px("base"))
        return font

    def apply(self, window: QWidget) -> None:
        window.setFont(self.font())
        window.setPalette(self.palette())
        window.setStyleSheet(self.window_stylesheet())

    # -- icons ----------------------------------------------------------

    def pixel_ratio(self) -> float:
        """Device pixels per pixel of the sharpest screen: icons are drawn for it.

        A camp laptop or a projector is 1.0, so its icons are not drawn four
        times over only to be scaled down at every paint; a HiDPI screen gets
        its own. Asked once per theme (a screen plugged in later gets icons
        scaled from these).
        """
        if self._pixel_ratio is None:
            screens = QGuiApplication.screens()
            self._pixel_ratio = max((s.devicePixelRatio() for s in screens), default=1.0) or 1.0
        return self._pixel_ratio

    def icon(self, name: str, color: str = "text", size: int = 48) -> QIcon:
        """An SVG icon in a palette colour (a name from the palette, or '#rrggbb')."""
        fill = self.colors.get(color, color)
        key = (name, fill, size)
        icon = self._icons.get(key)
        if icon is None:
            icon = QIcon(self.pixmap(name, fill, size))
            self._icons[key] = icon
        return icon

    def pixmap(
        self, name: str, color: str = "text", size: int = 48, ratio: float | None = None
    ) -> QPixmap:
        ratio = ratio or self.pixel_ratio()
        fill = self.colors.get(color, color)
        contrast = "#000000" if self._high_contrast else "#FFFFFF"
        svg = self._svg.get(name)
        if svg is None:
            try:
                svg = (self._icons_dir / f"{name}.svg").read_bytes()
            except OSError:
                svg = b""
            self._svg[name] = svg
        coloured = svg.replace(b"currentColor", fill.encode()).replace(
            b"contrastColor", contrast.encode()
        )
        pixels = max(1, round(size * ratio))
        return _device_pixmap(self._render(name, coloured, pixels), pixels, ratio)

    def _render(self, name: str, svg: bytes, pixels: int) -> QImage:
        def render() -> QImage:  # only when the cache has no such picture
            from PySide6.QtCore import QBuffer, QByteArray, QIODevice

            data = QByteArray(svg)  # the buffer reads it in place: keep it alive meanwhile
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            reader = QImageReader(buffer, b"svg")
            reader.setScaledSize(QSize(pixels, pixels))
            return reader.read()

        return cached_image(self.icon_cache, name, svg, pixels, render)

    def avatar(self, name: str, colour: str, size: int, ratio: float | None = None) -> QPixmap:
        """A round badge in the profile's colour with the first letter of its name."""
        ratio = ratio or self.pixel_ratio()
        initial = name.strip()[:1].upper() or "?"
        fill = QColor(colour)
        fill_name = fill.name() if fill.isValid() else AVATAR_FALLBACK
        pixels = max(1, round(size * ratio))

        def paint() -> QImage:
            from quizapp.ui.avatar import avatar_image  # QPainter: only when not cached

            return avatar_image(initial, fill_name, pixels)

        shape = f"{AVATAR_LOOK} {initial} {fill_name}".encode()
        image = cached_image(self.icon_cache, AVATAR_CACHE_NAME, shape, pixels, paint)
        return _device_pixmap(image, pixels, ratio)


def _device_pixmap(image: QImage, pixels: int, ratio: float) -> QPixmap:
    """The image for a screen of `ratio`; a transparent square if it could not be made."""
    pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap(pixels, pixels)
    if image.isNull():
        pixmap.fill(QColor(0, 0, 0, 0))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def nearest_scale(scale: float) -> float:
    try:
        value = float(scale)
    except (TypeError, ValueError):
        value = 1.0
    return min(SCALES, key=lambda s: abs(s - value))

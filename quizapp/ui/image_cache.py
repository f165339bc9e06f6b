"""Images the app paints for itself (icons, avatars), kept as PNG files between starts.

Painting them again at every start costs the window time it cannot spare:
the first SVG read loads Qt's SVG plugin (4-5 ms), and the first QPainter pen
makes PySide build the Python enums of all of `Qt` (20-40 ms; see
enum_property). A file is named by a checksum of everything that shapes the
picture, so a changed icon or colour is simply a new file. Writing is best
effort: a folder that cannot be written only costs the next start its speed.
"""

from __future__ import annotations

import contextlib
import os
import zlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QImage, QImageReader


def cached_image(
    folder: Path | None, name: str, shape: bytes, pixels: int, make: Callable[[], QImage]
) -> QImage:
    """The square image `make()` paints, from `folder` when it was painted before."""
    if folder is None:
        return make()
    path = folder / f"{name}-{zlib.crc32(shape):08x}-{pixels}.png"
    image = QImageReader(str(path), b"png").read()
    if image.width() == pixels and image.height() == pixels:
        return image
    image = make()
    if not image.isNull():
        _save_png(image, path)
    return image


def _save_png(image: QImage, path: Path) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        if image.save(str(temporary), "PNG"):
            os.replace(temporary, path)
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)

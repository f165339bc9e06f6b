"""Images the app paints for itself (icons, avatars), kept as files between starts.

Painting them again at every start costs the window time it cannot spare:
the first SVG read loads Qt's SVG plugin (4-5 ms), and the first QPainter pen
makes PySide build the Python enums of all of `Qt` (20-40 ms; see
enum_property). A file is named by a checksum of everything that shapes the
picture, so a changed icon or colour is simply a new file. It holds the raw
premultiplied ARGB pixels and their CRC-32: four times quicker to read than a
PNG (0.06 ms against 0.25 ms for a 128-pixel avatar, and a camp laptop shows
a few dozen). A file that does not check out is painted again. Writing is
best effort: a folder that cannot be written only costs the next start its
speed.
"""

from __future__ import annotations

import contextlib
import os
import zlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QImage

FORMAT = QImage.Format.Format_ARGB32_Premultiplied


def cached_image(
    folder: Path | None, name: str, shape: bytes, pixels: int, make: Callable[[], QImage]
) -> QImage:
    """The square image `make()` paints, from `folder` when it was painted before."""
    if folder is None:
        return make()
    path = folder / f"{name}-{zlib.crc32(shape):08x}-{pixels}.argb"
    image = _read(path, pixels)
    if image is not None:
        return image
    image = make()
    if not image.isNull():
        _write(image.convertToFormat(FORMAT), path)
    return image


def _read(path: Path, pixels: int) -> QImage | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    size = pixels * pixels * 4
    if len(data) != size + 4 or zlib.crc32(data[:size]).to_bytes(4, "big") != data[size:]:
        return None
    return QImage(data, pixels, pixels, pixels * 4, FORMAT).copy()  # copy: data is ours


def _write(image: QImage, path: Path) -> None:
    if image.bytesPerLine() != image.width() * 4:
        return
    pixels = bytes(image.constBits())
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(pixels + zlib.crc32(pixels).to_bytes(4, "big"))
        os.replace(temporary, path)
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)

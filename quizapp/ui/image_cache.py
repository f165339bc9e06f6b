"""Images the app paints for itself (icons, avatars), kept as files between starts.

Painting them again at every start costs the window time it cannot spare:
the first SVG read loads Qt's SVG plugin (4-5 ms), and the first QPainter pen
makes PySide build the Python enums of all of `Qt` (20-40 ms; see
enum_property). A file is named by a checksum of everything that shapes the
picture, so a changed icon or colour is simply a new file. It holds the
premultiplied ARGB pixels, zlib-compressed: twice as quick to read as a PNG
through QImageReader (0.1 ms against 0.25 ms for a 128-pixel avatar, and a
camp laptop shows a few dozen), and as small (~3 KB; raw pixels would be
64 KB, megabytes for a camp's profiles at every text size). zlib's checksum
finds a damaged file, which is then painted again. Writing is best effort: a
folder that cannot be written only costs the next start its speed.
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
    path = folder / f"{name}-{zlib.crc32(shape):08x}-{pixels}.argb.z"
    image = _read(path, pixels)
    if image is not None:
        return image
    image = make()
    if not image.isNull():
        _write(image.convertToFormat(FORMAT), path)
    return image


def _read(path: Path, pixels: int) -> QImage | None:
    try:
        data = zlib.decompress(path.read_bytes())
    except (OSError, zlib.error):
        return None
    if len(data) != pixels * pixels * 4:
        return None
    return QImage(data, pixels, pixels, pixels * 4, FORMAT).copy()  # copy: data is ours


def _write(image: QImage, path: Path) -> None:
    if image.bytesPerLine() != image.width() * 4:
        return
    data = zlib.compress(bytes(image.constBits()))
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)

"""Image files a bank may show: what they must be, checked from their bytes (no Qt here).

Used by the loader (an image beside a bank file) and by pack import (an image
inside a pack), so a bank that validates is a bank a pack may carry.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

MAX_IMAGE_BYTES = 2 * 1024 * 1024

IMAGE_KINDS = {
    ".png": "PNG",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".gif": "GIF",
    ".webp": "WebP",
    ".svg": "SVG",
}


def image_too_big(size: int) -> str:
    """Over the limit, said in numbers that show it (2.0 MB is "at most 2 MB" when rounded)."""
    return f"is {size:,} bytes; an image may be at most 2 MB ({MAX_IMAGE_BYTES:,} bytes)"


def image_problem(name: str, data: bytes) -> str | None:
    """Why an image file is not what its name says (or too big), or None."""
    suffix = PurePosixPath(name).suffix.lower()
    kind = IMAGE_KINDS.get(suffix)
    if kind is None:
        return f"is not an image quizapp shows ({', '.join(sorted(IMAGE_KINDS))})"
    if len(data) > MAX_IMAGE_BYTES:
        return image_too_big(len(data))
    if kind == "PNG":
        ok = data.startswith(b"\x89PNG\r\n\x1a\n")
    elif kind == "JPEG":
        ok = data.startswith(b"\xff\xd8\xff")
    elif kind == "GIF":
        ok = data.startswith((b"GIF87a", b"GIF89a"))
    elif kind == "WebP":
        ok = len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    else:
        return _svg_problem(data)
    return None if ok else f"is named {suffix} but is not a {kind} image"


def _svg_problem(data: bytes) -> str | None:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return "is named .svg but is not UTF-8 text"
    if "\x00" in text:
        return "is named .svg but is not text"
    if not re.search(r"<svg[\s>/]", text, re.IGNORECASE):
        return "is named .svg but holds no <svg> element"
    lowered = text.lower()
    if "<!entity" in lowered:
        return "is an SVG that declares entities (refused: they can expand without bound)"
    if "<script" in lowered or re.search(r"\son[a-z]+\s*=", lowered):
        return "is an SVG with scripts (refused)"
    for target in re.findall(r"""href\s*=\s*["']\s*([^"']*)""", text, re.IGNORECASE):
        if not target.startswith("#") and not target.lower().startswith("data:image/"):
            return f"is an SVG that refers to another file or address ({target[:60]})"
    for target in re.findall(r"""url\(\s*["']?\s*([^"')]*)""", text, re.IGNORECASE):
        if not target.startswith("#") and not target.lower().startswith("data:image/"):
            return f"is an SVG that refers to another file or address ({target[:60]})"
    if "@import" in lowered:
        return "is an SVG whose style imports another file"
    return None

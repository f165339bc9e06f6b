"""Where things live: bundled banks and assets, and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "quizapp"
DATA_DIR_VARIABLE = "QUIZAPP_DATA_DIR"


def _bundled(folder: str, package: str) -> Path:
    # In a checkout the top-level folders are used as they are; an installed
    # wheel carries them as quizapp.bundled_* packages (see setup.py).
    checkout = Path(__file__).resolve().parents[2] / folder
    if checkout.is_dir() and (checkout.parent / "pyproject.toml").is_file():
        return checkout
    from importlib import resources  # 7 ms; a checkout never needs it

    try:
        return Path(str(resources.files(package)))
    except (ModuleNotFoundError, TypeError):
        return checkout


def bundled_questions_dir() -> Path:
    return _bundled("questions", "quizapp.bundled_questions")


def bundled_assets_dir() -> Path:
    return _bundled("assets", "quizapp.bundled_assets")


def default_data_dir() -> Path:
    """$QUIZAPP_DATA_DIR, else the platform's per-user data folder."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override).expanduser()
    home = Path.home()
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / APP_NAME


AVATAR_CACHE_NAME = "avatar"  # the name Theme.avatar gives its cached pictures


class DataFolder:
    """The layout of one data folder (the user's, or one on a USB stick)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def database(self) -> Path:
        return self.root / "quizapp.sqlite3"

    @property
    def banks(self) -> Path:
        return self.root / "banks"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def icons(self) -> Path:
        """Rendered icons and avatars (quizapp.ui.image_cache), made again whenever missing."""
        return self.cache / "icons"

    def cached_avatars(self) -> list[Path]:
        """The profiles' badges among the rendered icons (an initial in a colour)."""
        return sorted(self.icons.glob(f"{AVATAR_CACHE_NAME}-*"))

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def help(self) -> Path:
        return self.root / "help"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

"""The facilitator's PIN: hashed with scrypt, compared in constant time, and slowed
down after wrong tries so that a student cannot guess a 4-digit PIN in a break.

The PIN and the try counter live in the store's settings, through the small
`Settings` protocol, so this module needs no database of its own.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

PIN_KEY = "facilitator.pin"
FAILS_KEY = "facilitator.pin_failures"
LOCK_KEY = "facilitator.pin_locked_until"
# scrypt at n=2**14, r=8 takes 16 MiB and ~50 ms: cheap for one check, slow for a
# brute force over a stolen database. Python's default maxmem (32 MiB) is near that,
# so it is given explicitly.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SCRYPT_MAXMEM = 64 * 1024 * 1024
FREE_TRIES = 3
MAX_DELAY = 300.0
PIN_PATTERN = re.compile(r"\S{4,32}\Z")


class Settings(Protocol):
    def get_setting(self, key: str, default: str | None = None) -> str | None: ...

    def set_setting(self, key: str, value: str) -> None: ...


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    wait_seconds: float = 0.0  # > 0: refused without checking; try again after this


def pin_problem(pin: str) -> str | None:
    """Why a new PIN cannot be used, or None."""
    if not PIN_PATTERN.match(pin):
        return "The PIN must be 4 to 32 characters, digits or letters, with no spaces."
    return None


def pin_warning(pin: str) -> str | None:
    """Advice on a PIN that is accepted but easy to guess (shown, never enforced)."""
    if len(set(pin)) == 1 or pin in "01234567890123" or pin in "98765432109876":
        return "This PIN is easy to guess; a facilitator may want to choose another."
    return None


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=SCRYPT_MAXMEM
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            pin.encode(),
            salt=bytes.fromhex(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=SCRYPT_MAXMEM,
        )
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(digest.hex(), expected)


class PinGuard:
    """Set, check and reset the PIN; wrong tries double the wait after three."""

    def __init__(self, settings: Settings, clock: Callable[[], float] = time.time) -> None:
        self._settings = settings
        self._clock = clock

    @property
    def is_set(self) -> bool:
        return bool(self._settings.get_setting(PIN_KEY))

    def set_pin(self, pin: str) -> None:
        problem = pin_problem(pin)
        if problem:
            raise ValueError(problem)
        self._settings.set_setting(PIN_KEY, hash_pin(pin))
        self._reset_failures()

    def clear(self) -> None:
        """Forget the PIN (the command line's reset); the next facilitator sets a new one."""
        self._settings.set_setting(PIN_KEY, "")
        self._reset_failures()

    def wait_seconds(self) -> float:
        locked_until = float(self._settings.get_setting(LOCK_KEY) or 0)
        return max(0.0, locked_until - self._clock())

    def check(self, pin: str) -> PinCheck:
        wait = self.wait_seconds()
        if wait > 0:
            return PinCheck(False, wait)
        stored = self._settings.get_setting(PIN_KEY) or ""
        if stored and verify_pin(pin, stored):
            self._reset_failures()
            return PinCheck(True)
        failures = int(self._settings.get_setting(FAILS_KEY) or 0) + 1
        self._settings.set_setting(FAILS_KEY, str(failures))
        delay = 0.0
        if failures >= FREE_TRIES:
            delay = min(MAX_DELAY, 2.0 ** (failures - FREE_TRIES + 1) * 5)
            self._settings.set_setting(LOCK_KEY, str(self._clock() + delay))
        return PinCheck(False, delay)

    def _reset_failures(self) -> None:
        self._settings.set_setting(FAILS_KEY, "0")
        self._settings.set_setting(LOCK_KEY, "0")

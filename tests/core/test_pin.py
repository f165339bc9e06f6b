from __future__ import annotations

import pytest

from quizapp.core.pin import PIN_KEY, PinGuard, hash_pin, pin_problem, pin_warning, verify_pin


class MemorySettings:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        return self.values.get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.values[key] = value


def test_hash_is_salted_and_verifies() -> None:
    first, second = hash_pin("4812"), hash_pin("4812")
    assert first != second and first.startswith("scrypt$")
    assert "4812" not in first
    assert verify_pin("4812", first) and not verify_pin("4813", first)
    assert not verify_pin("4812", "garbage") and not verify_pin("4812", "scrypt$x$y$z$00$00")


@pytest.mark.parametrize("pin", ["", "12", "abc", "12 34", "x" * 33])
def test_malformed_pins_refused(pin: str) -> None:
    assert pin_problem(pin)


@pytest.mark.parametrize("pin", ["1234", "1111", "4812", "camp2026"])
def test_any_sound_pin_is_accepted_weak_ones_with_advice(pin: str) -> None:
    assert pin_problem(pin) is None
    assert (pin_warning(pin) is not None) == (pin in ("1234", "1111"))


def test_guard_set_check_and_slow_down() -> None:
    now = [1000.0]
    settings = MemorySettings()
    guard = PinGuard(settings, clock=lambda: now[0])
    assert not guard.is_set
    guard.set_pin("4812")
    assert guard.is_set and settings.values[PIN_KEY] != "4812"
    assert guard.check("4812").ok
    assert not guard.check("0000").ok
    assert guard.check("0001").wait_seconds == 0
    third = guard.check("0002")
    assert not third.ok and third.wait_seconds == 10
    # while locked even the right PIN is refused without being checked
    blocked = guard.check("4812")
    assert not blocked.ok and blocked.wait_seconds == pytest.approx(10)
    now[0] += 11
    assert not guard.check("0003").ok
    assert guard.wait_seconds() == 20  # the wait doubles
    now[0] += 21
    assert guard.check("4812").ok and guard.wait_seconds() == 0


def test_clear_forgets_the_pin() -> None:
    guard = PinGuard(MemorySettings())
    guard.set_pin("4812")
    guard.clear()
    assert not guard.is_set and not guard.check("4812").ok

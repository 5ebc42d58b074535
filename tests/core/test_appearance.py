"""The portal's appearance answers, as jeepney hands them over (the reading itself is
proven by tests/ui/test_palettes.py with the real portal)."""

from __future__ import annotations

from launcher.core.appearance import Appearance, parse


def test_the_portals_numbers_mean_dark_light_and_high_contrast() -> None:
    assert parse(("v", ("u", 1)), ("v", ("u", 1))) == Appearance(dark=True, high_contrast=True)
    assert parse(("v", ("u", 2)), ("v", ("u", 0))) == Appearance(dark=False, high_contrast=False)
    assert parse(("u", 0), None) == Appearance(dark=False, high_contrast=None)
    # Values no portal sends are not taken for a choice.
    assert parse(("v", ("u", 7)), ("v", ("s", "x"))) == Appearance(dark=None, high_contrast=None)

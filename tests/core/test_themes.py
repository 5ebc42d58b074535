"""launcher.core.themes: image rules, contrast, short company URLs (no Qt, no server)."""

from __future__ import annotations

from pathlib import Path

import pytest

from launcher.core import themes
from launcher.images import MAX_LOGO_BYTES, logo_problem
from tests.helpers.png import jpeg_like, png


def test_good_images_pass() -> None:
    for kind, data in [
        ("colored", png(240, 60)),
        ("white", png(1, 1, color=(0, 0, 0, 0))),
        ("favicon", png(32, 32)),
    ]:
        check = themes.check_image(data, kind)
        assert check.ok, (kind, check.problems)
    check = themes.check_image(png(300, 120), "colored")
    assert (check.width, check.height, check.problems) == (300, 120, ())


@pytest.mark.parametrize(
    ("data", "kind", "problems"),
    [
        (jpeg_like(), "colored", ("type",)),
        (b"", "favicon", ("type",)),
        (png(200, 50, padding=MAX_LOGO_BYTES), "colored", ("exceeds_size",)),
        (png(200, 50, background=(255, 255, 255, 255)), "white", ("transparent_bg",)),
        (png(301, 40), "colored", ("dimensions",)),
        (png(40, 301), "white", ("dimensions",)),
        (png(32, 24), "favicon", ("dimensions",)),
        (png(48, 48), "favicon", ("dimensions",)),
        (png(15, 15), "favicon", ("dimensions",)),
        # Several rules at once: each is named.
        (
            png(400, 100, background=(0, 0, 0, 255), padding=MAX_LOGO_BYTES),
            "colored",
            ("exceeds_size", "dimensions", "transparent_bg"),
        ),
    ],
)
def test_each_failed_rule_is_named(data: bytes, kind: str, problems: tuple[str, ...]) -> None:
    check = themes.check_image(data, kind)
    assert check.problems == problems
    assert not check.ok
    # The server's finalizeLogos reports the first of them: same reading of the rules.
    assert logo_problem(data, kind) == problems[0]


def test_measured_size_is_kept() -> None:
    check = themes.check_image(png(32, 24), "favicon")
    assert (check.width, check.height) == (32, 24)
    assert themes.check_image(jpeg_like(), "favicon").width is None


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="kind"):
        themes.check_image(png(10, 10), "banner")


def test_check_file_reads_and_checks(tmp_path: Path) -> None:
    good = tmp_path / "logo.png"
    good.write_bytes(png(120, 40))
    data, check = themes.check_image_file(good, "colored")
    assert check.ok and data == good.read_bytes()

    huge = tmp_path / "poster.png"
    huge.write_bytes(png(20, 20, padding=9 * MAX_LOGO_BYTES))
    data, check = themes.check_image_file(huge, "colored")
    assert data == b""
    assert check.problems == ("exceeds_size",)
    assert check.size == huge.stat().st_size

    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_like() + b"\x00" * (9 * MAX_LOGO_BYTES))
    assert themes.check_image_file(photo, "white")[1].problems == ("exceeds_size", "type")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("#0A7C59", "#0a7c59"),
        ("0a7c59", "#0a7c59"),
        (" #fc0 ", "#ffcc00"),
        ("#12345", None),
        ("navy", None),
        ("", None),
        ("#gg0000", None),
    ],
)
def test_normalize_color(typed: str, expected: str | None) -> None:
    assert themes.normalize_color(typed) == expected


def test_contrast_ratio_matches_wcag() -> None:
    assert themes.contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert themes.contrast_ratio((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    # WebAIM's checker: #777777 on white is 4.48:1, just below AA.
    assert themes.contrast_ratio((0x77, 0x77, 0x77), (255, 255, 255)) == pytest.approx(4.48, 0.01)


@pytest.mark.parametrize(
    ("main", "text", "meets_aa", "stands_out"),
    [
        ("#14213d", "#ffffff", True, False),  # dark navy: white text, lost on the dark page
        ("#ffd60a", "#111318", True, True),  # bright yellow: dark text
        ("#3b5bdb", "#ffffff", True, True),  # the page's default blue
        ("#ff8c00", "#ffffff", False, True),  # orange: the page keeps white text, 2.3:1
        ("#20b2aa", "#ffffff", False, True),  # light sea green: 2.5:1
    ],
)
def test_brand_contrast_follows_the_page_rule(
    main: str, text: str, meets_aa: bool, stands_out: bool
) -> None:
    check = themes.brand_contrast(main)
    assert check.text_color == text
    assert check.meets_aa is meets_aa
    assert (check.ratio >= themes.AA_NORMAL_TEXT) is meets_aa
    assert check.stands_out is stands_out
    page = themes.parse_color(themes.PAGE_BACKGROUND)
    rgb = themes.parse_color(main)
    assert page is not None and rgb is not None
    assert check.background_ratio == pytest.approx(themes.contrast_ratio(rgb, page))


def test_brand_contrast_needs_a_colour() -> None:
    with pytest.raises(ValueError, match="colour"):
        themes.brand_contrast("blue")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("", None),
        ("acme", None),
        ("Acme-Corp_2~", None),
        ("2024", "needs_letter"),
        ("acme corp", "characters"),
        ("acmé", "characters"),
        ("acme/sales", "characters"),
        ("a" * 128, None),
        ("a" * 129, "too_long"),
    ],
)
def test_short_url_rules(value: str, problem: str | None) -> None:
    assert themes.short_url_problem(value) == problem


def test_example_guest_link() -> None:
    assert (
        themes.example_guest_link("https://meet.example.com/", "acme")
        == "https://meet.example.com/acme/123456789"
    )
    assert themes.example_guest_link("https://h:8443", None) == "https://h:8443/123456789"

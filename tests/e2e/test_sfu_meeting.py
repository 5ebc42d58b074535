"""Meeting pages through the SFU (issue 18): real Janus and the real built-in server (over
HTTPS) in one network namespace, headless Chromium pages in another (198.18.0.0/15 only;
tests/helpers/netns.py, tests/helpers/janus.py). Five participants are Chromium pages and
one, a second host, is the app's own meeting window (QtWebEngine, in a process of its own
inside the clients' namespace: tests/helpers/qt_window.py); each has a small fake camera
(320x180, 10 fps: six pages share two cores).

One meeting, in steps: two people in a mesh; the third switches everyone to the SFU with
the same tiles and no leave or join notes; six people each receive five videos with
frames rising through Janus (simulcast offered, layers asked for); the waiting room
(guests are let in by the host), chat, raised hands, the whiteboard and the host's
recording (which mixes the SFU's audio tracks) work; one leaves and
disappears everywhere; Janus restarted mid-meeting: the pages fall back to the mesh,
then return to the SFU, media flowing each time."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest

from launcher.api import MeetingsClient
from launcher.server import BuiltinServer, ServerConfig, create_application
from launcher.server.config import SfuSetting
from tests.helpers.browsers import ChromiumBrowser, ChromiumGuest, Participant
from tests.helpers.janus import Janus
from tests.helpers.netns import Netns, call_in, netns_pair, require_root
from tests.helpers.qt_window import QtWindowInNetns

TIMEOUT = 90.0  # two shared cores, six browsers: generous
SHOTS = Path("/tmp/team/shots")

# Every page keeps a list of its toasts ("X joined", "X left", the SFU notes).
TOAST_LOG = """(() => { window.toastLog = [];
  new MutationObserver((changes) => { for (const c of changes) for (const n of c.addedNodes)
    window.toastLog.push(n.textContent); })
  .observe(document.querySelector('#toasts'), {childList: true}); return true; })()"""


def write_y4m(path: Path, *, width: int = 320, height: int = 180, frames: int = 20) -> Path:
    """A small raw video for Chromium's fake camera: a bar moving across a grey field."""
    with path.open("wb") as out:
        out.write(f"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n".encode())
        bar = width // frames
        for index in range(frames):
            row = b"\x60" * (index * bar) + b"\xf0" * bar + b"\x60" * (width - (index + 1) * bar)
            out.write(b"FRAME\n" + row * height)
            out.write(bytes([128 + index * 4]) * (width * height // 4))  # U: changes
            out.write(b"\x80" * (width * height // 4))  # V
    return path


@dataclass
class Rig:
    janus: Janus
    server: BuiltinServer
    browser: ChromiumBrowser
    client: MeetingsClient
    server_ns: str
    client_ns: Netns
    camera: Path
    workdir: Path


@pytest.fixture(scope="module")
def rig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rig]:
    require_root()
    workdir = tmp_path_factory.mktemp("sfu-pages")
    camera = write_y4m(workdir / "camera.y4m")
    with ExitStack() as stack:
        server_ns, client_ns = stack.enter_context(netns_pair())
        janus = Janus(server_ns, workdir / "janus", admin_key=secrets.token_hex(16))
        stack.callback(janus.close)
        config = ServerConfig(
            data_dir=workdir / "data",
            host=server_ns.address,
            tls="self-signed",
            sfu=SfuSetting(janus.url, janus.admin_key),
        )
        server = BuiltinServer(config)
        call_in(server_ns.name, server.start)
        stack.callback(server.stop)
        assert server.ca_cert_path is not None
        browser = ChromiumBrowser(
            server.ca_cert_path,
            netns=client_ns.name,
            extra_args=[f"--use-file-for-fake-video-capture={camera}"],
        )
        stack.callback(browser.close)
        app_id, key = create_application(config.data_dir, "sfu pages")
        client = MeetingsClient(server.api_url, app_id, key, ca_file=server.ca_cert_path)
        stack.callback(client.close)
        yield Rig(janus, server, browser, client, server_ns.name, client_ns, camera, workdir)


def peer(person: Participant, name: str) -> str:
    return f"meetingStatus().peers.find(p => p.name === {json.dumps(name)}"


def receiving_all(person: Participant, names: list[str], via: str) -> None:
    """``person`` gets video frames (rising) and audio from each of ``names`` by ``via``."""
    for name in names:
        first = person.wait_for(
            f"{peer(person, name)} && p.via === '{via}' && p.videoWidth > 0"
            " && p.framesDecoded > 0 && p.audioPacketsReceived > 0)",
            TIMEOUT,
        )
        person.wait_for(
            f"{peer(person, name)} && p.via === '{via}'"
            f" && p.framesDecoded > {first['framesDecoded']}"
            f" && p.audioPacketsReceived > {first['audioPacketsReceived']})",
            TIMEOUT,
        )


# A fingerprint of what each remote tile shows now (a few pixels' values).
PICTURES = """(() => { const out = {}; for (const v of document.querySelectorAll(
  '#grid .tile:not(.self) video')) { const c = document.createElement('canvas');
  c.width = 32; c.height = 18; const g = c.getContext('2d'); g.drawImage(v, 0, 0, 32, 18);
  out[v.closest('.tile').dataset.id] = Array.from(g.getImageData(0, 0, 32, 18).data
    .filter((_, i) => i % 4 === 0)).join(','); } return out; })()"""


def pictures_move(person: Participant, count: int) -> None:
    """Each of ``count`` remote tiles shows a picture that changes (not a frozen frame)."""
    first = person.evaluate(PICTURES)
    assert len(first) == count, first
    person.wait_for(
        f"(() => {{ const before = {json.dumps(first)}; const now = {PICTURES};"
        " return Object.keys(before).every(id => now[id] !== before[id]); })()",
        TIMEOUT,
    )


def screen_and_camera_rising(viewer: Participant, sharer: str) -> None:
    """``viewer`` gets ``sharer``'s camera and screen through the SFU, frames rising."""
    first = viewer.wait_for(
        f"{peer(viewer, sharer)} && p.via === 'sfu' && p.videoTracks === 2"
        " && p.screenWidth > 0 && p.framesDecoded > 0 && p.screenFramesDecoded > 0)",
        TIMEOUT,
    )
    viewer.wait_for(
        f"{peer(viewer, sharer)} && p.framesDecoded > {first['framesDecoded']}"
        f" && p.screenFramesDecoded > {first['screenFramesDecoded']})",
        TIMEOUT,
    )


def toasts(person: Participant) -> list[str]:
    return list(person.evaluate("window.toastLog") or [])


def test_meeting_through_janus(rig: Rig) -> None:
    # The API is reached from the server's namespace (its address is there).
    room = call_in(
        rig.server_ns,
        lambda: rig.client.create_room("Through the SFU", join_approval_level="explicit_approval"),
    )
    assert room.host_url and room.guest_url
    everyone: list[Participant] = []
    person: Participant

    def enter(person: Participant, *, guest: bool = False) -> None:
        everyone.append(person)
        person.join()
        if guest:  # the waiting room, through the SFU too: the first host lets them in
            person.wait_for("meetingStatus().message === 'waiting_approval'", TIMEOUT)
            host = everyone[0]
            knock = host.wait_for(
                f"meetingStatus().waiting.find(w => w.name === {json.dumps(person.name)})",
                TIMEOUT,
            )
            host.click(f'#knocks button[data-action="admit"][data-id="{knock["id"]}"]')
        person.wait_for("meetingStatus().view === 'meeting'", TIMEOUT)
        person.evaluate(TOAST_LOG)

    def join(name: str, url: str) -> ChromiumGuest:
        person = rig.browser.guest(name)
        person.open(url)
        enter(person, guest=url == room.guest_url)
        return person

    try:
        # Two: a mesh.
        hana = join("Hana", room.host_url)
        bob = join("Bob", room.guest_url)
        receiving_all(hana, ["Bob"], "mesh")
        receiving_all(bob, ["Hana"], "mesh")
        assert hana.status()["sfu"]["mode"] == "mesh"
        bob_tile = hana.evaluate(
            "(() => { const t = document.querySelector('.tile:not(.self)');"
            " t.dataset.kept = 'yes'; return t.dataset.id; })()"
        )

        # The third: everyone through Janus, the same tiles, no leave or join notes
        # but the one for Cat.
        for person in (hana, bob):
            person.evaluate("window.toastLog.splice(0).length")
        cat = join("Cat", room.guest_url)
        for person in (hana, bob, cat):
            person.wait_for("meetingStatus().sfu.mode === 'sfu'", TIMEOUT)
            others = [n for n in ("Hana", "Bob", "Cat") if n != person.name]
            receiving_all(person, others, "sfu")
            person.wait_for("meetingStatus().peers.every(p => !p.mesh)", TIMEOUT)
        kept = hana.evaluate(
            f"document.querySelector('.tile[data-id=\"{bob_tile}\"]').dataset.kept"
        )
        assert kept == "yes"
        assert hana.evaluate("document.querySelectorAll('#grid .tile').length") == 3
        assert toasts(hana) == ["Cat joined"], toasts(hana)
        assert toasts(bob) == ["Cat joined"], toasts(bob)
        assert toasts(cat) == [], toasts(cat)

        # Six: each receives the five others' video and sound through Janus.
        # Dan joins as a second host in the app's own meeting window.
        assert rig.server.ca_cert_path is not None
        dan = QtWindowInNetns(
            rig.client_ns,
            "Dan",
            room.host_url,
            meeting_origin=rig.server.origin,
            ca_file=rig.server.ca_cert_path,
            data_dir=rig.workdir / "app-dan",
            camera=rig.camera,
        )
        try:
            enter(dan)
        except BaseException:
            dan.close()
            raise
        for name in ("Eve", "Fay"):
            join(name, room.guest_url)
        names = [p.name for p in everyone]
        for person in everyone:
            person.wait_for("meetingStatus().peers.length === 5", TIMEOUT)
            receiving_all(person, [n for n in names if n != person.name], "sfu")
        status = hana.status()
        assert status["sfu"]["simulcast"] is True, status["sfu"]
        assert sorted(status["sfu"]["subscribed"]) == sorted(p["id"] for p in status["peers"])
        # Every tile is on screen: the best layer is asked for each simulcast feed.
        assert list(status["sfu"]["quality"].values()) == [2] * 5, status["sfu"]
        pictures_move(hana, 5)
        pictures_move(dan, 5)
        assert dan.status()["sfu"]["mode"] == "sfu"
        hana.screenshot(SHOTS / "sfu-six.png")
        dan.screenshot(SHOTS / "sfu-six-app.png")

        # Chat, a raised hand and the host's recording work as in the mesh; the
        # recording mixes the sound it gets through the SFU.
        eve = everyone[4]
        eve.send_chat("through janus")
        for person in everyone:
            person.wait_chat("Eve", "through janus")
        bob.click("#btn-hand")
        hana.wait_for(f"{peer(hana, 'Bob')} && p.hand)", TIMEOUT)
        hana.click("#btn-record")
        hana.wait_for(
            "meetingStatus().recorder && meetingStatus().recorder.recordedBytes > 0"
            " && meetingStatus().recorder.mixedTracks >= 6",
            TIMEOUT,
        )
        hana.click("#btn-record")
        hana.wait_for("meetingStatus().recordingUpload?.state === 'uploaded'", TIMEOUT)

        # The whiteboard: Cat's stroke reaches everyone, the app's window too.
        cat.click("#btn-board")
        cat.wait_for("meetingStatus().board.open", TIMEOUT)
        box = cat.wait_for(
            "(() => { const r = document.querySelector('#board-canvas').getBoundingClientRect();"
            " return r.width && [r.x, r.y, r.width, r.height]; })()",
            TIMEOUT,
        )
        x, top, width, height = box
        cat.page.mouse.move(x + width * 0.2, top + height / 2)
        cat.page.mouse.down()
        for step in range(1, 21):
            cat.page.mouse.move(x + width * (0.2 + 0.03 * step), top + height / 2)
        cat.page.mouse.up()
        for person in everyone:
            person.wait_for(
                "meetingStatus().board.strokes === 1 && meetingStatus().board.points[0] > 5",
                TIMEOUT,
            )
        cat.click("#btn-board")

        # Fay leaves: gone from every page.
        fay = everyone.pop()
        fay.leave()
        fay.close()
        for person in everyone:
            person.wait_for(
                "meetingStatus().peers.length === 4"
                " && !meetingStatus().peers.some(p => p.name === 'Fay')",
                TIMEOUT,
            )
            assert person.evaluate("document.querySelectorAll('#grid .tile').length") == 5

        # Through the SFU too: a screen share (a new offer), camera off and on again.
        bob.click("#btn-share")
        for person in (hana, cat):
            screen_and_camera_rising(person, "Bob")
        bob.click("#btn-share")
        hana.wait_for(f"{peer(hana, 'Bob')} && !p.screen && !p.screenTile)", TIMEOUT)
        bob.click("#btn-cam")
        hana.wait_for(f"{peer(hana, 'Bob')} && p.video === false)", TIMEOUT)
        assert hana.evaluate(
            f"document.querySelector('.tile[data-id=\"{bob_tile}\"]').classList"
            ".contains('video-off')"
        )
        bob.click("#btn-cam")
        hana.wait_for(f"{peer(hana, 'Bob')} && p.video === true)", TIMEOUT)
        receiving_all(hana, ["Bob"], "sfu")

        # A small window pages the gallery: the tiles on screen get the best layer, the
        # others the lowest.
        hana.page.set_viewport_size({"width": 420, "height": 330})
        hana.wait_for("meetingStatus().gallery.pages > 1", TIMEOUT)
        hana.wait_for(
            "(() => { const s = meetingStatus(); const shown = s.gallery.visible;"
            " return s.peers.every(p => s.sfu.quality[p.id] === (shown.includes(p.id) ? 2 : 0))"
            " && s.peers.some(p => !shown.includes(p.id)); })()",
            TIMEOUT,
        )
        hana.page.set_viewport_size({"width": 1280, "height": 800})
        hana.wait_for("meetingStatus().gallery.pages === 1", TIMEOUT)
        hana.wait_for("Object.values(meetingStatus().sfu.quality).every(q => q === 2)", TIMEOUT)

        # Janus restarted mid-meeting: back to the mesh with a short note, then the SFU.
        rig.janus.stop()
        names = [p.name for p in everyone]
        for person in everyone:
            person.wait_for("meetingStatus().sfu.mode === 'mesh'", TIMEOUT)
        for person in everyone:
            receiving_all(person, [n for n in names if n != person.name], "mesh")
            assert any("media server" in text for text in toasts(person)), toasts(person)
        # Five cameras in a mesh: the host is warned, and told the media server is away.
        warned = hana.wait_for("meetingStatus().sendersWarning", TIMEOUT)
        assert "media server" in warned and "unreachable" in warned, warned
        rig.janus.start()
        for person in everyone:
            person.wait_for("meetingStatus().sfu.mode === 'sfu'", TIMEOUT)
        for person in everyone:
            receiving_all(person, [n for n in names if n != person.name], "sfu")
            person.wait_for("meetingStatus().peers.every(p => !p.mesh)", TIMEOUT)
            assert person.status()["sendersWarning"] is None
            left = [t for t in toasts(person) if t.endswith(" left") and t != "Fay left"]
            assert left == [], toasts(person)
    finally:
        for person in everyone:
            person.close()

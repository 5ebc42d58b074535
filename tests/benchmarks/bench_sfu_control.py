"""The meeting server's control of Janus (issue 18, server side), against admission.

With a real Janus and server in one namespace and synthetic pages in another
(tests/helpers/sfu_rig.py), medians over ``--rounds`` fresh rooms of: a page's hello to
its ``joined`` (the baseline: what any join costs), the 3rd page's hello to ``media-mode
sfu`` (the Janus room made), ``sfu-publish`` of a real aiortc offer to ``sfu-answer``, to
the feed listed for the others (Janus has the PeerConnection up), and
``sfu-subscribe`` to ``sfu-offer``; then once: Janus killed to ``sfu_lost`` on a page,
and Janus started again (its API answering) to ``sfu_back``. Root only (namespaces).

    .venv/bin/python tests/benchmarks/bench_sfu_control.py [--rounds 10]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.helpers.sfu_rig import SfuRig, publish_media, receive_media


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    rounds = parser.parse_args().rounds
    times: dict[str, list[float]] = {
        "hello -> joined (baseline)": [],
        "3rd hello -> media-mode sfu": [],
        "sfu-publish -> sfu-answer": [],
        "sfu-publish -> feed listed": [],
        "sfu-subscribe -> sfu-offer": [],
    }
    with SfuRig(Path(tempfile.mkdtemp())) as rig:
        for _ in range(rounds):
            code, token = rig.new_room()

            async def one_room(code: str = code, token: str = token) -> None:
                start = time.perf_counter()
                host = await rig.page(code, "Host", token)
                times["hello -> joined (baseline)"].append(time.perf_counter() - start)
                gus = await rig.page(code, "Gus")
                start = time.perf_counter()
                ida = await rig.page(code, "Ida")
                await ida.next("media-mode")
                times["3rd hello -> media-mode sfu"].append(time.perf_counter() - start)
                start = time.perf_counter()
                sender = await publish_media(host)
                times["sfu-publish -> sfu-answer"].append(time.perf_counter() - start)
                await gus.next("sfu-feeds", lambda m: bool(m["feeds"]), timeout=40)
                times["sfu-publish -> feed listed"].append(time.perf_counter() - start)
                start = time.perf_counter()
                receiver, _tracks, _offer = await receive_media(gus, [host.id])
                times["sfu-subscribe -> sfu-offer"].append(time.perf_counter() - start)
                await receiver.close()
                await sender.close()
                for page in (host, gus, ida):
                    await page.close()

            rig.run(one_room())
        code, token = rig.new_room()

        async def three() -> list[object]:
            pages = [await rig.page(code, name, token) for name in ("A", "B", "C")]
            await pages[0].next("media-mode")
            return list(pages)

        pages = rig.run(three())
        first = pages[0]
        start = time.perf_counter()
        rig.janus.stop(kill=True)
        rig.run(first.next("media-mode", timeout=30))  # type: ignore[attr-defined]
        lost = time.perf_counter() - start
        start = time.perf_counter()
        rig.janus.start()
        answered = time.perf_counter() - start
        rig.run(first.next("media-mode", timeout=60))  # type: ignore[attr-defined]
        back = time.perf_counter() - start

    base = statistics.median(times["hello -> joined (baseline)"])
    print(f"{'step':34} {'median ms':>10} {'max ms':>8} {'x baseline':>11}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:34} {median * 1000:10.1f} {max(values) * 1000:8.1f} {median / base:11.2f}")
    print(f"{'Janus killed -> sfu_lost':34} {lost * 1000:10.1f}")
    print(f"{'Janus started -> API answers':34} {answered * 1000:10.1f}")
    print(f"{'Janus started -> sfu_back':34} {back * 1000:10.1f}  (reconnect backoff 1 s)")


if __name__ == "__main__":
    main()

// Self-test and test probe: asks for camera and microphone and reports the
// outcome as window.probeResult, and to a parent frame if there is one.
// probe-frame.html embeds this page from another origin.
window.probeResult = null;

function report(result) {
  window.probeResult = result;
  document.getElementById("result").textContent = JSON.stringify(result);
  if (window.parent !== window) window.parent.postMessage({ probe: result }, "*");
}

function probe() {
  navigator.mediaDevices
    .getUserMedia({ audio: true, video: true })
    .then((stream) => {
      const tracks = stream.getTracks().map((t) => ({ kind: t.kind, readyState: t.readyState }));
      stream.getTracks().forEach((t) => t.stop());
      report({ ok: true, origin: location.origin, tracks });
    })
    .catch((error) => report({ ok: false, origin: location.origin, error: error.name }));
}

if (new URLSearchParams(location.search).get("frame")) {
  // The embedding page: load the probe from the origin given, collect its answer.
  window.addEventListener("message", (event) => {
    if (event.data && event.data.probe) {
      window.probeResult = { ...event.data.probe, from_frame: event.origin };
      document.getElementById("result").textContent = JSON.stringify(window.probeResult);
    }
  });
  document.addEventListener("DOMContentLoaded", () => {
    const frame = document.createElement("iframe");
    frame.allow = "camera; microphone";
    frame.src = new URLSearchParams(location.search).get("frame");
    document.body.append(frame);
  });
} else {
  document.addEventListener("DOMContentLoaded", probe);
}

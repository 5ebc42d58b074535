// The limit of cameras on (issue 18): at most `video_senders_max` people (25) have their
// camera on in a meeting, mesh or SFU. Joining when that many already have ("joined":
// video_full), pressing the camera button then, or the server refusing it ("video-refused",
// or "sfu-error video_full" for an SFU publish), keeps this page's camera off with a plain
// note saying why and when it can go on (as soon as someone turns theirs off). The note
// goes once the camera is on, or when dismissed. Screen readers hear it once.

import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { $, state } from "./state.js";
import { onMessage } from "./signalling.js";
import { setCamera } from "./media.js";
import { sfuTracksChanged } from "./sfu.js";

const ANNOUNCED_MS = 8000;
let noteMax = null; // the limit the note names; null: no note

/** True when this page may not turn its camera on now (that many others have). */
export function camerasFull() {
  const max = state.videoSendersMax;
  if (!Number.isInteger(max) || max <= 0) return false;
  let others = 0;
  for (const peer of state.peers.values()) if (peer.info.video) others += 1;
  return others >= max;
}

/** From "joined": the limit, and whether this page comes in with its camera off. */
export function applyVideoLimit(message) {
  state.videoSendersMax = Number.isInteger(message.video_senders_max) ? message.video_senders_max : null;
  if (message.video_full) {
    noteMax = state.videoSendersMax;
    if (state.cameraTrack) {
      state.cameraTrack.stop();
      state.cameraTrack = null;
    }
    state.camOn = false;
  }
}

/** Keep (or turn) the camera off and say why. */
export async function refuseCamera(max) {
  noteMax = Number.isInteger(max) ? max : state.videoSendersMax;
  if (state.cameraTrack && state.camOn) await setCamera(false);
  else await sfuTracksChanged();
  renderCameraNote();
}

export function renderCameraNote() {
  const box = $("#camera-note");
  if (state.cameraTrack && state.camOn) noteMax = null; // on after all: nothing to explain
  const show = state.view === "meeting" && noteMax !== null;
  if (show) {
    if (!$("#camera-note-icon").innerHTML) $("#camera-note-icon").innerHTML = icon("camOff");
    $("#camera-note-title").textContent = t("video_full", { max: noteMax });
    $("#camera-note-hint").textContent = t("video_full_hint");
    const close = $("#camera-note-close");
    if (!close.innerHTML) close.innerHTML = icon("close");
    close.title = t("dismiss");
    close.setAttribute("aria-label", t("dismiss"));
  }
  if (show && box.hidden) {
    // Said once to screen readers, when it appears.
    const line = document.createElement("p");
    line.textContent = `${$("#camera-note-title").textContent} ${$("#camera-note-hint").textContent}`;
    $("#announcer").append(line);
    setTimeout(() => line.remove(), ANNOUNCED_MS);
  }
  box.hidden = !show;
}

export function wireCameraNote() {
  $("#camera-note-close").onclick = () => {
    noteMax = null;
    renderCameraNote();
  };
}

onMessage("video-refused", (message) => refuseCamera(message.max));

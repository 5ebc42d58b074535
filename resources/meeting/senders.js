// The hosts' warning that video may stutter. Meetings are a mesh: every page sends its
// camera to every other one, so each camera on adds upload and CPU for everyone. The
// server says how many cameras its meetings handle well ("joined": mesh_video_senders,
// `serve --mesh-video-senders`); while more people have their camera on, hosts (and
// co-hosts) see a plain note above the tiles suggesting that people who need not be
// seen turn theirs off. It goes when the count falls back; guests never see it. Screen
// readers hear it once when it appears (the #announcer live region). Rooms whose media
// goes through the SFU (sfu.js) get no warning; when the server has an SFU but cannot
// reach it ("joined": sfu "unavailable"), the warning says so.

import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { $, state } from "./state.js";

const ANNOUNCED_MS = 8000;

/** How many people in the meeting have their camera on, this page included. */
export function videoSenders() {
  let count = state.cameraTrack && state.camOn ? 1 : 0;
  for (const peer of state.peers.values()) if (peer.info.video) count += 1;
  return count;
}

/** True while this page should show the warning. */
function sendersWarned() {
  const limit = state.meshVideoSenders;
  // Through the SFU the mesh's limit does not apply.
  return state.view === "meeting" && state.mediaMode !== "sfu" && state.isHost && Number.isInteger(limit) && videoSenders() > limit;
}

export function renderSendersWarning() {
  const box = $("#senders-warning");
  const show = sendersWarned();
  if (show) {
    if (!box.querySelector("svg")) $("#senders-icon").innerHTML = icon("cam");
    $("#senders-title").textContent = t("senders_warning", { count: videoSenders() });
    // The server has a media server for big rooms, but cannot reach it: say so.
    const hint = state.sfuStatus === "unavailable" ? t("senders_warning_sfu") : t("senders_warning_hint", { limit: state.meshVideoSenders });
    $("#senders-hint").textContent = hint;
    if (box.hidden) {
      const line = document.createElement("p");
      line.textContent = `${$("#senders-title").textContent} ${$("#senders-hint").textContent}`;
      $("#announcer").append(line);
      setTimeout(() => line.remove(), ANNOUNCED_MS);
    }
  }
  box.hidden = !show;
}

/** The server's number, from every "joined" (a reconnect too); none: no warning. */
export function applyMeshLimit(limit) {
  state.meshVideoSenders = Number.isInteger(limit) && limit > 0 ? limit : null;
}

// Whether media gets through, and the "Connection" panel for support.
// A peer whose media has not connected within BLOCKED_AFTER_MS (or whose connection
// failed) puts up a notice in plain words: media can't get through this network, ask
// the administrator for a relay (TURN) or to open the media ports. It goes away as
// soon as every peer connects. The panel lists per peer the path in use (direct or
// through the relay), round-trip time, bitrate and packet loss (peers.js stats()).

import { currentLanguage, t } from "./i18n.js";
import { $, state } from "./state.js";

// Chromium gives up on ICE after about 30 s; people should know well before.
export const BLOCKED_AFTER_MS = 10000;

export function isBlocked(peer) {
  const connection = peer.connectionState();
  if (connection === "connected") return false;
  if (connection === "failed") return true;
  return Date.now() - peer.createdAt > BLOCKED_AFTER_MS;
}

export function mediaBlocked() {
  return state.view === "meeting" && [...state.peers.values()].some(isBlocked);
}

function formatted(value, unit) {
  return value === null || value === undefined ? "–" : `${value} ${unit}`;
}

function pathLabel(peer, stats) {
  if (isBlocked(peer)) return t("path_blocked");
  if (!stats?.path) return t("path_connecting");
  return t(stats.path === "relay" ? "path_relay" : "path_direct");
}

export function renderConnection() {
  const blocked = mediaBlocked();
  for (const peer of state.peers.values()) {
    // The tile says so too, in the page's language.
    if (peer.shownBlocked !== isBlocked(peer) || peer.shownLanguage !== currentLanguage()) peer.render();
  }
  $("#media-blocked").hidden = !blocked;
  if (state.panel !== "connection") return;
  const rows = [...state.peers.values()].map((peer) => {
    const stats = state.stats?.[peer.id];
    const row = document.createElement("tr");
    const cells = [
      peer.info.name,
      pathLabel(peer, stats),
      formatted(stats?.rttMs, "ms"),
      `↓ ${formatted(stats?.receiveKbps, "kbit/s")} ↑ ${formatted(stats?.sendKbps, "kbit/s")}`,
      formatted(stats?.lossPercent, "%"),
    ];
    for (const text of cells) {
      const cell = document.createElement(row.children.length ? "td" : "th");
      if (cell.tagName === "TH") cell.scope = "row";
      cell.textContent = text;
      row.append(cell);
    }
    row.dataset.path = stats?.path || "";
    return row;
  });
  $("#connection-rows").replaceChildren(...rows);
  $("#connection-empty").hidden = rows.length > 0;
}

setInterval(renderConnection, 1000);

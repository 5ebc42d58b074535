// The meeting's video grid: a tile per person (this page's first), its name, mic
// and hand marks, a large tile per shared screen (beside its sharer's camera
// tile), the tile layout, and the "X is presenting" banner.

import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { $, state } from "./state.js";
import { localVideoTrack, watchFirstFrame } from "./media.js";
import { renderPeople } from "./people.js";
import { renderSendersWarning } from "./senders.js";
import { bestTile, pageTiles, setRelayout } from "./gallery.js";
import { renderCameraNote } from "./camera.js";

export function makeTile(id) {
  const tile = document.createElement("div");
  tile.className = "tile";
  tile.dataset.id = id;
  tile.innerHTML = `
    <video autoplay playsinline></video>
    <div class="tile-off"><div class="avatar"></div></div>
    <div class="tile-label"><span class="hand-state" hidden></span><span class="mic-state"></span><span class="tile-name"></span></div>
    <div class="tile-status"></div>`;
  $("#grid").append(tile);
  return tile;
}

export function initials(name) {
  const parts = String(name || "?").trim().split(/\s+/);
  return ((parts[0]?.[0] || "?") + (parts.length > 1 ? parts[parts.length - 1][0] : "")).toUpperCase();
}

export function fillTile(tile, { name, host, audio, showVideo, screen, hand = false, self = false, state: connection = "connected" }) {
  const handState = tile.querySelector(".hand-state");
  handState.hidden = !hand;
  if (hand && !handState.innerHTML) handState.innerHTML = icon("hand");
  tile.classList.toggle("video-off", !showVideo);
  tile.classList.toggle("screen", Boolean(screen));
  tile.classList.toggle("self", self);
  tile.querySelector(".avatar").textContent = initials(name);
  let label = self ? `${name} (${t("you")})` : name;
  if (host) label += ` · ${t("host")}`;
  tile.querySelector(".tile-name").textContent = label;
  const mic = tile.querySelector(".mic-state");
  mic.innerHTML = audio ? "" : icon("micOff");
  mic.hidden = Boolean(audio);
  const status = tile.querySelector(".tile-status");
  // "blocked" (diagnostics.js): media never got through; no endless "Connecting…".
  const connecting = ["new", "connecting"].includes(connection);
  const blocked = connection === "blocked" || connection === "failed";
  status.textContent = blocked ? t("path_blocked") : connecting ? t("connecting") : "";
  status.hidden = !connecting && !blocked;
}

export function renderSelfTile() {
  // Not before the meeting: a microphone turned off in the lobby made a second tile.
  if (state.view !== "meeting" || !state.selfId) return;
  let tile = document.querySelector(`.tile[data-id="${state.selfId}"]`);
  if (!tile) {
    tile = makeTile(state.selfId);
    tile.querySelector("video").muted = true;
    $("#grid").prepend(tile);
  }
  const video = tile.querySelector("video");
  const track = localVideoTrack();
  if (video.srcObject?.getVideoTracks()[0] !== track) video.srcObject = track ? new MediaStream([track]) : null;
  if (track) watchFirstFrame(video);
  fillTile(tile, {
    name: state.name || t("you"),
    host: state.isHost,
    audio: Boolean(state.audioTrack && state.micOn),
    showVideo: Boolean(track),
    hand: state.hand,
    self: true,
  });
  showScreen(state.selfId, state.screenTrack, state.name || t("you"));
}

/** The large tile of ``owner``'s shared screen showing ``track``; removed when null. */
export function showScreen(owner, track, name) {
  const id = `${owner}:screen`;
  let tile = document.querySelector(`.tile[data-id="${CSS.escape(id)}"]`);
  if (!track) {
    if (tile) {
      tile.remove();
      layoutTiles();
    }
    return;
  }
  if (!tile) {
    tile = makeTile(id);
    tile.dataset.owner = owner;
    tile.classList.add("screen-share");
    const video = tile.querySelector("video");
    video.muted = true; // its sound, if any, comes with the camera's stream
    video.addEventListener("loadeddata", layoutTiles);
  }
  const video = tile.querySelector("video");
  if (video.srcObject?.getVideoTracks()[0] !== track) video.srcObject = new MediaStream([track]);
  fillTile(tile, { name: t("screen_of", { name }), audio: true, showVideo: true, screen: true });
  layoutTiles();
}

export function renderMeeting() {
  if (state.view !== "meeting") return;
  renderSelfTile();
  const count = state.peers.size + 1;
  $("#grid").dataset.count = String(count);
  layoutTiles();
  $("#reconnecting").hidden = !state.reconnect;
  renderPeople(); // also the "only one here" / "someone is waiting" box
  renderBanner();
  renderSendersWarning();
  renderCameraNote();
}

/** The largest 16:9 tile size that fits every tile shown on the stage; with a shared
 * screen, the screen takes the stage's width and the cameras a row below it. More
 * cameras than fit at a readable size: one page of them (gallery.js). */
function layoutTiles() {
  const grid = $("#grid");
  const screens = grid.querySelectorAll(".tile.screen-share").length;
  const cameraTiles = [...grid.children].filter((tile) => !tile.classList.contains("screen-share"));
  const gap = 12;
  const width = grid.clientWidth || grid.parentElement.clientWidth;
  const stageHeight = grid.clientHeight + ($("#gallery-nav").hidden ? 0 : $("#gallery-nav").offsetHeight + 8);
  grid.classList.toggle("presenting", screens > 0);
  if (!width || !stageHeight) return;
  const rowHeight = screens ? Math.min(stageHeight * 0.25, 180) : stageHeight;
  const { shown } = pageTiles(cameraTiles, width, rowHeight, screens > 0);
  const height = grid.clientHeight;
  const count = shown.length || 1;
  if (screens) {
    const cameras = shown.length;
    const row = cameras ? Math.min((width - gap * (cameras - 1)) / cameras, (Math.min(height * 0.25, 180) * 16) / 9) : 0;
    const below = cameras ? (row * 9) / 16 + gap : 0;
    grid.style.setProperty("--tile-w", `${Math.floor(row)}px`);
    grid.style.setProperty("--screen-h", `${Math.floor((height - below - gap * (screens - 1)) / screens)}px`);
    return;
  }
  grid.style.setProperty("--tile-w", `${Math.floor(bestTile(count, width, height))}px`);
}
setRelayout(layoutTiles);
new ResizeObserver(layoutTiles).observe(document.getElementById("grid"));

export function renderBanner() {
  const banner = $("#present-banner");
  const presenter = [...state.peers.values()].find((peer) => peer.info.screen);
  const text = state.sharing ? t("you_present") : presenter ? t("presenting", { name: presenter.info.name }) : "";
  banner.textContent = text;
  banner.hidden = !text;
}

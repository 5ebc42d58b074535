// Watch together: a host shares a video (an http(s) URL of a media file, or a file
// uploaded to the server) and every page plays, pauses and seeks it together. The
// server holds the player (launcher/server/watch.py): the source, playing or paused,
// the position at a server timestamp, and who controls it (the host who shared it, or
// the person a host handed control to). Each page works out where the video should be
// now from that and the server clock's offset, and corrects its own player: small drift
// by playing a little faster or slower, large drift by seeking. Registers "watch" and
// "watch-refused".

import { t } from "./i18n.js";
import { $, config, participantToken, state } from "./state.js";
import { onMessage, send } from "./signalling.js";
import { toast } from "./views.js";

// Drift (seconds) under which nothing is done, and over which the player seeks.
const SETTLED = 0.04;
const SEEK_OVER = 0.6;

let offsets = []; // recent samples of (server clock - page clock), ms

/** Where the video should be now (seconds), by the server's state. */
export function targetPosition(watch = state.watch) {
  if (!watch) return 0;
  if (!watch.playing) return watch.position;
  const serverNow = Date.now() + serverOffset();
  return watch.position + Math.max(0, serverNow - watch.at) / 1000;
}

function serverOffset() {
  // The largest sample is the one with the least delay on its way here.
  return offsets.length ? Math.max(...offsets) : 0;
}

function mayControl() {
  return Boolean(state.watch) && (state.isHost || state.watch.controller === state.selfId);
}

export function shareVideo(url) {
  if (!state.isHost) return false;
  send({ type: "watch", action: "share", url: String(url || "").trim() });
  return true;
}

/** The host's page uploads a file to the server, then shares its path. */
export async function uploadVideo(file) {
  if (!state.isHost || !file) return false;
  if (!["video/mp4", "video/webm"].includes(file.type)) {
    toast(t("watch_bad_file"));
    return false;
  }
  const status = $("#watch-upload-status");
  status.textContent = t("watch_uploading");
  try {
    const response = await fetch(`/meeting-api/watch/${encodeURIComponent(config.meeting_code)}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${participantToken}`, "Content-Type": file.type },
      body: file,
    });
    if (!response.ok) {
      status.textContent = response.status === 413 ? t("watch_too_large") : t("watch_upload_failed");
      return false;
    }
    status.textContent = "";
    return shareVideo((await response.json()).url);
  } catch {
    status.textContent = t("watch_upload_failed");
    return false;
  }
}

export function playVideo() {
  send({ type: "watch", action: "play", position: currentTime() });
}

export function pauseVideo() {
  send({ type: "watch", action: "pause", position: currentTime() });
}

export function seekVideo(seconds) {
  send({ type: "watch", action: "seek", position: Math.max(0, Number(seconds) || 0) });
}

export function giveControl(id) {
  send({ type: "watch", action: "control", id });
}

export function stopVideo() {
  send({ type: "watch", action: "stop" });
}

function currentTime() {
  const video = $("#watch-video");
  return Math.round(Math.max(0, video.currentTime || targetPosition()) * 1000) / 1000;
}

function clock(seconds) {
  const whole = Math.max(0, Math.floor(seconds || 0));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** Bring this page's player to the shared state (run often). */
function follow() {
  const watch = state.watch;
  const video = $("#watch-video");
  if (!watch) return;
  const source = new URL(watch.source, location.href).href;
  if (video.src !== source) {
    video.src = source;
    video.playbackRate = 1;
  }
  if (video.readyState < 1) return; // nothing known of the video yet
  const target = Math.min(targetPosition(), Number.isFinite(video.duration) ? video.duration : Infinity);
  const drift = video.currentTime - target;
  state.watchDrift = drift;
  if (!watch.playing) {
    if (!video.paused) video.pause();
    if (Math.abs(drift) > SETTLED) video.currentTime = target;
    video.playbackRate = 1;
  } else {
    if (Math.abs(drift) > SEEK_OVER) {
      video.currentTime = target;
      video.playbackRate = 1;
    } else if (Math.abs(drift) > SETTLED) {
      // Ahead: a little slower; behind: a little faster (at most 10 %).
      video.playbackRate = 1 - Math.max(-0.1, Math.min(0.1, drift * 0.5));
    } else {
      video.playbackRate = 1;
    }
    if (video.paused && !video.ended) play(video);
  }
  renderTime();
}

function play(video) {
  video.play().catch(() => {
    // Sound needs the person to click first in some browsers: play muted meanwhile.
    if (video.muted) return;
    video.muted = true;
    $("#btn-watch-sound").hidden = false;
    video.play().catch(() => {});
  });
}

function renderTime() {
  const video = $("#watch-video");
  const duration = Number.isFinite(video.duration) ? video.duration : 0;
  const seek = $("#watch-seek");
  seek.max = String(duration || 0);
  if (document.activeElement !== seek) seek.value = String(video.currentTime || 0);
  seek.setAttribute("aria-valuetext", `${clock(video.currentTime)} / ${clock(duration)}`);
  $("#watch-time").textContent = `${clock(video.currentTime)} / ${clock(duration)}`;
}

/** The host's share form (People panel). */
export function renderWatchControls() {
  $("#watch-url-label").textContent = t("watch_url");
  $("#btn-watch-share").textContent = t("watch_share");
  $("#btn-watch-file").textContent = t("watch_upload");
}

export function renderWatch() {
  const watch = state.watch;
  const box = $("#watch");
  box.hidden = !watch || state.view !== "meeting";
  if (!watch) return;
  $("#watch-title").textContent = t("watch_title");
  const mine = watch.controller === state.selfId;
  $("#watch-controller").textContent = mine ? t("watch_you_control") : t("watch_controls", { name: watch.controller_name });
  const control = mayControl();
  const playButton = $("#btn-watch-play");
  playButton.hidden = !control;
  playButton.textContent = watch.playing ? t("watch_pause") : t("watch_play");
  $("#watch-seek").disabled = !control;
  $("#watch-seek").setAttribute("aria-label", t("watch_position"));
  $("#watch-video").setAttribute("aria-label", t("watch_title"));
  $("#btn-watch-sound").textContent = t("watch_sound");
  const handing = $("#watch-control");
  $("#watch-control-row").hidden = !state.isHost;
  $("#watch-control-label").textContent = t("watch_give_control");
  const people = [{ id: state.selfId, name: `${state.name} (${t("you")})` }, ...[...state.peers.values()].map((p) => ({ id: p.id, name: p.info.name }))];
  handing.replaceChildren(...people.map((p) => new Option(p.name, p.id)));
  handing.value = watch.controller;
  const stop = $("#btn-watch-stop");
  stop.textContent = t("watch_stop");
  stop.hidden = !state.isHost;
  renderTime();
}

/** The shared player as the server tells it ("watch", and "joined" for late joiners). */
export function applyWatch(watch, at = Date.now()) {
  const video = $("#watch-video");
  if (!watch || !watch.active) {
    const was = Boolean(state.watch);
    state.watch = null;
    video.pause();
    video.removeAttribute("src");
    video.load();
    renderWatch();
    if (was && watch) toast(t("watch_stopped"));
    return;
  }
  offsets = [...offsets.slice(-19), watch.at - at];
  const before = state.watch;
  state.watch = { ...watch };
  if (!before || before.controller !== watch.controller) {
    const line = document.createElement("p");
    line.textContent = watch.controller === state.selfId ? t("watch_you_control") : t("watch_controls", { name: watch.controller_name });
    $("#announcer").append(line);
    setTimeout(() => line.remove(), 8000);
  }
  renderWatch();
  follow();
}

export function wireWatch() {
  $("#watch-form").addEventListener("submit", (event) => {
    event.preventDefault();
    if (shareVideo($("#watch-url").value)) $("#watch-url").value = "";
  });
  $("#btn-watch-file").onclick = () => $("#watch-file").click();
  $("#watch-file").onchange = (event) => {
    const file = event.target.files[0];
    event.target.value = "";
    uploadVideo(file);
  };
  $("#btn-watch-play").onclick = () => (state.watch?.playing ? pauseVideo() : playVideo());
  $("#watch-seek").onchange = (event) => seekVideo(event.target.value);
  $("#watch-control").onchange = (event) => giveControl(event.target.value);
  $("#btn-watch-stop").onclick = stopVideo;
  $("#btn-watch-sound").onclick = () => {
    const video = $("#watch-video");
    video.muted = false;
    $("#btn-watch-sound").hidden = true;
  };
  $("#watch-video").addEventListener("loadedmetadata", follow);
  $("#watch-video").addEventListener("error", () => {
    if (state.watch) toast(t("watch_cannot_play"));
  });
}

setInterval(follow, 250);

onMessage("watch", (message) => applyWatch(message));
onMessage("watch-refused", (message) => {
  const codes = { bad_source: "watch_bad_source", not_allowed: "watch_not_allowed" };
  toast(t(codes[message.code] || "watch_not_allowed"));
});

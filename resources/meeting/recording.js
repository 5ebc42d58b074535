// Recording.
//
// The host's page records what it shows: the visible tiles (the gallery's page), shared screens
// included, drawn onto a canvas (or only the host's own tiles with record_only_owner) and every audio track
// mixed with WebAudio, into a WebM MediaRecorder. Each second's chunk goes to the
// server as soon as it is made (a page that dies loses only the last few seconds);
// on stop the page says how many it sent and the server assembles the file.

import { t } from "./i18n.js";
import { $, participantToken, recordingAvailable, state } from "./state.js";
import { onMessage, send } from "./signalling.js";
import { messageView, toast } from "./views.js";
import { renderControls } from "./controls.js";

// The server stores WebM files: the first of these the browser can record is
// used, and without one the page offers no recording.
const RECORDING_TYPE =
  typeof MediaRecorder === "undefined" ? undefined : ["video/webm;codecs=vp8,opus", "video/webm"].find((type) => MediaRecorder.isTypeSupported(type));
// Chromium's MediaRecorder writes nothing until its encoders have produced the
// first frame, which under load comes well over a second after start(); a stop()
// before that gives an empty file. Such an early stop waits for the first data
// (at most this long) and stops then.
const FIRST_DATA_WAIT_MS = 10000;
// A chunk the server did not take is sent again after these pauses, then given up.
const CHUNK_RETRY_MS = [500, 1000, 2000, 4000, 8000];

export function canRecord() {
  return recordingAvailable && state.isHost && Boolean(RECORDING_TYPE);
}

export function startRecording() {
  if (!canRecord() || state.recording || state.recorder || state.recordRequested) return false;
  state.recordRequested = true;
  send({ type: "record", action: "start" });
  renderControls();
  return true;
}

export function stopRecording() {
  if (!state.recording) return false;
  send({ type: "record", action: "stop" });
  finishLocalRecording();
  return true;
}

function onRecording(message) {
  state.recordRequested = false;
  if (message.active) {
    state.recording = message;
    if (message.by === state.selfId && !state.recorder) startLocalRecording(message.id, message.only_owner);
    const recorder = state.recorder?.id === message.id ? state.recorder.recorder : null;
    if (recorder?.state === "recording" && message.paused) recorder.pause();
    else if (recorder?.state === "paused" && !message.paused) recorder.resume();
  } else {
    if (message.error) toast(t("recording_failed"));
    if (state.recorder?.id === message.id) finishLocalRecording();
    state.recording = null;
  }
  renderRecording();
  renderControls();
}

onMessage("recording", onRecording);

export function renderRecording() {
  const indicator = $("#rec-indicator");
  indicator.hidden = !(state.view === "meeting" && state.recording?.active);
  const paused = Boolean(state.recording?.paused);
  indicator.classList.toggle("paused", paused);
  const label = $("#rec-label");
  label.dataset.i18n = paused ? "recording_paused" : "recording";
  label.textContent = t(label.dataset.i18n);
}

/** Ask the server to pause or resume this page's recording (everyone is told). */
export function togglePauseRecording() {
  if (!state.recorder || state.recording?.id !== state.recorder.id) return false;
  send({ type: "record", action: state.recording.paused ? "resume" : "pause" });
  return true;
}

function drawTiles(ctx, canvas, onlyOwner) {
  // What the host sees: the gallery's page shown (gallery.js), not the others.
  const tiles = [...document.querySelectorAll("#grid .tile:not(.paged-out)")].filter((tile) => !onlyOwner || tile.dataset.id === state.selfId || tile.dataset.owner === state.selfId);
  const { width, height } = canvas;
  ctx.fillStyle = "#15171c";
  ctx.fillRect(0, 0, width, height);
  // As on screen: the column count that gives the largest 16:9 tiles, centred.
  const count = Math.max(1, tiles.length);
  const gap = 8;
  let best = { w: 0, columns: 1, rows: 1 };
  for (let columns = 1; columns <= count; columns += 1) {
    const rows = Math.ceil(count / columns);
    const w = Math.min((width - gap * (columns + 1)) / columns, (((height - gap * (rows + 1)) / rows) * 16) / 9);
    if (w > best.w) best = { w, columns, rows };
  }
  const { w, columns, rows } = best;
  const h = (w * 9) / 16;
  const left = (width - columns * w - (columns - 1) * gap) / 2;
  const top = (height - rows * h - (rows - 1) * gap) / 2;
  tiles.forEach((tile, index) => {
    const x = left + (index % columns) * (w + gap);
    const y = top + Math.floor(index / columns) * (h + gap);
    ctx.fillStyle = "#2a2e37";
    ctx.fillRect(x, y, w, h);
    const video = tile.querySelector("video");
    if (!tile.classList.contains("video-off") && video.videoWidth) {
      const scale = Math.min(w / video.videoWidth, h / video.videoHeight);
      const vw = video.videoWidth * scale;
      const vh = video.videoHeight * scale;
      ctx.drawImage(video, x + (w - vw) / 2, y + (h - vh) / 2, vw, vh);
    } else {
      ctx.fillStyle = "#e8eaf0";
      ctx.font = `600 ${Math.round(h / 5)}px sans-serif`;
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.fillText(tile.querySelector(".avatar").textContent, x + w / 2, y + h / 2);
    }
    // The recording is watched later by others: the host's own tile says its name, not "You".
    const self = tile.dataset.id === state.selfId;
    const label = self ? `${state.name || t("host")}${state.isHost ? ` · ${t("host")}` : ""}` : tile.querySelector(".tile-name").textContent;
    ctx.font = "18px sans-serif";
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    ctx.fillStyle = "rgba(0, 0, 0, .55)";
    ctx.fillRect(x + 8, y + h - 38, ctx.measureText(label).width + 16, 30);
    ctx.fillStyle = "#fff";
    ctx.fillText(label, x + 16, y + h - 23);
  });
}

function beginLocalRecording(id, onlyOwner) {
  const canvas = document.createElement("canvas");
  canvas.width = 1280;
  canvas.height = 720;
  const ctx = canvas.getContext("2d");
  const audio = new AudioContext();
  const local = {
    id, recorder: null, startedAt: null, bytes: 0, stopWanted: false, waitTimer: 0, error: null,
    // Chunks not yet taken by the server, how many it took, and whether a send is under way.
    queue: [], sent: 0, sending: false, stopped: false, failed: false,
  };
  let frame = 0;
  let timer = 0;
  let stream = null;
  const release = () => {
    cancelAnimationFrame(frame);
    clearInterval(timer);
    clearTimeout(local.waitTimer);
    for (const track of stream?.getTracks() || []) track.stop();
    audio.close().catch(() => {});
  };
  try {
    audio.resume().catch(() => {});
    const mix = audio.createMediaStreamDestination();
    const mixed = new Set();
    local.mixed = mixed;
    const mixIn = (track) => {
      if (!track || track.readyState !== "live" || mixed.has(track.id)) return;
      mixed.add(track.id);
      audio.createMediaStreamSource(new MediaStream([track])).connect(mix);
    };
    const draw = () => {
      drawTiles(ctx, canvas, onlyOwner);
      // People and microphones come and go during a recording: mix in new tracks.
      mixIn(state.audioTrack);
      if (!onlyOwner) for (const peer of state.peers.values()) peer.stream.getAudioTracks().forEach(mixIn);
      frame = requestAnimationFrame(draw);
    };
    draw();
    // requestAnimationFrame stops in a hidden page; a slow timer keeps frames coming.
    timer = setInterval(() => { if (document.hidden) drawTiles(ctx, canvas, onlyOwner); }, 200);
    stream = new MediaStream([...canvas.captureStream(25).getVideoTracks(), ...mix.stream.getAudioTracks()]);
    const recorder = new MediaRecorder(stream, { mimeType: RECORDING_TYPE });
    local.recorder = recorder;
    // Chromium fires "start" when the recorder writes its first data.
    recorder.onstart = () => { local.startedAt = Date.now(); };
    recorder.ondataavailable = (event) => {
      if (event.data.size) {
        local.queue.push(event.data);
        local.bytes += event.data.size;
        sendChunks(local);
      }
      if (local.stopWanted && local.bytes && recorder.state !== "inactive") recorder.stop();
    };
    recorder.onerror = (event) => { local.error = event.error?.message || event.error?.name || "recorder error"; };
    recorder.onstop = () => {
      release();
      if (state.recorder === local) {
        // Stopped by itself (an error): the room's recording ends too.
        state.recorder = null;
        if (state.recording?.id === id) send({ type: "record", action: "stop" });
      }
      if (!local.bytes) {
        // An empty file is no recording: nothing is uploaded, and the page says so.
        state.recordingUpload = { id, state: "empty", size: 0, error: local.error || "no data was recorded" };
        toast(t("recording_failed"));
        recordingSettled();
        return;
      }
      local.stopped = true;
      if (!local.failed) state.recordingUpload = { id, state: "uploading", size: local.bytes };
      sendChunks(local);
    };
    recorder.start(1000);
  } catch (error) {
    release();
    throw error;
  }
  state.recorder = local;
}

// The recording the server announced as started by this page: record it, or
// (the browser cannot) end it at once and say why.
function startLocalRecording(id, onlyOwner) {
  try {
    beginLocalRecording(id, onlyOwner);
  } catch (error) {
    console.error("recording could not start", error);
    send({ type: "record", action: "stop" });
    state.recordingUpload = { id, state: "failed", size: 0, error: `recorder: ${error.message}` };
    toast(t("recording_failed"));
  }
}

export function finishLocalRecording() {
  const local = state.recorder;
  if (!local) return;
  state.recorder = null;
  if (local.recorder.state === "inactive") return;
  if (local.failed) {
    // The server stopped taking its chunks (the page said so): nothing to wait for.
    local.recorder.stop();
    return;
  }
  if (local.bytes) {
    state.recordingUpload = { id: local.id, state: "stopping", size: local.bytes };
    local.recorder.stop();
    return;
  }
  // Nothing written yet: stop once the first data comes (see FIRST_DATA_WAIT_MS).
  local.stopWanted = true;
  state.recordingUpload = { id: local.id, state: "stopping", size: 0 };
  local.waitTimer = setTimeout(() => {
    if (local.recorder.state !== "inactive") local.recorder.stop();
  }, FIRST_DATA_WAIT_MS);
}

/** True while this page's recording is being stopped or uploaded: closing now loses it. */
export function savingRecording() {
  return ["stopping", "uploading"].includes(state.recordingUpload?.state);
}

/** The recording is saved, or failed: a "saving" page becomes the "left" one. */
function recordingSettled() {
  if (state.view === "message" && state.message === "saving") messageView("left");
}

const wait = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

async function post(url, body) {
  for (let attempt = 0; ; attempt += 1) {
    const last = attempt >= CHUNK_RETRY_MS.length;
    let response = null;
    try {
      response = await fetch(url, { method: "POST", headers: { Authorization: `Bearer ${participantToken}` }, body });
    } catch (error) {
      if (last) throw error; // the network, again and again
    }
    if (response?.ok) return;
    if (response) {
      const answer = await response.json().catch(() => ({}));
      const failure = new Error(`HTTP ${response.status}${answer.message ? `: ${answer.message}` : ""}`);
      // Refused for good (not the host, too large, already saved): no retry helps.
      const final = response.status < 500 && response.status !== 408 && response.status !== 429;
      if (final || last) throw failure;
    }
    await wait(CHUNK_RETRY_MS[attempt]);
  }
}

// Send the recorder's chunks in order, one at a time; once it stopped and all are
// sent, ask the server to assemble the file.
async function sendChunks(local) {
  if (local.sending || local.failed) return;
  local.sending = true;
  const base = `/meeting-api/recordings/${encodeURIComponent(local.id)}`;
  try {
    while (local.queue.length) {
      await post(`${base}/chunks/${local.sent}`, local.queue[0]);
      local.queue.shift();
      local.sent += 1;
    }
    if (local.stopped) {
      await post(`${base}/finish?chunks=${local.sent}`, null);
      state.recordingUpload = { id: local.id, state: "uploaded", size: local.bytes };
      toast(t("recording_saved"));
      recordingSettled();
    }
  } catch (error) {
    local.failed = true;
    local.queue = [];
    state.recordingUpload = { id: local.id, state: "failed", size: local.bytes, error: error.message };
    toast(t("recording_failed"));
    recordingSettled();
  } finally {
    local.sending = false;
  }
  // Chunks that came while the last send was under way.
  if (!local.failed && (local.queue.length || (local.stopped && state.recordingUpload?.state === "uploading"))) sendChunks(local);
}

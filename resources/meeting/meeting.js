// The meeting page: lobby, waiting room, and a WebRTC mesh meeting.
//
// Signalling runs over one WebSocket to the server that served this page (see
// launcher/server/signalling.py for the protocol). Media flows peer to peer:
// every pair of participants has one RTCPeerConnection with one audio and one
// video transceiver, negotiated once by the newcomer. Muting, camera on/off,
// device changes and screen sharing swap tracks with replaceTrack(), so no
// renegotiation is ever needed.
//
// window.meetingStatus() returns a JSON snapshot for the launcher's self-test
// and tests; window.meeting holds the same actions the buttons use.

import { currentLanguage, languages, resolveLanguage, setLanguage, t, translateTree } from "./i18n.js";
import { applyTheme } from "./theme.js";
import { showPreview } from "./preview.js";
import { $, boardAvailable, config, features, participantToken, recordingAvailable, state } from "./state.js";
import { onMessage, send } from "./signalling.js";
import { messageView, toast } from "./views.js";
import { raiseHand, setCamera, setMic, startShare, stopShare } from "./media.js";
import { audioContext, meters } from "./levels.js";
import { renderMeeting } from "./tiles.js";
import { openPanel, renderControls } from "./controls.js";
import { answer, removePerson, renderKnocks } from "./people.js";
import { sendChat } from "./chat.js";
import { changeDevice, join, renderPreview, showLobby } from "./lobby.js";
import { leave } from "./session.js";
import "./peers.js";
import "./connection.js";

const BOARD_COLORS = ["#1f2937", "#e03131", "#1971c2", "#2f9e44"];
const STROKE_WIDTH = 4; // in thousandths of the board's width
const MAX_STROKE_POINTS = 1000;
const MAX_BOARD_STROKES = 500;
let drawing = null; // the stroke under the pointer

function openBoard(open) {
  if (!boardAvailable) return false;
  state.boardOpen = Boolean(open);
  if (state.boardOpen) state.boardUnseen = false;
  $("#board").hidden = !state.boardOpen;
  renderBoardTools();
  renderControls();
  if (state.boardOpen) drawBoard();
  return true;
}

function renderBoardTools() {
  const tools = $("#board-tools");
  tools.replaceChildren();
  for (const color of BOARD_COLORS) {
    const swatch = document.createElement("button");
    swatch.type = "button";
    swatch.className = "swatch";
    swatch.style.background = color;
    swatch.dataset.color = color;
    swatch.classList.toggle("selected", color === state.boardColor);
    swatch.onclick = () => {
      state.boardColor = color;
      renderBoardTools();
    };
    tools.append(swatch);
  }
  if (state.isHost) {
    const clear = document.createElement("button");
    clear.type = "button";
    clear.className = "clear";
    clear.id = "board-clear";
    clear.textContent = t("clear_board");
    clear.onclick = clearBoard;
    tools.append(clear);
  }
}

function boardContext() {
  const canvas = $("#board-canvas");
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(canvas.clientWidth * ratio);
  const height = Math.round(canvas.clientHeight * ratio);
  if (canvas.width !== width || canvas.height !== height) Object.assign(canvas, { width, height });
  return canvas.getContext("2d");
}

export function drawBoard() {
  const ctx = boardContext();
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  for (const stroke of state.board) drawStroke(ctx, stroke);
}

function drawStroke(ctx, stroke) {
  const { width, height } = ctx.canvas;
  const [first, ...rest] = stroke.points;
  ctx.strokeStyle = stroke.color;
  ctx.fillStyle = stroke.color;
  ctx.lineWidth = Math.max(1, (stroke.width * width) / 1000);
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.beginPath();
  if (!rest.length) {
    ctx.arc(first[0] * width, first[1] * height, ctx.lineWidth / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  ctx.moveTo(first[0] * width, first[1] * height);
  for (const [x, y] of rest) ctx.lineTo(x * width, y * height);
  ctx.stroke();
}

function boardPoint(event) {
  const rect = $("#board-canvas").getBoundingClientRect();
  const clamp = (value) => Math.min(1, Math.max(0, value));
  return [
    Math.round(clamp((event.clientX - rect.left) / rect.width) * 10000) / 10000,
    Math.round(clamp((event.clientY - rect.top) / rect.height) * 10000) / 10000,
  ];
}

function wireBoard() {
  const canvas = $("#board-canvas");
  canvas.addEventListener("pointerdown", (event) => {
    drawing = { color: state.boardColor, width: STROKE_WIDTH, points: [boardPoint(event)] };
    try {
      canvas.setPointerCapture(event.pointerId);
    } catch {
      // a pointer the browser does not track (synthetic): the stroke still works
    }
  });
  canvas.addEventListener("pointermove", (event) => {
    if (!drawing || drawing.points.length >= MAX_STROKE_POINTS) return;
    const point = boardPoint(event);
    const last = drawing.points[drawing.points.length - 1];
    if (Math.abs(point[0] - last[0]) + Math.abs(point[1] - last[1]) < 0.002) return;
    drawing.points.push(point);
    drawStroke(boardContext(), { ...drawing, points: [last, point] });
  });
  const finish = () => {
    if (!drawing) return;
    const stroke = drawing;
    drawing = null;
    addStroke(stroke);
    send({ type: "board", action: "stroke", stroke });
    drawStroke(boardContext(), stroke);
  };
  canvas.addEventListener("pointerup", finish);
  canvas.addEventListener("pointercancel", finish);
  new ResizeObserver(() => {
    if (state.boardOpen) drawBoard();
  }).observe(canvas);
}

function addStroke(stroke) {
  state.board.push(stroke);
  if (state.board.length > MAX_BOARD_STROKES) state.board.splice(0, state.board.length - MAX_BOARD_STROKES);
}

function clearBoard() {
  if (!state.isHost) return false;
  state.board = [];
  send({ type: "board", action: "clear" });
  if (state.boardOpen) drawBoard();
  return true;
}

function onBoard(message) {
  if (message.action === "stroke") {
    addStroke(message.stroke);
    if (state.boardOpen) drawStroke(boardContext(), message.stroke);
    else state.boardUnseen = true;
  } else if (message.action === "clear") {
    state.board = [];
    if (state.boardOpen) drawBoard();
  }
  renderControls();
}

onMessage("board", onBoard);

// The server stores WebM files: the first of these the browser can record is
// used, and without one the page offers no recording.
const RECORDING_TYPE =
  typeof MediaRecorder === "undefined" ? undefined : ["video/webm;codecs=vp8,opus", "video/webm"].find((type) => MediaRecorder.isTypeSupported(type));
// Chromium's MediaRecorder writes nothing until its encoders have produced the
// first frame, which under load comes well over a second after start(); a stop()
// before that gives an empty file. Such an early stop waits for the first data
// (at most this long) and stops then.
const FIRST_DATA_WAIT_MS = 10000;

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

function stopRecording() {
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
function togglePauseRecording() {
  if (!state.recorder || state.recording?.id !== state.recorder.id) return false;
  send({ type: "record", action: state.recording.paused ? "resume" : "pause" });
  return true;
}

function drawTiles(ctx, canvas, onlyOwner) {
  const tiles = [...document.querySelectorAll("#grid .tile")].filter((tile) => !onlyOwner || tile.dataset.id === state.selfId);
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
  const local = { id, recorder: null, startedAt: null, bytes: 0, stopWanted: false, waitTimer: 0, error: null };
  const chunks = [];
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
        chunks.push(event.data);
        local.bytes += event.data.size;
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
      uploadRecording(id, new Blob(chunks, { type: recorder.mimeType || RECORDING_TYPE }));
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

async function uploadRecording(id, blob) {
  state.recordingUpload = { id, state: "uploading", size: blob.size };
  try {
    const response = await fetch(`/meeting-api/recordings/${encodeURIComponent(id)}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${participantToken}`, "Content-Type": blob.type },
      body: blob,
    });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new Error(`HTTP ${response.status}${body.message ? `: ${body.message}` : ""}`);
    }
    state.recordingUpload = { id, state: "uploaded", size: blob.size };
    toast(t("recording_saved"));
  } catch (error) {
    state.recordingUpload = { id, state: "failed", size: blob.size, error: error.message };
    toast(t("recording_failed"));
  }
  recordingSettled();
}

async function refreshStats() {
  const stats = {};
  await Promise.all([...state.peers.entries()].map(async ([id, peer]) => {
    stats[id] = await peer.stats().catch(() => null);
  }));
  state.stats = stats;
}
setInterval(() => { if (state.peers.size) refreshStats(); }, 500);

window.meetingStatus = () => {
  const tile = (id) => document.querySelector(`.tile[data-id="${id}"] video`);
  const track = (media) => (media ? { kind: media.kind, readyState: media.readyState, enabled: media.enabled, label: media.label } : null);
  return {
    view: state.view,
    message: state.view === "message" ? state.message : null,
    reconnecting: Boolean(state.reconnect),
    language: currentLanguage(),
    selfId: state.selfId,
    isHost: state.isHost,
    name: state.name,
    micOn: Boolean(state.audioTrack && state.micOn),
    camOn: Boolean(state.cameraTrack && state.camOn),
    sharing: state.sharing,
    localTracks: [track(state.audioTrack), track(state.cameraTrack), track(state.screenTrack)].filter(Boolean),
    mediaError: state.mediaError,
    firstLocalFrameAt: state.firstLocalFrameAt,
    lastError: state.lastError,
    speaker: state.speaker,
    audioContext: audioContext ? audioContext.state : null,
    levels: Object.fromEntries([...meters].map(([id, meter]) => [id, Math.round(meter.level * 1000) / 1000])),
    waiting: [...state.waiting.values()].map((w) => ({ id: w.id, name: w.name })),
    recording: state.recording,
    recorder: state.recorder
      ? {
          id: state.recorder.id,
          state: state.recorder.recorder.state,
          // Since the recorder wrote its first data (0 before), and how much it wrote.
          recordedMs: state.recorder.startedAt ? Date.now() - state.recorder.startedAt : 0,
          recordedBytes: state.recorder.bytes,
        }
      : null,
    recordingUpload: state.recordingUpload,
    recordingIndicator: !$("#rec-indicator").hidden,
    board: { strokes: state.board.length, open: state.boardOpen, unseen: state.boardUnseen },
    chat: state.chat.slice(),
    hand: state.hand,
    peers: [...state.peers.values()].map((peer) => ({
      id: peer.id,
      name: peer.info.name,
      isHost: peer.info.is_host,
      audio: peer.info.audio,
      video: peer.info.video,
      screen: peer.info.screen,
      hand: Boolean(peer.info.hand),
      connectionState: peer.pc.connectionState,
      videoWidth: tile(peer.id)?.videoWidth || 0,
      ...(state.stats?.[peer.id] || {}),
    })),
  };
};

window.meeting = { join, leave, raiseHand, removePerson, saving: savingRecording, openBoard, clearBoard, sendChat, startRecording, stopRecording, pauseRecording: togglePauseRecording, setMic, setCamera, startShare, stopShare, admit: (id) => answer("admit", id), deny: (id) => answer("deny", id), setLanguage: switchLanguage };

function switchLanguage(code) {
  setLanguage(code);
  $("#language").value = currentLanguage();
  if (state.view === "message") messageView(state.message);
  if (state.view === "lobby") renderPreview();
  renderControls();
  if (state.view === "meeting") renderMeeting();
  renderKnocks();
}

function wireUp() {
  $("#join-form").addEventListener("submit", (event) => {
    event.preventDefault();
    join();
  });
  $("#name").addEventListener("input", () => renderPreview());
  $("#preview-mic").onclick = () => setMic(!state.micOn);
  $("#preview-cam").onclick = () => setCamera(!(state.cameraTrack && state.camOn));
  $("#btn-mic").onclick = () => setMic(!state.micOn);
  $("#btn-cam").onclick = () => setCamera(!(state.cameraTrack && state.camOn));
  $("#btn-share").onclick = () => (state.sharing ? stopShare() : startShare());
  $("#btn-record").onclick = () => (state.recording ? stopRecording() : startRecording());
  $("#btn-record-pause").onclick = togglePauseRecording;
  $("#btn-leave").onclick = leave;
  $("#btn-hand").onclick = () => raiseHand(!state.hand);
  $("#btn-people").onclick = () => openPanel("people");
  $("#btn-chat").onclick = () => openPanel("chat");
  $("#btn-board").onclick = () => openBoard(!state.boardOpen);
  wireBoard();
  // The launcher's window follows the page into and out of full screen.
  $("#btn-fullscreen").onclick = () =>
    document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  document.addEventListener("fullscreenchange", renderControls);
  $("#tab-people").onclick = () => openPanel("people");
  $("#tab-chat").onclick = () => openPanel("chat");
  $("#panel-close").onclick = () => openPanel(null);
  $("#camera-select").onchange = (event) => changeDevice("video", event.target.value);
  $("#mic-select").onchange = (event) => changeDevice("audio", event.target.value);
  $("#chat-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = $("#chat-input");
    if (sendChat(input.value)) input.value = "";
  });
  const select = $("#language");
  for (const [code, label] of languages()) select.append(new Option(label, code));
  select.value = currentLanguage();
  select.onchange = () => switchLanguage(select.value);
  $(".lang-switch").hidden = !features.is_locale_switcher_available;
  // Leaving the page (window closed, navigation) leaves the meeting at once.
  window.addEventListener("pagehide", () => {
    state.leaving = true;
    send({ type: "leave" });
  });
}

function start() {
  setLanguage(resolveLanguage(config.language));
  applyTheme(config.theme);
  document.querySelector(".room-name").textContent = config.room_name || "";
  document.querySelector(".room-title").textContent = config.room_name || "";
  wireUp();
  translateTree(document);
  renderControls();
  if (config.view.startsWith("preview-")) {
    showPreview(config); // the launcher's theme preview: no media, no connection
    return;
  }
  if (["unavailable", "bad_link", "home"].includes(config.view)) {
    messageView(config.view);
    return;
  }
  showLobby();
}

start();

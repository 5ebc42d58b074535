// The live whiteboard.
//
// Everyone admitted draws; hosts can clear it; everyone can take back their own
// strokes (undo) and save the board as a PNG. A stroke goes to the others while it
// is drawn: "begin" with its first point, new points in small batches (every
// BATCH_MS), then "end". The server (launcher/server/whiteboard.py) checks every
// action and keeps the board for late comers and reconnects. Points are fractions
// of the board, so every screen shows the same drawing at its own size.

import { t } from "./i18n.js";
import { $, boardAvailable, state } from "./state.js";
import { onMessage, send } from "./signalling.js";
import { renderControls } from "./controls.js";

const BOARD_COLORS = [
  ["#1f2937", "color_black"],
  ["#e03131", "color_red"],
  ["#1971c2", "color_blue"],
  ["#2f9e44", "color_green"],
];
const STROKE_WIDTH = 4; // in thousandths of the board's width
const MAX_STROKE_POINTS = 1000;
const MAX_BATCH_POINTS = 100;
const MAX_BOARD_STROKES = 500;
const BATCH_MS = 50;
let drawing = null; // the stroke under the pointer: {ref, stroke, unsent: [[x, y]]}
let refs = 0;
const mine = new Set(); // ids of this page's finished strokes (what undo may take back)
const pending = new Map(); // ref -> stroke object, until the server names it

export function openBoard(open) {
  if (!boardAvailable) return false;
  state.boardOpen = Boolean(open);
  if (state.boardOpen) state.boardUnseen = false;
  $("#board").hidden = !state.boardOpen;
  renderBoardTools();
  renderControls();
  if (state.boardOpen) drawBoard();
  return true;
}

function toolButton(id, label, onclick) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "clear";
  button.id = id;
  button.textContent = label;
  button.onclick = onclick;
  return button;
}

function renderBoardTools() {
  const tools = $("#board-tools");
  const focused = document.activeElement && tools.contains(document.activeElement) ? document.activeElement.id || document.activeElement.dataset.color : null;
  tools.replaceChildren();
  tools.setAttribute("role", "toolbar");
  tools.setAttribute("aria-label", t("whiteboard"));
  for (const [color, name] of BOARD_COLORS) {
    const swatch = document.createElement("button");
    swatch.type = "button";
    swatch.className = "swatch";
    swatch.style.background = color;
    swatch.dataset.color = color;
    swatch.setAttribute("aria-label", t(name));
    swatch.title = t(name);
    swatch.setAttribute("aria-pressed", String(color === state.boardColor));
    swatch.classList.toggle("selected", color === state.boardColor);
    swatch.onclick = () => {
      state.boardColor = color;
      renderBoardTools();
    };
    tools.append(swatch);
  }
  const undo = toolButton("board-undo", t("undo_stroke"), undoStroke);
  undo.disabled = !mine.size;
  undo.title = `${t("undo_stroke")} (Ctrl+Z)`;
  tools.append(undo);
  tools.append(toolButton("board-export", t("export_board"), exportBoard));
  if (state.isHost) tools.append(toolButton("board-clear", t("clear_board"), clearBoard));
  if (focused) {
    const again = tools.querySelector(`#${CSS.escape(focused)}, [data-color="${CSS.escape(focused)}"]`);
    if (again && !again.disabled) again.focus();
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

function announce(text) {
  const line = document.createElement("p");
  line.textContent = text;
  $("#announcer").append(line);
  setTimeout(() => line.remove(), 8000);
}

function strokeById(id) {
  return state.board.find((stroke) => stroke.id === id);
}

// Send the points drawn since the last batch (the server takes MAX_BATCH_POINTS at once).
function flush() {
  if (!drawing || !drawing.unsent.length) return;
  while (drawing.unsent.length) {
    send({ type: "board", action: "points", id: drawing.ref, points: drawing.unsent.splice(0, MAX_BATCH_POINTS) });
  }
}

export function wireBoard() {
  const canvas = $("#board-canvas");
  canvas.tabIndex = 0;
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", t("whiteboard"));
  canvas.addEventListener("pointerdown", (event) => {
    if (drawing) return;
    refs += 1;
    const stroke = { id: null, color: state.boardColor, width: STROKE_WIDTH, points: [boardPoint(event)] };
    drawing = { ref: `p${refs}`, stroke, unsent: [] };
    pending.set(drawing.ref, stroke);
    addStroke(stroke);
    send({ type: "board", action: "begin", id: drawing.ref, stroke: { color: stroke.color, width: stroke.width, points: stroke.points.slice() } });
    drawStroke(boardContext(), stroke);
    try {
      canvas.setPointerCapture(event.pointerId);
    } catch {
      // a pointer the browser does not track (synthetic): the stroke still works
    }
  });
  canvas.addEventListener("pointermove", (event) => {
    if (!drawing || drawing.stroke.points.length >= MAX_STROKE_POINTS) return;
    const point = boardPoint(event);
    const { points } = drawing.stroke;
    const last = points[points.length - 1];
    if (Math.abs(point[0] - last[0]) + Math.abs(point[1] - last[1]) < 0.002) return;
    points.push(point);
    drawing.unsent.push(point);
    drawStroke(boardContext(), { ...drawing.stroke, points: [last, point] });
  });
  const finish = () => {
    if (!drawing) return;
    flush();
    send({ type: "board", action: "end", id: drawing.ref });
    drawing.done = true;
    const { stroke } = drawing;
    if (stroke.id) mine.add(stroke.id);
    drawing = null;
    renderBoardTools();
  };
  canvas.addEventListener("pointerup", finish);
  canvas.addEventListener("pointercancel", finish);
  setInterval(flush, BATCH_MS);
  $("#board").addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "z") {
      event.preventDefault();
      undoStroke();
    }
  });
  new ResizeObserver(() => {
    if (state.boardOpen) drawBoard();
  }).observe(canvas);
}

function addStroke(stroke) {
  state.board.push(stroke);
  if (state.board.length > MAX_BOARD_STROKES) state.board.splice(0, state.board.length - MAX_BOARD_STROKES);
}

export function undoStroke() {
  if (!mine.size) return false;
  send({ type: "board", action: "undo" });
  return true;
}

// The board as a PNG file: drawn afresh at a fixed size on white, then downloaded.
export function exportBoard() {
  const canvas = document.createElement("canvas");
  const source = $("#board-canvas");
  const ratio = source.clientHeight && source.clientWidth ? source.clientHeight / source.clientWidth : 9 / 16;
  canvas.width = 1600;
  canvas.height = Math.round(1600 * ratio);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  for (const stroke of state.board) drawStroke(ctx, stroke);
  const url = canvas.toDataURL("image/png");
  state.boardExport = url; // for the tests: what was saved
  const link = document.createElement("a");
  link.href = url;
  link.download = `${t("whiteboard")}.png`;
  document.body.append(link);
  link.click();
  link.remove();
  return url;
}

export function clearBoard() {
  if (!state.isHost) return false;
  send({ type: "board", action: "clear" });
  return true;
}

// A new connection (a reconnect) is a new author on the server: nothing to undo yet.
export function resetOwnStrokes() {
  mine.clear();
  pending.clear();
  drawing = null;
}

function onBoard(message) {
  const { action } = message;
  if (action === "begin" || action === "stroke") {
    addStroke({ ...message.stroke, id: message.id });
    if (state.boardOpen) drawStroke(boardContext(), message.stroke);
    else state.boardUnseen = true;
  } else if (action === "points") {
    const stroke = strokeById(message.id);
    if (!stroke) return;
    const last = stroke.points[stroke.points.length - 1];
    stroke.points.push(...message.points);
    if (state.boardOpen) drawStroke(boardContext(), { ...stroke, points: [last, ...message.points] });
    else state.boardUnseen = true;
  } else if (action === "accepted") {
    const stroke = pending.get(message.ref);
    pending.delete(message.ref);
    if (!stroke) return;
    stroke.id = message.id;
    if (!drawing || drawing.stroke !== stroke) mine.add(message.id);
    renderBoardTools();
    return;
  } else if (action === "remove") {
    state.board = state.board.filter((stroke) => stroke.id !== message.id);
    mine.delete(message.id);
    if (state.boardOpen) {
      drawBoard();
      renderBoardTools();
    }
  } else if (action === "clear") {
    state.board = [];
    mine.clear();
    if (state.boardOpen) {
      drawBoard();
      renderBoardTools();
    }
    if (message.from !== state.selfId) announce(t("board_cleared"));
  } else if (action === "refused") {
    state.boardRefused = message.reason;
    if (message.reason !== "nothing_to_undo") announce(t("board_refused"));
    return;
  } else if (action !== "end") {
    return;
  }
  renderControls();
}

onMessage("board", onBoard);

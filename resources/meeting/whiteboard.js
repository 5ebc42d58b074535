// The whiteboard.
//
// Everyone admitted draws; hosts can clear it. A stroke is sent when the pointer
// lifts; the server keeps the board for late comers. Points are fractions of the
// board, so every screen shows the same drawing at its own size.

import { t } from "./i18n.js";
import { $, boardAvailable, state } from "./state.js";
import { onMessage, send } from "./signalling.js";
import { renderControls } from "./controls.js";

const BOARD_COLORS = ["#1f2937", "#e03131", "#1971c2", "#2f9e44"];
const STROKE_WIDTH = 4; // in thousandths of the board's width
const MAX_STROKE_POINTS = 1000;
const MAX_BOARD_STROKES = 500;
let drawing = null; // the stroke under the pointer

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

export function wireBoard() {
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

export function clearBoard() {
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

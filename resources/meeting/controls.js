// The toolbar and lobby buttons (icons, labels, badges), the side panel's tabs,
// and the toolbar's clock.

import { renderConnection } from "./diagnostics.js";
import { clockText, t } from "./i18n.js";
import { icon } from "./icons.js";
import { $, boardAvailable, chatAvailable, state } from "./state.js";
import { canRecord } from "./recording.js";
import { fitToolbar, renderMoreMenu } from "./more.js";
import { renderReactions } from "./reactions.js";
import { renderRound } from "./roundtable.js";
import { renderWatch } from "./watch.js";
import { renderLock } from "./moderation.js";

function tickClock() {
  const clock = document.getElementById("clock");
  if (clock) clock.textContent = clockText(new Date());
}
tickClock(); // at once: an empty clock for the first second gave the toolbar a wrong width
setInterval(tickClock, 1000);

function setButton(button, { iconName, label, caption = "", off = false }) {
  let holder = button.querySelector(".ic");
  if (!holder) {
    holder = document.createElement("span");
    holder.className = "ic";
    button.prepend(holder);
  }
  holder.innerHTML = icon(iconName);
  holder.setAttribute("aria-hidden", "true");
  button.title = label;
  button.setAttribute("aria-label", label);
  button.classList.toggle("off", off);
  // Toolbar buttons show a word under the icon too (a newcomer should not have to guess).
  if (button.closest(".toolbar")) {
    let text = button.querySelector(".caption");
    if (!text) {
      text = document.createElement("span");
      text.className = "caption";
      text.setAttribute("aria-hidden", "true"); // the aria-label says it in full
      holder.after(text);
    }
    text.textContent = caption || label;
  }
}

export function renderControls() {
  const micOn = Boolean(state.audioTrack && state.micOn);
  const camOn = Boolean(state.cameraTrack && state.camOn);
  for (const id of ["#btn-mic", "#preview-mic"]) {
    setButton($(id), { iconName: micOn ? "mic" : "micOff", label: micOn ? t("mute") : t("unmute"), caption: t("cap_mic"), off: !micOn });
  }
  for (const id of ["#btn-cam", "#preview-cam"]) {
    setButton($(id), { iconName: camOn ? "cam" : "camOff", label: camOn ? t("camera_off") : t("camera_on"), caption: t("cap_camera"), off: !camOn });
  }
  const hand = $("#btn-hand");
  setButton(hand, { iconName: "hand", label: state.hand ? t("lower_hand") : t("raise_hand"), caption: t("cap_hand") });
  hand.classList.toggle("active", state.hand);
  const record = $("#btn-record");
  record.hidden = !canRecord();
  const recordingHere = Boolean(state.recording);
  setButton(record, {
    iconName: recordingHere ? "recordStop" : "record",
    label: recordingHere ? t("stop_recording") : t("record"),
    caption: t("record"),
  });
  record.classList.toggle("recording", recordingHere);
  record.disabled = state.recordRequested;
  // Only the page that records can pause its recorder.
  const pause = $("#btn-record-pause");
  const paused = Boolean(state.recording?.paused);
  pause.hidden = !(state.recorder && state.recording?.id === state.recorder.id);
  setButton(pause, {
    iconName: paused ? "resume" : "pause",
    label: paused ? t("resume_recording") : t("pause_recording"),
    caption: t("cap_pause"),
  });
  const share = $("#btn-share");
  share.hidden = !navigator.mediaDevices?.getDisplayMedia;
  setButton(share, { iconName: "screen", label: state.sharing ? t("stop_share") : t("share_screen"), caption: t("cap_share") });
  share.classList.toggle("active", state.sharing);
  setButton($("#btn-leave"), { iconName: "leave", label: t("leave") });
  setButton($("#btn-people"), { iconName: "people", label: t("participants") });
  setButton($("#btn-chat"), { iconName: "chat", label: t("chat") });
  $("#btn-chat").hidden = !chatAvailable;
  const full = Boolean(document.fullscreenElement);
  setButton($("#btn-fullscreen"), { iconName: full ? "fullscreenExit" : "fullscreen", label: t("fullscreen") });
  $("#btn-fullscreen").hidden = !document.fullscreenEnabled;
  $("#tab-chat").hidden = !chatAvailable;
  const board = $("#btn-board");
  board.hidden = !boardAvailable;
  setButton(board, { iconName: "board", label: t("whiteboard") });
  board.classList.toggle("active", state.boardOpen);
  $("#btn-board .badge").hidden = !state.boardUnseen;
  setButton($("#panel-close"), { iconName: "close", label: t("close") });
  const badge = $("#btn-chat .badge");
  badge.hidden = state.unread === 0;
  badge.textContent = String(state.unread);
  const waitingBadge = $("#btn-people .badge");
  waitingBadge.hidden = state.waiting.size === 0;
  waitingBadge.textContent = String(state.waiting.size);
  renderReactions();
  renderRound();
  renderWatch();
  renderLock();
  fitToolbar();
  renderMoreMenu();
}

export function openPanel(which) {
  state.panel = state.panel === which ? null : which;
  $("#panel").hidden = !state.panel;
  $("#people-panel").hidden = state.panel !== "people";
  $("#chat-panel").hidden = state.panel !== "chat";
  $("#connection-panel").hidden = state.panel !== "connection";
  $("#tab-people").classList.toggle("selected", state.panel === "people");
  $("#tab-chat").classList.toggle("selected", state.panel === "chat");
  $("#tab-connection").classList.toggle("selected", state.panel === "connection");
  $("#btn-people").classList.toggle("active", state.panel === "people");
  $("#btn-chat").classList.toggle("active", state.panel === "chat");
  renderMoreMenu();
  if (state.panel === "connection") renderConnection();
  if (state.panel === "chat") {
    state.unread = 0;
    renderControls();
    $("#chat-input").focus();
  }
}

// Being in the meeting: entering it, leaving it, and tearing it down; the server's
// answers to "hello" ("welcome", "waiting", "joined") and its closing words
// ("denied", "removed", "error"; "ended" is moderation.js's).

import { t } from "./i18n.js";
import { $, recordingOptions, state } from "./state.js";
import { onMessage, send } from "./signalling.js";
import { messageView, showView, toast } from "./views.js";
import { sendMediaState, stopLocalMedia } from "./media.js";
import { meters } from "./levels.js";
import { renderMeeting } from "./tiles.js";
import { renderControls } from "./controls.js";
import { renderKnocks } from "./people.js";
import { addPeer } from "./peers.js";
import { stopReconnecting } from "./connection.js";
import { showLobby } from "./lobby.js";
import { drawBoard, resetOwnStrokes } from "./whiteboard.js";
import { applyRound } from "./roundtable.js";
import { applyWatch } from "./watch.js";
import { applyMeshLimit } from "./senders.js";
import { closeSfu, enterSfu } from "./sfu.js";
import { applyVideoLimit } from "./camera.js";
import { closeReactions } from "./reactions.js";
import { canRecord, finishLocalRecording, renderRecording, savingRecording, startRecording } from "./recording.js";

function enterMeeting(peers, recording) {
  state.recording = recording || null;
  showView("meeting");
  state.joinedAt = Date.now();
  $("#preview-video").srcObject = null;
  for (const info of peers) addPeer(info, true);
  renderMeeting();
  renderKnocks();
  renderControls();
  renderRecording();
  sendMediaState();
  // auto_record: the host's arrival starts the recording of the session.
  if (recordingOptions.auto_record && canRecord() && !state.recording) startRecording();
}

export function teardown() {
  stopReconnecting();
  finishLocalRecording(); // the upload goes on after leaving
  state.recording = null;
  state.recordRequested = false;
  renderRecording();
  closeSfu();
  state.mediaMode = "mesh";
  for (const peer of state.peers.values()) peer.close();
  state.peers.clear();
  state.waiting.clear();
  state.round = null;
  applyWatch(null);
  state.locked = false;
  closeReactions();
  renderKnocks();
  stopLocalMedia();
  meters.clear();
  $("#grid").replaceChildren();
}

export function leave() {
  if (state.recorder) send({ type: "record", action: "stop" });
  state.leaving = true;
  send({ type: "leave" });
  state.ws?.close();
  state.ws = null;
  teardown();
  // The host's recording is still being stopped and uploaded: say so until it is.
  messageView(savingRecording() ? "saving" : "left");
}

export function backToLobby() {
  state.selfId = null;
  state.firstLocalFrameAt = null;
  state.camOn = true;
  $("#grid").replaceChildren();
  showLobby();
}

onMessage("welcome", (message) => {
  const previousId = state.selfId;
  state.selfId = message.id;
  if (state.reconnect) {
    // Back: the server knows this page by a new id now (its tile too).
    const tile = document.querySelector(`.tile[data-id="${previousId}"]`);
    if (tile) tile.dataset.id = message.id;
    stopReconnecting();
    toast(t("reconnected"));
  }
  state.isHost = message.is_host;
  state.iceServers = message.ice_servers || [];
});

onMessage("waiting", (message) => {
  const views = { approval: "waiting_approval", locked: "waiting_locked" };
  messageView(views[message.reason] || "waiting_host_absent");
});

onMessage("joined", (message) => {
  // With a relay, admitted people get their own short-lived TURN credentials here.
  if (message.ice_servers) state.iceServers = message.ice_servers;
  state.rejoinKey = message.rejoin || null;
  state.board = message.board || [];
  resetOwnStrokes();
  if (state.boardOpen) drawBoard();
  state.locked = Boolean(message.locked);
  applyMeshLimit(message.mesh_video_senders);
  applyVideoLimit(message); // video_full: in with the camera off, and a note why
  state.sfuStatus = message.sfu || null;
  // An SFU room: no mesh connections at all, everything through the SFU (sfu.js).
  state.mediaMode = message.media_mode === "sfu" ? "sfu" : "mesh";
  enterMeeting(message.peers, message.recording);
  if (state.mediaMode === "sfu") enterSfu();
  applyRound(message.round);
  applyWatch(message.watch);
});

// The server closes the door: no reconnecting after these.
onMessage("denied", () => {
  state.leaving = true;
  teardown();
  messageView("denied");
});

onMessage("removed", (message) => {
  state.leaving = true;
  teardown();
  messageView(message.blocked ? "blocked" : "removed");
});

onMessage("error", (message) => {
  state.leaving = true;
  teardown();
  const views = { bad_token: "bad_link", blocked: "blocked", server_unavailable: "busy" };
  messageView(views[message.code] || "unavailable");
});

// The WebSocket to the server that served this page: hello, every message to the
// handler table (signalling.js), and after a drop in the meeting, reconnecting
// while this page keeps its own camera and microphone.

import { config, participantToken, state } from "./state.js";
import { dispatch } from "./signalling.js";
import { messageView } from "./views.js";
import { renderMeeting } from "./tiles.js";
import { renderControls } from "./controls.js";
import { renderKnocks } from "./people.js";
import { teardown } from "./session.js";
import { finishLocalRecording, renderRecording } from "./recording.js";
import { closeSfu } from "./sfu.js";

// After the connection drops in a meeting, the page tries again after each of these
// delays (about a minute in all), keeping its own camera and microphone; then it gives up.
const RECONNECT_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 8000, 8000, 8000, 8000, 8000];

export function connect() {
  if (!state.reconnect) messageView("connecting");
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const ws = new WebSocket(`${scheme}://${location.host}${config.ws_path}`);
  state.ws = ws;
  state.leaving = false;
  ws.onopen = () => {
    ws.send(JSON.stringify({
      type: "hello",
      meeting_code: config.meeting_code,
      name: state.name,
      participant_token: participantToken || undefined,
      rejoin: (state.reconnect && state.rejoinKey) || undefined,
      media: { audio: Boolean(state.audioTrack && state.micOn), video: Boolean(state.cameraTrack && state.camOn), screen: false },
    }));
  };
  ws.onmessage = (event) => {
    let message;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    dispatch(message).catch((error) => {
      state.lastError = `${message.type}: ${error.message}`;
      console.error(error);
    });
  };
  ws.onclose = () => {
    if (state.ws !== ws) return;
    state.ws = null;
    if (state.leaving) return;
    if (state.view === "meeting" || (state.view === "message" && state.message?.startsWith("waiting_"))) {
      reconnectSoon(); // in the waiting room too: the page asks again once it is back
    } else if (state.view === "message" && !["denied", "unavailable", "busy", "bad_link"].includes(state.message)) {
      teardown();
      messageView("lost");
    }
  };
}

/** The connection dropped in the meeting: the others go, this page's media stays. */
function reconnectSoon() {
  if (!state.reconnect) {
    state.reconnect = { attempt: 0, timer: 0 };
    finishLocalRecording(); // the server ends a recording whose host is gone; upload it
    state.recording = null;
    state.recordRequested = false;
    closeSfu();
    state.mediaMode = "mesh"; // the new "joined" says again
    for (const peer of state.peers.values()) peer.close();
    state.peers.clear();
    state.waiting.clear();
    renderKnocks();
    renderRecording();
    renderControls();
    renderMeeting();
  }
  const delay = RECONNECT_DELAYS_MS[state.reconnect.attempt];
  state.reconnect.attempt += 1;
  if (delay === undefined) {
    teardown();
    messageView("lost");
    return;
  }
  state.reconnect.timer = setTimeout(connect, delay);
}

export function stopReconnecting() {
  if (!state.reconnect) return;
  clearTimeout(state.reconnect.timer);
  state.reconnect = null;
  renderMeeting();
}

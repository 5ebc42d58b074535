// The page's shared state: the room's configuration embedded by the server, what
// the room offers, and the one `state` object every feature reads and writes.
// Imports nothing, so any module can import it.

export const config = JSON.parse(document.getElementById("meeting-config").textContent);
export const participantToken = new URLSearchParams(location.search).get("participant_token") || "";
export const features = config.features || {};
export const chatAvailable = features.is_chat_available !== false;
export const recordingAvailable = features.is_recording_available !== false;
export const boardAvailable = features.is_whiteboard_available !== false;
export const recordingOptions = config.recording_options || {};
export const $ = (sel) => document.querySelector(sel);

export const state = {
  view: "init",
  message: null,
  selfId: null,
  isHost: false,
  name: "",
  micOn: config.microphone_state !== "off",
  camOn: true,
  sharing: false,
  audioTrack: null,
  cameraTrack: null,
  screenTrack: null,
  cameraId: localStorage.getItem("meeting.camera") || "",
  micId: localStorage.getItem("meeting.mic") || "",
  mediaError: null,
  firstLocalFrameAt: null,
  peers: new Map(),
  waiting: new Map(),
  chat: [],
  unread: 0,
  panel: null,
  ws: null,
  iceServers: [],
  leaving: false,
  lastError: null,
  joinedAt: null,
  speaker: null,
  recording: null, // the room's running recording, as the server announced it
  recorder: null, // this page's MediaRecorder while it records (host only)
  recordRequested: false,
  recordingUpload: null, // {id, state: uploading|uploaded|failed, size}
  hand: false, // this person's hand is raised
  reconnect: null, // {attempt, timer} while the connection to the server is being restored
  rejoinKey: null, // from "joined": lets a dropped connection back in without the waiting room
  board: [], // the whiteboard's strokes {color, width, points: [[x, y] in 0..1]}, oldest first
  boardOpen: false,
  boardUnseen: false, // strokes came while the whiteboard was closed
  boardColor: "#1f2937",
  locked: false, // nobody new comes in (a host locked the meeting)
  watch: null, // the shared video: {source, playing, position, at, controller, controller_name, shared_by}
  watchDrift: null, // this player minus where it should be (seconds)
  round: null, // the speaking round: {order: [{id, name}], current, seconds, startedAt}
  reactions: [], // the last reactions seen: {from, emoji, at}
  meshVideoSenders: null, // cameras the meeting handles well ("joined"); more: hosts are warned
  videoSendersMax: null, // cameras that may be on at all ("joined"; camera.js)
  mediaMode: "mesh", // "mesh" or "sfu": how media flows now (sfu.js)
  sfuStatus: null, // "ok", "unconfigured" or "unavailable": the server's media server ("joined")
};

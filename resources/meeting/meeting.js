// The meeting page's entry point (room.html loads it): wires the buttons, sets
// window.meeting (the actions the buttons use, for the launcher and the tests),
// and starts the page. Plain ES modules, no bundler; one per feature:
//   state.js       the room's configuration and the shared `state`
//   signalling.js  send() and the handler table features register into
//   connection.js  the WebSocket: hello, dispatch, reconnecting
//   views.js       lobby / message card / meeting views, toasts
//   media.js       own camera, microphone, screen share
//   levels.js      speaking levels
//   peers.js       one RTCPeerConnection per other person
//   tiles.js       the video grid
//   gallery.js     the grid's pages when more people are in than fit
//   controls.js    toolbar buttons, side panel, clock
//   more.js        the toolbar's More menu on phones and narrow windows
//   people.js      People list, waiting room, admit/deny
//   moderation.js  hosts: mute, camera off, lock, end for everyone, remove, block
//   reactions.js   emoji reactions over the sender's tile
//   roundtable.js  the speaking round
//   watch.js       watching a video together
//   chat.js        chat
//   lobby.js       name, preview, devices, Join
//   session.js     entering, leaving, the server's welcome/joined/denied...
//   whiteboard.js  the shared whiteboard
//   recording.js   the host's recording and its upload
//   status.js      window.meetingStatus()
//   diagnostics.js media that can't get through, the Connection panel
//   senders.js     hosts: the warning that video may stutter with many cameras on
//   camera.js      the limit of cameras on: the camera stays off, and a note says why
//   sfu.js         media through the server's SFU (Janus) in bigger rooms
// Modules call each other's functions only when something happens, never while
// loading, so the imports between features may go both ways. The only code run
// at load time: handler registrations, timers and observers, and start() here.
//
// Media flows peer to peer in small rooms (from the third person on, through the
// server's SFU when it has one: sfu.js): every pair of participants has one RTCPeerConnection
// with one audio and one video (camera) transceiver, negotiated by the newcomer.
// Muting, camera on/off and device changes swap tracks with replaceTrack(); a
// screen share is a second video stream, added and removed by renegotiating
// (peers.js: perfect negotiation).

import { currentLanguage, languages, resolveLanguage, setLanguage, translateTree } from "./i18n.js";
import { applyTheme } from "./theme.js";
import { showPreview } from "./preview.js";
import { $, config, features, state } from "./state.js";
import { send } from "./signalling.js";
import { messageView } from "./views.js";
import { raiseHand, setCamera, setMic, startShare, stopShare } from "./media.js";
import { renderMeeting } from "./tiles.js";
import { turnPage, wireGallery } from "./gallery.js";
import { wireCameraNote } from "./camera.js";
import { openPanel, renderControls } from "./controls.js";
import { wireMoreMenu } from "./more.js";
import { answer, removePerson, renderKnocks } from "./people.js";
import { sendChat } from "./chat.js";
import { changeDevice, join, renderPreview, showLobby } from "./lobby.js";
import { leave } from "./session.js";
import { clearBoard, exportBoard, openBoard, undoStroke, wireBoard } from "./whiteboard.js";
import { savingRecording, startRecording, stopRecording, togglePauseRecording } from "./recording.js";
import { moderate } from "./moderation.js";
import { react, wireReactions } from "./reactions.js";
import { nextSpeaker, startRound, stopRound, wireRound } from "./roundtable.js";
import { giveControl, pauseVideo, playVideo, seekVideo, shareVideo, stopVideo, uploadVideo, wireWatch } from "./watch.js";
import "./levels.js";
import "./peers.js";
import "./sfu.js";
import "./connection.js";
import "./status.js";
import "./diagnostics.js";

window.meeting = { join, leave, raiseHand, removePerson, saving: savingRecording, openBoard, clearBoard, undoStroke, exportBoard, sendChat, startRecording, stopRecording, pauseRecording: togglePauseRecording, setMic, setCamera, startShare, stopShare, admit: (id) => answer("admit", id), deny: (id) => answer("deny", id), setLanguage: switchLanguage, openConnection: () => openPanel("connection"), moderate, react, turnPage, startRound, nextSpeaker, stopRound, watch: { share: shareVideo, upload: uploadVideo, play: playVideo, pause: pauseVideo, seek: seekVideo, giveControl, stop: stopVideo } };

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
  wireGallery();
  wireCameraNote();
  wireMoreMenu();
  wireReactions();
  wireRound();
  wireWatch();
  // The launcher's window follows the page into and out of full screen.
  $("#btn-fullscreen").onclick = () =>
    document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  document.addEventListener("fullscreenchange", renderControls);
  $("#tab-people").onclick = () => openPanel("people");
  $("#tab-chat").onclick = () => openPanel("chat");
  $("#tab-connection").onclick = () => openPanel("connection");
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
  if (["unavailable", "busy", "bad_link", "home", "blocked"].includes(config.view)) {
    messageView(config.view);
    return;
  }
  showLobby();
}

start();

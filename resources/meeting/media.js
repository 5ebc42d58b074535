// This page's own camera, microphone and screen share: opening and stopping the
// tracks, muting, and swapping the camera track on every peer with replaceTrack()
// (no renegotiation). A screen share is a second video stream beside the camera:
// each peer adds it (and later removes it) by renegotiating (peers.js). With the SFU
// the same changes go to the one publisher connection (sfu.js). Tells the others with
// a "media" message.

import { state } from "./state.js";
import { send } from "./signalling.js";
import { watchLevel } from "./levels.js";
import { renderMeeting, renderSelfTile } from "./tiles.js";
import { renderControls } from "./controls.js";
import { renderPreview } from "./lobby.js";
import { renderSendersWarning } from "./senders.js";
import { sfuTracksChanged } from "./sfu.js";
import { camerasFull, refuseCamera, renderCameraNote } from "./camera.js";

/** The camera track the others get (null while the camera is off). */
export function localVideoTrack() {
  return state.camOn ? state.cameraTrack : null;
}

export async function openCamera() {
  const video = state.cameraId ? { deviceId: { exact: state.cameraId } } : {};
  Object.assign(video, { width: { ideal: 1280 }, height: { ideal: 720 } });
  const stream = await navigator.mediaDevices.getUserMedia({ video });
  return stream.getVideoTracks()[0];
}

export async function openMicrophone() {
  const audio = state.micId ? { deviceId: { exact: state.micId } } : true;
  const stream = await navigator.mediaDevices.getUserMedia({ audio });
  return stream.getAudioTracks()[0];
}

/** Ask once for camera and microphone; fall back to whichever works. */
export async function acquireMedia() {
  state.mediaError = null;
  try {
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: state.micId ? { deviceId: { exact: state.micId } } : true,
      video: state.cameraId
        ? { deviceId: { exact: state.cameraId }, width: { ideal: 1280 }, height: { ideal: 720 } }
        : { width: { ideal: 1280 }, height: { ideal: 720 } },
    });
    state.audioTrack = stream.getAudioTracks()[0] || null;
    state.cameraTrack = stream.getVideoTracks()[0] || null;
  } catch (error) {
    state.mediaError = `${error.name}: ${error.message}`;
    state.audioTrack = await openMicrophone().catch(() => null);
    state.cameraTrack = await openCamera().catch(() => null);
  }
  if (!state.cameraTrack) state.camOn = false;
  if (state.audioTrack) state.audioTrack.enabled = state.micOn;
  watchLevel("self", state.audioTrack);
}

export function stopLocalMedia() {
  for (const track of [state.audioTrack, state.cameraTrack, state.screenTrack]) track?.stop();
  state.audioTrack = state.cameraTrack = state.screenTrack = null;
  state.sharing = false;
}

export function watchFirstFrame(video) {
  if (state.firstLocalFrameAt || !video.requestVideoFrameCallback) return;
  video.requestVideoFrameCallback(() => {
    state.firstLocalFrameAt = Date.now();
    document.dispatchEvent(new CustomEvent("meeting-first-frame"));
  });
}

export function sendMediaState() {
  send({ type: "media", audio: Boolean(state.audioTrack && state.micOn), video: Boolean(state.cameraTrack && state.camOn), screen: state.sharing, hand: state.hand });
}

export function raiseHand(up) {
  state.hand = Boolean(up);
  sendMediaState();
  renderControls();
  renderSelfTile();
  return state.hand;
}

export async function setMic(on) {
  state.micOn = on;
  if (state.audioTrack) state.audioTrack.enabled = on;
  sendMediaState();
  renderControls();
  renderSelfTile();
}

export async function setCamera(on) {
  if (on && state.view === "meeting" && camerasFull()) {
    await refuseCamera(state.videoSendersMax); // that many cameras are on: it stays off
    return;
  }
  if (on && !state.cameraTrack) {
    try {
      state.cameraTrack = await openCamera();
    } catch (error) {
      state.lastError = `${error.name}: ${error.message}`;
      return;
    }
  }
  if (!on && state.cameraTrack) {
    state.cameraTrack.stop(); // the camera light goes off too
    state.cameraTrack = null;
  }
  state.camOn = on;
  await pushVideoTrack();
  sendMediaState();
  renderControls();
  renderPreview();
  renderSelfTile();
  renderSendersWarning();
  renderCameraNote();
}

export async function pushVideoTrack() {
  const track = localVideoTrack();
  await Promise.all([...state.peers.values()].map((peer) => peer.setTrack("video", track)));
  await sfuTracksChanged();
}

export async function startShare() {
  if (state.sharing) return;
  let stream;
  try {
    stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
  } catch (error) {
    state.lastError = `${error.name}: ${error.message}`;
    return; // the person declined the picker
  }
  state.screenTrack = stream.getVideoTracks()[0];
  // Stopped from the browser's own "Stop sharing" bar: the track ends by itself.
  state.screenTrack.addEventListener("ended", stopShare);
  state.sharing = true;
  for (const peer of state.peers.values()) peer.addScreen();
  sfuTracksChanged();
  sendMediaState();
  renderControls();
  renderMeeting();
}

export async function stopShare() {
  if (!state.sharing) return;
  state.screenTrack?.removeEventListener("ended", stopShare);
  state.screenTrack?.stop();
  state.screenTrack = null;
  state.sharing = false;
  for (const peer of state.peers.values()) peer.removeScreen();
  sfuTracksChanged();
  sendMediaState();
  renderControls();
  renderMeeting();
}

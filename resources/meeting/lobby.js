// The lobby: name, camera preview, device lists, and Join.

import { t } from "./i18n.js";
import { $, config, state } from "./state.js";
import { showView } from "./views.js";
import { sfuTracksChanged } from "./sfu.js";
import { acquireMedia, openCamera, openMicrophone, pushVideoTrack, watchFirstFrame } from "./media.js";
import { audioContext, watchLevel } from "./levels.js";
import { initials } from "./tiles.js";
import { renderControls } from "./controls.js";
import { connect } from "./connection.js";

async function fillDeviceLists() {
  let devices = [];
  try {
    devices = await navigator.mediaDevices.enumerateDevices();
  } catch {
    devices = [];
  }
  const fill = (select, kind, current, emptyKey) => {
    const list = devices.filter((device) => device.kind === kind);
    select.replaceChildren();
    for (const [index, device] of list.entries()) {
      const option = new Option(device.label || `${t(kind === "videoinput" ? "camera" : "microphone")} ${index + 1}`, device.deviceId);
      option.selected = device.deviceId === current;
      select.append(option);
    }
    if (list.length === 0) select.append(new Option(t(emptyKey), ""));
    select.disabled = list.length === 0;
  };
  fill($("#camera-select"), "videoinput", state.cameraTrack?.getSettings().deviceId || state.cameraId, "no_camera");
  fill($("#mic-select"), "audioinput", state.audioTrack?.getSettings().deviceId || state.micId, "no_microphone");
}

export function renderPreview() {
  const video = $("#preview-video");
  const track = state.cameraTrack && state.camOn ? state.cameraTrack : null;
  if (video.srcObject?.getVideoTracks()[0] !== track) video.srcObject = track ? new MediaStream([track]) : null;
  if (track) watchFirstFrame(video);
  $(".preview-off").hidden = Boolean(track);
  $(".preview-off .avatar").textContent = initials($("#name").value || "?");
  const notice = $("#lobby-notice");
  notice.hidden = !state.mediaError || Boolean(state.audioTrack && state.cameraTrack);
  notice.textContent = t("media_error");
  renderControls();
}

/** A remembered name is selected when the field gets focus, by click or Tab, so typing
 * replaces it instead of appending to it; a second click places the caret. */
function selectAllOnFocus(input) {
  if (input.dataset.selectAll) return;
  input.dataset.selectAll = "1";
  let fresh = false;
  input.addEventListener("focus", () => {
    input.select();
    fresh = true;
  });
  input.addEventListener("mouseup", (event) => {
    if (fresh) event.preventDefault(); // the click that focused it keeps the selection
    fresh = false;
  });
  input.addEventListener("blur", () => {
    fresh = false;
  });
}

export async function showLobby() {
  showView("lobby");
  $("#lobby-title").textContent = config.is_host ? t("ready_host") : t("ready_guest");
  $("#lobby-title").dataset.i18n = config.is_host ? "ready_host" : "ready_guest";
  const name = $("#name");
  name.value = name.value || localStorage.getItem("meeting.name") || "";
  selectAllOnFocus(name);
  await acquireMedia();
  renderPreview();
  await fillDeviceLists();
  if (!config.is_host && !name.value) name.focus();
}

export async function changeDevice(kind, deviceId) {
  if (kind === "video") {
    state.cameraId = deviceId;
    localStorage.setItem("meeting.camera", deviceId);
    state.cameraTrack?.stop();
    state.cameraTrack = await openCamera().catch(() => null);
    state.camOn = Boolean(state.cameraTrack);
    await pushVideoTrack();
  } else {
    state.micId = deviceId;
    localStorage.setItem("meeting.mic", deviceId);
    state.audioTrack?.stop();
    state.audioTrack = await openMicrophone().catch(() => null);
    if (state.audioTrack) state.audioTrack.enabled = state.micOn;
    watchLevel("self", state.audioTrack);
    await Promise.all([...state.peers.values()].map((peer) => peer.setTrack("audio", state.audioTrack)));
    await sfuTracksChanged();
  }
  renderPreview();
}

export function join(name) {
  const value = (name ?? $("#name").value).trim();
  if (!value && !config.is_host) {
    const notice = $("#lobby-notice");
    notice.hidden = false;
    notice.textContent = t("name_needed");
    $("#name").focus();
    return false;
  }
  state.name = value;
  if (value) localStorage.setItem("meeting.name", value);
  audioContext?.resume();
  connect();
  return true;
}

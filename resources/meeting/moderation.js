// Hosts moderate: mute a person or everyone, turn a camera off, lock the meeting,
// end it for everyone, block a guest. The server checks every one of these
// (launcher/server/signalling.py "moderate"); this page only asks. Also what the
// others see of it: the "Meeting locked" indicator, being muted or having one's
// camera turned off (only this page turns them on again), the end screen.
// Registers "moderated", "room" and "ended".

import { t } from "./i18n.js";
import { $, state } from "./state.js";
import { onMessage, send } from "./signalling.js";
import { messageView, toast } from "./views.js";
import { setCamera, setMic } from "./media.js";
import { teardown } from "./session.js";
import { savingRecording } from "./recording.js";
import { renderPeople } from "./people.js";
import { renderRoundControls } from "./roundtable.js";
import { renderWatchControls } from "./watch.js";

/** A host's action on the meeting or one person (``id``); false when not a host. */
export function moderate(action, id) {
  if (!state.isHost) return false;
  send(id ? { type: "moderate", action, id } : { type: "moderate", action });
  return true;
}

/** Buttons asking "X?" before they act: the first press asks, a second one within a
 * few seconds acts. The lists are drawn again often, so the question lives here. */
let asked = { key: null, timer: 0 };

export function confirmButton({ key, label, question, ariaLabel, action, run, className = "secondary small" }) {
  const asking = asked.key === key;
  const button = document.createElement("button");
  button.type = "button";
  button.className = asking ? `${className} danger` : className;
  button.textContent = asking ? question : label;
  if (ariaLabel) button.setAttribute("aria-label", asking ? question : ariaLabel);
  button.dataset.action = action;
  button.onclick = () => {
    clearTimeout(asked.timer);
    if (asked.key === key) {
      asked = { key: null, timer: 0 };
      run();
    } else {
      asked = {
        key,
        timer: setTimeout(() => {
          asked = { key: null, timer: 0 };
          renderPeople();
        }, 4000),
      };
    }
    renderPeople();
    // The list was drawn again: keep the focus on the same button for keyboards.
    document.querySelector(`[data-action="${action}"][data-key="${CSS.escape(key)}"]`)?.focus();
  };
  button.dataset.key = key;
  return button;
}

function smallButton(action, label, ariaLabel, run) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "secondary small";
  button.textContent = label;
  button.setAttribute("aria-label", ariaLabel);
  button.dataset.action = action;
  button.onclick = run;
  return button;
}

/** A host's buttons for one other person in the People list. */
export function personActions(peer) {
  if (!state.isHost) return [];
  const { id, info } = peer;
  const actions = [];
  if (info.audio) actions.push(smallButton("mute", t("mute_person"), t("mute_person_label", { name: info.name }), () => moderate("mute", id)));
  if (info.video) actions.push(smallButton("camera_off", t("stop_video"), t("stop_video_label", { name: info.name }), () => moderate("camera_off", id)));
  if (!info.is_host) {
    actions.push(confirmButton({
      key: `remove:${id}`, action: "remove", label: t("remove"), question: t("remove_confirm"),
      ariaLabel: t("remove_label", { name: info.name }), run: () => send({ type: "remove", id }),
    }));
    actions.push(confirmButton({
      key: `block:${id}`, action: "block", label: t("block"), question: t("block_confirm"),
      ariaLabel: t("block_label", { name: info.name }), run: () => moderate("block", id),
    }));
  }
  for (const action of actions) action.dataset.id = id;
  return actions;
}

/** The People panel's host controls: everyone's microphones, the lock, the end. */
export function renderHostTools() {
  const box = $("#host-tools");
  box.hidden = !state.isHost;
  if (!state.isHost) return;
  const buttons = $("#host-buttons");
  buttons.replaceChildren(
    smallButton("mute_all", t("mute_all"), t("mute_all"), () => moderate("mute_all")),
    smallButton(state.locked ? "unlock" : "lock", state.locked ? t("unlock") : t("lock"), state.locked ? t("unlock") : t("lock"), () => moderate(state.locked ? "unlock" : "lock")),
    confirmButton({ key: "end", action: "end", label: t("end_all"), question: t("end_confirm"), run: () => moderate("end") }),
  );
  buttons.querySelector('[data-action="lock"], [data-action="unlock"]').setAttribute("aria-pressed", String(state.locked));
  $("#host-tools-heading").textContent = t("host_tools");
  renderRoundControls();
  renderWatchControls();
}

export function renderLock() {
  $("#lock-indicator").hidden = !state.locked || state.view !== "meeting";
  $("#lock-label").textContent = t("locked");
}

onMessage("moderated", async (message) => {
  if (message.action === "mute") {
    if (state.micOn) await setMic(false);
    toast(t("muted_by", { name: message.by_name }));
  } else if (message.action === "camera_off") {
    if (state.cameraTrack && state.camOn) await setCamera(false);
    toast(t("camera_off_by", { name: message.by_name }));
  }
});

onMessage("room", (message) => {
  state.locked = Boolean(message.locked);
  toast(t(state.locked ? "locked_by" : "unlocked_by", { name: message.by_name }));
  renderLock();
  renderPeople();
});

onMessage("ended", () => {
  state.leaving = true;
  teardown();
  // The host's recording is still being uploaded: say so until it is.
  messageView(savingRecording() ? "saving" : "ended");
});

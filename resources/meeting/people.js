// The People list and the waiting room: who is in, who knocks, and the host's
// Admit and Deny (and, from moderation.js, the host's controls and their buttons
// for each person). Registers the "knock" and "knock-cancelled" messages.

import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { $, state } from "./state.js";
import { onMessage, send } from "./signalling.js";
import { initials } from "./tiles.js";
import { renderControls } from "./controls.js";
import { personActions, renderHostTools } from "./moderation.js";

function personItem(name, extra, actions = [], suffix = "") {
  const li = document.createElement("li");
  const avatar = document.createElement("span");
  avatar.className = "avatar small";
  avatar.textContent = initials(name);
  const label = document.createElement("span");
  label.className = "person-name";
  label.textContent = suffix ? `${name} (${suffix})` : name;
  li.append(avatar, label);
  if (extra) {
    const tag = document.createElement("span");
    tag.className = "tag";
    tag.textContent = extra;
    li.append(tag);
  }
  if (actions.length) {
    const box = document.createElement("div");
    box.className = "person-actions";
    box.append(...actions);
    li.append(box);
  }
  return li;
}

function answerButton(kind, id) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = kind === "admit" ? "primary small" : "secondary small";
  button.textContent = t(kind);
  button.dataset.action = kind;
  button.dataset.id = id;
  button.onclick = () => answer(kind, id);
  return button;
}

export function removePerson(id) {
  if (!state.isHost || !state.peers.has(id)) return false;
  send({ type: "remove", id });
  return true;
}

export function renderPeople() {
  const list = $("#people-list");
  list.replaceChildren();
  list.append(personItem(state.name || t("you"), state.isHost ? t("host") : "", [], t("you")));
  for (const peer of state.peers.values()) {
    const item = personItem(peer.info.name, peer.info.is_host ? t("host") : "", personActions(peer));
    // Hand and microphone state next to the name, before the host's buttons.
    const marks = [];
    if (peer.info.hand) marks.push(`<span class="hand-state" title="${t("hand_up")}">${icon("hand")}</span>`);
    if (!peer.info.audio) marks.push(`<span class="muted-icon">${icon("micOff")}</span>`);
    const before = item.querySelector(".person-actions");
    if (before) before.insertAdjacentHTML("beforebegin", marks.join(""));
    else item.insertAdjacentHTML("beforeend", marks.join(""));
    list.append(item);
  }
  $("#people-heading").textContent = t("in_meeting", { n: state.peers.size + 1 });
  const waiting = $("#waiting-list");
  waiting.replaceChildren();
  for (const guest of state.waiting.values()) {
    waiting.append(personItem(guest.name, "", [answerButton("admit", guest.id), answerButton("deny", guest.id)]));
  }
  $("#waiting-heading").hidden = state.waiting.size === 0;
  $("#waiting-heading").textContent = t("waiting_list", { n: state.waiting.size });
  renderAlone();
  renderHostTools();
  renderControls();
}

/** The box over an empty stage: "You're the only one here", or, while guests knock,
 * that someone is waiting (the host is not alone for long). */
export function renderAlone() {
  const box = $("#alone");
  const alone = state.view === "meeting" && state.peers.size === 0 && !state.reconnect;
  box.hidden = !alone;
  if (!alone) return;
  const waiting = [...state.waiting.values()];
  const [title, hint] = waiting.length === 1
    ? [t("alone_one_waiting", { name: waiting[0].name }), t("alone_waiting_hint")]
    : waiting.length > 1
      ? [t("alone_many_waiting", { n: waiting.length }), t("alone_waiting_hint")]
      : [t("alone"), t("alone_hint")];
  box.querySelector("strong").textContent = title;
  box.querySelector("span").textContent = hint;
  box.classList.toggle("knocking", waiting.length > 0);
}

export function renderKnocks() {
  const box = $("#knocks");
  box.replaceChildren();
  for (const guest of state.waiting.values()) {
    const card = document.createElement("div");
    card.className = "knock";
    card.dataset.id = guest.id;
    const text = document.createElement("span");
    text.textContent = t("knock", { name: guest.name });
    card.append(text, answerButton("deny", guest.id), answerButton("admit", guest.id));
    box.append(card);
  }
}

export function answer(kind, id) {
  send({ type: kind, id });
  state.waiting.delete(id);
  renderKnocks();
  renderPeople();
}

onMessage("knock", (message) => {
  state.waiting.set(message.peer.id, message.peer);
  renderKnocks();
  renderPeople();
});

onMessage("knock-cancelled", (message) => {
  state.waiting.delete(message.id);
  renderKnocks();
  renderPeople();
});

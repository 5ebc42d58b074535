// Emoji reactions: the toolbar's Reactions button opens a small menu of them; a
// reaction floats over its sender's tile for a few seconds on every page, and screen
// readers hear "{name}: {reaction}" (the #announcer live region). The server keeps
// the set and the pace (launcher/server/pacing.py). Registers "reaction".

import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { $, state } from "./state.js";
import { onMessage, send } from "./signalling.js";

/** The server's REACTIONS, in its order, with their names' keys. */
export const REACTIONS = [
  ["\u{1F44D}", "r_thumbs"],
  ["\u{1F44F}", "r_clap"],
  ["\u2764\uFE0F", "r_heart"],
  ["\u{1F602}", "r_laugh"],
  ["\u{1F62E}", "r_wow"],
  ["\u{1F389}", "r_party"],
];
const FLOAT_MS = 4000;

export function react(emoji) {
  if (!REACTIONS.some(([e]) => e === emoji)) return false;
  send({ type: "react", emoji });
  return true;
}

function menuButtons() {
  return [...$("#react-menu").querySelectorAll("button")];
}

export function renderReactions() {
  const button = $("#btn-react");
  if (!button.querySelector(".ic")) {
    // Like the other toolbar buttons: the icon, and a word under it (the label says it in full).
    button.innerHTML = `<span class="ic" aria-hidden="true">${icon("react")}</span><span class="caption" aria-hidden="true"></span>`;
  }
  button.querySelector(".caption").textContent = t("react");
  button.title = t("react");
  button.setAttribute("aria-label", t("react"));
  const menu = $("#react-menu");
  menu.setAttribute("aria-label", t("react"));
  if (!menu.children.length) {
    for (const [emoji] of REACTIONS) {
      const item = document.createElement("button");
      item.type = "button";
      item.className = "reaction-choice";
      item.setAttribute("role", "menuitem");
      item.tabIndex = -1;
      item.dataset.emoji = emoji;
      item.textContent = emoji;
      item.onclick = () => {
        react(emoji);
        closeReactions();
      };
      menu.append(item);
    }
  }
  for (const item of menuButtons()) {
    const name = t(REACTIONS.find(([e]) => e === item.dataset.emoji)[1]);
    item.title = name;
    item.setAttribute("aria-label", name);
  }
}

export function openReactions() {
  renderReactions();
  $("#react-menu").hidden = false;
  $("#btn-react").setAttribute("aria-expanded", "true");
  menuButtons()[0].focus();
}

export function closeReactions(refocus = false) {
  if ($("#react-menu").hidden) return;
  $("#react-menu").hidden = true;
  $("#btn-react").setAttribute("aria-expanded", "false");
  if (!refocus) return;
  // On a phone the button is in the More menu: focus goes back to More then.
  const button = $("#btn-react").offsetParent ? $("#btn-react") : $("#btn-more");
  button.focus();
}

export function wireReactions() {
  renderReactions();
  const button = $("#btn-react");
  const menu = $("#react-menu");
  button.addEventListener("click", () => ($("#react-menu").hidden ? openReactions() : closeReactions()));
  menu.addEventListener("keydown", (event) => {
    const list = menuButtons();
    const at = list.indexOf(document.activeElement);
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      list[(at + moves[event.key] + list.length) % list.length].focus();
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      list[event.key === "Home" ? 0 : list.length - 1].focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      closeReactions(true);
    } else if (event.key === "Tab") {
      closeReactions();
    }
  });
  document.addEventListener("pointerdown", (event) => {
    if (!menu.contains(event.target) && !button.contains(event.target)) closeReactions();
  });
}

function senderName(id) {
  if (id === state.selfId) return state.name || t("you");
  return state.peers.get(id)?.info.name || "";
}

onMessage("reaction", (message) => {
  const entry = REACTIONS.find(([emoji]) => emoji === message.emoji);
  if (!entry) return;
  state.reactions.push({ from: message.from, emoji: message.emoji, at: Date.now() });
  if (state.reactions.length > 50) state.reactions.shift();
  const tile = document.querySelector(`#grid .tile[data-id="${CSS.escape(message.from)}"]`);
  if (tile) {
    const float = document.createElement("span");
    float.className = "reaction-float";
    float.setAttribute("aria-hidden", "true");
    float.textContent = message.emoji;
    // A little to the side each time, so that a few at once do not hide each other.
    float.style.left = `${20 + Math.random() * 50}%`;
    tile.append(float);
    setTimeout(() => float.remove(), FLOAT_MS);
  }
  // Screen readers: a new node in the live region is read out once.
  const line = document.createElement("p");
  line.textContent = t("reacted", { name: senderName(message.from), reaction: t(entry[1]) });
  $("#announcer").append(line);
  setTimeout(() => line.remove(), FLOAT_MS * 2);
});

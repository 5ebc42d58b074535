// The chat panel: messages in and out, the unread badge and the toast for a new
// message. Registers the "chat" message, and "notice" (chat sent too fast).

import { clockText, t } from "./i18n.js";
import { $, chatAvailable, state } from "./state.js";
import { onMessage, send } from "./signalling.js";
import { toast } from "./views.js";
import { renderControls } from "./controls.js";

function addChat(message) {
  state.chat.push({ from: message.from, name: message.name, text: message.text, at: message.at });
  const list = $("#messages");
  list.querySelector(".hint")?.remove();
  const item = document.createElement("li");
  item.classList.toggle("mine", message.from === state.selfId);
  const head = document.createElement("div");
  head.className = "meta";
  const time = new Date(message.at);
  head.textContent = `${message.from === state.selfId ? t("you") : message.name} · ${clockText(time)}`;
  const body = document.createElement("div");
  body.className = "text";
  body.textContent = message.text;
  item.append(head, body);
  list.append(item);
  list.scrollTop = list.scrollHeight;
  if (state.panel !== "chat" && message.from !== state.selfId) {
    state.unread += 1;
    renderControls();
    toast(`${message.name}: ${message.text.slice(0, 80)}`);
  }
}

export function sendChat(text) {
  if (!chatAvailable || !text.trim()) return false;
  send({ type: "chat", text });
  return true;
}

onMessage("chat", addChat);

// The server dropped what this page sent too fast; it says so once per burst.
onMessage("notice", (message) => {
  if (message.code === "slow_down") toast(t("slow_down"));
});

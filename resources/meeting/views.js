// Which of the page's views shows (lobby, message card, meeting), the message
// card's pages (waiting room, end pages, errors), and the short toasts.

import { t } from "./i18n.js";
import { $, state } from "./state.js";
import { backToLobby } from "./session.js";

export function showView(name) {
  state.view = name;
  for (const view of document.querySelectorAll(".view")) view.hidden = view.id !== `view-${name}`;
  document.body.dataset.view = name;
}

function showMessage({ title, body, spinner = false, action = null }) {
  $("#message-title").textContent = title;
  $("#message-body").textContent = body || "";
  $(".message-card .spinner").hidden = !spinner;
  const button = $("#message-action");
  button.hidden = !action;
  if (action) {
    button.textContent = action.label;
    button.onclick = action.run;
  }
}

export function messageView(kind) {
  const pages = {
    unavailable: { title: t("unavailable_title"), body: t("unavailable_body") },
    busy: { title: t("busy_title"), body: t("busy_body") },
    bad_link: { title: t("bad_link_title"), body: t("bad_link_body") },
    home: { title: t("home_title"), body: t("home_body") },
    denied: { title: t("denied_title"), body: t("denied_body") },
    removed: { title: t("removed_title"), body: t("removed_body") },
    blocked: { title: t("blocked_title"), body: t("blocked_body") },
    ended: { title: t("ended_title"), body: t("ended_body") },
    waiting_locked: { title: t("waiting_locked"), body: t("waiting_locked_hint"), spinner: true },
    left: { title: t("left_title"), body: t("left_body"), action: { label: t("rejoin"), run: backToLobby } },
    saving: { title: t("saving_title"), body: t("saving_body"), spinner: true },
    lost: { title: t("lost_title"), body: t("lost_body"), action: { label: t("rejoin"), run: backToLobby } },
    connecting: { title: t("connecting"), spinner: true },
    waiting_host_absent: { title: t("waiting_host_absent"), body: t("waiting_hint"), spinner: true },
    waiting_approval: { title: t("waiting_approval"), body: t("waiting_hint"), spinner: true },
  };
  state.message = kind;
  showMessage(pages[kind]);
  showView("message");
}

export function toast(text) {
  const item = document.createElement("div");
  item.className = "toast";
  item.textContent = text;
  $("#toasts").append(item);
  setTimeout(() => item.remove(), 4000);
}

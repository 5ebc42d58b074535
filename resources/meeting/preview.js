// Preview mode: the launcher shows this page (launcher/server/theme_preview.py)
// before a theme is applied. Same template and stylesheet as a guest page; no
// camera, no microphone, no connection: the lobby as a guest first sees it, or
// a meeting with a few placeholder people. The theme itself is applied by
// theme.js, exactly as for a real meeting.

import { t } from "./i18n.js";

const PEOPLE = ["Alex Morgan", "Sam Lee", "Robin Park", "Kim Diaz"];
const $ = (sel) => document.querySelector(sel);

function initials(name) {
  const parts = name.split(/\s+/);
  return (parts[0][0] + (parts.length > 1 ? parts[parts.length - 1][0] : "")).toUpperCase();
}

function showLobby() {
  $("#lobby-title").textContent = t("ready_guest");
  $("#name").value = PEOPLE[0];
  $(".preview-off").hidden = false;
  $(".preview-off .avatar").textContent = initials(PEOPLE[0]);
  $(".level-meter").hidden = true;
  for (const [id, key] of [["#camera-select", "camera"], ["#mic-select", "microphone"]]) {
    $(id).replaceChildren(new Option(t(key), ""));
  }
  // A preview never joins.
  $("#join-form").addEventListener("submit", (event) => event.preventDefault());
}

function showMeeting() {
  const grid = $("#grid");
  grid.replaceChildren();
  for (const name of PEOPLE) {
    // The markup of tiles.js's makeTile(), camera off.
    const tile = document.createElement("div");
    tile.className = "tile video-off";
    tile.innerHTML = `
      <video playsinline></video>
      <div class="tile-off"><div class="avatar"></div></div>
      <div class="tile-label"><span class="mic-state" hidden></span><span class="tile-name"></span></div>
      <div class="tile-status" hidden></div>`;
    tile.querySelector(".avatar").textContent = initials(name);
    tile.querySelector(".tile-name").textContent = name;
    grid.append(tile);
  }
  grid.dataset.count = String(PEOPLE.length);
  $("#alone").hidden = true;
}

/** Show the preview for ``config.view`` ("preview-lobby" or "preview-meeting"). */
export function showPreview(config) {
  const view = config.view === "preview-meeting" ? "meeting" : "lobby";
  document.documentElement.dataset.preview = view;
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${view}`;
  document.body.dataset.view = view;
  if (view === "meeting") showMeeting();
  else showLobby();
}

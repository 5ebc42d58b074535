// The gallery's pages: when more camera tiles are in the meeting than fit on the
// stage at a readable size (MIN_TILE_W), the tiles are shown a page at a time with
// Previous / Next and "Page 2 of 5" below them (buttons, so keyboard users reach
// them; the arrow keys move between pages while one has focus; screen readers hear
// the new page). This page's own tile is on every page, and so is the active speaker
// (in the last place of the page when theirs is another). Tiles on other pages are
// only hidden: everyone's sound keeps playing. With the SFU (sfu.js) the tiles shown
// get the best video layer and the others the lowest one (visibleTileIds()).
// tiles.js calls pageTiles() from its layout; nothing here runs at load time but the
// speaker check.

import { t } from "./i18n.js";
import { $, state } from "./state.js";

/** The narrowest camera tile worth showing (CSS pixels, 16:9). */
export const MIN_TILE_W = 160;
const GAP = 12;
const ANNOUNCED_MS = 6000;

const gallery = { page: 0, pages: 1, perPage: 0, visible: [], shownSpeaker: null };
let onChange = () => {};

/** Somebody to tell when the tiles shown change (sfu.js: the video layers). */
export function onVisibleChange(callback) {
  onChange = callback;
}

/** The widest 16:9 tile for ``count`` tiles in a width x height box, with its grid. */
export function bestTile(count, width, height) {
  let best = 0;
  for (let columns = 1; columns <= Math.max(1, count); columns += 1) {
    const rows = Math.ceil(count / columns);
    const w = Math.min((width - GAP * (columns - 1)) / columns, ((height - GAP * (rows - 1)) / rows) * 16 / 9);
    best = Math.max(best, w);
  }
  return best;
}

/** How many camera tiles fit in width x height at MIN_TILE_W or wider (at least 2). */
function capacity(width, height, presenting) {
  if (presenting) return Math.max(2, Math.floor((width + GAP) / (MIN_TILE_W + GAP)));
  let count = 2;
  while (count < 100 && bestTile(count + 1, width, height) >= MIN_TILE_W) count += 1;
  return count;
}

/** The ids of the camera tiles on screen now (all of them without pages). */
export function visibleTileIds() {
  return gallery.visible.slice();
}

export function galleryStatus() {
  return { page: gallery.page + 1, pages: gallery.pages, perPage: gallery.perPage, visible: visibleTileIds(), label: $("#gallery-nav").hidden ? null : $("#gallery-label").textContent };
}

function speakerId() {
  return state.speaker && state.speaker !== "self" ? String(state.speaker) : null;
}

/**
 * Show one page of ``tiles`` (the camera tiles, this page's own first) in a
 * width x height stage; the others get the "paged-out" class. Returns the tiles shown
 * and the height left for them (the page controls take some when shown).
 */
export function pageTiles(tiles, width, height, presenting) {
  const nav = $("#gallery-nav");
  let fits = capacity(width, height, presenting);
  let paged = tiles.length > fits;
  if (paged) {
    nav.hidden = false;
    height -= nav.offsetHeight + 8;
    fits = capacity(width, height, presenting);
  }
  const self = tiles.find((tile) => tile.classList.contains("self"));
  const others = tiles.filter((tile) => tile !== self);
  let shown = tiles;
  if (paged) {
    const per = Math.max(1, fits - (self ? 1 : 0));
    gallery.pages = Math.ceil(others.length / per);
    gallery.page = Math.min(gallery.page, gallery.pages - 1);
    const page = others.slice(gallery.page * per, (gallery.page + 1) * per);
    const speaker = speakerId();
    const speaking = speaker && others.find((tile) => tile.dataset.id === speaker);
    if (speaking && !page.includes(speaking)) {
      if (page.length >= per) page[page.length - 1] = speaking;
      else page.push(speaking);
    }
    gallery.shownSpeaker = speaking ? speaker : null;
    shown = self ? [self, ...page] : page;
    gallery.perPage = fits;
  } else {
    gallery.page = 0;
    gallery.pages = 1;
    gallery.perPage = fits;
    gallery.shownSpeaker = null;
  }
  paged = gallery.pages > 1;
  nav.hidden = !paged;
  for (const tile of tiles) tile.classList.toggle("paged-out", !shown.includes(tile));
  renderNav();
  const visible = shown.map((tile) => tile.dataset.id);
  const changed = visible.join() !== gallery.visible.join();
  gallery.visible = visible;
  if (changed) onChange();
  return { shown, height };
}

function renderNav() {
  const label = t("page_of", { page: gallery.page + 1, pages: gallery.pages });
  $("#gallery-label").textContent = label;
  const prev = $("#btn-page-prev");
  const next = $("#btn-page-next");
  prev.setAttribute("aria-label", t("page_prev"));
  prev.title = t("page_prev");
  next.setAttribute("aria-label", t("page_next"));
  next.title = t("page_next");
  $("#gallery-nav").setAttribute("aria-label", t("pages_of_people"));
  // Kept focusable at the ends (aria-disabled): focus does not fall out of the controls.
  prev.setAttribute("aria-disabled", String(gallery.page === 0));
  next.setAttribute("aria-disabled", String(gallery.page >= gallery.pages - 1));
}

function announce(text) {
  const line = document.createElement("p");
  line.textContent = text;
  $("#announcer").append(line);
  setTimeout(() => line.remove(), ANNOUNCED_MS);
}

let relayout = () => {};

/** tiles.js's layout, called again after a page change or a new speaker. */
export function setRelayout(callback) {
  relayout = callback;
}

/** Go ``step`` pages forward (or back); true if the page changed. */
export function turnPage(step) {
  const page = Math.max(0, Math.min(gallery.pages - 1, gallery.page + step));
  if (page === gallery.page) return false;
  gallery.page = page;
  relayout();
  announce(t("page_of", { page: gallery.page + 1, pages: gallery.pages }));
  return true;
}

export function wireGallery() {
  $("#btn-page-prev").onclick = () => turnPage(-1);
  $("#btn-page-next").onclick = () => turnPage(1);
  $("#gallery-nav").addEventListener("keydown", (event) => {
    const step = { ArrowLeft: -1, ArrowRight: 1, PageUp: -1, PageDown: 1 }[event.key];
    if (!step) return;
    event.preventDefault();
    turnPage(step);
  });
}

// A new active speaker on another page comes onto this one (and goes again after).
setInterval(() => {
  if (gallery.pages <= 1 || state.view !== "meeting") return;
  const speaker = speakerId();
  if (speaker === gallery.shownSpeaker) return;
  if (!speaker && gallery.shownSpeaker === null) return;
  relayout();
}, 300);

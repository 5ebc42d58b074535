// The toolbar's "More" menu on phones and narrow windows: meeting.css hides the
// toolbar buttons that do not fit and shows #btn-more; the menu offers those
// buttons as items. Wider windows whose toolbar still does not fit (a host's eleven
// buttons at 800 px) get the same menu, decided by measuring (fitToolbar), with the
// words under the buttons kept. The menu's items are each one pressing its toolbar button, so every function
// stays one tap away. A menu button for keyboards and screen readers: Enter or
// Space opens it on its first item, the arrows move, Escape closes it and focus
// goes back to the button, Tab or a tap elsewhere closes it.

import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { $ } from "./state.js";

/** The toolbar buttons the menu offers (the ones meeting.css hides when narrow). */
export const OVERFLOW = ["btn-share", "btn-hand", "btn-react", "btn-record", "btn-record-pause", "btn-people", "btn-board", "btn-fullscreen"];

const narrow = window.matchMedia("(max-width: 699px)");

function items() {
  return [...$("#more-menu").querySelectorAll(".menu-item")].filter((item) => !item.hidden && !item.disabled);
}

function shownBadge(button) {
  const badge = button.querySelector(".badge");
  return badge && !badge.hidden ? badge : null;
}

/** Bring the menu's items in line with the toolbar buttons (labels, state, badges). */
export function renderMoreMenu() {
  const more = $("#btn-more");
  let holder = more.querySelector(".ic");
  if (!holder) {
    holder = document.createElement("span");
    holder.className = "ic";
    more.prepend(holder);
  }
  holder.innerHTML = icon("more");
  holder.setAttribute("aria-hidden", "true");
  more.title = t("more");
  more.setAttribute("aria-label", t("more"));
  let caption = more.querySelector(".caption");
  if (!caption) {
    caption = document.createElement("span");
    caption.className = "caption";
    caption.setAttribute("aria-hidden", "true");
    holder.after(caption);
  }
  caption.textContent = t("more");
  const menu = $("#more-menu");
  let unseen = false;
  for (const id of OVERFLOW) {
    const source = document.getElementById(id);
    let item = menu.querySelector(`[data-for="${id}"]`);
    if (!item) {
      item = document.createElement("button");
      item.type = "button";
      item.className = "menu-item";
      item.setAttribute("role", "menuitem");
      item.tabIndex = -1;
      item.dataset.for = id;
      item.innerHTML = '<span class="ic"></span><span class="label"></span><span class="badge" hidden></span>';
      item.addEventListener("click", () => {
        closeMenu(false);
        source.click(); // in the same tap: full screen needs the person's gesture
      });
      menu.append(item);
    }
    item.hidden = source.hidden;
    item.disabled = source.disabled;
    item.querySelector(".ic").innerHTML = source.querySelector(".ic")?.innerHTML || "";
    item.querySelector(".label").textContent = source.getAttribute("aria-label") || source.title;
    item.classList.toggle("active", source.classList.contains("active"));
    item.classList.toggle("recording", source.classList.contains("recording"));
    const badge = shownBadge(source);
    const itemBadge = item.querySelector(".badge");
    itemBadge.hidden = !badge || !badge.textContent;
    itemBadge.textContent = badge?.textContent || "";
    if (badge && !source.hidden) unseen = true;
  }
  more.querySelector(".badge").hidden = !unseen;
}

/** Wide layout, but more buttons than room: ``.toolbar.crowded`` moves the ones in
 *  OVERFLOW into the menu (meeting.css). Measured with every button in place, on each
 *  resize and whenever buttons appear or go (renderControls). */
export function fitToolbar() {
  const bar = document.querySelector(".toolbar");
  if (!bar) return;
  const was = bar.classList.contains("crowded");
  bar.classList.remove("crowded");
  const crowded = !narrow.matches && bar.offsetWidth > 0 && bar.scrollWidth > bar.clientWidth + 1;
  bar.classList.toggle("crowded", crowded);
  if (was && !crowded && !narrow.matches) closeMenu(false);
}

export function menuOpen() {
  return !$("#more-menu").hidden;
}

function openMenu() {
  renderMoreMenu();
  $("#more-menu").hidden = false;
  $("#btn-more").setAttribute("aria-expanded", "true");
  items()[0]?.focus();
}

/** Close the menu; ``refocus``: focus goes back to the More button. */
export function closeMenu(refocus = true) {
  if (!menuOpen()) return;
  $("#more-menu").hidden = true;
  $("#btn-more").setAttribute("aria-expanded", "false");
  if (refocus) $("#btn-more").focus();
}

function moveFocus(step) {
  const list = items();
  if (!list.length) return;
  const at = list.indexOf(document.activeElement);
  const next = step === "first" ? 0 : step === "last" ? list.length - 1 : (at + step + list.length) % list.length;
  list[next].focus();
}

export function wireMoreMenu() {
  const more = $("#btn-more");
  const menu = $("#more-menu");
  more.addEventListener("click", () => (menuOpen() ? closeMenu() : openMenu()));
  more.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      openMenu();
      moveFocus(event.key === "ArrowUp" ? "last" : "first");
    }
  });
  menu.addEventListener("keydown", (event) => {
    const moves = { ArrowDown: 1, ArrowUp: -1, Home: "first", End: "last" };
    if (event.key in moves) {
      event.preventDefault();
      moveFocus(moves[event.key]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      closeMenu();
    } else if (event.key === "Tab") {
      closeMenu(false);
    }
  });
  document.addEventListener("pointerdown", (event) => {
    if (menuOpen() && !menu.contains(event.target) && !more.contains(event.target)) closeMenu(false);
  });
  // Widened past the phone layout: the toolbar shows every button again (if they fit).
  narrow.addEventListener("change", () => {
    if (!narrow.matches) closeMenu(false);
    fitToolbar();
  });
  window.addEventListener("resize", fitToolbar);
}

// Theming in one place: the room's theme (or the application's default theme,
// resolved by the server) becomes CSS variables, the brand bar and the favicon.

const DEFAULT_COLOR = "#3b5bdb";

function parseColor(value) {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(value || "").trim());
  if (!match) return null;
  let hex = match[1];
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join("");
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function luminance([r, g, b]) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function applyTheme(theme) {
  const rgb = parseColor(theme?.main_color) || parseColor(DEFAULT_COLOR);
  const root = document.documentElement.style;
  root.setProperty("--brand", `rgb(${rgb.join(",")})`);
  root.setProperty("--brand-rgb", rgb.join(","));
  // Text on the brand colour: whichever of white or near-black reads better.
  root.setProperty("--on-brand", luminance(rgb) > 0.45 ? "#111318" : "#ffffff");
  const text = document.querySelector(".brand-text");
  text.textContent = theme?.brand_text || "";
  const logo = document.querySelector(".brand-logo");
  if (theme?.logo_url) {
    logo.src = theme.logo_url;
    logo.hidden = false;
  }
  if (theme?.favicon_url) document.getElementById("favicon").href = theme.favicon_url;
}

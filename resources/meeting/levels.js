// Speaking levels: one analyser per audio track (this page's and each peer's), the
// lobby's level meter, and the "speaking" outline on the loudest tile.

import { $, state } from "./state.js";

export let audioContext = null;
export const meters = new Map(); // id -> {analyser, data, level}

export function watchLevel(id, track) {
  meters.get(id)?.source?.disconnect();
  meters.delete(id);
  if (!track) return;
  try {
    audioContext = audioContext || new AudioContext();
    const source = audioContext.createMediaStreamSource(new MediaStream([track]));
    const analyser = audioContext.createAnalyser();
    analyser.fftSize = 512;
    source.connect(analyser);
    meters.set(id, { source, analyser, data: new Float32Array(analyser.fftSize), level: 0 });
  } catch (error) {
    state.lastError = `audio level: ${error.message}`;
  }
}

function measureLevels() {
  let loudest = null;
  let loudestLevel = 0.008; // below this nobody is speaking (noise suppression is on)
  for (const [id, meter] of meters) {
    meter.analyser.getFloatTimeDomainData(meter.data);
    let sum = 0;
    for (const v of meter.data) sum += v * v;
    const rms = Math.sqrt(sum / meter.data.length);
    meter.level = meter.level * 0.6 + rms * 0.4;
    const muted = id === "self" ? !state.micOn : state.peers.get(id)?.info.audio === false;
    if (!muted && meter.level > loudestLevel) {
      loudest = id;
      loudestLevel = meter.level;
    }
  }
  const self = meters.get("self");
  const bar = $(".level-meter span");
  if (bar) bar.style.width = `${Math.min(100, (self && state.micOn ? self.level : 0) * 400)}%`;
  const now = performance.now();
  if (loudest) {
    state.speaker = loudest;
    state.speakerAt = now;
  } else if (state.speaker && now - state.speakerAt > 1200) {
    state.speaker = null;
  }
  for (const tile of document.querySelectorAll(".tile")) {
    tile.classList.toggle("speaking", tile.dataset.id === (state.speaker === "self" ? state.selfId : state.speaker));
  }
}
setInterval(measureLevels, 150);

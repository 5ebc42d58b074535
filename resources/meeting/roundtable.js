// The speaking round: a host starts it (raised hands first, then everyone: the
// server sets the order), the bar over the stage shows the order, whose turn it is
// and the time left; "Next speaker" (the host or the speaker) passes the turn. The
// server holds the round, so every page and late joiners see the same one
// (launcher/server/roundtable.py). Registers "round".

import { t } from "./i18n.js";
import { $, state } from "./state.js";
import { onMessage, send } from "./signalling.js";
import { toast } from "./views.js";

const CHOICES = [30, 60, 120, 180];

export function startRound(seconds) {
  if (!state.isHost) return false;
  send({ type: "round", action: "start", seconds: Number(seconds) || 60 });
  return true;
}

export function nextSpeaker() {
  send({ type: "round", action: "next" });
}

export function stopRound() {
  send({ type: "round", action: "stop" });
}

function duration(seconds) {
  return seconds % 60 ? t("seconds", { n: seconds }) : t("minutes", { n: seconds / 60 });
}

function clock(seconds) {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** The host's "Start a speaking round" and its time per speaker (People panel). */
export function renderRoundControls() {
  const select = $("#round-seconds");
  if (!select.options.length) {
    for (const seconds of CHOICES) select.append(new Option("", String(seconds)));
    select.value = "60";
  }
  for (const option of select.options) option.textContent = duration(Number(option.value));
  $("#round-seconds-label").textContent = t("round_seconds");
  $("#btn-round-start").textContent = t("round_start");
}

function speakerName(round) {
  const speaker = round.order[round.current];
  if (!speaker) return "";
  return speaker.id === state.selfId ? t("round_your_turn") : t("round_speaking", { name: speaker.name });
}

function renderTimer() {
  const round = state.round;
  if (!round) return;
  const left = round.seconds - (Date.now() - round.startedAt) / 1000;
  const timer = $("#round-timer");
  timer.textContent = left > 0 ? t("round_time_left", { time: clock(left) }) : t("round_over_time");
  timer.classList.toggle("over", left <= 0);
}
setInterval(renderTimer, 500);

export function renderRound() {
  const round = state.round;
  const bar = $("#round-bar");
  bar.hidden = !round || state.view !== "meeting";
  $("#btn-round-start").hidden = Boolean(round);
  if (!round) return;
  $("#round-title").textContent = t("round_title");
  $("#round-speaker").textContent = speakerName(round);
  const order = $("#round-order");
  order.setAttribute("aria-label", t("round_order"));
  order.replaceChildren(
    ...round.order.map((person, index) => {
      const item = document.createElement("li");
      item.textContent = person.id === state.selfId ? `${person.name} (${t("you")})` : person.name;
      item.dataset.id = person.id;
      item.classList.toggle("done", index < round.current);
      if (index === round.current) item.setAttribute("aria-current", "true");
      return item;
    }),
  );
  const mine = round.order[round.current]?.id === state.selfId;
  const next = $("#btn-round-next");
  next.textContent = t("round_next");
  next.hidden = !(state.isHost || mine);
  const stop = $("#btn-round-stop");
  stop.textContent = t("round_stop");
  stop.hidden = !state.isHost;
  renderTimer();
}

/** A round as the server tells it ("round", and "joined" for late joiners). */
export function applyRound(round) {
  const before = state.round?.order[state.round.current]?.id;
  if (!round || !round.active) {
    const was = Boolean(state.round);
    state.round = null;
    renderRound();
    if (was && round) toast(t("round_done"));
    return;
  }
  state.round = {
    order: round.order,
    current: round.current,
    seconds: round.seconds,
    startedAt: Date.now() - (round.elapsed_ms || 0),
  };
  renderRound();
  const now = round.order[round.current];
  if (now && now.id !== before) {
    // Screen readers hear whose turn it is (the bar's timer itself is not announced).
    const line = document.createElement("p");
    line.textContent = speakerName(state.round);
    $("#announcer").append(line);
    setTimeout(() => line.remove(), 8000);
  }
}

export function wireRound() {
  $("#btn-round-start").onclick = () => startRound($("#round-seconds").value);
  $("#btn-round-next").onclick = nextSpeaker;
  $("#btn-round-stop").onclick = stopRound;
}

onMessage("round", applyRound);

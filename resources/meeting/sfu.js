// Media through the server's SFU (Janus; issue 18). Rooms start as a mesh (peers.js);
// from the third person on the server may say "media-mode sfu": this page then sends
// its microphone, camera and screen once, on one publisher RTCPeerConnection
// ("sfu-publish" offer -> "sfu-answer"), and receives everybody on one subscriber
// connection ("sfu-subscribe" the feeds of "sfu-feeds" -> "sfu-offer" -> "sfu-start"),
// ICE candidates trickling both ways ("sfu-trickle"). Pages never talk to Janus: the
// meeting server relays and checks every message (launcher/server/sfu.py).
//
// The switch is seamless: each Peer keeps its tile and its mesh connection until their
// SFU tracks play (Peer.compose() then shows those), and the mesh closes GRACE_MS later
// (the other side has had time to switch too): no leave or join notes. "media-mode
// mesh" (the SFU was lost): the SFU connections go, the mesh is rebuilt as after a
// reconnect (the page with the smaller id offers), with a short note; "sfu_back":
// the SFU again.
//
// Simulcast: the camera goes out in three layers (rid h, m, l: full, half and quarter
// size) where the browser can; the page asks the SFU for the best layer of the active
// speaker and the tiles on screen (gallery.js) and the lowest of the others.
// Camera and microphone changes swap tracks (replaceTrack); turning the camera on or
// off, and a screen share, publish again (a new offer) so the server knows.

import { t } from "./i18n.js";
import { state } from "./state.js";
import { onMessage, send } from "./signalling.js";
import { toast } from "./views.js";
import { localVideoTrack } from "./media.js";
import { onVisibleChange, visibleTileIds } from "./gallery.js";
import { renderSendersWarning } from "./senders.js";
import { refuseCamera } from "./camera.js";

/** After their SFU media plays, how long the mesh connection to a peer stays. */
const GRACE_MS = 2500;
/** The camera's simulcast layers (janus.js's: h full size, m half, l quarter). */
const LAYERS = [
  { rid: "h", active: true, maxBitrate: 900000 },
  { rid: "m", active: true, maxBitrate: 300000, scaleResolutionDownBy: 2 },
  { rid: "l", active: true, maxBitrate: 100000, scaleResolutionDownBy: 4 },
];

const sfu = {
  pub: null, // publisher RTCPeerConnection
  sub: null, // subscriber RTCPeerConnection
  sending: {}, // publisher transceivers: audio, video, screen
  simulcast: false,
  publishing: false, // an offer is out, waiting for its answer
  again: false, // publish again once the answer is in
  published: null, // {audio, video, screen} of the last offer
  pendingPub: [],
  pendingSub: [],
  feeds: [], // [{peer, audio, video, simulcast}] from "sfu-feeds"
  subscribed: null, // the feeds last asked for (sorted, joined)
  streams: [], // [{mid, peer, kind}] of the latest "sfu-offer"
  tracks: new Map(), // peer id -> {audio, video, screen}
  quality: new Map(), // peer id -> substream asked for
  log: [], // the types of the last SFU messages received
};

// The SFU's messages are handled one after the other (an offer while the previous one
// is still being answered would be applied in the middle of it).
let queue = Promise.resolve();
function inOrder(type, handler) {
  onMessage(type, (message) => {
    // The last few, for meetingStatus() (support and tests).
    sfu.log.push(message.type + (message.streams ? `:${message.streams.length}` : message.code ? `:${message.code}` : ""));
    if (sfu.log.length > 30) sfu.log.shift();
    const run = queue.then(() => handler(message));
    queue = run.catch((error) => { state.lastError = `${type}: ${error.message}`; });
    return run;
  });
}

export function sfuActive() {
  return state.mediaMode === "sfu";
}

/** The state of this page's SFU connections, as a peer's tile shows it. */
export function sfuConnectionState() {
  if (sfu.sub) return sfu.sub.connectionState;
  return sfu.pub ? sfu.pub.connectionState : "new";
}

/** A new Peer (peers.js) gets its SFU tracks if they came first. */
export function attachSfu(peer) {
  if (sfuActive() && sfu.tracks.has(peer.id)) peer.setSfuTracks(sfu.tracks.get(peer.id));
}

/** The subscriber's stats and which of its entries are ``peer``'s (peers.js stats()). */
export async function sfuStats(peer) {
  if (!sfu.sub) return null;
  const report = await sfu.sub.getStats();
  const mids = new Set(sfu.streams.filter((s) => String(s.peer) === String(peer.id)).map((s) => String(s.mid)));
  const tracks = new Set(Object.values(peer.sfuTracks).filter(Boolean).map((track) => track.id));
  let bytesSent = 0;
  if (sfu.pub) (await sfu.pub.getStats()).forEach((entry) => { if (entry.type === "outbound-rtp") bytesSent += entry.bytesSent || 0; });
  return { report, mids, tracks, bytesSent };
}

export function sfuStatus() {
  return {
    mode: state.mediaMode,
    server: state.sfuStatus,
    pub: sfu.pub?.connectionState || null,
    sub: sfu.sub?.connectionState || null,
    simulcast: sfu.simulcast,
    feeds: sfu.feeds.map((feed) => feed.peer),
    subscribed: sfu.subscribed ? sfu.subscribed.split(",") : [],
    quality: Object.fromEntries(sfu.quality),
    published: sfu.published,
    streams: sfu.streams.length,
    log: sfu.log.filter((type) => type !== "sfu-trickle"),
  };
}

// -- the switch -------------------------------------------------------------------

/** Into SFU mode (joined in an SFU room, or "media-mode sfu"): publish and subscribe. */
export function enterSfu() {
  state.mediaMode = "sfu";
  publish();
  subscribe();
  renderSendersWarning();
}

/** Drop the SFU connections and their tracks (SFU lost, leaving, reconnecting). */
export function closeSfu() {
  sfu.pub?.close();
  sfu.sub?.close();
  Object.assign(sfu, {
    pub: null, sub: null, sending: {}, simulcast: false, publishing: false, again: false,
    published: null, pendingPub: [], pendingSub: [], feeds: [], subscribed: null, streams: [],
  });
  sfu.tracks.clear();
  sfu.quality.clear();
  for (const peer of state.peers.values()) {
    peer.sfuReadyAt = null;
    peer.setSfuTracks(null);
  }
}

function backToMesh(lost) {
  state.mediaMode = "mesh";
  closeSfu();
  // As after a reconnect: a new connection to everyone, offered by the smaller id.
  for (const peer of state.peers.values()) peer.openMesh(String(state.selfId) < String(peer.id));
  if (lost) toast(t("sfu_lost"));
  renderSendersWarning();
}

inOrder("media-mode", (message) => {
  // Hosts' mesh warning says why a big room is a mesh now (senders.js).
  if (message.reason === "sfu_lost") state.sfuStatus = "unavailable";
  if (message.reason === "sfu_back") state.sfuStatus = "ok";
  if (message.mode === "sfu" && !sfuActive()) enterSfu();
  else if (message.mode === "mesh" && sfuActive()) backToMesh(message.reason === "sfu_lost");
});

// -- publishing --------------------------------------------------------------------

function makePublisher() {
  const pc = new RTCPeerConnection({ iceServers: state.iceServers });
  pc.onicecandidate = (event) => {
    if (sfu.pub === pc) send({ type: "sfu-trickle", pc: "pub", candidate: event.candidate ? event.candidate.toJSON() : null });
  };
  sfu.sending.audio = pc.addTransceiver(state.audioTrack || "audio", { direction: "sendonly" });
  const camera = localVideoTrack() || "video";
  try {
    sfu.sending.video = pc.addTransceiver(camera, { direction: "sendonly", sendEncodings: LAYERS });
    sfu.simulcast = true;
  } catch {
    sfu.sending.video = pc.addTransceiver(camera, { direction: "sendonly" });
  }
  sfu.pub = pc;
}

/** Send an offer for what this page sends now (the first, or again after a change). */
export async function publish() {
  if (!sfuActive() || state.view !== "meeting") return;
  if (sfu.publishing) {
    sfu.again = true;
    return;
  }
  sfu.publishing = true;
  try {
    if (!sfu.pub) makePublisher();
    const pc = sfu.pub;
    await sfu.sending.audio.sender.replaceTrack(state.audioTrack || null);
    await sfu.sending.video.sender.replaceTrack(localVideoTrack());
    if (state.sharing && state.screenTrack) {
      if (!sfu.sending.screen) sfu.sending.screen = pc.addTransceiver(state.screenTrack, { direction: "sendonly" });
      else {
        await sfu.sending.screen.sender.replaceTrack(state.screenTrack);
        sfu.sending.screen.direction = "sendonly";
      }
    } else if (sfu.sending.screen) {
      await sfu.sending.screen.sender.replaceTrack(null);
      sfu.sending.screen.direction = "inactive";
    }
    await pc.setLocalDescription(await pc.createOffer());
    if (sfu.pub !== pc) return;
    sfu.published = { audio: Boolean(state.audioTrack), video: Boolean(localVideoTrack()), screen: state.sharing };
    // "video": the camera (what the server counts against the limit of cameras on).
    send({ type: "sfu-publish", jsep: pc.localDescription.toJSON(), audio: sfu.published.audio, video: sfu.published.video });
  } catch (error) {
    state.lastError = `sfu publish: ${error.message}`;
    sfu.publishing = false;
  }
}

/** The camera or the screen changed: swap the track at once, publish again if the
 * server should know (camera on or off, a screen share started or stopped). */
export async function sfuTracksChanged() {
  if (!sfuActive() || !sfu.pub) return;
  await sfu.sending.audio?.sender.replaceTrack(state.audioTrack || null);
  await sfu.sending.video?.sender.replaceTrack(localVideoTrack());
  const now = { audio: Boolean(state.audioTrack), video: Boolean(localVideoTrack()), screen: state.sharing };
  const last = sfu.published;
  if (!last || last.audio !== now.audio || last.video !== now.video || last.screen !== now.screen) publish();
}

async function publishSettled() {
  sfu.publishing = false;
  if (sfu.again) {
    sfu.again = false;
    await publish();
  }
}

inOrder("sfu-answer", async (message) => {
  const pc = sfu.pub;
  if (!pc || pc.signalingState !== "have-local-offer") return;
  try {
    await pc.setRemoteDescription(message.jsep);
    for (const candidate of sfu.pendingPub.splice(0)) await pc.addIceCandidate(candidate).catch(() => {});
  } finally {
    await publishSettled();
  }
});

inOrder("sfu-error", async (message) => {
  state.lastError = `sfu: ${message.code}`;
  if (message.pc === "pub" || message.code === "video_full") {
    // Roll the refused offer back so that the next one can go.
    if (sfu.pub?.signalingState === "have-local-offer") await sfu.pub.setLocalDescription({ type: "rollback" }).catch(() => {});
    sfu.publishing = false;
  }
  if (message.code === "video_full") {
    await refuseCamera(state.videoSendersMax); // camera off and a note; publishes again, audio only
  } else if (message.pc === "pub") {
    await publishSettled();
  }
});

// -- subscribing -------------------------------------------------------------------

/** Ask for every feed but this page's own (the server adds and drops the difference). */
function subscribe() {
  if (!sfuActive()) return;
  const wanted = sfu.feeds.map((feed) => String(feed.peer)).filter((id) => id !== String(state.selfId)).sort();
  const key = wanted.join(",");
  if (key === sfu.subscribed || (!key && sfu.subscribed === null)) return;
  sfu.subscribed = key;
  send({ type: "sfu-subscribe", feeds: wanted });
}

inOrder("sfu-feeds", (message) => {
  if (!sfuActive()) return;
  sfu.feeds = Array.isArray(message.feeds) ? message.feeds : [];
  subscribe();
  updateQuality();
});

function makeSubscriber() {
  const pc = new RTCPeerConnection({ iceServers: state.iceServers });
  pc.onicecandidate = (event) => {
    if (sfu.sub === pc) send({ type: "sfu-trickle", pc: "sub", candidate: event.candidate ? event.candidate.toJSON() : null });
  };
  pc.ontrack = () => assignTracks();
  pc.onconnectionstatechange = () => {
    for (const peer of state.peers.values()) peer.render();
  };
  sfu.sub = pc;
}

inOrder("sfu-offer", async (message) => {
  if (!sfuActive()) return;
  if (!sfu.sub) makeSubscriber();
  const pc = sfu.sub;
  await pc.setRemoteDescription(message.jsep);
  await pc.setLocalDescription(await pc.createAnswer());
  if (sfu.sub !== pc) return;
  send({ type: "sfu-start", jsep: pc.localDescription.toJSON() });
  sfu.streams = Array.isArray(message.streams) ? message.streams : [];
  for (const candidate of sfu.pendingSub.splice(0)) await pc.addIceCandidate(candidate).catch(() => {});
  sfu.quality.clear(); // new streams start at the SFU's default layer: ask again
  assignTracks();
  updateQuality();
});

/** Each stream of the subscription to its person: audio, camera (their first video),
 * screen (any other video). */
function assignTracks() {
  const pc = sfu.sub;
  if (!pc) return;
  const byPeer = new Map();
  for (const stream of sfu.streams) {
    const transceiver = pc.getTransceivers().find((tr) => !tr.stopped && tr.mid === String(stream.mid));
    if (!transceiver) continue;
    const id = String(stream.peer);
    const tracks = byPeer.get(id) || { audio: null, video: null, screen: null };
    const track = transceiver.receiver.track;
    if (stream.kind === "audio") tracks.audio = tracks.audio || track;
    else if (!tracks.video) tracks.video = track;
    else tracks.screen = tracks.screen || track;
    byPeer.set(id, tracks);
  }
  sfu.tracks = byPeer;
  for (const peer of state.peers.values()) peer.setSfuTracks(byPeer.get(peer.id) || null);
}

inOrder("sfu-trickle", async (message) => {
  const pc = message.pc === "pub" ? sfu.pub : message.pc === "sub" ? sfu.sub : null;
  if (!pc || !message.candidate) return; // the end of Janus' candidates needs nothing
  if (!pc.remoteDescription) {
    (message.pc === "pub" ? sfu.pendingPub : sfu.pendingSub).push(message.candidate);
    return;
  }
  await pc.addIceCandidate(message.candidate).catch((error) => { state.lastError = `sfu candidate: ${error.message}`; });
});

// -- simulcast layers --------------------------------------------------------------

/** The best layer for the active speaker and the tiles on screen, the lowest for the rest. */
function updateQuality() {
  if (!sfuActive() || !sfu.sub) return;
  const visible = new Set(visibleTileIds());
  const speaker = state.speaker && state.speaker !== "self" ? String(state.speaker) : null;
  for (const feed of sfu.feeds) {
    const id = String(feed.peer);
    if (id === String(state.selfId) || !feed.video || !feed.simulcast) continue;
    if (!sfu.streams.some((stream) => String(stream.peer) === id && stream.kind === "video")) continue;
    const substream = visible.has(id) || id === speaker ? 2 : 0;
    if (sfu.quality.get(id) === substream) continue;
    sfu.quality.set(id, substream);
    send({ type: "sfu-quality", peer: id, substream });
  }
}
onVisibleChange(updateQuality);

/** Janus does not add a stream a publisher adds later (a screen share) to the
 * subscriptions of its feed: when someone shares a screen that does not come, this page
 * subscribes to their feed afresh (their tile blinks once). */
const SCREEN_WAIT_MS = 3000;
function refreshScreen(peer, now) {
  const screen = peer.sfuTracks.screen;
  const missing = peer.info.screen && !(screen && screen.readyState === "live" && !screen.muted);
  if (!missing || !sfu.subscribed?.split(",").includes(String(peer.id))) {
    peer.screenWaitSince = null;
    return;
  }
  peer.screenWaitSince = peer.screenWaitSince || now;
  if (now - peer.screenWaitSince < SCREEN_WAIT_MS) return;
  peer.screenWaitSince = now + SCREEN_WAIT_MS; // again in a while if need be
  const wanted = sfu.subscribed.split(",");
  send({ type: "sfu-subscribe", feeds: wanted.filter((id) => id !== String(peer.id)) });
  send({ type: "sfu-subscribe", feeds: wanted });
}

// Now and then: layers for a new speaker, and the mesh closed where the SFU took over.
setInterval(() => {
  if (!sfuActive() || state.view !== "meeting") return;
  updateQuality();
  // Our own media reaches the others once the publisher is up (or there is nothing to send).
  const sending = !sfu.published || (!sfu.published.audio && !sfu.published.video) || sfu.pub?.connectionState === "connected";
  const now = Date.now();
  for (const peer of state.peers.values()) {
    peer.compose();
    refreshScreen(peer, now);
    if (!peer.pc) continue;
    const feed = sfu.feeds.find((f) => String(f.peer) === String(peer.id));
    if (sending && sfu.published && peer.sfuPlaying(feed)) {
      peer.sfuReadyAt = peer.sfuReadyAt || now;
      if (now - peer.sfuReadyAt >= GRACE_MS) peer.closeMesh();
    } else {
      peer.sfuReadyAt = null;
    }
  }
}, 500);

// window.meetingStatus(): a JSON snapshot of the page for the launcher's self-test
// and the tests, with each peer's connection statistics (refreshed twice a second).

import { targetPosition } from "./watch.js";
import { currentLanguage } from "./i18n.js";
import { $, state } from "./state.js";
import { audioContext, meters } from "./levels.js";
import { mediaBlocked } from "./diagnostics.js";
import { videoSenders } from "./senders.js";
import { galleryStatus } from "./gallery.js";
import { sfuStatus } from "./sfu.js";

async function refreshStats() {
  const stats = {};
  await Promise.all([...state.peers.entries()].map(async ([id, peer]) => {
    stats[id] = await peer.stats().catch(() => null);
  }));
  state.stats = stats;
}
setInterval(() => { if (state.peers.size) refreshStats(); }, 500);

window.meetingStatus = () => {
  const tile = (id) => document.querySelector(`.tile[data-id="${CSS.escape(id)}"] video`);
  const track = (media) => (media ? { kind: media.kind, readyState: media.readyState, enabled: media.enabled, label: media.label } : null);
  return {
    view: state.view,
    message: state.view === "message" ? state.message : null,
    reconnecting: Boolean(state.reconnect),
    mediaBlocked: mediaBlocked(),
    mediaBlockedNotice: !$("#media-blocked").hidden,
    // The hosts' "video may stutter" warning (senders.js): cameras on, the server's number.
    videoSenders: state.view === "meeting" ? videoSenders() : 0,
    meshVideoSenders: state.meshVideoSenders,
    sendersWarning: $("#senders-warning").hidden ? null : $("#senders-warning").textContent.trim(),
    gallery: galleryStatus(),
    sfu: sfuStatus(),
    videoSendersMax: state.videoSendersMax,
    cameraNote: $("#camera-note").hidden ? null : $("#camera-note").textContent.trim(),
    language: currentLanguage(),
    selfId: state.selfId,
    isHost: state.isHost,
    name: state.name,
    micOn: Boolean(state.audioTrack && state.micOn),
    camOn: Boolean(state.cameraTrack && state.camOn),
    sharing: state.sharing,
    localTracks: [track(state.audioTrack), track(state.cameraTrack), track(state.screenTrack)].filter(Boolean),
    mediaError: state.mediaError,
    firstLocalFrameAt: state.firstLocalFrameAt,
    lastError: state.lastError,
    speaker: state.speaker,
    audioContext: audioContext ? audioContext.state : null,
    levels: Object.fromEntries([...meters].map(([id, meter]) => [id, Math.round(meter.level * 1000) / 1000])),
    waiting: [...state.waiting.values()].map((w) => ({ id: w.id, name: w.name })),
    recording: state.recording,
    recorder: state.recorder
      ? {
          id: state.recorder.id,
          state: state.recorder.recorder.state,
          // Since the recorder wrote its first data (0 before), and how much it wrote.
          recordedMs: state.recorder.startedAt ? Date.now() - state.recorder.startedAt : 0,
          recordedBytes: state.recorder.bytes,
          mixedTracks: state.recorder.mixed?.size || 0, // audio tracks mixed in so far
        }
      : null,
    recordingUpload: state.recordingUpload,
    recordingIndicator: !$("#rec-indicator").hidden,
    board: {
      strokes: state.board.length,
      points: state.board.map((stroke) => stroke.points.length),
      open: state.boardOpen,
      unseen: state.boardUnseen,
      refused: state.boardRefused || null,
      exported: state.boardExport ? state.boardExport.slice(0, 22) : null,
    },
    chat: state.chat.slice(),
    hand: state.hand,
    locked: state.locked,
    lockIndicator: !$("#lock-indicator").hidden,
    round: state.round ? { order: state.round.order, current: state.round.current, seconds: state.round.seconds } : null,
    watch: state.watch
      ? {
          source: state.watch.source,
          playing: state.watch.playing,
          controller: state.watch.controller,
          target: targetPosition(),
          position: $("#watch-video").currentTime,
          drift: state.watchDrift ?? null,
          shown: !$("#watch").hidden,
        }
      : null,
    reactions: state.reactions.map(({ from, emoji }) => ({ from, emoji })),
    peers: [...state.peers.values()].map((peer) => ({
      id: peer.id,
      name: peer.info.name,
      isHost: peer.info.is_host,
      audio: peer.info.audio,
      video: peer.info.video,
      screen: peer.info.screen,
      hand: Boolean(peer.info.hand),
      connectionState: peer.connectionState(),
      via: peer.viaSfu() ? "sfu" : "mesh",
      mesh: Boolean(peer.pc), // a mesh connection is open
      sfuTracks: Object.values(peer.sfuTracks).filter(Boolean).length,
      videoWidth: tile(peer.id)?.videoWidth || 0,
      // On another page of the gallery (gallery.js), and whether its element plays (sound).
      pagedOut: Boolean(tile(peer.id)?.closest(".tile.paged-out")),
      playing: Boolean(tile(peer.id) && !tile(peer.id).paused && !tile(peer.id).muted),
      // Their shared screen: its tile's video and the video tracks received.
      screenWidth: tile(`${peer.id}:screen`)?.videoWidth || 0,
      screenTile: Boolean(tile(`${peer.id}:screen`)),
      videoTracks: [...peer.stream.getVideoTracks(), peer.screenTrack].filter((media) => media && !media.muted && media.readyState === "live").length,
      ...(state.stats?.[peer.id] || {}),
    })),
  };
};

// The ICE servers this page uses (with a relay, its own TURN credentials): read by the
// launcher's self-test to try the relay; kept out of meetingStatus(), which tests print.
window.meetingIceServers = () => state.iceServers;

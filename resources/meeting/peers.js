// The other people in the meeting: one RTCPeerConnection each and its tiles.
// The newcomer adds one audio and one video (camera) transceiver and offers; a
// screen share adds a third, send-only video transceiver later (and sets it
// inactive when it stops), so either side may renegotiate at any time: "perfect
// negotiation" (the W3C pattern) settles two offers crossing, the page with the
// greater id being the polite one. On the receiving side the first video
// transceiver is the camera and any other one a screen. Registers "peer-joined",
// "peer-left", "peer-media" and "signal".

import { currentLanguage, t } from "./i18n.js";
import { state } from "./state.js";
import { onMessage, send } from "./signalling.js";
import { toast } from "./views.js";
import { localVideoTrack } from "./media.js";
import { meters, watchLevel } from "./levels.js";
import { fillTile, makeTile, renderBanner, renderMeeting, showScreen } from "./tiles.js";
import { renderPeople } from "./people.js";
import { isBlocked } from "./diagnostics.js";
import { renderSendersWarning } from "./senders.js";
import { attachSfu, sfuActive, sfuConnectionState, sfuStats } from "./sfu.js";

class Peer {
  constructor(info, initiator) {
    this.id = info.id;
    this.info = info;
    this.stream = new MediaStream(); // audio and camera, as shown and heard
    this.screenTrack = null; // the screen they share with us
    // What came by the mesh and by the SFU (sfu.js); compose() picks what plays.
    this.meshTracks = { audio: null, video: null, screen: null };
    this.sfuTracks = { audio: null, video: null, screen: null };
    this.sfuReadyAt = null; // since when their SFU media plays (the mesh closes after a while)
    this.createdAt = Date.now(); // diagnostics.js: media that never gets through
    this.lastBytes = null; // {at, received, sent}: for the bitrate between two stats
    this.pc = null; // the mesh connection; none while media goes through the SFU
    this.transceivers = {};
    this.screenTransceiver = null;
    this.pending = [];
    this.tile = makeTile(this.id);
    this.video = this.tile.querySelector("video");
    this.video.addEventListener("loadeddata", () => this.render());
    if (!sfuActive()) this.openMesh(initiator);
    attachSfu(this);
    this.render();
  }

  /** A new mesh connection to them (``initiator``: this page offers). */
  openMesh(initiator) {
    this.closeMesh();
    this.pending = [];
    this.transceivers = {};
    this.screenTransceiver = null; // ours, sending our screen to them
    this.polite = String(state.selfId) > String(this.id);
    this.makingOffer = false;
    this.ignoreOffer = false;
    this.negotiated = false; // the first offer and answer are through
    this.createdAt = Date.now();
    const pc = new RTCPeerConnection({ iceServers: state.iceServers });
    this.pc = pc;
    pc.onicecandidate = (event) => {
      if (event.candidate && this.pc === pc) send({ type: "signal", to: this.id, data: { candidate: event.candidate.toJSON() } });
    };
    pc.onnegotiationneeded = () => { if (this.pc === pc) this.negotiate(); };
    pc.ontrack = (event) => { if (this.pc === pc) this.onTrack(event); };
    pc.onconnectionstatechange = () => {
      if (this.pc !== pc) return;
      // With the SFU, a mesh connection the other side closed is done with.
      if (sfuActive() && ["failed", "closed"].includes(pc.connectionState)) this.closeMesh();
      this.render();
    };
    if (initiator) this.offer();
  }

  /** Close the mesh connection; what plays comes from the SFU alone. */
  closeMesh() {
    if (!this.pc) return;
    const pc = this.pc;
    this.pc = null;
    pc.close();
    this.meshTracks = { audio: null, video: null, screen: null };
    this.transceivers = {};
    this.screenTransceiver = null;
    this.compose();
    this.render();
  }

  offer() {
    this.transceivers.audio = this.pc.addTransceiver(state.audioTrack || "audio", { direction: "sendrecv" });
    this.transceivers.video = this.pc.addTransceiver(localVideoTrack() || "video", { direction: "sendrecv" });
    this.negotiated = true; // our own transceivers come first: a screen may follow at once
    if (state.sharing) this.addScreen();
  }

  async negotiate() {
    const pc = this.pc;
    try {
      this.makingOffer = true;
      await pc.setLocalDescription();
      if (this.pc === pc) send({ type: "signal", to: this.id, data: { sdp: pc.localDescription.toJSON() } });
    } catch (error) {
      state.lastError = `offer: ${error.message}`;
    } finally {
      this.makingOffer = false;
    }
  }

  /** The video transceiver that carries their camera (the first one not ours). */
  cameraTransceiver() {
    if (!this.pc) return null;
    return this.transceivers.video ||
      this.pc.getTransceivers().find((tr) => tr.receiver.track.kind === "video" && tr !== this.screenTransceiver);
  }

  onTrack(event) {
    const track = event.track;
    if (track.kind === "video" && event.transceiver !== this.cameraTransceiver()) {
      this.meshTracks.screen = track;
      const gone = () => {
        if (this.meshTracks.screen !== track) return;
        this.meshTracks.screen = null;
        this.compose();
      };
      // Set inactive by the sharer: the track leaves its stream (and is muted).
      event.streams[0]?.addEventListener("removetrack", (e) => { if (e.track === track) gone(); });
      track.addEventListener("ended", gone);
      this.compose();
      return;
    }
    this.meshTracks[track.kind] = track;
    this.compose();
  }

  /** Their SFU tracks (sfu.js), or null when none. */
  setSfuTracks(tracks) {
    const next = tracks || { audio: null, video: null, screen: null };
    for (const track of Object.values(next)) {
      if (track && !track.sfuWatched) {
        track.sfuWatched = true;
        track.addEventListener("unmute", () => this.compose());
        track.addEventListener("mute", () => this.compose());
      }
    }
    this.sfuTracks = next;
    this.compose();
  }

  /** What plays: per kind the SFU's track once it carries media, else the mesh's. */
  compose() {
    const live = (track) => track && track.readyState === "live";
    const playing = (track) => live(track) && !track.muted;
    const pick = (kind) => {
      const sfuTrack = this.sfuTracks[kind];
      const meshTrack = this.meshTracks[kind];
      if (playing(sfuTrack)) return sfuTrack;
      if (live(meshTrack)) return meshTrack;
      return live(sfuTrack) ? sfuTrack : null;
    };
    const audio = pick("audio");
    const video = pick("video");
    const tracks = [audio, video].filter(Boolean);
    const current = this.stream.getTracks();
    if (tracks.length !== current.length || tracks.some((track) => !current.includes(track))) {
      const heard = this.stream.getAudioTracks()[0] || null;
      this.stream = new MediaStream(tracks);
      this.video.srcObject = this.stream;
      if (audio !== heard) watchLevel(this.id, audio);
      this.render();
    } else if (this.video.srcObject !== this.stream && tracks.length) {
      this.video.srcObject = this.stream;
    }
    const screen = pick("screen");
    if (screen !== this.screenTrack) {
      this.screenTrack = screen;
      this.renderScreen();
    }
  }

  /** Their media through the SFU plays: from then on, sfu.js closes the mesh. */
  sfuPlaying(feed) {
    const playing = (track) => track && track.readyState === "live" && !track.muted;
    if (!feed) return !this.info.audio && !this.info.video;
    if (feed.audio && !playing(this.sfuTracks.audio)) return false;
    if (feed.video && this.info.video && !playing(this.sfuTracks.video)) return false;
    return true;
  }

  /** True when what plays of them comes through the SFU (or nothing by the mesh). */
  viaSfu() {
    if (!this.pc) return sfuActive();
    const sfuTracks = Object.values(this.sfuTracks);
    return this.stream.getTracks().some((track) => sfuTracks.includes(track));
  }

  /** "connected", "connecting"...: the mesh's, or the SFU's once the mesh is gone. */
  connectionState() {
    if (this.pc) return this.pc.connectionState;
    return sfuActive() ? sfuConnectionState() : "new";
  }

  async onSignal(data) {
    if (!this.pc) {
      if (data.sdp?.type !== "offer") return; // late words of a closed connection
      this.openMesh(false);
    }
    const pc = this.pc;
    if (data.sdp) {
      const offer = data.sdp.type === "offer";
      const collision = offer && (this.makingOffer || pc.signalingState !== "stable");
      this.ignoreOffer = !this.polite && collision;
      if (this.ignoreOffer) return;
      await pc.setRemoteDescription(data.sdp); // rolls our own offer back if need be
      if (offer) {
        if (!this.transceivers.audio) {
          // Their first offer: answer with our microphone and camera.
          for (const transceiver of pc.getTransceivers()) {
            const kind = transceiver.receiver.track.kind;
            if (this.transceivers[kind] || transceiver === this.screenTransceiver) continue;
            this.transceivers[kind] = transceiver;
            transceiver.direction = "sendrecv";
            await transceiver.sender.replaceTrack(kind === "audio" ? state.audioTrack : localVideoTrack());
          }
        }
        await pc.setLocalDescription();
        if (this.pc !== pc) return;
        send({ type: "signal", to: this.id, data: { sdp: pc.localDescription.toJSON() } });
        if (!this.negotiated) {
          this.negotiated = true;
          if (state.sharing) this.addScreen();
        }
      }
      for (const candidate of this.pending.splice(0)) await pc.addIceCandidate(candidate).catch(() => {});
    } else if (data.candidate) {
      if (!pc.remoteDescription) {
        this.pending.push(data.candidate);
        return;
      }
      try {
        await pc.addIceCandidate(data.candidate);
      } catch (error) {
        if (!this.ignoreOffer && this.pc === pc) throw error;
      }
    }
  }

  /** Send our screen (state.screenTrack) to them: a renegotiation. */
  addScreen() {
    const track = state.screenTrack;
    if (!track || !this.pc || !this.negotiated || this.pc.signalingState === "closed") return;
    if (this.screenTransceiver) {
      this.screenTransceiver.sender.replaceTrack(track);
      this.screenTransceiver.direction = "sendonly";
    } else {
      this.screenTransceiver = this.pc.addTransceiver(track, { direction: "sendonly", streams: [new MediaStream([track])] });
    }
  }

  /** Stop sending our screen; the transceiver stays for the next share. */
  removeScreen() {
    if (!this.screenTransceiver || !this.pc || this.pc.signalingState === "closed") return;
    this.screenTransceiver.sender.replaceTrack(null);
    this.screenTransceiver.direction = "inactive";
  }

  renderScreen() {
    const live = this.screenTrack && this.info.screen !== false ? this.screenTrack : null;
    showScreen(this.id, live, this.info.name);
    renderBanner();
  }

  async setTrack(kind, track) {
    const transceiver = this.transceivers[kind];
    if (transceiver) await transceiver.sender.replaceTrack(track || null);
  }

  render() {
    const showVideo = this.info.video && this.stream.getVideoTracks().length > 0;
    fillTile(this.tile, {
      name: this.info.name,
      host: this.info.is_host,
      audio: this.info.audio,
      showVideo,
      hand: Boolean(this.info.hand),
      state: isBlocked(this) ? "blocked" : this.connectionState(),
    });
    this.shownBlocked = isBlocked(this);
    this.shownLanguage = currentLanguage();
  }

  close() {
    this.pc?.close();
    this.pc = null;
    meters.delete(this.id);
    this.tile.remove();
    showScreen(this.id, null);
  }

  /** Media counters and the path in use (getStats): status.js and diagnostics.js. */
  async stats() {
    const out = {
      framesDecoded: 0, screenFramesDecoded: 0, audioPacketsReceived: 0, bytesSent: 0,
      bytesReceived: 0, packetsLost: 0, packetsReceived: 0,
      path: null, localCandidateType: null, remoteCandidateType: null, rttMs: null,
      receiveKbps: null, sendKbps: null, lossPercent: null,
    };
    // Through the SFU: the subscriber connection's entries of their streams only.
    const viaSfu = this.viaSfu();
    const source = viaSfu ? await sfuStats(this) : null;
    if (viaSfu && !source) return out;
    const screen = this.screenTrack?.id;
    const camera = viaSfu ? this.sfuTracks.video?.id : this.cameraTransceiver()?.receiver.track.id;
    const report = viaSfu ? source.report : await this.pc.getStats();
    const theirs = (entry) => !viaSfu || source.mids.has(String(entry.mid)) || source.tracks.has(entry.trackIdentifier);
    let pair = null;
    report.forEach((entry) => {
      if (entry.type === "inbound-rtp" && !theirs(entry)) return;
      if (entry.type === "inbound-rtp" && entry.kind === "video") {
        const track = entry.trackIdentifier; // not in every browser's stats
        if (screen && track === screen) out.screenFramesDecoded += entry.framesDecoded || 0;
        else if (!track || track === camera) out.framesDecoded += entry.framesDecoded || 0;
      }
      if (entry.type === "inbound-rtp" && entry.kind === "audio") out.audioPacketsReceived += entry.packetsReceived || 0;
      if (entry.type === "inbound-rtp") {
        out.bytesReceived += entry.bytesReceived || 0;
        out.packetsReceived += entry.packetsReceived || 0;
        out.packetsLost += Math.max(0, entry.packetsLost || 0);
      }
      if (entry.type === "outbound-rtp" && !viaSfu) out.bytesSent += entry.bytesSent || 0;
      if (entry.type === "transport" && entry.selectedCandidatePairId) pair = report.get(entry.selectedCandidatePairId);
    });
    if (viaSfu) out.bytesSent = source.bytesSent; // what this page sends to the SFU, for all
    out.via = viaSfu ? "sfu" : "mesh";
    if (!pair) report.forEach((entry) => { if (entry.type === "candidate-pair" && entry.nominated && entry.state === "succeeded") pair = entry; });
    if (pair) {
      out.localCandidateType = report.get(pair.localCandidateId)?.candidateType || null;
      out.remoteCandidateType = report.get(pair.remoteCandidateId)?.candidateType || null;
      // Either end relayed through TURN: the media takes the relay's way.
      out.path = out.localCandidateType === "relay" || out.remoteCandidateType === "relay" ? "relay" : "direct";
      if (typeof pair.currentRoundTripTime === "number") out.rttMs = Math.round(pair.currentRoundTripTime * 1000);
    }
    const now = Date.now();
    if (this.lastBytes && now > this.lastBytes.at) {
      const seconds = (now - this.lastBytes.at) / 1000;
      out.receiveKbps = Math.round(((out.bytesReceived - this.lastBytes.received) * 8) / 1000 / seconds);
      out.sendKbps = Math.round(((out.bytesSent - this.lastBytes.sent) * 8) / 1000 / seconds);
    }
    this.lastBytes = { at: now, received: out.bytesReceived, sent: out.bytesSent };
    const packets = out.packetsReceived + out.packetsLost;
    if (packets > 0) out.lossPercent = Math.round((out.packetsLost / packets) * 1000) / 10;
    return out;
  }
}

export function addPeer(info, initiator) {
  state.peers.get(info.id)?.close();
  state.peers.set(info.id, new Peer(info, initiator));
  renderMeeting();
}

onMessage("peer-joined", (message) => {
  addPeer(message.peer, false);
  toast(t("joined_toast", { name: message.peer.name }));
});

onMessage("peer-left", (message) => {
  const peer = state.peers.get(message.id);
  if (peer) {
    toast(t("left_toast", { name: peer.info.name }));
    peer.close();
    state.peers.delete(message.id);
    renderMeeting();
  }
});

onMessage("peer-media", (message) => {
  const peer = state.peers.get(message.id);
  if (peer) {
    const raised = message.hand && !peer.info.hand;
    Object.assign(peer.info, { audio: message.audio, video: message.video, screen: message.screen, hand: Boolean(message.hand) });
    if (raised) toast(t("hand_raised", { name: peer.info.name }));
    peer.render();
    peer.renderScreen();
    renderPeople();
    renderBanner();
    renderSendersWarning();
  }
});

onMessage("signal", async (message) => {
  await state.peers.get(message.from)?.onSignal(message.data);
});

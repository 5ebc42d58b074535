// The other people in the meeting: one RTCPeerConnection each (one audio and one
// video transceiver, negotiated once by the newcomer) and its tile. Registers
// "peer-joined", "peer-left", "peer-media" and "signal".

import { t } from "./i18n.js";
import { state } from "./state.js";
import { onMessage, send } from "./signalling.js";
import { toast } from "./views.js";
import { localVideoTrack } from "./media.js";
import { meters, watchLevel } from "./levels.js";
import { fillTile, makeTile, renderBanner, renderMeeting } from "./tiles.js";
import { renderPeople } from "./people.js";

class Peer {
  constructor(info, initiator) {
    this.id = info.id;
    this.info = info;
    this.stream = new MediaStream();
    this.pending = [];
    this.transceivers = {};
    this.pc = new RTCPeerConnection({ iceServers: state.iceServers });
    this.pc.onicecandidate = (event) => {
      if (event.candidate) send({ type: "signal", to: this.id, data: { candidate: event.candidate.toJSON() } });
    };
    this.pc.ontrack = (event) => {
      this.stream.addTrack(event.track);
      if (event.track.kind === "audio") watchLevel(this.id, event.track);
      this.video.srcObject = this.stream;
    };
    this.pc.onconnectionstatechange = () => this.render();
    this.tile = makeTile(this.id);
    this.video = this.tile.querySelector("video");
    this.video.addEventListener("loadeddata", () => this.render());
    this.render();
    if (initiator) this.offer().catch((error) => { state.lastError = `offer: ${error.message}`; });
  }

  async offer() {
    this.transceivers.audio = this.pc.addTransceiver(state.audioTrack || "audio", { direction: "sendrecv" });
    this.transceivers.video = this.pc.addTransceiver(localVideoTrack() || "video", { direction: "sendrecv" });
    await this.pc.setLocalDescription(await this.pc.createOffer());
    send({ type: "signal", to: this.id, data: { sdp: this.pc.localDescription.toJSON() } });
  }

  async onSignal(data) {
    if (data.sdp) {
      await this.pc.setRemoteDescription(data.sdp);
      if (data.sdp.type === "offer") {
        for (const transceiver of this.pc.getTransceivers()) {
          const kind = transceiver.receiver.track.kind;
          this.transceivers[kind] = transceiver;
          transceiver.direction = "sendrecv";
          await transceiver.sender.replaceTrack(kind === "audio" ? state.audioTrack : localVideoTrack());
        }
        await this.pc.setLocalDescription(await this.pc.createAnswer());
        send({ type: "signal", to: this.id, data: { sdp: this.pc.localDescription.toJSON() } });
      }
      for (const candidate of this.pending.splice(0)) await this.pc.addIceCandidate(candidate);
    } else if (data.candidate) {
      if (this.pc.remoteDescription) await this.pc.addIceCandidate(data.candidate);
      else this.pending.push(data.candidate);
    }
  }

  async setTrack(kind, track) {
    const transceiver = this.transceivers[kind];
    if (transceiver) await transceiver.sender.replaceTrack(track || null);
  }

  render() {
    const showVideo = (this.info.video || this.info.screen) && this.stream.getVideoTracks().length > 0;
    fillTile(this.tile, {
      name: this.info.name,
      host: this.info.is_host,
      audio: this.info.audio,
      showVideo,
      screen: this.info.screen,
      hand: Boolean(this.info.hand),
      state: this.pc.connectionState,
    });
  }

  close() {
    this.pc.close();
    meters.delete(this.id);
    this.tile.remove();
  }

  async stats() {
    const out = { framesDecoded: 0, audioPacketsReceived: 0, bytesSent: 0 };
    const report = await this.pc.getStats();
    report.forEach((entry) => {
      if (entry.type === "inbound-rtp" && entry.kind === "video") out.framesDecoded += entry.framesDecoded || 0;
      if (entry.type === "inbound-rtp" && entry.kind === "audio") out.audioPacketsReceived += entry.packetsReceived || 0;
      if (entry.type === "outbound-rtp") out.bytesSent += entry.bytesSent || 0;
    });
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
    renderPeople();
    renderBanner();
  }
});

onMessage("signal", async (message) => {
  await state.peers.get(message.from)?.onSignal(message.data);
});

// The server's messages: send() one, and the handler table. Each feature registers
// what it does with a message type (onMessage); connection.js hands every message
// received to dispatch(). The protocol is launcher/server/signalling.py's.
// Imports only state.js, so it is ready before any feature registers.

import { state } from "./state.js";

export function send(message) {
  if (state.ws && state.ws.readyState === WebSocket.OPEN) state.ws.send(JSON.stringify(message));
}

// What the page does with each of the server's messages: one handler per type,
// registered by the feature it belongs to; a type without one is ignored.
const handlers = new Map();

export function onMessage(type, handler) {
  if (handlers.has(type)) throw new Error(`a second handler for "${type}"`);
  handlers.set(type, handler);
}

export async function dispatch(message) {
  await handlers.get(message.type)?.(message);
}

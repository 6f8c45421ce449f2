/**
 * The Jupyter wire format: a message is the frames
 * `[routing ids…, "<IDS|MSG>", signature, header, parent_header, metadata, content, buffers…]`,
 * where the signature is the HMAC-SHA256 hex digest, under the connection key, of the four JSON
 * frames exactly as sent. Incoming messages whose signature does not verify are refused here
 * (constant-time comparison), before anything reads their content.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { fail } from "./messages.js";
import type { JupyterMessage, MessageHeader } from "./message.js";

/** The frame separating ZeroMQ routing identities from the message. */
export const DELIMITER = Buffer.from("<IDS|MSG>");

/**
 * The hex HMAC-SHA256 of `parts` (header, parent_header, metadata, content) under `key`.
 * An empty key means "no authentication" in Jupyter: the signature is then "".
 */
export function sign(key: string, parts: readonly (string | Buffer)[]): string {
  if (key === "") return "";
  const hmac = createHmac("sha256", key);
  for (const part of parts) hmac.update(part);
  return hmac.digest("hex");
}

/** Whether `signature` is the signature of `parts`, compared in constant time. */
export function verify(key: string, signature: string, parts: readonly (string | Buffer)[]): boolean {
  const expected = Buffer.from(sign(key, parts), "utf8");
  const received = Buffer.from(signature, "utf8");
  // timingSafeEqual needs equal lengths; a length mismatch is itself a failure, and the
  // digest's length is public (64 hex characters), so checking it first leaks nothing.
  return expected.length === received.length && timingSafeEqual(expected, received);
}

/** The frames of `message`, signed with `key`. */
export function serialize(message: JupyterMessage<object>, key: string): Buffer[] {
  const parts = [message.header, message.parent_header, message.metadata, message.content].map((part) =>
    Buffer.from(JSON.stringify(part), "utf8"),
  );
  return [...message.identities, DELIMITER, Buffer.from(sign(key, parts), "utf8"), ...parts, ...message.buffers];
}

/**
 * The message in `frames`, after checking its signature under `key`. Throws
 * `malformedMessage` for frames that are not a Jupyter message and `badSignature` for a
 * signature that does not verify; the content of a refused message is never parsed.
 */
export function deserialize(frames: readonly Buffer[], key: string, socket = "kernel"): JupyterMessage {
  const at = frames.findIndex((frame) => frame.equals(DELIMITER));
  if (at < 0) fail("malformedMessage", { socket, reason: "no <IDS|MSG> delimiter" });
  if (frames.length < at + 6)
    fail("malformedMessage", {
      socket,
      reason: `${frames.length - at - 1} frames after the delimiter, expected at least 5`,
    });
  const signature = frames[at + 1]!.toString("utf8");
  const parts = frames.slice(at + 2, at + 6);
  if (!verify(key, signature, parts)) fail("badSignature", { socket });
  const [header, parent, metadata, content] = parts.map((part, i) => parseJson(part, socket, FRAME_NAMES[i]!));
  if (!isHeader(header)) fail("malformedMessage", { socket, reason: "the header has no msg_type" });
  return {
    identities: frames.slice(0, at),
    header,
    parent_header: parent ?? {},
    metadata: (metadata ?? {}) as Record<string, unknown>,
    content: (content ?? {}) as Record<string, unknown>,
    buffers: frames.slice(at + 6),
  };
}

const FRAME_NAMES = ["header", "parent_header", "metadata", "content"];

function parseJson(frame: Buffer, socket: string, name: string): unknown {
  try {
    return JSON.parse(frame.toString("utf8"));
  } catch {
    return fail("malformedMessage", { socket, reason: `the ${name} is not JSON` });
  }
}

function isHeader(value: unknown): value is MessageHeader {
  return typeof value === "object" && value !== null && typeof (value as { msg_type?: unknown }).msg_type === "string";
}

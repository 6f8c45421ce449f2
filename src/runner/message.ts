/**
 * Jupyter messages as the runner handles them (messaging protocol 5.3), and how new requests
 * are made. The wire form (frames, signatures) is in ./wire.ts.
 */
import { randomUUID } from "node:crypto";
import { userInfo } from "node:os";

/** The protocol version the runner speaks. */
export const PROTOCOL_VERSION = "5.3";

/** A message header: `msg_id` is unique per message, `session` per client. */
export interface MessageHeader {
  readonly msg_id: string;
  readonly username: string;
  readonly session: string;
  /** ISO 8601. */
  readonly date: string;
  readonly msg_type: string;
  readonly version: string;
}

/** One Jupyter message, decoded. `identities` are the ZeroMQ routing prefix (empty on a Dealer). */
export interface JupyterMessage<C = Record<string, unknown>> {
  readonly identities: readonly Buffer[];
  readonly header: MessageHeader;
  /** The header of the request this message answers (`{}` when none). */
  readonly parent_header: Partial<MessageHeader>;
  readonly metadata: Record<string, unknown>;
  readonly content: C;
  /** Extra binary frames after the content (not signed). */
  readonly buffers: readonly Buffer[];
}

/** The content of an `execute_request`, with the defaults nbclient uses. */
export interface ExecuteRequestContent {
  readonly code: string;
  readonly silent: boolean;
  readonly store_history: boolean;
  readonly user_expressions: Record<string, string>;
  readonly allow_stdin: boolean;
  readonly stop_on_error: boolean;
}

/**
 * A new request from this client: a fresh `msg_id`, the client's `session`, today's date.
 *
 * ```ts
 * newMessage("kernel_info_request", {}, { session }) // → header.msg_type "kernel_info_request"
 * ```
 */
export function newMessage<C extends object>(
  msgType: string,
  content: C,
  {
    session,
    username = currentUser(),
    parent = {},
  }: { session: string; username?: string; parent?: Partial<MessageHeader> },
): JupyterMessage<C> {
  return {
    identities: [],
    header: {
      msg_id: randomUUID(),
      username,
      session,
      date: new Date().toISOString(),
      msg_type: msgType,
      version: PROTOCOL_VERSION,
    },
    parent_header: parent,
    metadata: {},
    content,
    buffers: [],
  };
}

/** `execute_request` content for one cell: no stdin (a headless run cannot answer input()), history kept. */
export function executeContent(code: string): ExecuteRequestContent {
  return { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true };
}

let cachedUser: string | undefined;
function currentUser(): string {
  if (cachedUser === undefined) {
    try {
      cachedUser = userInfo().username;
    } catch {
      cachedUser = "runner";
    }
  }
  return cachedUser;
}

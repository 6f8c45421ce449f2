/**
 * The client's side of a kernel connection: one ZeroMQ socket per channel (shell and control
 * `Dealer`s, iopub `Subscriber`, heartbeat `Request`), one reader loop per socket (zeromq 6
 * allows one pending receive at a time), and dispatch of each verified message to the request
 * it answers, by `parent_header.msg_id`. A message whose signature does not verify is dropped
 * and counted; it never reaches a request.
 */
import { randomBytes, randomUUID } from "node:crypto";
import * as zmq from "zeromq";
import { GpuCostError } from "../errors/error.js";
import { channelAddress, type ConnectionInfo } from "./connection-file.js";
import { newMessage, type JupyterMessage } from "./message.js";
import { deserialize, serialize } from "./wire.js";

/** A request in flight: complete once its reply and (if asked) its iopub `idle` have arrived. */
export interface Request {
  readonly msgId: string;
  /** Resolves with the reply once the completion condition holds. */
  readonly done: Promise<JupyterMessage>;
  /** Resolves with the reply as soon as it arrives (possibly before `idle`). */
  readonly replied: Promise<JupyterMessage>;
  reply: JupyterMessage | undefined;
  idle: boolean;
  /** iopub messages other than `status` seen for this request (whether or not they were handled). */
  iopubCount: number;
}

interface Pending extends Request {
  readonly waitForIdle: boolean;
  readonly onIopub: ((message: JupyterMessage) => void) | undefined;
  resolve(reply: JupyterMessage): void;
  reject(error: Error): void;
  onReply(reply: JupyterMessage): void;
}

/** Options of a KernelClient. */
export interface KernelClientOptions {
  /** Called with each message refused on arrival (bad signature, not a Jupyter message). Defaults to ignoring it (it is still counted). */
  onRejected?: (error: GpuCostError, channel: string) => void;
}

/** A connection to one kernel's channels. */
export class KernelClient {
  readonly session = randomUUID();
  /** How many incoming messages were refused (bad signature or malformed). */
  rejectedCount = 0;
  #info: ConnectionInfo;
  #onRejected: KernelClientOptions["onRejected"];
  #shell = new zmq.Dealer({ linger: 0 });
  #control = new zmq.Dealer({ linger: 0 });
  // no high-water mark: a cell that floods its output must not lose the messages after it (its
  // status included); CellOutputs keeps only the first megabyte of it
  #iopub = new zmq.Subscriber({ linger: 0, receiveHighWaterMark: 0 });
  #hb = new zmq.Request({ linger: 0, relaxed: true, correlate: true, receiveTimeout: 1000 });
  #pending = new Map<string, Pending>();
  #sendQueues = new Map<zmq.Dealer, Promise<unknown>>();
  #closed = false;

  constructor(info: ConnectionInfo, { onRejected }: KernelClientOptions = {}) {
    this.#info = info;
    this.#onRejected = onRejected;
    this.#iopub.subscribe();
    this.#iopub.connect(channelAddress(info, "iopub"));
    this.#shell.connect(channelAddress(info, "shell"));
    this.#control.connect(channelAddress(info, "control"));
    this.#hb.connect(channelAddress(info, "hb"));
    void this.#read(this.#shell, "shell");
    void this.#read(this.#control, "control");
    void this.#read(this.#iopub, "iopub");
  }

  /**
   * Sends a `msgType` request on `channel`. `onIopub` receives every iopub message whose parent
   * is this request (status messages included). `waitForIdle` (default true): `done` waits for
   * the iopub `status: idle` as well as the reply, so that all outputs have arrived.
   */
  request(
    channel: "shell" | "control",
    msgType: string,
    content: object,
    { onIopub, waitForIdle = true }: { onIopub?: (message: JupyterMessage) => void; waitForIdle?: boolean } = {},
  ): Request {
    const message = newMessage(msgType, content, { session: this.session });
    let resolve!: (reply: JupyterMessage) => void;
    let reject!: (error: Error) => void;
    const done = new Promise<JupyterMessage>((res, rej) => ((resolve = res), (reject = rej)));
    let onReply!: (reply: JupyterMessage) => void;
    const replied = new Promise<JupyterMessage>((res) => (onReply = res));
    done.catch(() => undefined); // a caller that stopped listening must not cause an unhandled rejection
    const pending: Pending = {
      msgId: message.header.msg_id,
      done,
      replied,
      reply: undefined,
      idle: false,
      iopubCount: 0,
      waitForIdle,
      onIopub,
      resolve,
      reject,
      onReply,
    };
    this.#pending.set(pending.msgId, pending);
    const socket = channel === "shell" ? this.#shell : this.#control;
    const previous = this.#sendQueues.get(socket) ?? Promise.resolve();
    const sent = previous.then(() => (this.#closed ? undefined : socket.send(serialize(message, this.#info.key))));
    this.#sendQueues.set(
      socket,
      sent.catch(() => undefined),
    );
    sent.catch((error: Error) => this.#settle(pending, error));
    return pending;
  }

  /** Stops waiting for `request` (its `done` rejects with `error`); later messages for it are ignored. */
  abandon(request: Request, error: Error): void {
    const pending = this.#pending.get(request.msgId);
    if (pending) this.#settle(pending, error);
  }

  /** Rejects every request in flight with `error` (e.g. the kernel died). */
  failAll(error: Error): void {
    for (const pending of [...this.#pending.values()]) this.#settle(pending, error);
  }

  /** One heartbeat: true if the kernel echoed random bytes back within the socket's 1 s receive timeout. */
  async ping(): Promise<boolean> {
    if (this.#closed) return false;
    const payload = randomBytes(8);
    try {
      await this.#hb.send(payload);
      const [echo] = await this.#hb.receive();
      return echo !== undefined && echo.equals(payload);
    } catch {
      return false;
    }
  }

  /** Closes every socket; requests in flight are rejected with `error`. Idempotent. */
  close(error: Error = new Error("kernel connection closed")): void {
    if (this.#closed) return;
    this.#closed = true;
    this.failAll(error);
    for (const socket of [this.#shell, this.#control, this.#iopub, this.#hb]) socket.close();
  }

  async #read(socket: zmq.Dealer | zmq.Subscriber, channel: string): Promise<void> {
    try {
      for await (const frames of socket) this.#dispatch(frames, channel);
    } catch {
      // the socket was closed while a receive was pending: nothing more to read
    }
  }

  #dispatch(frames: Buffer[], channel: string): void {
    let message: JupyterMessage;
    try {
      message = deserialize(frames, this.#info.key, channel);
    } catch (error) {
      this.rejectedCount++;
      if (error instanceof GpuCostError) this.#onRejected?.(error as GpuCostError, channel);
      return;
    }
    const pending = this.#pending.get(message.parent_header.msg_id ?? "");
    if (!pending) return; // output of a request already settled, or of another client
    if (channel === "iopub") {
      if (message.header.msg_type === "status") {
        if (message.content.execution_state === "idle") pending.idle = true;
      } else {
        pending.iopubCount++;
      }
      pending.onIopub?.(message);
    } else {
      pending.reply = message;
      pending.onReply(message);
    }
    if (pending.reply && (pending.idle || !pending.waitForIdle)) this.#settle(pending, pending.reply);
  }

  #settle(pending: Pending, outcome: JupyterMessage | Error): void {
    if (!this.#pending.delete(pending.msgId)) return;
    if (outcome instanceof Error) pending.reject(outcome);
    else pending.resolve(outcome);
  }
}

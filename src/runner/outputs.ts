/**
 * From iopub messages to nbformat outputs, as nbclient does it: consecutive streams of the same
 * name merge into one output; `clear_output` clears at once, or with `wait: true` just before
 * the next output arrives; `update_display_data` replaces, wherever it is in the notebook, every
 * output shown with the same `transient.display_id`.
 */
import { messages } from "./messages.js";
import type { JupyterMessage } from "./message.js";
import { joinLines, splitLines, type MimeBundle, type Output } from "./ipynb.js";

/** Outputs shown under a display id, across the whole notebook (an update may reach an earlier cell). */
export class DisplayRegistry {
  #byId = new Map<string, Array<Extract<Output, { data: MimeBundle }>>>();

  register(displayId: string, output: Extract<Output, { data: MimeBundle }>): void {
    const list = this.#byId.get(displayId) ?? [];
    list.push(output);
    this.#byId.set(displayId, list);
  }

  /** Replaces data and metadata of every output shown under `displayId`; false if there is none. */
  update(displayId: string, data: MimeBundle, metadata: Record<string, unknown>): boolean {
    const list = this.#byId.get(displayId);
    if (!list) return false;
    for (const output of list) {
      output.data = data;
      output.metadata = metadata;
    }
    return true;
  }
}

/** How many bytes of output one cell keeps by default: 1,000,000 (the notebooks' largest output is about 65 kB). */
export const DEFAULT_MAX_OUTPUT_BYTES = 1_000_000;

/**
 * The outputs of one cell, built message by message, up to `maxBytes` of stream text and rich
 * data: what comes after is counted but not kept, and `finish()` says so in a note at the end
 * (errors are always kept).
 */
export class CellOutputs {
  readonly outputs: Output[];
  /** The cell's execution count, from `execute_input` or `execute_result`. */
  executionCount: number | null = null;
  /** Bytes of output received (kept or not). */
  receivedBytes = 0;
  #kept = 0;
  #maxBytes: number;
  #displays: DisplayRegistry;
  #clearBeforeNext = false;

  /**
   * `outputs`: the list to fill (the cell's own, so updates from later cells land in place).
   * `maxBytes`: defaults to {@link DEFAULT_MAX_OUTPUT_BYTES}.
   */
  constructor(displays: DisplayRegistry, outputs: Output[] = [], { maxBytes = DEFAULT_MAX_OUTPUT_BYTES } = {}) {
    this.#displays = displays;
    this.outputs = outputs;
    this.#maxBytes = maxBytes;
  }

  /** Whether output was dropped for the limit. */
  get truncated(): boolean {
    return this.receivedBytes > this.#kept;
  }

  /** Ends the cell: when output was dropped, a note at the end says how much (`outputTruncated`). */
  finish(): void {
    if (!this.truncated) return;
    this.#clearPending();
    const note = messages.outputTruncated({ limit: this.#maxBytes, received: this.receivedBytes });
    this.outputs.push({ output_type: "stream", name: "stderr", text: splitLines(`\n${note}\n`) });
  }

  /** The part of `bytes` bytes that fits in the limit: all of it, part of it, or none. */
  #admit(bytes: number): number {
    this.receivedBytes += bytes;
    const room = Math.max(0, Math.min(bytes, this.#maxBytes - this.#kept));
    this.#kept += room;
    return room;
  }

  /** Everything the cell wrote to `stream` ("stdout" or "stderr"), joined. */
  streamText(name: "stdout" | "stderr"): string {
    return this.outputs
      .filter((o) => o.output_type === "stream" && o.name === name)
      .map((o) => joinLines((o as { text: string[] }).text))
      .join("");
  }

  /** Takes one iopub message; messages that carry no output (status, execute_input…) only update state. */
  add(message: JupyterMessage): void {
    const content = message.content;
    switch (message.header.msg_type) {
      case "execute_input":
        if (typeof content.execution_count === "number") this.executionCount = content.execution_count;
        return;
      case "clear_output":
        if (content.wait === true) this.#clearBeforeNext = true;
        else this.outputs.length = 0;
        return;
      case "update_display_data": {
        const id = displayId(content);
        if (id !== undefined) this.#displays.update(id, bundle(content.data), record(content.metadata));
        return;
      }
      case "stream": {
        const all = text(content.text);
        const bytes = Buffer.byteLength(all);
        const room = this.#admit(bytes);
        if (room === 0) return;
        return this.#stream(content.name === "stderr" ? "stderr" : "stdout", room < bytes ? headBytes(all, room) : all);
      }
      case "display_data":
        if (this.#admit(dataBytes(content.data)) < dataBytes(content.data)) return;
        return this.#display(
          { output_type: "display_data", data: bundle(content.data), metadata: record(content.metadata) },
          content,
        );
      case "execute_result": {
        if (this.#admit(dataBytes(content.data)) < dataBytes(content.data)) return;
        const count = typeof content.execution_count === "number" ? content.execution_count : this.executionCount;
        this.executionCount = count;
        return this.#display(
          {
            output_type: "execute_result",
            execution_count: count,
            data: bundle(content.data),
            metadata: record(content.metadata),
          },
          content,
        );
      }
      case "error":
        this.#push({
          output_type: "error",
          ename: text(content.ename),
          evalue: text(content.evalue),
          traceback: Array.isArray(content.traceback) ? content.traceback.map(String) : [],
        });
        return;
      default:
        return;
    }
  }

  #stream(name: "stdout" | "stderr", text: string): void {
    this.#clearPending();
    const last = this.outputs[this.outputs.length - 1];
    if (last?.output_type === "stream" && last.name === name) {
      // appended in place: a cell writing many small pieces costs time in proportion to its output
      const lines = Array.isArray(last.text) ? last.text : splitLines(last.text);
      const added = splitLines(text);
      if (lines.length > 0 && added.length > 0 && !lines[lines.length - 1]!.endsWith("\n"))
        lines[lines.length - 1] += added.shift()!;
      for (const line of added) lines.push(line);
      last.text = lines;
      return;
    }
    this.outputs.push({ output_type: "stream", name, text: splitLines(text) });
  }

  #display(output: Extract<Output, { data: MimeBundle }>, content: Record<string, unknown>): void {
    this.#push(output);
    const id = displayId(content);
    if (id !== undefined) this.#displays.register(id, output);
  }

  #push(output: Output): void {
    this.#clearPending();
    this.outputs.push(output);
  }

  #clearPending(): void {
    if (!this.#clearBeforeNext) return;
    this.#clearBeforeNext = false;
    this.outputs.length = 0;
  }
}

/** The size of a message's data bundle, as JSON. */
function dataBytes(data: unknown): number {
  return Buffer.byteLength(JSON.stringify(data ?? {}));
}

/** The first `bytes` bytes of `text` in UTF-8, never cutting a character in two. */
export function headBytes(text: string, bytes: number): string {
  const buffer = Buffer.from(text, "utf8");
  let end = Math.min(bytes, buffer.length);
  while (end > 0 && end < buffer.length && (buffer[end]! & 0xc0) === 0x80) end--;
  return buffer.subarray(0, end).toString("utf8");
}

function displayId(content: Record<string, unknown>): string | undefined {
  const transient = record(content.transient);
  return typeof transient.display_id === "string" ? transient.display_id : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A message's data bundle as nbformat stores it: text types as lists of lines, JSON types as they are. */
function bundle(value: unknown): MimeBundle {
  const data = record(value);
  const out: MimeBundle = {};
  for (const [mime, v] of Object.entries(data))
    out[mime] = typeof v === "string" && !isJsonMime(mime) ? splitLines(v) : v;
  return out;
}

/** `application/json`, `application/vnd.vegalite.v5+json`: stored as JSON values, not text. */
export function isJsonMime(mime: string): boolean {
  return mime === "application/json" || /^application\/.+\+json$/.test(mime);
}

/** A text field of a message as given; anything else as JSON, so nothing prints as [object Object]. */
function text(value: unknown): string {
  return typeof value === "string" ? value : value === undefined || value === null ? "" : JSON.stringify(value);
}

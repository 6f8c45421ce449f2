/**
 * From iopub messages to nbformat outputs, as nbclient does it: consecutive streams of the same
 * name merge into one output; `clear_output` clears at once, or with `wait: true` just before
 * the next output arrives; `update_display_data` replaces, wherever it is in the notebook, every
 * output shown with the same `transient.display_id`.
 */
import type { JupyterMessage } from "./message.js";
import { joinLines, splitLines, type MimeBundle, type Output } from "./notebook.js";

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

/** The outputs of one cell, built message by message. */
export class CellOutputs {
  readonly outputs: Output[];
  /** The cell's execution count, from `execute_input` or `execute_result`. */
  executionCount: number | null = null;
  #displays: DisplayRegistry;
  #clearBeforeNext = false;

  /** `outputs`: the list to fill (the cell's own, so updates from later cells land in place). */
  constructor(displays: DisplayRegistry, outputs: Output[] = []) {
    this.#displays = displays;
    this.outputs = outputs;
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
      case "stream":
        return this.#stream(content.name === "stderr" ? "stderr" : "stdout", text(content.text));
      case "display_data":
        return this.#display(
          { output_type: "display_data", data: bundle(content.data), metadata: record(content.metadata) },
          content,
        );
      case "execute_result": {
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
      last.text = splitLines(joinLines(last.text) + text);
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

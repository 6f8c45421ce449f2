/**
 * Progress of a run on the terminal. On a TTY, one live line per running notebook (notebook,
 * cell i/n, elapsed) redrawn in place, and a permanent line as each one ends; elsewhere (CI,
 * pipes) plain lines only: one when a notebook starts and one when it ends.
 */
import { relative } from "node:path";
import type { RunEvent } from "../runner/run-notebook.js";

/** A progress display: feed it the runner's events, then `stop()` it. */
export interface Progress {
  readonly onEvent: (event: RunEvent) => void;
  stop(): void;
}

interface Running {
  readonly started: number;
  cell: number;
  cells: number;
}

/** A display on `stream`: live when it is a TTY (and `live` is not false), plain lines otherwise. */
export function progress(
  stream: NodeJS.WriteStream = process.stdout,
  { live = stream.isTTY === true }: { live?: boolean } = {},
): Progress {
  const running = new Map<string, Running>();
  let drawn = 0;
  let timer: NodeJS.Timeout | undefined;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

  const clear = () => {
    if (drawn > 0) stream.write(`\x1b[${drawn}A\x1b[0J`);
    drawn = 0;
  };
  const draw = () => {
    clear();
    const width = stream.columns ?? 80;
    const now = Date.now();
    for (const [name, r] of running) {
      const cell = r.cells > 0 ? `cell ${r.cell}/${r.cells}` : "starting kernel";
      stream.write(`  … ${name}  ${cell}  ${seconds(now - r.started)}`.slice(0, width - 1) + "\n");
      drawn++;
    }
  };
  const print = (line: string) => {
    if (live) clear();
    stream.write(`${line}\n`);
    if (live) draw();
  };

  const onEvent = (event: RunEvent) => {
    if (event.type === "start") {
      running.set(event.name, { started: Date.now(), cell: 0, cells: 0 });
      if (!live) print(`running ${event.name}`);
      else if (!timer) timer = setInterval(draw, 100).unref();
    } else if (event.type === "cell") {
      const r = running.get(event.name);
      if (r) Object.assign(r, { cell: event.cell, cells: event.cells });
    } else {
      running.delete(event.name);
      const r = event.result;
      const mark = r.status === "ok" ? "ok" : r.status === "cancelled" ? "cancelled" : "FAILED";
      const ran = r.cells.filter((c) => c.status !== "skipped").length;
      print(
        `${mark.padEnd(9)} ${r.name}  ${ran} code cells  ${seconds(r.durationMs)}${r.output ? `  → ${relative(process.cwd(), r.output) || r.output}` : ""}`,
      );
    }
  };
  return {
    onEvent,
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      if (live) clear();
    },
  };
}

import assert from "node:assert/strict";
import { progress } from "../../src/cli/progress.js";
import type { NotebookResult } from "../../src/runner/run-notebook.js";
import { sleep } from "../../src/runner/timing.js";

/** A stream that records what is written to it. */
function recorder(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = {
    isTTY,
    columns: 80,
    write: (text: string) => (chunks.push(text), true),
  } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join("") };
}

const result = (status: NotebookResult["status"]): NotebookResult => ({
  name: "02-buy.ipynb",
  source: "",
  output: undefined,
  status,
  errors: [],
  warnings: [],
  parametersInjected: false,
  chartsRendered: 0,
  kernelStartMs: 0,
  durationMs: 4100,
  cells: [
    { cell: 1, status: "ok", durationMs: 1 },
    { cell: 2, status: "error", durationMs: 1 },
    { cell: 3, status: "skipped", durationMs: 0 },
  ],
});

describe("cli/progress", () => {
  it("progress() off a TTY writes one plain line per start and per end, no control codes", () => {
    const { stream, text } = recorder(false);
    const display = progress(stream);
    display.onEvent({ type: "start", name: "02-buy.ipynb" });
    display.onEvent({ type: "cell", name: "02-buy.ipynb", cell: 2, cells: 3 });
    display.onEvent({ type: "end", name: "02-buy.ipynb", result: result("failed") });
    display.stop();
    // 2 code cells ran (the third was skipped); 4,100 ms = 4.1 s
    assert.equal(text(), "running 02-buy.ipynb\nFAILED    02-buy.ipynb  2 code cells  4.1 s\n");
  });

  it("progress() on a TTY redraws the running notebooks in place (cell i/n, elapsed) and leaves the end line", async () => {
    const { stream, text } = recorder(true);
    const display = progress(stream);
    display.onEvent({ type: "start", name: "02-buy.ipynb" });
    display.onEvent({ type: "cell", name: "02-buy.ipynb", cell: 2, cells: 3 });
    // eslint-disable-next-line no-control-regex -- the ANSI "cursor up" escape is what this waits for
    for (let waited = 0; waited < 5000 && !/cell 2\/3 .*\n[^]*\x1b\[1A/.test(text()); waited += 20) await sleep(20);
    assert.match(text(), /^ {2}… 02-buy\.ipynb {2}cell 2\/3 {2}\d+\.\d s\n/m, "a live line");
    assert.ok(text().includes("\x1b[1A\x1b[0J"), "redrawn in place: cursor up one line, clear below");
    display.onEvent({ type: "end", name: "02-buy.ipynb", result: result("ok") });
    display.stop();
    assert.ok(text().includes("ok        02-buy.ipynb  2 code cells  4.1 s\n"));
    assert.equal(text().includes("running 02-buy.ipynb"), false, "no plain start line on a TTY");
  });
});

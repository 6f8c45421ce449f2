import assert from "node:assert/strict";
import { join } from "node:path";
import { executeNotebook, kernelMessage, quote } from "../../src/runner/execute-notebook.js";
import { readNotebook, type CodeCell, type Notebook } from "../../src/runner/ipynb.js";
import { CellOutputs, DisplayRegistry } from "../../src/runner/outputs.js";
import { STAND_IN_NOTEBOOKS } from "../helpers/stand-in.js";
import { FIXTURES, sharedKernel } from "./live-kernel.js";

const fixture = (path: string) => readNotebook(join(FIXTURES, path));
/** A fixture notebook of the stand-in kernel's commands. */
const standInFixture = (path: string) => readNotebook(join(STAND_IN_NOTEBOOKS, path));
const codeCells = (nb: Notebook) => nb.cells.filter((c): c is CodeCell => c.cell_type === "code");

// tslab (one shared kernel) for its streams, its flood of output and its error texts; the stand-in
// (one shared kernel) for what the runner does with a failure, a timeout and the notebook it is given
describe("runner/execute-notebook", function () {
  this.timeout(90_000);

  it("executeNotebook runs every code cell in order and merges consecutive streams of one name", async () => {
    const run = await executeNotebook(await fixture("clean/stream.ipynb"), {
      kernel: await sharedKernel(),
      name: "stream.ipynb",
    });
    assert.equal(run.status, "ok");
    assert.deepEqual(run.errors, []);
    const [out, value] = codeCells(run.notebook);
    assert.deepEqual(out!.outputs, [
      { output_type: "stream", name: "stdout", text: ["one\n", "two\n"] },
      { output_type: "stream", name: "stderr", text: ["warned\n"] },
      { output_type: "stream", name: "stdout", text: ["three\n"] },
    ]);
    assert.deepEqual(value!.outputs, [{ output_type: "stream", name: "stdout", text: ["42\n"] }]); // 6 × 7
    assert.ok(out!.execution_count! < value!.execution_count!);
  });

  it("a cell writing 50 MB keeps its status (ok) and its first maxOutputBytes, with a note saying how much it wrote", async () => {
    const nb: Notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        {
          cell_type: "code",
          id: "flood",
          metadata: {},
          // 50,000 writes of 1,000 bytes (999 × "x" and a newline) = 50,000,000 bytes
          source: 'const line = "x".repeat(999) + "\\n";\nfor (let i = 0; i < 50_000; i++) process.stdout.write(line);',
          execution_count: null,
          outputs: [],
        },
        {
          cell_type: "code",
          id: "after",
          metadata: {},
          source: 'console.log("after");',
          execution_count: null,
          outputs: [],
        },
      ],
    };
    const run = await executeNotebook(nb, {
      kernel: await sharedKernel(),
      name: "flood.ipynb",
      maxOutputBytes: 1_000_000,
    });
    assert.deepEqual(run.errors, []);
    assert.deepEqual(
      run.cells.map((c) => c.status),
      ["ok", "ok"],
    );
    const [flood, after] = codeCells(run.notebook);
    const [stdout, note] = flood!.outputs;
    // 1,000,000 bytes kept = 1,000 lines of 1,000 bytes
    assert.deepEqual(stdout, {
      output_type: "stream",
      name: "stdout",
      text: Array(1_000).fill(`${"x".repeat(999)}\n`),
    });
    assert.deepEqual(note, {
      output_type: "stream",
      name: "stderr",
      text: ["\n", "[output truncated after 1,000,000 bytes: the cell wrote 50,000,000 bytes]\n"],
    });
    assert.deepEqual(after!.outputs, [{ output_type: "stream", name: "stdout", text: ["after\n"] }]);
  });

  it("a runtime error stops the notebook; the message names notebook, cell, its first lines and the kernel's message", async () => {
    const run = await executeNotebook(await fixture("failing/runtime-error.ipynb"), {
      kernel: await sharedKernel(),
      name: "runtime-error.ipynb",
    });
    assert.equal(run.status, "failed");
    assert.deepEqual(
      run.errors.map((e) => e.message),
      [
        'cell 2 of runtime-error.ipynb failed:\n    const cost = 1;\n    throw new Error("boom: no price for H800");\nError: boom: no price for H800',
      ],
    );
    assert.deepEqual(
      run.cells.map((c) => c.status),
      ["ok", "error", "skipped"],
    );
    assert.deepEqual(codeCells(run.notebook)[2]!.outputs, [], "the cell after the failure did not run");
  });

  it("with allowErrors, a failing cell is recorded and the rest still run", async () => {
    const run = await executeNotebook(await standInFixture("failing/runtime-error.ipynb"), {
      kernel: await sharedKernel("stand-in"),
      name: "runtime-error.ipynb",
      allowErrors: true,
    });
    assert.equal(run.status, "failed");
    assert.deepEqual(
      run.cells.map((c) => c.status),
      ["ok", "error", "ok"],
    );
    assert.deepEqual(codeCells(run.notebook)[2]!.outputs, [
      { output_type: "stream", name: "stdout", text: ["after\n"] },
    ]);
  });

  it("a type error is a failure too (tslab reports it only in the reply status), its diagnostic in the message", async () => {
    const run = await executeNotebook(await fixture("failing/type-error.ipynb"), {
      kernel: await sharedKernel(),
      name: "type-error.ipynb",
    });
    assert.deepEqual(
      run.errors.map((e) => e.message),
      [
        "cell 3 of type-error.ipynb failed:\n    const hours: number = \"2788K\";\n    console.log(hours);\n1:7 - Type 'string' is not assignable to type 'number'.",
      ],
    );
  });

  it("a cell running past the timeout is interrupted and stops the notebook, even with allowErrors", async () => {
    const run = await executeNotebook(await standInFixture("failing/hang.ipynb"), {
      kernel: await sharedKernel("stand-in"),
      name: "hang.ipynb",
      timeoutMs: 1000,
      allowErrors: true,
    });
    assert.deepEqual(
      run.errors.map((e) => e.message),
      [
        "cell 2 of hang.ipynb timed out after 1 s (the kernel was interrupted)\n    // waits until interrupted\n    hang\n    print never",
      ],
    );
    assert.deepEqual(
      run.cells.map((c) => c.status),
      ["ok", "timeout", "skipped"],
    );
  });

  it("executeNotebook never modifies the notebook it is given, and clears outputs of earlier runs", async () => {
    const nb = await standInFixture("clean/stream.ipynb");
    codeCells(nb)[0]!.outputs = [{ output_type: "stream", name: "stdout", text: ["stale\n"] }];
    const before = JSON.stringify(nb);
    const run = await executeNotebook(nb, { kernel: await sharedKernel("stand-in"), name: "stream.ipynb" });
    assert.equal(JSON.stringify(nb), before);
    assert.equal(JSON.stringify(codeCells(run.notebook)[0]!.outputs).includes("stale"), false);
  });

  it("quote(source) shows the first three lines, indented, and says how many more there are", () => {
    assert.equal(quote("a\nb\nc\nd\ne\n"), "    a\n    b\n    c\n    … (2 more lines)");
    assert.equal(quote("only\n"), "    only");
  });

  it("kernelMessage prefers an iopub error, then stderr from the Error line without stack frames, then the reply", () => {
    const withError = new CellOutputs(new DisplayRegistry(), [
      { output_type: "error", ename: "ZeroDivisionError", evalue: "division by zero", traceback: [] },
    ]);
    assert.equal(kernelMessage(withError, {}), "ZeroDivisionError: division by zero");
    const tslab = new CellOutputs(new DisplayRegistry(), [
      {
        output_type: "stream",
        name: "stderr",
        text: [
          "evalmachine.<anonymous>:5\n",
          "throw x;\n",
          "^\n",
          "\n",
          "Error: no rate\n",
          "    at evalmachine.<anonymous>:5:7\n",
        ],
      },
    ]);
    assert.equal(kernelMessage(tslab, {}), "Error: no rate");
    assert.equal(
      kernelMessage(new CellOutputs(new DisplayRegistry()), { ename: "KeyError", evalue: "'x'" }),
      "KeyError: 'x'",
    );
    assert.equal(
      kernelMessage(new CellOutputs(new DisplayRegistry()), {}),
      "the kernel reported an error and said nothing more",
    );
  });
});

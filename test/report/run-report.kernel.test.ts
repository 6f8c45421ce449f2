import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GpuCostError } from "../../src/errors/error.js";
import { messages } from "../../src/runner/messages.js";
import { assumptions, type AssumptionOverrides } from "../../src/assumptions/assumptions.js";
import { listNotebooks, runReport } from "../../src/report/run-report.js";
import type { Summary } from "../../src/report/summary.js";
import { standIn, STAND_IN_NOTEBOOKS as FIXTURES } from "../helpers/stand-in.js";
import { libraryMessage } from "../library-message.js";

// on the stand-in kernel: the report's mechanics, whatever the kernel
describe("report/run-report", function () {
  this.timeout(180_000);
  let out: string;
  beforeEach(async () => (out = await mkdtemp(join(tmpdir(), "run-report-"))));
  afterEach(() => rm(out, { recursive: true, force: true }));

  it("listNotebooks(dir) lists *.ipynb in name order, and fails on a folder without any", async () => {
    assert.deepEqual(
      (await listNotebooks(join(FIXTURES, "clean"))).map((p) => p.slice(p.lastIndexOf("/") + 1)),
      ["display.ipynb", "parameters.ipynb", "stream.ipynb"],
    );
    await assert.rejects(
      listNotebooks(out),
      (e: unknown) =>
        e instanceof GpuCostError &&
        e.message ===
          `invalid notebooks folder: ${JSON.stringify(out)} (expected a folder with at least one .ipynb file)`,
    );
  });

  it("runReport runs every notebook (2 at a time) and writes the executed copies, summary.json and index.html", async () => {
    const overrides = { gpuCount: 2048, currency: "JPY" };
    const { summary, files } = await runReport({
      notebooksDir: join(FIXTURES, "clean"),
      outDir: out,
      overrides,
      from: { set: overrides },
      jobs: 2,
      spec: await standIn(),
    });
    assert.equal(summary.status, "ok", JSON.stringify(summary.notebooks.map((n) => n.errors)));
    assert.deepEqual(files, [join(out, "summary.json"), join(out, "index.html")]);
    assert.deepEqual((await readdir(out)).sort(), [".cache", "index.html", "notebooks", "summary.json"]);
    assert.deepEqual((await readdir(join(out, "notebooks"))).sort(), [
      "display.ipynb",
      "parameters.ipynb",
      "stream.ipynb",
    ]);
    const written = JSON.parse(await readFile(join(out, "summary.json"), "utf8")) as Summary;
    assert.deepEqual(
      written.notebooks.map((n) => [n.name, n.status, n.output, n.parametersInjected]),
      [
        ["display.ipynb", "ok", "notebooks/display.ipynb", false],
        ["parameters.ipynb", "ok", "notebooks/parameters.ipynb", true],
        ["stream.ipynb", "ok", "notebooks/stream.ipynb", false],
      ],
    );
    assert.deepEqual(
      written.notebooks.map((n) => n.warnings),
      [
        [messages.parametersIgnored({ notebook: "display.ipynb" })],
        [messages.parameterUndeclared({ notebook: "parameters.ipynb", name: "currency" })],
        [messages.parametersIgnored({ notebook: "stream.ipynb" })],
      ],
    );
    assert.deepEqual(written.assumptions.overrides, overrides);
    assert.deepEqual(
      written.assumptions.resolved,
      JSON.parse(JSON.stringify(assumptions(overrides as AssumptionOverrides))),
    );
    assert.equal(written.estimate === null ? written.estimateError : written.estimate.currency, "JPY");
    assert.equal(written.run.jobs, 2);
    const html = await readFile(join(out, "index.html"), "utf8");
    // each notebook headed by its title, its first heading ("# Parameters"), not its file name
    assert.match(html, /<h2>Parameters<\/h2>/);
    assert.match(html, /<figure class="output chart"><svg /);
  });

  it("a run with a failure writes its report into failed/, and leaves the last good report in place", async () => {
    const notebooks = join(FIXTURES, "failing");
    await writeFile(join(out, "index.html"), "good page");
    await writeFile(join(out, "summary.json"), "good summary");
    await mkdir(join(out, "notebooks"));
    const { summary, files } = await runReport({
      notebooksDir: notebooks,
      outDir: out,
      jobs: 2,
      timeoutMs: 1000,
      spec: await standIn(),
    });
    assert.equal(summary.status, "failed");
    assert.deepEqual(files, [join(out, "failed", "summary.json"), join(out, "failed", "index.html")]);
    assert.equal(await readFile(join(out, "index.html"), "utf8"), "good page");
    assert.equal(await readFile(join(out, "summary.json"), "utf8"), "good summary");
    assert.deepEqual(
      summary.notebooks.map((n) => [n.name, n.status]),
      [
        ["hang.ipynb", "failed"],
        ["kernel-killed.ipynb", "failed"],
        ["reply-error.ipynb", "failed"],
        ["runtime-error.ipynb", "failed"],
        ["slow.ipynb", "failed"],
      ],
    );
    assert.deepEqual(summary.notebooks[1]!.errors, [
      "kernel died while running cell 3 of kernel-killed.ipynb (it was killed by SIGKILL)",
    ]);
    assert.deepEqual(await readdir(join(out, "notebooks")), [], "the good report's notebooks are untouched");
    assert.ok((await readdir(join(out, "failed", "notebooks"))).every((f) => f.endsWith(".failed.ipynb")));
  });

  it("runReport validates the overrides before starting any kernel", async () => {
    await assert.rejects(
      runReport({ notebooksDir: join(FIXTURES, "clean"), outDir: out, overrides: { gpuCont: 3 } }),
      (e: unknown) => e instanceof GpuCostError && e.message === libraryMessage({ gpuCont: 3 }),
    );
    assert.deepEqual(await readdir(out), []);
  });

  it("runReport refuses a notebook whose cell source is not text before starting any kernel", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bad-notebooks-"));
    try {
      await writeFile(
        join(dir, "bad.ipynb"),
        JSON.stringify({
          nbformat: 4,
          nbformat_minor: 5,
          metadata: {},
          cells: [{ cell_type: "code", metadata: {}, source: 42, outputs: [] }],
        }),
      );
      await assert.rejects(
        runReport({ notebooksDir: dir, outDir: out }),
        (e: unknown) =>
          e instanceof GpuCostError &&
          e.message ===
            `invalid source of cell 1 in ${join(dir, "bad.ipynb")}: 42 (expected text, or a list of lines of text)`,
      );
      assert.deepEqual(await readdir(out), []);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

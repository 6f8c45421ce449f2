/**
 * The notebooks in a real JupyterLab with the real tslab kernel in a real Chromium: every notebook
 * runs all its cells without an error and draws every chart it shows; a parameters cell edited in the
 * browser changes the figure that depends on it; and the checks themselves catch a broken notebook.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { comparisonRows } from "../../src/analysis/headline/comparison-rows.js";
import { runCosts } from "../../src/analysis/runs/run-costs.js";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { pricesIn } from "../../src/assumptions/prices-in.js";
import { loadTrainingRuns } from "../../src/data/load-training-runs.js";
import { useNodeDataFiles } from "../../src/node/data-files.js";
import { startLab, type RunningLab } from "../helpers/lab-server.js";
import { countCharts, executedCopies } from "./helpers/executed-copies.js";
import {
  editParameter,
  errorOutputs,
  readOutputText,
  runAllCells,
  waitChartsSettled,
  waitKernelReady,
} from "./helpers/notebook-page.js";
import { ensureResultsDir, labEnv, projectDir, recordTime, sharedBrowser, stopLab, track } from "./helpers/session.js";

useNodeDataFiles();

const fixturesDir = join(projectDir, "test", "e2e", "fixtures");

/**
 * The folders a JupyterLab is started on, as `npm run lab` starts it on `notebooks/`; every `*.ipynb`
 * directly in `notebooks` is run. The fixtures keep the checks honest whatever the real notebooks
 * hold: a parameters cell, two charts in one notebook, hostile markdown, and (in `failing/`) a
 * notebook the checks must catch.
 */
const folders = [
  { label: "notebooks/", rootDir: join(projectDir, "notebooks"), notebooks: "." },
  { label: "e2e fixtures", rootDir: fixturesDir, notebooks: "notebooks" },
];

/**
 * Parameters edited in the browser. `check(before, after)` gets the text of `outputCell` before and
 * after the edit and rerun.
 */
const parameterEdits = [
  {
    // Proposed: cell 3 prints the article's own arithmetic, GPUs × unit price (see the markdown of cell 4).
    folder: "notebooks/",
    notebook: "03-assumptions.ipynb",
    name: "gpuCount",
    value: "2048",
    outputCell: 3,
    check(before: string, after: string) {
      const line = /^Fleet purchase: ([\d,–]+) GPUs × JPY ([\d,]+)–([\d,]+) = JPY ([\d,]+)–([\d,]+)/;
      const [, , lowJpy, highJpy] = line.exec(before) ?? [];
      assert.ok(lowJpy && highJpy, `unexpected fleet line: ${before}`);
      const digits = (n: number) => n.toLocaleString("en-US");
      const [low, high] = [Number(lowJpy.replaceAll(",", "")), Number(highJpy.replaceAll(",", ""))];
      // 2,048 GPUs (the paper's cluster) × JPY 4,000,000–5,000,000 = JPY 8,192,000,000–10,240,000,000
      assert.equal(
        line.exec(after)?.[0],
        `Fleet purchase: 2,048 GPUs × JPY ${digits(low)}–${digits(high)} = JPY ${digits(2048 * low)}–${digits(2048 * high)}`,
      );
    },
  },
  {
    folder: "e2e fixtures",
    notebook: "fleet-parameters.ipynb",
    name: "gpuCount",
    value: "4000",
    outputCell: 3,
    check(before: string, after: string) {
      const fleet = /fleet cost: (\d+) × (\d+) = (\d+)/;
      const [, countBefore, priceJpy, costBefore] = (fleet.exec(before) ?? []).map(Number);
      assert.equal(countBefore, 2000, before);
      // 2000 GPUs → 4000 GPUs at the same price: the fleet cost doubles, 4000 × ¥4,000,000 = ¥16,000,000,000
      assert.equal(after, `fleet cost: 4000 × ${priceJpy} = ${4000 * priceJpy!}`);
      assert.equal(Number(fleet.exec(after)?.[3]), costBefore! * (4000 / 2000));
    },
  },
];

/**
 * No autosave (an edited parameter must never reach the file). No news and no update checks come
 * from the project's own settings in .venv (src/cli/lab-settings.ts), as `npm run lab` has them:
 * the tests check that no news prompt shows.
 */
const quietSettings = {
  "@jupyterlab/docmanager-extension:plugin": { autosave: false },
};

/** JupyterLab's first-run prompt, which the project's settings turn off. */
const NEWS_PROMPT = "Would you like to get notified about official Jupyter news?";

/**
 * A money cell of a notebook's tables, as the library writes it: it must read as written in
 * JupyterLab, dollar signs included (MathJax would typeset `$52.8M–$98.9M` as italic math).
 */
const moneyCells: Readonly<Record<string, () => string>> = {
  // comparisonRows(estimate()): 2,000–3,000 × ¥4–5M ÷ 151.65 = $52.8M–$98.9M
  "02-purchase-vs-rental-vs-reported.ipynb": () => comparisonRows(estimate())[0]!.costText,
  // runCosts' basis at the common rate of $2–$4.916: "GPU-hours × $2–$4.92 per GPU-hour (a common rental rate)"
  "04-in-context.ipynb": () =>
    runCosts(loadTrainingRuns(), { ratePerGpuHour: pricesIn(assumptions()).rentalRate, estimate: estimate() }).find(
      (c) => c.key === "rental",
    )!.basis,
};

/**
 * What MathJax typeset in the notebook, outputs and markdown (nothing should be: the project's
 * JupyterLab has it off, src/cli/lab-settings.ts), output tables not marked for MathJax to skip
 * (none should be: other viewers typeset too), and the text of every output table cell with money.
 */
async function moneyInOutputs(
  page: Page,
): Promise<{ math: number; unmarkedTables: number; cells: string[]; bareYen: string[] }> {
  return page.evaluate(() => ({
    math: document.querySelectorAll(".jp-Notebook mjx-container, .jp-Notebook .MathJax").length,
    unmarkedTables: document.querySelectorAll(".jp-OutputArea table:not(.mathjax_ignore)").length,
    cells: [...document.querySelectorAll(".jp-OutputArea td")]
      .map((td) => (td.textContent ?? "").trim())
      .filter((t) => /[$¥€]|元|JPY |CNY /.test(t)),
    // yen and yuan both write ¥: an output must say which (JPY 4.0M, 19.23万元), never ¥ alone
    bareYen: [...document.querySelectorAll(".jp-OutputArea")]
      .flatMap((o) => ((o as HTMLElement).innerText ?? "").split("\n"))
      .filter((line) => /(?<!JP|CN)¥/.test(line)),
  }));
}

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
/** Every entry of `dir` (hidden ones too, e.g. `.ipynb_checkpoints`), files with their hash. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, e.isFile() ? sha256(join(dir, e.name)) : "(folder)"]),
  );
const ipynbIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".ipynb"))
    .sort();

/** Open `path` (relative to the server's root) in a fresh page; resolves once its kernel is idle. */
async function openNotebook(lab: RunningLab, path: string, label = path): Promise<Page> {
  const started = Date.now();
  const page = await (await sharedBrowser()).newPage({ viewport: { width: 1280, height: 1600 } });
  // ?reset: start from an empty workspace, not with the notebooks earlier pages opened.
  await page.goto(`${lab.baseUrl}/lab/tree/${path}?reset&token=${lab.token}`);
  await page
    .locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell")
    .first()
    .waitFor({ timeout: 60_000 });
  const shown = Date.now();
  await waitKernelReady(page);
  recordTime(`${label}: JupyterLab page until the notebook shows`, (shown - started) / 1000);
  recordTime(`${label}: then until its kernel is idle`, (Date.now() - shown) / 1000);
  return page;
}

/** Shut every kernel of the server down, so notebooks run one at a time on this small machine. */
async function closeSessions(lab: RunningLab): Promise<void> {
  const headers = { Authorization: `token ${lab.token}` };
  const sessions = (await (await fetch(`${lab.baseUrl}/api/sessions`, { headers })).json()) as Array<{ id: string }>;
  await Promise.all(sessions.map((s) => fetch(`${lab.baseUrl}/api/sessions/${s.id}`, { method: "DELETE", headers })));
}

for (const folder of folders) {
  const notebooksDir = join(folder.rootDir, folder.notebooks);
  const names = ipynbIn(notebooksDir);

  describe(`JupyterLab on ${folder.label}`, function () {
    let lab: RunningLab;
    let expectedCharts: Map<string, number>;
    const folderAtStart = snapshot(notebooksDir);

    before(async function () {
      if (names.length === 0) this.skip();
      const copies = await executedCopies(notebooksDir);
      expectedCharts = new Map(names.map((n) => [n, countCharts(copies, n)]));
      console.log(
        `    charts in the runner's executed copies: ${[...expectedCharts].map(([n, c]) => `${n} ${c}`).join(", ")}`,
      );
      lab = track(await startLab(await labEnv(), { rootDir: folder.rootDir, settings: quietSettings }));
      recordTime(`JupyterLab start (${folder.label})`, lab.startSeconds);
    });

    after(async () => {
      if (lab) await stopLab(lab);
    });

    for (const name of names) {
      const path = folder.notebooks === "." ? name : `${folder.notebooks}/${name}`;

      it(`${name}: Run All Cells runs every cell without an error output and draws every chart`, async () => {
        const label = `${folder.label} ${name}`;
        const page = await openNotebook(lab, path, label);
        const opened = Date.now();
        try {
          const unreached = await runAllCells(page);
          const charts = await waitChartsSettled(page);
          recordTime(`${label}: Run All Cells until the charts are drawn`, (Date.now() - opened) / 1000);
          assert.deepEqual(await errorOutputs(page), []);
          assert.deepEqual(unreached, [], "code cells the run did not reach");
          assert.equal(charts.length, expectedCharts.get(name), `charts shown in ${name}`);
          assert.deepEqual(
            charts.filter((c) => !c.drawn),
            [],
            "charts not drawn",
          );
          assert.equal(
            await page.evaluate(() => (window as { __pwned?: boolean }).__pwned),
            undefined,
            "a script in the notebook ran",
          );
          const money = await moneyInOutputs(page);
          assert.equal(money.math, 0, "text typeset as math");
          if (folder.label === "notebooks/")
            assert.deepEqual(money.bareYen, [], "outputs writing ¥ without saying which currency");
          if (folder.label === "notebooks/")
            assert.equal(money.unmarkedTables, 0, "output tables without mathjax_ignore");
          const expected = moneyCells[name]?.();
          if (expected !== undefined) assert.ok(money.cells.includes(expected), `a cell reading ${expected}`);
          assert.equal(await page.getByText(NEWS_PROMPT).count(), 0, "JupyterLab's news prompt");
          // the screenshot shows the first table with money in it, when there is one
          const moneyCell = page.locator(".jp-OutputArea td", { hasText: /[$¥€]|元|JPY |CNY / }).first();
          if ((await moneyCell.count()) > 0) await moneyCell.scrollIntoViewIfNeeded();
          await page.screenshot({ path: join(ensureResultsDir(), `jupyterlab-${name.replace(/\.ipynb$/, "")}.png`) });
        } finally {
          await page.close();
          await closeSessions(lab);
        }
      });
    }

    for (const edit of parameterEdits.filter((e) => e.folder === folder.label && names.includes(e.notebook))) {
      it(`${edit.notebook}: editing ${edit.name} in the browser and rerunning changes cell ${edit.outputCell}'s figure`, async () => {
        const path = folder.notebooks === "." ? edit.notebook : `${folder.notebooks}/${edit.notebook}`;
        const page = await openNotebook(lab, path, `${folder.label} ${edit.notebook} (edit ${edit.name})`);
        try {
          assert.deepEqual(await runAllCells(page), []);
          const before = await readOutputText(page, edit.outputCell);
          await editParameter(page, edit.name, edit.value);
          assert.deepEqual(await runAllCells(page), []);
          assert.deepEqual(await errorOutputs(page), []);
          edit.check(before, await readOutputText(page, edit.outputCell));
          await page
            .locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell")
            .nth(edit.outputCell)
            .scrollIntoViewIfNeeded();
          await page.screenshot({
            path: join(ensureResultsDir(), `jupyterlab-${edit.notebook.replace(/\.ipynb$/, "")}-edited.png`),
          });
        } finally {
          await page.close();
          await closeSessions(lab);
        }
      });
    }

    if (folder.label === "e2e fixtures") {
      it("failing/broken.ipynb: the checks catch its type error, the cell it stopped, and its chart vega rejects", async () => {
        const page = await openNotebook(lab, "failing/broken.ipynb", "e2e fixtures failing/broken.ipynb");
        try {
          const unreached = await runAllCells(page);
          const charts = await waitChartsSettled(page);
          const errors = await errorOutputs(page);
          assert.deepEqual(unreached, [4], "JupyterLab stops at the type error: the last cell never runs");
          assert.deepEqual(
            errors.map((e) => e.cellIndex),
            [2, 3],
            JSON.stringify(errors),
          );
          assert.match(errors[0]?.text ?? "", /^Javascript Error: /);
          assert.match(errors[1]?.text ?? "", /Type 'string' is not assignable to type 'number'/);
          assert.deepEqual(
            charts.filter((c) => c.drawn),
            [],
          );
        } finally {
          await page.close();
          await closeSessions(lab);
        }
      });
    }

    it("leaves the notebooks' folder as it was: nothing saved, no checkpoints written", () => {
      assert.deepEqual(snapshot(notebooksDir), folderAtStart);
    });
  });
}

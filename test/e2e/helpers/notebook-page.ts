/**
 * Driving one notebook in JupyterLab 4.6 the way a user does: open it, Run → Run All Cells, wait for
 * the kernel, read what it shows. Selectors, as found in JupyterLab 4.6.6:
 * - the notebook shown: `.jp-NotebookPanel:not(.lm-mod-hidden)` (other tabs stay in the DOM, hidden);
 * - a cell: `.jp-Notebook .jp-Cell` (all attached: the default windowing mode `contentVisibility`);
 *   its prompt `.jp-InputPrompt` reads `[3]:`, `[*]:` while queued or running, empty before;
 * - kernel state: `.jp-Notebook-ExecutionIndicator[data-status]` (`idle` also before a kernel
 *   exists, so readiness also needs `.jp-KernelName` to name one);
 * - errors: `.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]` (tslab reports
 *   type and runtime errors on stderr; `error` outputs render with the same mime type; an output whose
 *   renderer failed, e.g. a spec vega rejects, becomes `.jp-RenderedText[data-mime-type=…stderr]`
 *   without the `jp-OutputArea-output` class, reading `Javascript Error: …`);
 * - a Vega-Lite 5 chart: `.jp-OutputArea-output.jp-RenderedVegaCommon5.jp-RenderedVegaLite`, which
 *   holds vega-embed's `.vega-embed` with a `canvas.marks` (the default renderer) or an `svg.marks`.
 */
import type { Page } from "playwright-core";

/** The notebook in the current main-area tab (a restored workspace may hold hidden others). */
const PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)";
const CELLS = `${PANEL} .jp-Notebook .jp-Cell`;
const INDICATOR = `${PANEL} .jp-Notebook-ExecutionIndicator`;

/** Wait until the notebook shows a kernel (not "No Kernel") and that kernel is idle. */
export async function waitKernelReady(page: Page, timeoutMs = 90_000): Promise<void> {
  await page.waitForFunction(
    (panel) => {
      const name = document.querySelector(`${panel} .jp-NotebookPanel-toolbar .jp-KernelName`)?.textContent?.trim();
      const status = document.querySelector(`${panel} .jp-Notebook-ExecutionIndicator`)?.getAttribute("data-status");
      return Boolean(name) && name !== "No Kernel" && status === "idle";
    },
    PANEL,
    { timeout: timeoutMs, polling: 250 },
  );
}

/** The execution count of every cell, by index: a number, `"*"` (queued or running), `null` (never run) or `"markdown"`. */
export async function executionCounts(page: Page): Promise<Array<number | "*" | null | "markdown">> {
  return page.$$eval(CELLS, (cells) =>
    cells.map((cell) => {
      if (!cell.classList.contains("jp-CodeCell")) return "markdown" as const;
      const prompt = cell.querySelector(".jp-InputPrompt")?.textContent ?? "";
      const match = /\[(\d+|\*)\]/.exec(prompt);
      return match ? (match[1] === "*" ? ("*" as const) : Number(match[1])) : null;
    }),
  );
}

/**
 * Run → Run All Cells, then wait until the run is over: the kernel idle, no cell queued, and at least
 * one cell run anew, steady for three polls. JupyterLab stops at the first failing cell, so this
 * resolves with the indexes of the code cells the run did not reach (empty when all ran).
 */
export async function runAllCells(page: Page, timeoutMs = 300_000): Promise<number[]> {
  const before = Math.max(0, ...(await executionCounts(page)).filter((c): c is number => typeof c === "number"));
  await page.locator(".lm-MenuBar-itemLabel", { hasText: /^Run$/ }).click();
  await page.locator('#jp-mainmenu-run li[data-command="runmenu:run-all"]').click();
  const deadline = Date.now() + timeoutMs;
  let steady = 0;
  for (;;) {
    const counts = await executionCounts(page);
    const status = await page.getAttribute(INDICATOR, "data-status");
    const settled =
      status === "idle" && !counts.includes("*") && counts.some((c) => typeof c === "number" && c > before);
    steady = settled ? steady + 1 : 0;
    if (steady >= 3) {
      const sources = await page.$$eval(CELLS, (cells) =>
        cells.map((c) => c.querySelector(".cm-content")?.textContent?.trim() ?? ""),
      );
      return counts.flatMap((c, i) =>
        c !== "markdown" && !(typeof c === "number" && c > before) && sources[i] !== "" ? [i] : [],
      );
    }
    if (Date.now() > deadline)
      throw new Error(
        `run-all did not finish within ${timeoutMs} ms (kernel ${status}, prompts ${JSON.stringify(counts)})`,
      );
    await page.waitForTimeout(250);
  }
}

/** The text of every error shown: stderr streams and error outputs, with their cell's index. */
export async function errorOutputs(page: Page): Promise<Array<{ cellIndex: number; text: string }>> {
  return page.$$eval(CELLS, (cells) =>
    cells.flatMap((cell, cellIndex) =>
      [...cell.querySelectorAll('.jp-OutputArea-child [data-mime-type="application/vnd.jupyter.stderr"]')].map((o) => ({
        cellIndex,
        text: (o.textContent ?? "").trim(),
      })),
    ),
  );
}

/** One Vega-Lite output as shown: whether vega drew into it, and how big it is on screen (CSS pixels). */
export interface ChartState {
  cellIndex: number;
  kind: "svg" | "canvas" | "none";
  drawn: boolean;
  widthPx: number;
  heightPx: number;
  /** What the output shows instead of a chart (vega-embed's error), if anything. */
  text: string;
}

/**
 * Every Vega-Lite output of the notebook, each scrolled into view first. A canvas counts as drawn when
 * some pixel is not transparent; an SVG when it holds marks and has a size.
 */
export async function chartStates(page: Page): Promise<ChartState[]> {
  const outputs = page.locator(`${CELLS} .jp-RenderedVegaCommon5`);
  const states: ChartState[] = [];
  for (let i = 0; i < (await outputs.count()); i++) {
    const output = outputs.nth(i);
    await output.scrollIntoViewIfNeeded();
    states.push(
      await output.evaluate((node): ChartState => {
        const cellIndex = [...(node.closest(".jp-Notebook")?.querySelectorAll(".jp-Cell") ?? [])].findIndex((c) =>
          c.contains(node),
        );
        const marks = node.querySelector<HTMLCanvasElement | SVGSVGElement>("canvas.marks, svg.marks");
        const text = (node.textContent ?? "").trim();
        if (!marks) return { cellIndex, kind: "none", drawn: false, widthPx: 0, heightPx: 0, text };
        const box = marks.getBoundingClientRect();
        let drawn = box.width > 0 && box.height > 0;
        if (marks instanceof HTMLCanvasElement) {
          const pixels =
            marks.getContext("2d")?.getImageData(0, 0, marks.width, marks.height).data ?? new Uint8ClampedArray();
          drawn &&= pixels.some((value, k) => k % 4 === 3 && value > 0);
        } else {
          drawn &&= marks.querySelectorAll("path, rect, line, text, circle").length > 0;
        }
        return {
          cellIndex,
          kind: marks instanceof HTMLCanvasElement ? "canvas" : "svg",
          drawn,
          widthPx: box.width,
          heightPx: box.height,
          text: "",
        };
      }),
    );
  }
  return states;
}

/**
 * Wait until vega has finished with every Vega-Lite output: each drawn, or showing an error (a chart
 * vega-embed rejects turns into a stderr output `Javascript Error: …`, see `errorOutputs`), steady for
 * two polls. Resolves with the last `chartStates()` even when some are still blank at the deadline.
 */
export async function waitChartsSettled(page: Page, timeoutMs = 30_000): Promise<ChartState[]> {
  const deadline = Date.now() + timeoutMs;
  let steady = 0;
  for (;;) {
    const states = await chartStates(page);
    steady = states.every((s) => s.drawn || s.text !== "") ? steady + 1 : 0;
    if (steady >= 2 || Date.now() > deadline) return states;
    await page.waitForTimeout(250);
  }
}

/** The text every output of cell `cellIndex` (0-based, markdown cells counted, as in the .ipynb) shows. */
export async function readOutputText(page: Page, cellIndex: number): Promise<string> {
  // textContent, not innerText: a cell scrolled out of view is not laid out (content-visibility), and
  // innerText of an element without layout is empty.
  const outputs = page.locator(CELLS).nth(cellIndex).locator(".jp-OutputArea-output");
  return (await outputs.allTextContents()).join("\n").trim();
}

/**
 * Edit a parameter the way a user does: find the code cell line `const <name> = <value>; // …`
 * (also `let`, `var`, a type annotation), select the value in the editor and type `value` over it,
 * keeping the declaration and its comment. Resolves with the cell's index and the old value.
 */
export async function editParameter(
  page: Page,
  name: string,
  value: string,
): Promise<{ cellIndex: number; oldValue: string }> {
  const found = await page.$$eval(
    CELLS,
    (cells, name) => {
      const declaration = new RegExp(
        `^(\\s*(?:const|let|var)\\s+${name}\\s*(?::[^=]+)?=\\s*)(.*?)(\\s*;?\\s*(?://.*)?)$`,
      );
      for (const [cellIndex, cell] of cells.entries()) {
        if (!cell.classList.contains("jp-CodeCell")) continue;
        const lines = [...cell.querySelectorAll(".cm-content .cm-line")].map((l) => l.textContent ?? "");
        for (const [lineIndex, line] of lines.entries()) {
          const match = declaration.exec(line);
          if (match)
            return { cellIndex, lineIndex, prefix: match[1] ?? "", oldValue: match[2] ?? "", suffix: match[3] ?? "" };
        }
      }
      return undefined;
    },
    name,
  );
  if (!found) throw new Error(`no code cell declares ${name} on one line (const ${name} = …)`);
  const line = page.locator(CELLS).nth(found.cellIndex).locator(".cm-content .cm-line").nth(found.lineIndex);
  await line.scrollIntoViewIfNeeded();
  await line.click();
  await page.keyboard.press("Home");
  for (let i = 0; i < found.prefix.length; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < found.oldValue.length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.insertText(value);
  await page.keyboard.press("Escape");
  const written = await line.textContent();
  const expected = found.prefix + value + found.suffix;
  if (written !== expected)
    throw new Error(`editing ${name} left ${JSON.stringify(written)} (expected ${JSON.stringify(expected)})`);
  return { cellIndex: found.cellIndex, oldValue: found.oldValue };
}

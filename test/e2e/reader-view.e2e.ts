/**
 * The report as a reader on deadline takes it, in Chromium (issue 22's "done when"): the page is
 * no wider than the window; every chart's text is at least 11 px as drawn; no visible amount writes
 * ¥ without saying which currency; code is folded; each chart downloads as SVG and PNG (title and
 * source line inside) and CSV, offline under the page's policy; a published page's link is a real
 * address. Then a reader's pass, written down in test-results/: a screenshot of each stop, and
 * reader-pass.md saying what each shows.
 */
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Download, Page } from "playwright-core";
import { useNodeDataFiles } from "../../src/node/data-files.js";
import { renderReport } from "../../src/report/render-report.js";
import type { Summary } from "../../src/report/summary.js";
import { readNotebook } from "../../src/runner/ipynb.js";
import { buildReport, runnerPresent } from "./helpers/executed-copies.js";
import { ensureResultsDir, projectDir, removeAtEnd, sharedBrowser } from "./helpers/session.js";

// renderReport() computes the run's findings from the data files, as the report command does
useNodeDataFiles();

/** Open `url` and wait until the live page has drawn its charts and its first Monte Carlo. */
async function openLive(url: string, problems: string[]): Promise<Page> {
  const page = await (
    await sharedBrowser()
  ).newPage({ viewport: { width: 1400, height: 1200 }, acceptDownloads: true });
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("gcl:monte-carlo").length >= 1, undefined, {
    timeout: 20_000,
  });
  return page;
}

/** The bytes of a download, after clicking what starts it. */
async function download(page: Page, selector: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { file, bytes: await readFile(await file.path()) };
}

describe("the report as a reader takes it, in the browser", function () {
  let out: string;
  let page: Page;
  const problems: string[] = [];

  before(async function () {
    if (!runnerPresent()) this.skip();
    out = await buildReport(join(projectDir, "notebooks"));
    page = await openLive(pathToFileURL(join(out, "index.html")).href, problems);
  });

  after(async () => {
    await page?.close();
  });

  it("the page is no wider than the window: wide tables and charts scroll inside their own boxes", async () => {
    for (const width of [1400, 1024]) {
      await page.setViewportSize({ width, height: 1000 });
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      assert.ok(scroll <= client, `${scroll} px of page in a ${client} px window`);
    }
    await page.setViewportSize({ width: 1400, height: 1200 });
  });

  it("every text of every chart on the page is at least 11 px as drawn", async () => {
    // font size × the scale from the SVG's units to the screen (a chart shrunk to fit would shrink its text)
    const sizes = await page.$$eval("svg text", (texts) =>
      texts
        .filter((t) => (t.textContent ?? "").trim() !== "")
        .map((t) => {
          const text = t as SVGTextElement;
          const m = text.getScreenCTM();
          const scale = m ? Math.hypot(m.a, m.b) : 1;
          return {
            text: (text.textContent ?? "").trim().slice(0, 40),
            px: parseFloat(getComputedStyle(text).fontSize) * scale,
          };
        }),
    );
    // the live charts and the notebooks' (axes, labels, legends): hundreds of texts, every one measured
    assert.ok(sizes.length > 200, `${sizes.length} chart texts`);
    const small = sizes.filter((s) => s.px < 11 - 1e-6);
    assert.deepEqual(small.slice(0, 10), [], `${small.length} texts under 11 px`);
  });

  it("no visible amount writes ¥ without saying which currency (JPY 4.0M, 19.23万元), in text or charts", async () => {
    const lines = await page.evaluate(() => [
      ...document.body.innerText.split("\n"),
      ...[...document.querySelectorAll("svg text")].map((t) => t.textContent ?? ""),
    ]);
    assert.ok(
      lines.some((l) => /JPY \d/.test(l)),
      "yen written as JPY somewhere",
    );
    assert.deepEqual(
      lines.filter((l) => /(?<!JP|CN)¥/.test(l)),
      [],
    );
  });

  it("code is folded behind 'show code' by default, outputs shown; opening one shows its code", async () => {
    const code = page.locator("section.notebook pre.code");
    assert.ok((await code.count()) > 20);
    assert.equal(await page.locator("section.notebook details.code[open]").count(), 0);
    assert.equal(await code.first().isVisible(), false);
    assert.ok((await page.locator("section.notebook figure.chart svg").first().isVisible()) === true);
    const first = page.locator("section.notebook details.code > summary").first();
    await first.scrollIntoViewIfNeeded();
    await first.click();
    assert.equal(await code.first().isVisible(), true);
    await first.click();
  });

  it("each chart downloads as SVG and PNG with its title and source line inside, and its data as CSV", async () => {
    const title = "From the reported figure to the fleet";
    const svg = await download(page, '#live-chart-ladder .chart-tools button[data-download="svg"]');
    const text = svg.bytes.toString("utf8");
    assert.match(svg.file.suggestedFilename(), /^gpu-cost-lab-from-the-reported-figure-to-the-fleet.*\.svg$/);
    assert.ok(
      text.startsWith("<svg") && text.includes(title) && text.includes("Source: What did it cost to train"),
      text.slice(0, 300),
    );
    const png = await download(page, '#live-chart-ladder .chart-tools button[data-download="png"]');
    // a PNG: its signature, then IHDR's width and height, here twice the image's own size
    assert.equal(png.bytes.subarray(0, 8).toString("hex"), "89504e470d0a1a0a");
    assert.ok(png.bytes.readUInt32BE(16) > 800 && png.bytes.readUInt32BE(20) > 400, "a chart-sized PNG");
    const csv = (await download(page, '#live-chart-ladder .chart-tools button[data-download="csv"]')).bytes.toString(
      "utf8",
    );
    assert.match(csv, /^step,label,low,high,/);
    assert.ok(csv.includes("\ncapex,Contested fleet spending,1600000000,1600000000,"), csv);
    // a notebook's chart, drawn by the report: the same three, its CSV a link that works without JavaScript
    const chart = "section.notebook figure.chart .chart-tools";
    await page.locator(chart).first().scrollIntoViewIfNeeded();
    const staticPng = await download(page, `${chart} button[data-download="png"]`);
    assert.equal(staticPng.bytes.subarray(0, 8).toString("hex"), "89504e470d0a1a0a");
    const staticSvg = (await download(page, `${chart} button[data-download="svg"]`)).bytes.toString("utf8");
    assert.ok(staticSvg.includes("Source: What did it cost to train"));
    const staticCsv = (await download(page, `${chart} a[download]`)).bytes.toString("utf8");
    assert.ok(staticCsv.split("\n").length > 3, staticCsv.slice(0, 200));
    assert.deepEqual(problems, []);
  });

  it("published with a base URL, 'Link to these assumptions' is that address with them; the citation names it", async () => {
    const summary = JSON.parse(await readFile(join(out, "summary.json"), "utf8")) as Summary;
    const notebooks = await Promise.all(
      summary.notebooks.map(async (n) => ({
        summary: n,
        notebook: n.output ? await readNotebook(join(out, n.output)) : undefined,
      })),
    );
    const file = removeAtEnd(join(out, "published.html"));
    await writeFile(file, renderReport(summary, notebooks, { baseUrl: "https://example.org/gpu-cost-lab/" }));
    const published = await openLive(pathToFileURL(file).href, problems);
    try {
      await published.locator('#live-panel [name="gpuCount"]').fill("2048");
      await published.waitForFunction(() =>
        document.getElementById("live-link")?.getAttribute("href")?.includes("2048"),
      );
      assert.equal(
        await published.getAttribute("#live-link", "href"),
        "https://example.org/gpu-cost-lab/#gpuCount=2048",
      );
      assert.match(
        (await published.textContent("#cite-citation")) ?? "",
        /, https:\/\/example\.org\/gpu-cost-lab\/#gpuCount=2048\.$/,
      );
      // the local copy says where its link works
      assert.match((await page.textContent("#live-link-note")) ?? "", /only where the page is published/);
    } finally {
      await published.close();
    }
  });

  it("a reader's pass, written down: a screenshot of each stop and what it shows (test-results/reader-pass.md)", async () => {
    const dir = ensureResultsDir();
    await page.setViewportSize({ width: 1400, height: 1000 });
    const stops = [
      {
        id: "findings",
        file: "reader-1-findings.png",
        what: "the findings, each with one figure to quote, the panel beside them",
      },
      {
        id: "context",
        file: "reader-2-context.png",
        what: "before you quote: what the claim leaves out, the contested figures and the evidence against them",
      },
      {
        id: "live-headline",
        file: "reader-3-table.png",
        what: "every view: low, high, the median and 90% interval to quote, × reported",
      },
      {
        id: "live-chart-ladder",
        file: "reader-4-ladder.png",
        what: "the cost ladder, each step tagged and sourced inside the chart",
      },
      {
        id: "methodology",
        file: "reader-5-methodology.png",
        what: "the methodology on one screen, with links to the sources",
      },
      {
        id: "cite",
        file: "reader-6-cite.png",
        what: "how to cite: version, commit, run, assumptions, a suggested citation",
      },
      { id: "contents", file: "reader-7-notebooks.png", what: "the notebooks by title, code folded" },
      { id: "glossary", file: "reader-8-glossary.png", what: "the glossary the page's terms link to" },
    ];
    const lines = [
      "# A reader's pass over the report",
      "",
      `Window 1400 × 1000, ${new Date().toISOString().slice(0, 10)}.`,
      "",
    ];
    for (const stop of stops) {
      await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), stop.id);
      await page.waitForTimeout(100);
      await page.screenshot({ path: join(dir, stop.file) });
      const first = await page.evaluate(
        (id) =>
          (document.getElementById(id)?.innerText ?? "")
            .split("\n")
            .find((l) => l.trim().length > 40)
            ?.trim() ?? "",
        stop.id,
      );
      assert.notEqual(first, "", `${stop.id} has text`);
      lines.push(`- ${stop.file}: ${stop.what}. It reads: "${first.slice(0, 200)}"`);
    }
    await writeFile(join(dir, "reader-pass.md"), `${lines.join("\n")}\n`);
  });
});

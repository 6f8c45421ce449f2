/**
 * The report in the readers' languages, in Chromium (with Debian's fonts-noto-cjk, which .ci/run
 * installs; without it every CJK character draws as an empty box): `report --lang zh` opened from
 * `file://`, its text as a reader sees it (innerText, the charts' SVG text), not only its markup, in
 * Chinese; the switch to Japanese and back to Chinese keeps every figure and computes nothing
 * again; the link reproduces the assumptions and the language; a screenshot per language in
 * test-results/.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { claimOf } from "../../src/analysis/findings/claim.js";
import { findings } from "../../src/analysis/findings/findings.js";
import { HEADLINE_MONTE_CARLO, headlineDraws } from "../../src/analysis/headline/headline-draws.js";
import { headlineRows } from "../../src/analysis/headline/headline-rows.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { simulate } from "../../src/assumptions/simulate.js";
import { withExperiments } from "../../src/assumptions/with-experiments.js";
import { loadTrainingRuns } from "../../src/data/load-training-runs.js";
import type { Lang } from "../../src/i18n/lang.js";
import { useNodeDataFiles } from "../../src/node/data-files.js";
import { buildReport, runnerPresent } from "./helpers/executed-copies.js";
import { ensureResultsDir, projectDir, sharedBrowser } from "./helpers/session.js";

useNodeDataFiles();

/** Characters of each script in a text: Han and kana, and Latin letters. */
function scripts(text: string): { cjk: number; kana: number; latin: number } {
  return {
    cjk: (text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g) ?? []).length,
    kana: (text.match(/[\u3040-\u30ff]/g) ?? []).length,
    latin: (text.match(/[A-Za-z]/g) ?? []).length,
  };
}

/** The headline rows and findings the library writes for the defaults in `lang`, with the Monte Carlo's draws. */
function expected(lang: Lang): { rows: string[][]; findings: string[] } {
  const e = estimate({});
  const draws = headlineDraws(simulate(withExperiments(e.assumptions), HEADLINE_MONTE_CARLO), e.reported!.low);
  return {
    // a view the Monte Carlo does not draw shows "—"; the reported figure, nothing
    rows: headlineRows(e, draws, lang).map((r) => [
      r.label,
      r.lowText,
      r.highText,
      r.reference || r.drawn ? r.medianText : "—",
      r.reference || r.drawn ? r.intervalText : "—",
    ]),
    findings: findings(e, claimOf(e), { draws, runs: loadTrainingRuns(), lang }).map((f) => f.text),
  };
}

/** What a reader sees: the headline's cells, the findings, the panel's labels, the charts' text, the words of the page. */
async function shown(page: Page) {
  return page.evaluate(() => ({
    rows: [...document.querySelectorAll("#live-headline tbody tr")].map((row) =>
      [...row.querySelectorAll("th, td")].slice(0, 5).map((c) => (c as HTMLElement).innerText.trim()),
    ),
    findings: [...document.querySelectorAll("#live-findings li")].map((li) => (li as HTMLElement).innerText.trim()),
    labels: [...document.querySelectorAll("#live-panel .plain")].map((s) => (s as HTMLElement).innerText.trim()),
    charts: [...document.querySelectorAll("figure.live svg")].map((svg) => svg.textContent ?? ""),
    title: document.querySelector("h1")!.innerText,
    words: [
      "header.page",
      "#estimate h2",
      "#estimate h3",
      "#live-status",
      "#live-tools",
      "#live-panel h3",
      "#live-panel p.muted",
      "#contents .lang-note",
    ]
      .flatMap((s) => [...document.querySelectorAll(s)].map((e) => (e as HTMLElement).innerText))
      .join("\n"),
    lang: document.documentElement.lang,
    computed: performance.getEntriesByName("gcl:compute").length,
  }));
}

/** Wait until no cell of the headline says the Monte Carlo is drawing. */
async function waitForDraws(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelectorAll("#live-headline tbody tr").length > 0 &&
      ![...document.querySelectorAll("#live-headline td")].some((td) => td.textContent?.trim() === "…"),
    undefined,
    { timeout: 30_000, polling: 50 },
  );
}

describe("the report in the readers' languages, in the browser", function () {
  let indexHtml: string;
  let page: Page;
  const problems: string[] = [];

  before(async function () {
    if (!runnerPresent()) this.skip();
    // the fixtures' notebooks: the page's live part is the same whatever the notebooks
    const out = await buildReport(join(projectDir, "test", "e2e", "fixtures", "notebooks"), ["--lang", "zh"]);
    indexHtml = join(out, "index.html");
    page = await (await sharedBrowser()).newPage({ viewport: { width: 1400, height: 1200 } });
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await page.goto(pathToFileURL(indexHtml).href);
    await waitForDraws(page);
  });

  after(async () => {
    await page?.close();
  });

  it("report --lang zh: the page a reader sees is Chinese: title, headline, findings, panel, charts, the notebooks' note", async () => {
    const s = await shown(page);
    assert.equal(s.lang, "zh-CN");
    assert.equal(s.title, "训练DeepSeek-V3究竟花了多少钱？");
    const want = expected("zh");
    assert.deepEqual(s.rows, want.rows);
    assert.deepEqual(s.findings, want.findings);
    // 2,000 × 400万日元 ÷ 151.65 = 5,275万美元, as the Chinese press writes amounts
    assert.deepEqual(s.rows[0]!.slice(1, 3), ["5,275万美元", "9,891万美元"]);
    // the case's list first, then the assumptions, each in a reader's Chinese words
    assert.equal(s.labels[0], "检验的新闻数字");
    assert.ok(s.labels.includes("单块GPU价格"), s.labels.join(" | "));
    // the page's own words: more Chinese characters than Latin letters (codes such as USD and H800 aside)
    const words = scripts(s.words);
    assert.ok(words.cjk > 2 * words.latin, JSON.stringify(words));
    for (const [i, chart] of s.charts.entries())
      assert.ok(scripts(chart).cjk > 0, `chart ${i}: ${chart.slice(0, 120)}`);
    assert.ok(
      s.charts.some((c) => c.includes("美元")),
      "the money axes in 美元",
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ensureResultsDir(), "languages-zh.png") });
    assert.deepEqual(problems, []);
  });

  it("switching to ja rewrites the page in Japanese from the same figures, computing nothing again; back to zh gives the page as it was", async () => {
    const before = await shown(page);
    await page.selectOption("#live-lang", "ja");
    await page.waitForFunction(() => document.documentElement.lang === "ja" && location.hash.includes("lang=ja"));
    await page.waitForFunction(() =>
      document.querySelector("#live-chart-comparison svg")?.textContent?.includes("ドル"),
    );
    const ja = await shown(page);
    assert.equal(ja.title, "DeepSeek-V3の学習コストはいくらだったのか");
    assert.deepEqual(ja.rows, expected("ja").rows);
    assert.deepEqual(ja.findings, expected("ja").findings);
    assert.ok(scripts(ja.words).kana > 20, "kana: the words are Japanese, not Chinese");
    // nothing computed again: the same one computation of the estimate
    assert.equal(ja.computed, before.computed);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ensureResultsDir(), "languages-ja.png") });
    await page.selectOption("#live-lang", "zh");
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    await page.waitForFunction(() =>
      document.querySelector("#live-chart-comparison svg")?.textContent?.includes("美元"),
    );
    const back = await shown(page);
    assert.deepEqual({ ...back, charts: back.charts.length }, { ...before, charts: before.charts.length });
    assert.deepEqual(problems, []);
  });

  it("the link keeps the assumptions and the language: opened, it shows both; en, too, with a screenshot", async () => {
    await page.locator('#live-panel [name="gpuCount"]').fill("2048");
    await page.selectOption("#live-lang", "ja");
    await page.waitForFunction(
      () => location.hash.includes("gpuCount=2048") && location.hash.includes("lang=ja"),
      undefined,
      {
        timeout: 10_000,
      },
    );
    const href = await page.$eval("#live-link", (a) => (a as HTMLAnchorElement).getAttribute("href"));
    assert.equal(href, "#gpuCount=2048&lang=ja");
    await waitForDraws(page);
    const here = await shown(page);
    const other = await (await sharedBrowser()).newPage({ viewport: { width: 1400, height: 1200 } });
    try {
      await other.goto(`${pathToFileURL(indexHtml).href}${href}`);
      await waitForDraws(other);
      const opened = await shown(other);
      assert.equal(opened.lang, "ja");
      assert.equal(await other.$eval('#live-panel [name="gpuCount"]', (i) => (i as HTMLInputElement).value), "2048");
      assert.deepEqual(opened.rows, here.rows);
      assert.deepEqual(opened.findings, here.findings);
      // 2,048 × 400万円 = 81.92億円 ÷ 151.65 = 5,402万ドル
      assert.equal(opened.rows[0]![1], "5,402万ドル");
      await other.selectOption("#live-lang", "en");
      await other.waitForFunction(() => document.documentElement.lang === "en");
      const en = await shown(other);
      assert.equal(en.title, "What did it cost to train DeepSeek-V3?");
      assert.deepEqual(en.rows[0]!.slice(1, 3), ["$54.0M", "$67.5M"]);
      await other.evaluate(() => window.scrollTo(0, 0));
      await other.screenshot({ path: join(ensureResultsDir(), "languages-en.png") });
    } finally {
      await other.close();
    }
    assert.deepEqual(problems, []);
  });
});

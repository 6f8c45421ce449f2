/**
 * The headless report (`node dist/cli/main.js report --notebooks DIR --out OUT`, as `npm run report`
 * writes it) opened in the same Chromium, for the project's notebooks and for the fixtures: no
 * console error, every chart the notebooks show drawn as an inline SVG with a size, and, in the
 * fixtures' report, the `<script>` and `<img onerror>` planted in a notebook's markdown inert.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { buildReport, countCharts, notebooksIn, runnerPresent } from "./helpers/executed-copies.js";
import { ensureResultsDir, projectDir, sharedBrowser } from "./helpers/session.js";

const reports = [
  { title: "the project's notebooks", dir: join(projectDir, "notebooks"), screenshot: "report.png", planted: false },
  {
    title: "the fixtures, with planted scripts",
    dir: join(projectDir, "test", "e2e", "fixtures", "notebooks"),
    screenshot: "report-fixtures.png",
    planted: true,
  },
];

for (const report of reports)
  describe(`report in the browser: ${report.title}`, function () {
    let out: string;
    let page: Page;
    const problems: string[] = [];

    before(async function () {
      // Pending, not failed, only while the headless runner is not built yet.
      if (!runnerPresent()) this.skip();
      out = await buildReport(report.dir);
      page = await (await sharedBrowser()).newPage({ viewport: { width: 1280, height: 1600 } });
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console error: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("dialog", (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(pathToFileURL(join(out, "index.html")).href, { waitUntil: "load" });
      await page.waitForTimeout(500); // let an onerror handler fire, if one survived
    });

    after(async () => {
      await page?.close();
    });

    it("index.html opens without a console error", async () => {
      assert.ok(existsSync(join(out, "index.html")));
      await page.screenshot({ path: join(ensureResultsDir(), report.screenshot), fullPage: true });
      assert.deepEqual(problems, []);
    });

    it("shows every chart of the executed notebooks as a visible inline SVG with a size", async () => {
      const expected = (await notebooksIn(report.dir)).reduce(
        (sum, n) => sum + countCharts(join(out, "notebooks"), n),
        0,
      );
      assert.ok(expected > 0, "the notebooks show charts");
      // vega's own SVG (view.toSVG()) has class "marks"; the report inlines it (the live page's own
      // charts, drawn in the page, are checked by live-report.e2e.ts)
      const charts = page.locator("section.notebook svg.marks");
      assert.equal(await charts.count(), expected, "inline chart SVGs");
      for (let i = 0; i < expected; i++) {
        const chart = charts.nth(i);
        await chart.scrollIntoViewIfNeeded();
        assert.ok(await chart.isVisible(), `chart ${i} visible`);
        const box = await chart.boundingBox();
        assert.ok(box && box.width > 0 && box.height > 0, `chart ${i} has a size: ${JSON.stringify(box)}`);
        assert.ok((await chart.locator("path, rect").count()) > 0, `chart ${i} has marks`);
      }
    });

    if (report.planted)
      it("the <script> and <img onerror> planted in a notebook's markdown did not run", async () => {
        const state = await page.evaluate(() => ({
          pwned: (window as { __pwned?: boolean }).__pwned,
          title: document.title,
        }));
        assert.equal(state.pwned, undefined);
        assert.notEqual(state.title, "pwned");
        const live = await page.evaluate(() => ({
          scripts: [...document.querySelectorAll("script")].filter((s) => (s.textContent ?? "").includes("__pwned"))
            .length,
          handlers: document.querySelectorAll("[onerror], [onload], [onclick]").length,
        }));
        assert.deepEqual(live, { scripts: 0, handlers: 0 });
      });
  });

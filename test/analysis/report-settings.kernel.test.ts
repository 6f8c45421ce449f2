/**
 * Assumptions drive everything: the same report run twice through the CLI, once with the
 * defaults and once with `--set gpuCount=2048 --set currency=JPY`, must change `summary.json` and
 * the charts' data in the executed notebooks exactly as the arithmetic says, and nothing else.
 *
 * Slow (two report runs, each starting kernels): the two analysis notebooks that carry the
 * comparison (02) and the parameters-driven figures (03) are copied to a scratch folder inside the
 * project (their `../dist/index.js` import must still resolve) and only they are run.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { ESTIMATE_FX_DATE } from "../../src/assumptions/prices-in.js";
import { assumptionSpecs } from "../../src/assumptions/specs.js";
import { DEEPSEEK_V3_USD_PER_GPU_HOUR } from "../../src/cost/deepseek-v3.js";
import { totalGpuHours } from "../../src/cost/reported.js";
import { fxQuote } from "../../src/fx/convert.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "dist", "cli", "main.js");
const NOTEBOOKS = ["02-purchase-vs-rental-vs-reported.ipynb", "03-assumptions.ipynb"];
const VEGA_LITE = "application/vnd.vegalite.v5+json";

interface Report {
  summary: {
    status: string;
    estimate: Record<string, { low: number; high: number; currency: string }>;
    notebooks: { name: string; parametersInjected: boolean }[];
  };
  notebooks: Record<
    string,
    {
      cells: {
        cell_type: string;
        source: string[];
        outputs?: { output_type: string; text?: string[]; data?: Record<string, unknown> }[];
      }[];
    }
  >;
}

/** Runs `gpu-cost-lab report` on `notebooksDir` with `args` into a fresh folder; returns what it wrote. */
async function report(notebooksDir: string, args: string[]): Promise<Report> {
  const out = await mkdtemp(join(tmpdir(), "gpu-cost-lab-report-"));
  try {
    await promisify(execFile)(
      process.execPath,
      [CLI, "report", "--notebooks", notebooksDir, "--out", out, "--jobs", "2", ...args],
      { cwd: ROOT },
    );
    const summary = JSON.parse(await readFile(join(out, "summary.json"), "utf8")) as Report["summary"];
    const notebooks: Report["notebooks"] = {};
    for (const name of NOTEBOOKS)
      notebooks[name] = JSON.parse(await readFile(join(out, "notebooks", name), "utf8")) as Report["notebooks"][string];
    return { summary, notebooks };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** Every Vega-Lite spec a notebook displayed, in order. */
const charts = (nb: Report["notebooks"][string]) =>
  nb.cells
    .flatMap((c) => c.outputs ?? [])
    .filter((o) => o.data && VEGA_LITE in o.data)
    .map(
      (o) =>
        o.data![VEGA_LITE] as {
          title: { text: string };
          data?: { values: { key: string; low: number; high: number }[] };
        },
    );
/** The comparison chart's row for `key`. */
const row = (r: Report, key: string) =>
  charts(r.notebooks[NOTEBOOKS[0]!]!)[0]!.data!.values.find((v) => v.key === key)!;
/** The stdout line of notebook 03 that starts "Fleet purchase:". */
const fleetLine = (r: Report) =>
  r.notebooks[NOTEBOOKS[1]!]!.cells.flatMap((c) => c.outputs ?? [])
    .flatMap((o) => (o.text ?? []).join("").split("\n"))
    .find((l) => l.startsWith("Fleet purchase:"));

const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) <= Math.abs(expected) * 1e-12, `${actual} ≠ ${expected}`);

describe("analysis: report settings change the results as the arithmetic says", function () {
  this.timeout(900_000);
  let scratch: string;
  let base: Report;
  let changed: Report;
  const usdJpy = fxQuote("USD", "JPY", { on: ESTIMATE_FX_DATE, rates: "article" }).rate; // 151.65
  const [countLow] = assumptionSpecs.gpuCount.default; // 2,000 GPUs (the article)
  const priceLowJpy = assumptionSpecs.gpuPrice.default.low; // ¥4,000,000 (the article)

  before(async function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    scratch = await mkdtemp(join(ROOT, ".report-settings-"));
    for (const name of NOTEBOOKS) await copyFile(join(ROOT, "notebooks", name), join(scratch, name));
    base = await report(scratch, []);
    changed = await report(scratch, ["--set", "gpuCount=2048", "--set", "currency=JPY"]);
  });

  after(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it("both runs succeed, and the second injects its settings into every notebook", () => {
    assert.equal(base.summary.status, "ok");
    assert.equal(changed.summary.status, "ok");
    assert.deepEqual(
      changed.summary.notebooks.map((n) => n.parametersInjected),
      [true, true],
    );
  });

  it("summary.json: the purchase goes from 2,000 × ¥4M in dollars to 2,048 × ¥4M in yen, a ratio of 1.024", () => {
    const [a, b] = [base.summary.estimate.purchase!, changed.summary.estimate.purchase!];
    // default: 2,000 × ¥4,000,000 ÷ 151.65 = $52,753,049.8
    assert.equal(a.currency, "USD");
    close(a.low, (countLow * priceLowJpy) / usdJpy);
    // --set gpuCount=2048 --set currency=JPY: 2,048 × ¥4,000,000 = ¥8,192,000,000
    assert.equal(b.currency, "JPY");
    assert.equal(b.low, 2048 * priceLowJpy);
    // in one currency the ratio is 2,048 ÷ 2,000 = 1.024
    close(b.low / (a.low * usdJpy), 1.024);
  });

  it("summary.json: the reported figure only changes currency: $5,576,000 → ¥845,600,400 (× 151.65)", () => {
    const [a, b] = [base.summary.estimate.reported!, changed.summary.estimate.reported!];
    // 2,788,000 GPU-hours × $2 = $5,576,000; × 151.65 = ¥845,600,400
    assert.equal(a.low, totalGpuHours() * DEEPSEEK_V3_USD_PER_GPU_HOUR);
    close(b.low, a.low * usdJpy);
  });

  it("the comparison chart in 02 carries the same figures as summary.json", () => {
    for (const r of [base, changed]) {
      for (const key of ["purchase", "rental", "reported", "amortized"]) {
        const [chart, summary] = [row(r, key), r.summary.estimate[key]!];
        assert.deepEqual([chart.low, chart.high], [summary.low, summary.high], key);
      }
    }
    // the GPU count changes the purchase, not the rental of the final run's GPU-hours
    close(row(changed, "purchase").low / (row(base, "purchase").low * usdJpy), 1.024);
    close(row(changed, "rental").low / row(base, "rental").low, usdJpy);
  });

  it("notebook 03 prints the fleet purchase for 2,048 GPUs, and draws its charts in yen", () => {
    assert.equal(
      fleetLine(base),
      "Fleet purchase: 2,000–3,000 GPUs × ¥4,000,000–¥5,000,000 = ¥8,000,000,000–¥15,000,000,000 (¥8.0B–¥15.0B; $52.8M–$98.9M at 1 USD = 151.65 JPY)",
    );
    assert.equal(
      fleetLine(changed),
      "Fleet purchase: 2,048 GPUs × ¥4,000,000–¥5,000,000 = ¥8,192,000,000–¥10,240,000,000 (¥8.19B–¥10.2B)",
    );
    const titles = charts(changed.notebooks[NOTEBOOKS[1]!]!).map((c) => c.title.text);
    assert.ok(titles.length >= 4);
    for (const title of titles.filter((t) => /\((USD|JPY)\)/.test(t))) assert.match(title, /\(JPY\)/, title);
  });
});

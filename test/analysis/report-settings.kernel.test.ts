/**
 * Assumptions drive everything: the same report run twice through the CLI, once with the
 * defaults and once with `--scenario full-programme --set gpuCount=2048 --set currency=JPY`, must
 * change `summary.json` and the charts' data in the executed notebooks exactly as the arithmetic
 * says, and every sentence the notebooks print must be the library's sentence for those settings:
 * no text is left stating the defaults' figures (the unit test test/notebooks/prose.test.ts keeps
 * such figures out of the markdown).
 *
 * The first run, at the defaults, is every notebook in notebooks/, where they are: it is also the
 * test that each one executes clean through the runner (status ok, no warning). The second runs
 * the notebooks the settings change: the comparison (02), the parameters-driven figures (03) and
 * the comparison with other runs (04), copied to a temporary folder beside links to the project's
 * dist/ and node_modules/ (their `../dist/index.js` import resolves, tslab finds its types), so
 * that nothing is written into the project. One tslab start per notebook run: 8.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { ESTIMATE_FX_DATE, pricesIn } from "../../src/assumptions/prices-in.js";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { simulate } from "../../src/assumptions/simulate.js";
import { withExperiments } from "../../src/assumptions/with-experiments.js";
import { turningPoints } from "../../src/assumptions/turning-points.js";
import { timesReportedSentences } from "../../src/analysis/headline/times-reported-sentences.js";
import { alternativeSentences } from "../../src/analysis/methods/alternatives.js";
import { articleStyleLine } from "../../src/analysis/headline/article-style-line.js";
import { loadArticleFigures } from "../../src/data/load-article-figures.js";
import { effectiveComputeSentences } from "../../src/analysis/effective-compute/effective-compute-sentences.js";
import { epochMethodSentences } from "../../src/analysis/methods/epoch-method-sentences.js";
import { programmeSentence } from "../../src/analysis/headline/programme-sentence.js";
import { intervalContributions, monteCarloSentences } from "../../src/analysis/uncertainty/monte-carlo-sentences.js";
import { turningPointSentences } from "../../src/analysis/uncertainty/turning-point-rows.js";
import { breakEvenText } from "../../src/analysis/break-even/break-even-text.js";
import { claimSentences, gpuHoursSentences } from "../../src/analysis/runs/claim-sentences.js";
import { costShares } from "../../src/analysis/runs/cost-shares.js";
import { runCosts } from "../../src/analysis/runs/run-costs.js";
import { loadTrainingRuns } from "../../src/data/load-training-runs.js";
import { assumptionSpecs } from "../../src/assumptions/specs.js";
import { defaultRun } from "../../src/cost/default-run.js";
import { totalGpuHours } from "../../src/cost/reported.js";
import { fxQuote } from "../../src/fx/convert.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "dist", "cli", "main.js");
/** Every notebook in notebooks/, listed when the tests load: a new notebook is tested without being named here. */
const ALL_NOTEBOOKS = readdirSync(join(ROOT, "notebooks"))
  .filter((f) => f.endsWith(".ipynb"))
  .sort();
const NOTEBOOKS = ["02-purchase-vs-rental-vs-reported.ipynb", "03-assumptions.ipynb"];
/** The second run adds the notebook that compares other runs. */
const CHANGED_NOTEBOOKS = [...NOTEBOOKS, "04-in-context.ipynb"];
/** The second run's settings, as the CLI takes them and as the library takes them. */
const CHANGED_ARGS = ["--scenario", "full-programme", "--set", "gpuCount=2048", "--set", "currency=JPY"];
const CHANGED = { experimentsMultiplier: { low: 2, high: 4 }, gpuCount: 2048, currency: "JPY" } as const;
const VEGA_LITE = "application/vnd.vegalite.v5+json";

interface Report {
  summary: {
    status: string;
    estimate: Record<string, { low: number; high: number; currency: string }>;
    notebooks: {
      name: string;
      status: string;
      errors: string[];
      warnings: string[];
      parametersInjected: boolean;
    }[];
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
async function report(notebooksDir: string, args: string[], names: readonly string[] = NOTEBOOKS): Promise<Report> {
  const out = await mkdtemp(join(tmpdir(), "gpu-cost-lab-report-"));
  try {
    await promisify(execFile)(
      process.execPath,
      [CLI, "report", "--notebooks", notebooksDir, "--out", out, "--jobs", "2", ...args],
      { cwd: ROOT },
    );
    const summary = JSON.parse(await readFile(join(out, "summary.json"), "utf8")) as Report["summary"];
    const notebooks: Report["notebooks"] = {};
    for (const name of names)
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
/** Every line a notebook printed. */
const printed = (r: Report, name: string) =>
  r.notebooks[name]!.cells.flatMap((c) => c.outputs ?? []).flatMap((o) => (o.text ?? []).join("").split("\n"));
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
  const [countLow] = assumptionSpecs.gpuCount.default as readonly [number, number]; // 2,000 GPUs (the article)
  const priceLowJpy = assumptionSpecs.gpuPrice.default.low; // ¥4,000,000 (the article)

  before(async function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    scratch = await mkdtemp(join(tmpdir(), "report-settings-"));
    for (const dir of ["dist", "node_modules"]) await symlink(join(ROOT, dir), join(scratch, dir), "dir");
    const changedDir = join(scratch, "notebooks");
    await mkdir(changedDir);
    for (const name of CHANGED_NOTEBOOKS) await copyFile(join(ROOT, "notebooks", name), join(changedDir, name));
    // both at once: the second's kernels fill the cores while the first's last notebook runs
    [base, changed] = await Promise.all([
      report(join(ROOT, "notebooks"), [], ALL_NOTEBOOKS),
      report(changedDir, CHANGED_ARGS, CHANGED_NOTEBOOKS),
    ]);
  });

  after(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it("notebooks/ holds at least one notebook", () => {
    assert.ok(ALL_NOTEBOOKS.length > 0, `no .ipynb in ${join(ROOT, "notebooks")}`);
  });

  for (const name of ALL_NOTEBOOKS) {
    it(`${name} executes clean through the runner at the defaults: no error, no warning`, () => {
      const run = base.summary.notebooks.find((n) => n.name === name);
      assert.ok(run, `${name} is not in summary.json`);
      assert.equal(run.status, "ok", run.errors.join("\n\n"));
      assert.deepEqual(run.warnings, []);
    });
  }

  it("both runs succeed, and the second injects its settings into every notebook", () => {
    assert.equal(base.summary.status, "ok");
    assert.equal(changed.summary.status, "ok");
    assert.deepEqual(
      changed.summary.notebooks.map((n) => n.parametersInjected),
      [true, true, true],
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
    assert.equal(a.low, totalGpuHours() * defaultRun().rate.low);
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
      "Fleet purchase: 2,000–3,000 GPUs × JPY 4,000,000–5,000,000 = JPY 8,000,000,000–15,000,000,000 (JPY 8.0B–15.0B; $52.8M–$98.9M at 1 USD = 151.65 JPY)",
    );
    assert.equal(
      fleetLine(changed),
      "Fleet purchase: 2,048 GPUs × JPY 4,000,000–5,000,000 = JPY 8,192,000,000–10,240,000,000 (JPY 8.19B–10.2B)",
    );
    const titles = charts(changed.notebooks[NOTEBOOKS[1]!]!).map((c) => c.title.text);
    assert.ok(titles.length >= 4);
    for (const title of titles.filter((t) => /\((USD|JPY)\)/.test(t))) assert.match(title, /\(JPY\)/, title);
  });

  it("summary.json: the full programme is the amortized final run × 2 and × 4, and its Monte Carlo draws the multiplier", () => {
    const e = changed.summary.estimate;
    // --scenario full-programme: experimentsMultiplier 2–4, so the programme's ends are 2× and 4× the amortized run's
    close(e.programme!.low, e.amortized!.low * 2);
    close(e.programme!.high, e.amortized!.high * 4);
    const mc = (
      changed.summary as unknown as { monteCarlo: { programme: { p50: number }; amortized: { p50: number } } }
    ).monteCarlo;
    // log-normal over 2–4 has median √8 = 2.83: the programme's median lies well above the run's
    assert.ok(mc.programme.p50 > 2 * mc.amortized.p50);
  });

  it("no stale prose: every sentence the notebooks print is the library's sentence for the settings they ran with", () => {
    for (const [r, overrides] of [
      [base, {}],
      [changed, CHANGED],
    ] as const) {
      const a = assumptions(overrides);
      const e = estimate(a);
      const tp = turningPoints(a);
      // notebook 03 draws the programme at Lambert's 2–4 when the parameters count the final run only
      const sim = simulate(withExperiments(a), { n: 100_000, seed: 1 });
      const lines02 = printed(r, NOTEBOOKS[0]!);
      const lines03 = printed(r, NOTEBOOKS[1]!);
      const expect = (lines: string[], sentences: string[], what: string) => {
        for (const sentence of sentences) assert.ok(lines.includes(sentence), `${what}: not printed: ${sentence}`);
      };
      expect(lines02, timesReportedSentences(e), "02 times reported");
      expect(lines02, alternativeSentences(e), "02 alternatives");
      // in JPY with 2,048 GPUs the GPUs are 81.92亿～102.4亿日元, a figure the article never wrote: "in the article's style"
      expect(lines02, [articleStyleLine(e, loadArticleFigures())], "02 the article's style");
      expect(lines03, epochMethodSentences(a), "03 Epoch's method");
      expect(lines03, [programmeSentence(e), breakEvenText(e.breakEven)], "03 programme, break-even");
      expect(lines03, turningPointSentences(tp, "reported"), "03 turning points");
      expect(lines03, turningPointSentences(tp, "rental"), "03 turning points, rental");
      expect(lines03, effectiveComputeSentences(e), "03 effective compute");
      expect(
        lines03,
        monteCarloSentences(sim, {
          view: "amortized",
          reported: e.reported!.low,
          contributions: intervalContributions(a, { seed: 1 }),
        }),
        "03 Monte Carlo",
      );
    }
    // the programme sentence says what each run holds: 1 by default, 2–4 in the full programme
    assert.ok(printed(base, NOTEBOOKS[1]!).some((l) => l.startsWith("The experiments multiplier is 1: ")));
    assert.ok(printed(changed, NOTEBOOKS[1]!).some((l) => l.startsWith("The experiments multiplier is 2–4: ")));
  });

  it("no stale prose in 04: the claim's verdicts and the GPU-hour ratios are the library's for the full programme", () => {
    // 04 works in US dollars whatever the currency; the injected experiments multiplier applies
    const a = assumptions({ experimentsMultiplier: CHANGED.experimentsMultiplier, currency: "USD" });
    const costs = runCosts(loadTrainingRuns(), { ratePerGpuHour: pricesIn(a).rentalRate, estimate: estimate(a) });
    const lines = printed(changed, CHANGED_NOTEBOOKS[2]!).join("\n");
    for (const sentence of [
      ...claimSentences(costShares(costs), 0.1),
      ...gpuHoursSentences(costs, "deepseek-v3-total", a.gpuHours.low),
    ])
      assert.ok(lines.includes(sentence), `04: not printed: ${sentence}`);
  });
});

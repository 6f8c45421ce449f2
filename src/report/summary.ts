/**
 * `report/summary.json`: what a report run used and found, for machines: the assumptions (the
 * overrides and where they came from, and the full validated set), the headline `estimate()`
 * results (every view; the amortized view under every depreciation method and valuation in
 * `estimate.alternatives`), the Monte Carlo over every input's uncertainty with the standard
 * errors of its percentiles, and each notebook's status and timings.
 */
import type { Lang } from "../i18n/lang.js";
import { relative } from "node:path";
import type { Assumptions } from "../assumptions/assumptions.js";
import { estimate } from "../assumptions/estimate.js";
import { simulate } from "../assumptions/simulate.js";
import { withExperiments } from "../assumptions/with-experiments.js";
import { HEADLINE_MONTE_CARLO } from "../analysis/headline/headline-draws.js";
import type { HeadlineDraws } from "../analysis/headline/headline-rows.js";
import type { Range } from "../range/range.js";
import { projectSource, type ProjectSource } from "../node/project-source.js";
import { summarize, type Summary as DrawSummary } from "../uncertainty/summary.js";
import type { NotebookResult } from "../runner/run-notebook.js";
import type { ScenarioSource } from "../assumptions/scenario.js";

/** Where the overrides came from, in the order they were applied. */
export interface AssumptionSources {
  readonly scenario?: {
    readonly name: string;
    readonly description: string;
    readonly sources: readonly ScenarioSource[];
  };
  /** The `-f` file. */
  readonly file?: string;
  /** The `--set` pairs. */
  readonly set?: Readonly<Record<string, unknown>>;
}

/** One notebook's line in the summary. */
export interface NotebookSummary {
  readonly name: string;
  readonly status: NotebookResult["status"];
  /** The executed notebook, relative to the report folder (`notebooks/02-buy.ipynb`), or null if none was written. */
  readonly output: string | null;
  readonly durationMs: number;
  readonly kernelStartMs: number;
  readonly cells: { readonly run: number; readonly ok: number; readonly failed: number; readonly skipped: number };
  readonly parametersInjected: boolean;
  /** Whether the outputs came from the execution cache (unchanged code, parameters, library and data). */
  readonly cached: boolean;
  readonly chartsRendered: number;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** The whole summary. */
export interface Summary {
  readonly generatedAt: string;
  readonly status: "ok" | "failed" | "cancelled";
  readonly assumptions: {
    readonly overrides: Readonly<Record<string, unknown>>;
    readonly from: AssumptionSources;
    readonly resolved: Assumptions;
  };
  /** estimate(resolved), without its copy of the assumptions; null (with `estimateError`) if it threw. */
  readonly estimate: Record<string, unknown> | null;
  readonly estimateError?: string;
  /**
   * simulate(withExperiments(resolved), { n: MONTE_CARLO_DRAWS, seed: MONTE_CARLO_SEED })
   * summarised (5th, 50th and 95th percentiles with their Monte Carlo standard errors), and the
   * share of draws below the reported figure; null when the estimate failed. The programme counts
   * Lambert's 2–4 when the assumptions count the final run only (`experimentsMultiplier` says
   * which multiplier it drew), as the page shows it beside the final run.
   */
  readonly monteCarlo?: {
    readonly n: number;
    readonly seed: number;
    readonly experimentsMultiplier: Range;
    readonly amortized: DrawSummary;
    readonly programme: DrawSummary;
    readonly rental: DrawSummary;
    /** `null` for a case that claims no figure. */
    readonly amortizedBelowReported: number | null;
  } | null;
  readonly notebooks: readonly NotebookSummary[];
  /** The code that made the report: the package's version and commit (for "How to cite"). */
  readonly source?: ProjectSource;
  readonly run: {
    readonly jobs: number;
    readonly kernel: string;
    readonly timeoutS: number;
    readonly allowErrors: boolean;
    readonly durationMs: number;
    /** Where the report is published (`report --base-url`): the page's links to its assumptions start there. */
    readonly baseUrl?: string;
    /** The language of the page and the notebooks' computed text (`report --lang`), when not `en`. */
    readonly lang?: Lang;
  };
}

/** Options of buildSummary. */
export interface SummaryInput {
  readonly overrides: Readonly<Record<string, unknown>>;
  readonly from: AssumptionSources;
  readonly resolved: Assumptions;
  readonly results: readonly NotebookResult[];
  readonly outDir: string;
  readonly run: Summary["run"];
  readonly now?: Date;
  /** The code that made the report. Defaults to the package's (`projectSource()`). */
  readonly source?: ProjectSource;
}

/** Draws and seed of the summary's Monte Carlo: the headline's (notebook 03's), so that all agree. */
export const MONTE_CARLO_DRAWS = HEADLINE_MONTE_CARLO.n;
export const MONTE_CARLO_SEED = HEADLINE_MONTE_CARLO.seed;

/** The summary of a report run; the estimate is computed here from the validated assumptions. */
export function buildSummary({
  overrides,
  from,
  resolved,
  results,
  outDir,
  run,
  now = new Date(),
  source = projectSource(),
}: SummaryInput): Summary {
  let headline: Record<string, unknown> | null = null;
  let monteCarlo: Summary["monteCarlo"] = null;
  let estimateError: string | undefined;
  try {
    const e = estimate(resolved);
    // A JSON round trip: Money and Range values serialise through their toJSON.
    const { assumptions: _omitted, ...rest } = JSON.parse(JSON.stringify(e)) as Record<string, unknown>;
    headline = rest;
    const drawn = withExperiments(resolved);
    const sim = simulate(drawn, { n: MONTE_CARLO_DRAWS, seed: MONTE_CARLO_SEED });
    let below = 0;
    const reported = e.reported?.low;
    if (reported !== undefined) for (const x of sim.amortized) if (x < reported) below++;
    monteCarlo = {
      n: sim.n,
      seed: sim.seed,
      experimentsMultiplier: drawn.experimentsMultiplier,
      amortized: summarize(sim.amortized)!,
      programme: summarize(sim.programme)!,
      rental: summarize(sim.rental)!,
      amortizedBelowReported: reported === undefined ? null : below / sim.n,
    };
  } catch (error) {
    estimateError = (error as Error).message;
  }
  const status = results.some((r) => r.status === "cancelled")
    ? "cancelled"
    : results.some((r) => r.status !== "ok")
      ? "failed"
      : "ok";
  return {
    generatedAt: now.toISOString(),
    status,
    assumptions: { overrides, from, resolved: JSON.parse(JSON.stringify(resolved)) as Assumptions },
    estimate: headline,
    monteCarlo,
    ...(estimateError === undefined ? {} : { estimateError }),
    notebooks: results.map((r) => notebookSummary(r, outDir)),
    source,
    run,
  };
}

/** What the headline, the findings and the ladder quote of the summary's Monte Carlo (none when it failed). */
export function summaryDraws(summary: Pick<Summary, "monteCarlo">): HeadlineDraws {
  const mc = summary.monteCarlo;
  if (!mc) return {};
  const figures = ({ p05, p50, p95 }: DrawSummary) => ({ p05, p50, p95 });
  return {
    rental: figures(mc.rental),
    amortized: figures(mc.amortized),
    programme: figures(mc.programme),
    n: mc.n,
    seed: mc.seed,
    ...(mc.amortizedBelowReported === null ? {} : { amortizedBelowReported: mc.amortizedBelowReported }),
  };
}

function notebookSummary(r: NotebookResult, outDir: string): NotebookSummary {
  const count = (...statuses: string[]) => r.cells.filter((c) => statuses.includes(c.status)).length;
  return {
    name: r.name,
    status: r.status,
    output: r.output === undefined ? null : relative(outDir, r.output).split("\\").join("/"),
    durationMs: r.durationMs,
    kernelStartMs: r.kernelStartMs,
    cells: {
      run: r.cells.length - count("skipped"),
      ok: count("ok"),
      failed: count("error", "timeout", "died", "aborted"),
      skipped: count("skipped"),
    },
    parametersInjected: r.parametersInjected,
    cached: r.cached ?? false,
    chartsRendered: r.chartsRendered,
    errors: r.errors,
    warnings: r.warnings,
  };
}

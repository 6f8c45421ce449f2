import type { ColumnTable } from "arquero";
import type { Estimate } from "../../assumptions/estimate.js";
import type { TrainingRunRow } from "../../data/load-training-runs.js";
import { fail } from "../messages.js";
import { knownKeys } from "../../validate/known-keys.js";
import type { MoneyRange } from "../../money/money-range.js";
import type { Range } from "../../range/range.js";
import { moneyText } from "../../format/text.js";
import type { SeriesKey } from "../../format/series.js";
import { rowsOf } from "../../data/rows-of.js";

/** The runs compared by default: DeepSeek-V3 and R1, Meta's Llama totals, and the published GPT-4 and Gemini Ultra estimates. */
export const COMPARED_RUNS = [
  "deepseek-v3-total",
  "deepseek-r1-total",
  "llama-3.1-405b",
  "llama-3.1-total",
  "llama-3-total",
  "llama-2-total",
  "gpt-4-ai-index",
  "gpt-4-epoch",
  "gemini-ultra-ai-index",
  "gemini-ultra-epoch",
] as const;

/**
 * One cost of one run, on a named basis, in US dollars.
 *
 * @category Training runs
 */
export interface RunCost {
  readonly id: string;
  readonly model: string;
  readonly developer: string;
  /** The GPU type, or null when not reported (GPT-4, Gemini Ultra). */
  readonly gpu: string | null;
  readonly gpuHours: number | null;
  readonly costUsdLow: number;
  readonly costUsdHigh: number;
  /** The palette series of the basis: `reported`, `rental` or `amortized` (`programme` for a programme estimate). */
  readonly key: SeriesKey;
  /** The basis in words: `GPU-hours × $2 per GPU-hour (a common rental rate)`. */
  readonly basis: string;
  readonly source: string;
}

/**
 * Options of {@link runCosts}: the common rental rate, the runs to compare, and the estimate that supplies DeepSeek-V3's own views.
 *
 * @category Training runs
 */
export interface RunCostsOptions {
  /**
   * The common rental rate applied to every run's GPU-hours, US dollars per GPU-hour: a number or
   * a range (`{ low: 2, high: 4.916 }`, a MoneyRange in USD). Defaults to $2, DeepSeek-V3's own
   * assumption, so the reported figure and the others are on the same footing.
   */
  readonly ratePerGpuHour?: number | Range | MoneyRange;
  /** The run ids (`data/training-runs.csv`) to include, in order. Defaults to `COMPARED_RUNS`. */
  readonly ids?: readonly string[];
  /** A USD estimate whose amortized (and, above 1× experiments, programme) view is added for DeepSeek-V3. */
  readonly estimate?: Estimate;
}

const BASIS = {
  "reported-rental": { key: "reported", basis: "reported by the lab: its GPU-hours × the rental rate it assumed" },
  "cloud-rental-estimate": { key: "rental", basis: "AI Index 2024 estimate at cloud rental prices (with Epoch AI)" },
  "amortized-estimate": { key: "amortized", basis: "Epoch AI estimate: amortized hardware + energy of the final run" },
} as const;

/**
 * Every compared run on one footing, in US dollars: each published cost with its basis, and each
 * run's GPU-hours × one common rental rate, so that "cheaper" can be read basis by basis.
 * GPU types differ (H800, H100, A100): the H800 and H100 have the same BF16/FP8 throughput, the
 * A100 about a third of it, so A100 hours are cheaper work only at the same price per hour.
 *
 * `runCosts(loadTrainingRuns(), { ratePerGpuHour: 2 })`
 *
 * @category Training runs
 */
export function runCosts(runs: ColumnTable | readonly TrainingRunRow[], options: RunCostsOptions = {}): RunCost[] {
  knownKeys(options, ["ratePerGpuHour", "ids", "estimate"], "options");
  const { ratePerGpuHour = 2, ids = COMPARED_RUNS, estimate } = options;
  const rate = checkRate(ratePerGpuHour);
  if (estimate !== undefined && estimate.currency !== "USD") {
    fail("notUsd", { name: "estimate.currency", value: estimate.currency });
  }
  const rows = rowsOf<TrainingRunRow>(runs, "runs");
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0)
    fail("unknownEntry", { name: "training run", value: missing[0], known: rows.map((r) => r.id) });
  const rateText = moneyText(rate.low, rate.high, "USD");
  const out: RunCost[] = [];
  for (const id of ids) {
    const run = byId.get(id)!;
    const common = {
      id,
      model: run.model,
      developer: run.developer,
      gpu: run.gpu,
      gpuHours: run.gpu_hours,
      source: run.source,
    };
    if (run.cost_usd !== null && run.cost_basis !== null) {
      out.push({ ...common, costUsdLow: run.cost_usd, costUsdHigh: run.cost_usd, ...BASIS[run.cost_basis] });
    }
    if (run.gpu_hours !== null) {
      out.push({
        ...common,
        costUsdLow: run.gpu_hours * rate.low,
        costUsdHigh: run.gpu_hours * rate.high,
        key: "rental",
        basis: `GPU-hours × ${rateText} per GPU-hour (a common rental rate)`,
      });
    }
    if (estimate && id === "deepseek-v3-total") out.push(...fromEstimate(estimate, common));
  }
  return out;
}

/** The rate as a USD range: a positive number, or `{ low, high }` with 0 < low ≤ high (in USD if it names a currency). */
function checkRate(rate: unknown): Range {
  if (typeof rate === "number") {
    if (!(Number.isFinite(rate) && rate > 0)) fail("notUsdRate", { name: "ratePerGpuHour", value: rate });
    return { low: rate, high: rate };
  }
  const r = rate as Partial<MoneyRange> | null;
  const ok =
    typeof r === "object" &&
    r !== null &&
    typeof r.low === "number" &&
    typeof r.high === "number" &&
    Number.isFinite(r.low) &&
    Number.isFinite(r.high) &&
    r.low > 0 &&
    r.low <= r.high &&
    (r.currency === undefined || r.currency === "USD");
  if (!ok) fail("notUsdRate", { name: "ratePerGpuHour", value: rate });
  return { low: r.low, high: r.high };
}

function fromEstimate(e: Estimate, common: Omit<RunCost, "costUsdLow" | "costUsdHigh" | "key" | "basis">): RunCost[] {
  const out: RunCost[] = [
    {
      ...common,
      costUsdLow: e.amortized.low,
      costUsdHigh: e.amortized.high,
      key: "amortized",
      basis: `this project's estimate: ${e.amortized.basis}`,
    },
  ];
  const m = e.assumptions.experimentsMultiplier;
  if (m.high > 1)
    out.push({
      ...common,
      costUsdLow: e.programme.low,
      costUsdHigh: e.programme.high,
      key: "programme",
      basis: `this project's estimate: amortized final run × ${m.low === m.high ? m.low : `${m.low}–${m.high}`} for experiments`,
    });
  return out;
}

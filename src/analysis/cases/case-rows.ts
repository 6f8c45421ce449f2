import type { ColumnTable } from "arquero";
import { assumptions } from "../../assumptions/assumptions.js";
import { estimate } from "../../assumptions/estimate.js";
import type { Case } from "../../cases/case.js";
import { allCases, caseOf } from "../../cases/case-of.js";
import { caseSummaryRows } from "../../cases/cases.js";
import { loadHardwarePrices } from "../../data/load-hardware-prices.js";
import { GpuCostError } from "../../errors/error.js";
import { moneyText, timesText } from "../../format/text.js";
import { isList } from "../../validate/is-list.js";
import { knownKeys } from "../../validate/known-keys.js";
import { rentalRateRange, type RentalRateRange } from "../prices/rental-prices.js";
import { fail } from "../messages.js";

/**
 * One case as notebook 06 sets it beside the others: its claim, rental at the market range of the
 * year its run started, Epoch AI's amortized cost of the run, each against the claim, and what the
 * claim counts. Figures in US dollars; `null` where the case gives nothing to compute them from.
 *
 * @category Cases
 */
export interface HeadlineCaseRow {
  readonly id: string;
  readonly model: string;
  /** The headline claim as written, "" for none. */
  readonly claim: string;
  /** The claim in US dollars (the bound of `under $450`), or `null`. */
  readonly claimUsd: number | null;
  /** `lab-paper`, `lab-staff`, `press-unnamed`, `third-party`, and `, contested` for a disowned figure. */
  readonly who: string;
  readonly gpuHours: number | null;
  readonly gpu: string;
  /** The year of the market range: the year the run started (the one rule), or the nearest year with prices. */
  readonly rentalYear: number | null;
  readonly rentalLow: number | null;
  readonly rentalHigh: number | null;
  /** `$516K–$1.27M (2025 market)`, or why there is none. */
  readonly rentalText: string;
  /** Epoch AI's method at the defaults (price-performance, valued at purchase). */
  readonly amortizedLow: number | null;
  readonly amortizedHigh: number | null;
  readonly amortizedText: string;
  /** Amortized ÷ the claim: `1.0–1.2×`; "" without a claim or a run. */
  readonly timesClaimText: string;
  /** The claim with its bases' claims, `unknown` where a base's cost is. */
  readonly withBase: string;
  readonly counted: string;
  readonly notCounted: string;
  readonly unknown: string;
}

/**
 * Options of {@link caseRows}.
 *
 * @category Cases
 */
export interface CaseRowsOptions {
  /** The cases, by id or as case objects; by default every case of `data/cases.csv`. */
  readonly ids?: readonly unknown[];
  /** `data/hardware-prices.csv`, for the market ranges. */
  readonly prices?: ColumnTable;
}

/**
 * Every case side by side, each computed, never typed: the claim, renting its run's GPU-hours at
 * the market range of the year the run started (`rentalRateRange({ year })` over the H100 and H800
 * prices of `data/hardware-prices.csv`; the nearest year with prices where that year has none),
 * Epoch AI's amortized cost of the run at the assumptions' defaults for the case, the amortized
 * cost ÷ the claim, the claim with its base's, and what the claim counts. A case without GPU-hours
 * (Kimi K2 Thinking) has its claim and checklist only, never a 0.
 *
 * @example
 * showTable(caseRows(), { columns: ["model", "claim", "rentalText", "amortizedText", "timesClaimText"] });
 *
 * @category Cases
 */
export function caseRows(options: CaseRowsOptions = {}): HeadlineCaseRow[] {
  knownKeys(options, ["ids", "prices"], "options");
  const { ids, prices = loadHardwarePrices() } = options;
  if (ids !== undefined && !isList(ids))
    fail("notListOf", { name: "ids", value: ids, choices: allCases().map((c) => c.id) });
  const list: Case[] = ids === undefined ? allCases() : ids.map((id, i) => caseOf(id, `options.ids[${i}]`));
  const summaries = caseSummaryRows(list);
  return list.map((c, i) => {
    const s = summaries[i]!;
    const claim = c.claims[0];
    const claimUsd = claim && claim.amount.currency === "USD" ? claim.figure : null;
    const base = {
      id: c.id,
      model: c.model,
      claim: s.claim,
      claimUsd,
      who: s.contested ? `${s.who}, contested` : s.who,
      gpuHours: c.gpuHours,
      gpu: c.gpu,
      withBase: s.withBase,
      counted: s.counted,
      notCounted: s.notCounted,
      unknown: s.unknown,
    };
    const missing = c.gpuHours === null ? "no GPU-hours stated" : "no GPU count stated";
    if (c.gpuHours === null || c.runGpus === null)
      return {
        ...base,
        rentalYear: null,
        rentalLow: null,
        rentalHigh: null,
        rentalText: missing,
        amortizedLow: null,
        amortizedHigh: null,
        amortizedText: missing,
        timesClaimText: "",
      };
    const e = estimate(assumptions({ case: c }));
    const year = Number(e.assumptions.trainingStart.slice(0, 4));
    const market = datedRange(prices, year, c.gpu);
    const hours = c.gpuHours;
    const times = (low: number, high: number) => (claimUsd === null ? "" : timesText(low / claimUsd, high / claimUsd));
    return {
      ...base,
      rentalYear: market?.year ?? null,
      rentalLow: market ? hours * market.range.low : null,
      rentalHigh: market ? hours * market.range.high : null,
      rentalText: market
        ? `${moneyText(hours * market.range.low, hours * market.range.high, "USD")} (${market.year} market)`
        : `no ${c.gpu} prices per GPU-hour`,
      amortizedLow: e.amortized.low,
      amortizedHigh: e.amortized.high,
      amortizedText: moneyText(e.amortized.low, e.amortized.high, e.amortized.currency),
      timesClaimText: times(e.amortized.low, e.amortized.high),
    };
  });
}

/** The market range of `year` for `gpu` (the H100 and H800 together, as `rentalRateRange` takes them), else of the nearest year with prices. */
function datedRange(
  prices: ColumnTable,
  year: number,
  gpu: string,
): { year: number; range: RentalRateRange } | undefined {
  const hardware = gpu === "H100" || gpu === "H800" ? ["H100", "H800"] : [gpu];
  for (const y of [year, year - 1, year + 1, year - 2, year + 2]) {
    try {
      return { year: y, range: rentalRateRange(prices, { year: y, hardware }) };
    } catch (error) {
      if (!(error instanceof GpuCostError && error.code === "noRentalPrices")) throw error;
    }
  }
  return undefined;
}

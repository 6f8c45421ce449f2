import type { Range } from "../range/range.js";
import { DEFAULT_CASE } from "../cases/default-case.js";
import { assumptions, type Assumptions } from "./assumptions.js";
import { ASSUMPTION_FIELDS } from "./result-fields.js";
import { resultOf } from "../validate/result-of.js";

/**
 * Nathan Lambert's estimate of the experiments before DeepSeek-V3's final run: "The total compute
 * used for the DeepSeek V3 model for pretraining experiments would likely be 2-4 times the reported
 * number" (Interconnects, 2025-01-09). The multiplier of the `full-programme` scenario
 * (data/scenarios/full-programme.json; a test keeps the two in step).
 */
export const EXPERIMENTS_LAMBERT: Range = Object.freeze({ low: 2, high: 4 });

/** Who gives {@link EXPERIMENTS_LAMBERT}, in a few words for labels and sentences. */
export const EXPERIMENTS_LAMBERT_SOURCE = "Lambert's estimate";

/**
 * {@link EXPERIMENTS_LAMBERT_SOURCE} applied to a case other than the one Lambert analysed: his
 * multiplier is for DeepSeek-V3's programme, borrowed for another lab's.
 */
export const EXPERIMENTS_LAMBERT_BORROWED = "Lambert's estimate for DeepSeek-V3, borrowed";

/** Lambert's multiplier named for `caseId`: his own for the case he analysed (the default), borrowed for any other. */
export function lambertLabel(caseId: string): string {
  return caseId === DEFAULT_CASE ? EXPERIMENTS_LAMBERT_SOURCE : EXPERIMENTS_LAMBERT_BORROWED;
}

/** Whether `a` counts the final run only: an experiments multiplier of exactly 1, as the lab reports. */
export function countsFinalRunOnly(a: Assumptions): boolean {
  return a.experimentsMultiplier.low === 1 && a.experimentsMultiplier.high === 1;
}

/**
 * The assumptions whose programme view is worth showing beside the final run: `a` itself when it
 * counts experiments (a multiplier above 1), else `a` with Lambert's 2–4 (`EXPERIMENTS_LAMBERT`, the full-programme scenario's multiplier).
 * At a multiplier of 1 the programme repeats the final run, figure for figure and chart for chart;
 * every other input is the same, so the final run's own views are unchanged (and so are its Monte
 * Carlo draws: each input has its own stream).
 *
 * `withExperiments(assumptions()).experimentsMultiplier` → `{ low: 2, high: 4 }`
 *
 * @category Assumptions
 */
export function withExperiments(a: Assumptions): Assumptions {
  resultOf(a, ASSUMPTION_FIELDS, "a", "assumptions()");
  return countsFinalRunOnly(a) ? assumptions({ ...a, experimentsMultiplier: EXPERIMENTS_LAMBERT }) : a;
}

import type { Case } from "../cases/case.js";
import { caseOf } from "../cases/case-of.js";
import { caseGpuCount, caseTrainingStart } from "../cases/case-run.js";
import { hoursText } from "./case-defaults.js";
import { sources } from "./sources.js";
import type { DocumentedUncertainty } from "./uncertainties.js";

/**
 * This project's stated judgement of a run's GPU-hours where its case gives no range: the stated
 * hours as the least and most likely (a lab's figure for its final run does not overcount it), up
 * to this factor more (restarts, failed runs and evaluation a stated figure may leave out).
 */
export const JUDGED_HOURS_HIGH = 1.25;

/** The assumptions whose documented uncertainty follows the case. */
export const CASE_UNCERTAIN = ["gpuCount", "gpuHours", "trainingStart"] as const;

/**
 * What is believed about the case's GPUs, GPU-hours and training start while they hold the case's
 * defaults: the range a source gives, or this project's stated judgement, shown as such.
 * - gpuCount: a fleet a source gives as a range, uniform across it; a count, held;
 * - gpuHours: the case's range (DeepSeek-V3: pre-training alone to the most its words allow),
 *   triangular at the stated hours; else the judgement {@link JUDGED_HOURS_HIGH};
 * - trainingStart: the one rule with the other gaps Epoch's code names (180 and 20 days).
 * `hours` replaces the case's GPU-hours where it states none.
 */
export function caseUncertainty(
  name: (typeof CASE_UNCERTAIN)[number],
  c: Case = caseOf(undefined),
  hours: number | undefined = c.gpuHours ?? undefined,
): DocumentedUncertainty {
  if (name === "gpuCount") {
    const count = caseGpuCount(c);
    if (c.fleet && c.fleet.low < c.fleet.high)
      return { shape: "uniform", low: c.fleet.low, high: c.fleet.high, source: c.fleet.source };
    return {
      shape: "fixed",
      source: count === undefined ? "held at the value given" : `held: the run's stated GPUs (${c.source})`,
    };
  }
  if (name === "gpuHours") {
    if (hours === undefined) return { shape: "fixed", source: "held at the value given: the case states no GPU-hours" };
    if (c.hoursRange)
      return {
        shape: "triangular",
        low: c.hoursRange.low,
        high: c.hoursRange.high,
        source: `most likely the reported ${hoursText(hours)}; ${c.hoursRange.source} (${c.source})`,
      };
    return {
      shape: "triangular",
      low: hours,
      high: hours * JUDGED_HOURS_HIGH,
      source: `a stated judgement, for want of a range in the source: most likely and at least the stated ${hoursText(hours)} (${c.source}); at most ${JUDGED_HOURS_HIGH} × that, for restarts, failed runs and evaluation a stated figure may leave out`,
    };
  }
  const at = (gapDays: number) =>
    caseTrainingStart(c, { ...(hours === undefined ? {} : { gpuHours: hours }), gapDays }).day;
  const [low, mode, high] = [at(180), at(60), at(20)];
  return {
    shape: "triangular",
    low,
    high,
    source: `most likely this project's rule (Epoch's, with the run's own length) and Epoch's 60-day gap between the end of training and publication (${mode}); the ends use the other gaps Epoch's code names, "e.g. 20 days, 180 days" (${sources.epochCode}, line 573): 180 days → ${low}, 20 days → ${high}`,
  };
}

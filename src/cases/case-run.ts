import { epochTrainingStart, runLengthTrainingStart, type TrainingStart } from "../cost/training-start.js";
import type { Case } from "./case.js";
import { fail } from "./messages.js";

/**
 * The GPU-hours of a case's run, or those given: a case that states none (Kimi K2 Thinking) needs
 * them given (`caseNoHours`).
 */
export function caseGpuHours(c: Case): number {
  return c.gpuHours ?? fail("caseNoHours", { id: c.id });
}

/**
 * The GPUs bought, as the purchase view takes them: the fleet a source gives (DeepSeek-V3: the
 * article's 2,000–3,000), else the run's own GPUs, else `undefined` (then gpuCount must be given).
 */
export function caseGpuCount(c: Case): { low: number; high: number } | undefined {
  if (c.fleet) return { low: c.fleet.low, high: c.fleet.high };
  return c.runGpus === null ? undefined : { low: c.runGpus, high: c.runGpus };
}

/**
 * When the case's final run started, by one rule for every case: this project's use of Epoch's
 * rule (src/cost/training-start.ts), the publication date − the run's GPU-hours ÷ its GPUs − the
 * gap (60 days, Epoch's); where the run's GPUs are not stated, Epoch's rule with its median
 * training time. `gpuHours` replaces the case's (a case that states none).
 */
export function caseTrainingStart(c: Case, options: { gpuHours?: number; gapDays?: number } = {}): TrainingStart {
  const hours = options.gpuHours ?? c.gpuHours;
  if (hours === null || c.runGpus === null) {
    const start = epochTrainingStart({ published: c.published });
    if (options.gapDays === undefined) return start;
    const shift = (start.gapDays - options.gapDays) * 86_400_000;
    const at = new Date(Date.parse(start.at) + shift).toISOString();
    return { ...start, at, day: at.slice(0, 10), gapDays: options.gapDays };
  }
  return runLengthTrainingStart({
    published: c.published,
    gpuHours: hours,
    gpuCount: c.runGpus,
    ...(options.gapDays === undefined ? {} : { gapDays: options.gapDays }),
  });
}

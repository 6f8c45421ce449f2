import type { Case } from "../cases/case.js";
import { caseOf } from "../cases/case-of.js";
import { caseGpuCount, caseTrainingStart } from "../cases/case-run.js";
import { sources } from "./sources.js";

/** What a case supplies as defaults: the GPU, the GPUs bought, the run's GPU-hours and its start. */
export interface CaseDefaults {
  readonly gpu: string;
  /** `[low, high]` for a fleet a source gives as a range, else one count; `undefined` where the case states none. */
  readonly gpuCount: readonly [number, number] | number;
  readonly gpuHours: number;
  readonly trainingStart: string;
}

const cache = new WeakMap<Case, CaseDefaults>();

/** Thousands as a report writes them: 2,664,000 → `2,664K`; other figures grouped: `152`. */
export function hoursText(h: number): string {
  return h >= 10_000 && h % 1000 === 0
    ? `${(h / 1000).toLocaleString("en-US")}K`
    : h.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/**
 * The defaults `c` supplies (the default case, DeepSeek-V3, when none is given): its GPU, its
 * fleet or run's GPUs, its stages' GPU-hours and its training start by the one rule. Read from
 * the case's data, never typed here.
 */
export function caseDefaults(c: Case = caseOf(undefined)): CaseDefaults {
  let d = cache.get(c);
  if (!d) {
    const count = caseGpuCount(c);
    const hours = c.gpuHours;
    d = Object.freeze({
      gpu: c.gpu,
      gpuCount:
        count === undefined
          ? (undefined as unknown as number)
          : count.low === count.high
            ? count.low
            : ([count.low, count.high] as const),
      gpuHours: hours === null ? (undefined as unknown as number) : hours,
      trainingStart: caseTrainingStart(c).day,
    });
    cache.set(c, d);
  }
  return d;
}

/** Where each of {@link caseDefaults} comes from, in words: the case's sources. */
export function caseDefaultTexts(c: Case = caseOf(undefined)): Readonly<Record<keyof CaseDefaults, string>> {
  const hours = c.gpuHours;
  const stages =
    c.stages.length > 1
      ? `${c.stages.map((s) => hoursText(s.gpuHours)).join(" + ")} = ${hoursText(hours!)}`
      : hours === null
        ? "none stated"
        : hoursText(hours);
  const start = caseTrainingStart(c);
  return {
    gpu: `${c.model}'s (case ${c.id}): ${c.source}, "${c.quote}"`,
    gpuCount: c.fleet
      ? c.fleet.source
      : c.runGpus === null
        ? `${c.model}'s source states no GPU count`
        : `the run's own ${c.runGpus.toLocaleString("en-US")} GPUs (case ${c.id}): ${c.source}, "${c.quote}"`,
    gpuHours: hours === null ? `${c.model}'s source states no GPU-hours` : `${c.source} (${stages} ${c.gpu} GPU-hours)`,
    trainingStart: `this project's use of Epoch's rule (${sources.epochCode}, lines 551–575, get_training_start_date: publication date − training time − 60 days) with the run's own length: ${c.model}'s date, ${c.published}, less ${start.runLength} and ${start.gapDays} days`,
  };
}

import { checklistItems, type ChecklistItem } from "../data/load-case-claims.js";
import type { StageKind } from "../data/load-case-stages.js";
import type { Case, CaseClaim } from "./case.js";

export { checklistItems, type ChecklistItem };

/** Whether a claim counts an item: `counted`, `not counted`, or `unknown` where its source does not say. */
export type Counted = "counted" | "not counted" | "unknown";

/**
 * One line of a claim's checklist: the item, whether the figure counts it, and why, from the data.
 *
 * @category Cases
 */
export interface ChecklistLine {
  readonly item: ChecklistItem;
  /** The item in words: `earlier experiments and ablations`. */
  readonly label: string;
  readonly counted: Counted;
  /** Why, from the case's data: `the source says it leaves this out: "…"`. */
  readonly why: string;
}

/** Each item in words. */
export const checklistLabels: Readonly<Record<ChecklistItem, string>> = {
  finalRun: "the final run",
  experiments: "earlier experiments and ablations",
  baseModel: "the base model's own training",
  dataGeneration: "data generation (distillation from another model's outputs)",
  postTraining: "post-training",
  owning: "owning rather than renting the hardware",
  staff: "staff",
};

const POST: readonly StageKind[] = ["post-training", "sft", "reinforcement-learning"];

/**
 * What a claim counts and leaves out, item by item, computed from the case's data, never typed:
 * 1. an item the source says the figure leaves out (`excludes`) is not counted, in its words;
 * 2. a stage the figure counts (`counts`) counts its kind: pre-training counts the final run and,
 *    for a model trained from scratch, its base; RL, SFT and post-training count post-training;
 *    data generation counts data generation; experiments count experiments;
 * 3. what the figure's stages cannot hold is not counted: a base model's training (the stages
 *    are the case's own), data made by another model (`dataFrom`), a post-training stage of the
 *    case outside the figure; a rental price pays for GPU time only (owning, staff);
 * 4. anything else is unknown: never assumed counted, never assumed left out. A claim whose
 *    source does not say what it counts leaves every item unknown but those of its basis.
 *
 * `checklist(caseOf("deepseek-r1"), claim).find((l) => l.item === "baseModel").counted` → `not counted`
 */
export function checklist(c: Case, claim: CaseClaim): ChecklistLine[] {
  const counted = claim.counts === null ? null : c.stages.filter((s) => claim.counts!.includes(s.stage));
  const has = (kinds: readonly StageKind[]) => counted?.find((s) => kinds.includes(s.kind));
  const said = (item: ChecklistItem) => claim.excludes.includes(item);
  const line = (item: ChecklistItem, value: Counted, why: string): ChecklistLine => ({
    item,
    label: checklistLabels[item],
    counted: value,
    why,
  });
  const leftOut = (item: ChecklistItem) =>
    line(item, "not counted", `the source scopes the figure so: "${claim.excludesQuote}"`);
  const unsaid = (item: ChecklistItem) =>
    line(
      item,
      "unknown",
      counted === null
        ? "the source does not say what the figure counts"
        : "no stage of the figure is of this kind, and the source does not say",
    );
  const stageWhy = (s: { stage: string; gpuHours: number }) =>
    `the figure counts ${s.stage.toLowerCase()} (${s.gpuHours.toLocaleString("en-US")} GPU-hours)`;

  return checklistItems.map((item): ChecklistLine => {
    if (said(item)) return leftOut(item);
    switch (item) {
      case "finalRun":
        return counted === null || counted.length === 0
          ? unsaid(item)
          : line(item, "counted", `the figure counts ${counted.map((s) => s.stage.toLowerCase()).join(", ")}`);
      case "experiments": {
        const s = has(["experiments"]);
        return s ? line(item, "counted", stageWhy(s)) : unsaid(item);
      }
      case "baseModel": {
        if (c.baseModel === null) {
          const s = has(["pre-training"]);
          return s ? line(item, "counted", `${c.model} is trained from scratch: ${stageWhy(s)}`) : unsaid(item);
        }
        return counted === null
          ? unsaid(item)
          : line(item, "not counted", `the figure counts ${c.model}'s own stages, on top of ${c.baseModel}`);
      }
      case "dataGeneration": {
        const s = has(["data-generation"]);
        if (s) return line(item, "counted", stageWhy(s));
        if (c.dataFrom !== null && counted !== null)
          return line(
            item,
            "not counted",
            `its training data came from ${c.dataFrom}'s outputs, which no stage of the figure makes`,
          );
        return unsaid(item);
      }
      case "postTraining": {
        const s = has(POST);
        if (s) return line(item, "counted", stageWhy(s));
        const outside =
          counted === null ? undefined : c.stages.find((x) => POST.includes(x.kind) && !counted.includes(x));
        return outside
          ? line(item, "not counted", `${outside.stage.toLowerCase()} is a stage of ${c.model} outside the figure`)
          : unsaid(item);
      }
      case "owning":
      case "staff":
        return claim.basis === "rental"
          ? line(
              item,
              "not counted",
              item === "owning"
                ? "the figure is GPU-hours at a rental price, not the cost of owning the GPUs"
                : "a rental price pays for GPU time only",
            )
          : line(item, "unknown", "the source does not say how the figure prices the GPUs");
    }
  });
}

import type { Lang } from "../i18n/lang.js";
import { text } from "../i18n/text.js";
import { assumptionNames, type AssumptionName } from "./specs.js";

/**
 * Each assumption in a reader's words, for charts, the page's panel and the findings, where the
 * name (`priceOomsPerYear`) is for code, parameters cells and `--set`: a few words with the unit,
 * lower case to sit inside a sentence or a label. From the catalogue of each language
 * (`assumption.<name>` in src/i18n/), keyed by the same names.
 *
 * `assumptionLabels.priceOomsPerYear` → `how fast GPUs lose value (orders of magnitude a year)`
 */
export function assumptionLabelsIn(lang: Lang): Readonly<Record<AssumptionName, string>> {
  return Object.fromEntries(assumptionNames.map((name) => [name, text(lang, `assumption.${name}`)])) as Record<
    AssumptionName,
    string
  >;
}

/** The assumptions in a reader's words, in English. */
export const assumptionLabels: Readonly<Record<AssumptionName, string>> = assumptionLabelsIn("en");

import type { HeadlineRow } from "../analysis/headline/headline-rows.js";
import type { Estimate } from "../assumptions/estimate.js";
import type { Lang } from "../i18n/lang.js";

/**
 * The estimate as JSON, shaped as `report/summary.json` keeps it: the overrides (what the page's
 * link holds), the validated assumptions, and every figure of `estimate()`; with `labelled`, the
 * page's language and its headline rows, labelled in it (the keys stay English).
 */
export function estimateJson(
  e: Estimate,
  overrides: Readonly<Record<string, unknown>>,
  labelled?: { readonly lang: Lang; readonly headline: readonly HeadlineRow[] },
): string {
  const { assumptions, ...figures } = e;
  // keys stay English in every language; the headline rows' labels and texts are the reader's
  const words = labelled ? { lang: labelled.lang, headline: labelled.headline } : {};
  return `${JSON.stringify({ overrides, assumptions, ...words, estimate: figures }, null, 2)}\n`;
}

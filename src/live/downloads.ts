import type { Estimate } from "../assumptions/estimate.js";

/**
 * The estimate as JSON, shaped as `report/summary.json` keeps it: the overrides (what the page's
 * link holds), the validated assumptions, and every figure of `estimate()`.
 */
export function estimateJson(e: Estimate, overrides: Readonly<Record<string, unknown>>): string {
  const { assumptions, ...figures } = e;
  return `${JSON.stringify({ overrides, assumptions, estimate: figures }, null, 2)}\n`;
}

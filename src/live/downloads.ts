import type { HeadlineRow } from "../analysis/headline-rows.js";
import type { Estimate } from "../assumptions/estimate.js";

/** The CSV's columns, units in their names (STYLE.md habit 7). */
export const CSV_COLUMNS = [
  "view",
  "label",
  "low",
  "high",
  "currency",
  "times_reported_low",
  "times_reported_high",
] as const;

/**
 * The headline estimate as CSV (RFC 4180, a header row, then one row per view): exact figures in
 * the estimate's currency and each view ÷ the reported figure.
 *
 * `view,label,low,high,currency,times_reported_low,times_reported_high` /
 * `purchase,Purchase: the GPUs,52753049.785691…,98911968.348…,USD,9.46…,17.73…`
 */
export function headlineCsv(rows: readonly HeadlineRow[]): string {
  const lines = rows.map((r) =>
    [r.key, r.view, r.low, r.high, r.currency, r.timesReportedLow, r.timesReportedHigh].map(csvField).join(","),
  );
  return `${[CSV_COLUMNS.join(","), ...lines].join("\r\n")}\r\n`;
}

/**
 * The estimate as JSON, shaped as `report/summary.json` keeps it: the overrides (what the page's
 * link holds), the validated assumptions, and every figure of `estimate()`.
 */
export function estimateJson(e: Estimate, overrides: Readonly<Record<string, unknown>>): string {
  const { assumptions, ...figures } = e;
  return `${JSON.stringify({ overrides, assumptions, estimate: figures }, null, 2)}\n`;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

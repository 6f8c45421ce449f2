import type { HeadlineRow } from "./headline-rows.js";

/** The columns of {@link headlineCsv}, units in the names where they are fixed. */
export const headlineCsvColumns = [
  "key",
  "label",
  "low",
  "high",
  "median",
  "p05",
  "p95",
  "currency",
  "times_reported_low",
  "times_reported_high",
] as const;

/**
 * The headline rows as CSV (RFC 4180, one header line, `\n` line ends): exact numbers, as
 * JavaScript writes them, for a spreadsheet or a script; the currency in its own column; the
 * Monte Carlo's median and 90% interval (`median`, `p05`, `p95`) where the rows carry them, else
 * empty.
 *
 * `key,label,low,high,median,p05,p95,currency,times_reported_low,times_reported_high`
 * `purchase,"Buying the GPUs (2,000–3,000 × JPY 4.0M–5.0M, as the article computes it)",52753049.78569,…`
 */
export function headlineCsv(rows: readonly HeadlineRow[]): string {
  const lines = rows.map((r) =>
    [
      r.key,
      r.label,
      r.low,
      r.high,
      r.drawn?.p50 ?? "",
      r.drawn?.p05 ?? "",
      r.drawn?.p95 ?? "",
      r.currency,
      r.timesReported?.low ?? "",
      r.timesReported?.high ?? "",
    ]
      .map(csvField)
      .join(","),
  );
  return [headlineCsvColumns.join(","), ...lines].map((line) => `${line}\n`).join("");
}

/** A field, quoted when it holds a comma, a quote or a line break (quotes doubled). */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

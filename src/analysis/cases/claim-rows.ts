import { caseOf } from "../../cases/case-of.js";

/**
 * One claim made for a case's run, and the rate per GPU-hour it implies.
 *
 * @category Cases
 */
export interface ClaimRow {
  /** As written: `about $20`, `$6`, `under $50`. */
  readonly claim: string;
  readonly who: string;
  readonly where: string;
  readonly date: string;
  /** The claim ÷ the run's GPU-hours, in the claim's currency per GPU-hour; `null` without GPU-hours. */
  readonly impliedRate: number | null;
  /** `$2.88 per H100-hour`, `at most $7.21 per H100-hour` for `under $50`; "" without GPU-hours. */
  readonly impliedRateText: string;
  readonly url: string;
}

/**
 * Every claim made for one case's run, headline first, each with the rate it implies: s1-32B's one
 * run of 16 × 26 min = 6.93 H100-hours was "about $20" ($2.88 an hour), "$6" ($0.87) and
 * "under $50" (at most $7.21).
 *
 * @example
 * showTable(claimRows("s1-32b"));
 *
 * @category Cases
 */
export function claimRows(caseId: string | object): ClaimRow[] {
  const c = caseOf(caseId, "caseId");
  return c.claims.map((k) => {
    const rate = c.gpuHours === null ? null : k.figure / c.gpuHours;
    const symbol = k.amount.currency === "USD" ? "$" : `${k.amount.currency} `;
    return {
      claim: k.text,
      who: k.contested ? `${k.who}, contested` : k.who,
      where: k.where,
      date: k.date,
      impliedRate: rate,
      impliedRateText:
        rate === null ? "" : `${k.upperBound ? "at most " : ""}${symbol}${rate.toFixed(2)} per ${c.gpu}-hour`,
      url: k.url,
    };
  });
}

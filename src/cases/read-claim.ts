import { parseAmount } from "../amount/parse-amount.js";
import type { CaseClaimRow } from "../data/load-case-claims.js";
import { moneyRange, type MoneyRange } from "../money/money-range.js";
import type { CaseClaim } from "./case.js";

/**
 * An amount of money as written, read: `$5.576M` → $5,576,000; `under $450` → 0–$450, an upper bound.
 * The caller has checked that it reads (the loader, or the case file's door).
 */
export function readMoney(text: string): { amount: MoneyRange; figure: number; upperBound: boolean } {
  const a = parseAmount(text);
  const amount = moneyRange(a.low, a.high, a.unit);
  const upperBound = a.low === 0 && a.high > 0;
  return { amount, figure: a.high, upperBound };
}

/** A row of `data/case-claims.csv` as a {@link CaseClaim}; `stages` are the case's stage names, for `counts: all`. */
export function readClaim(row: CaseClaimRow, stages: readonly string[]): CaseClaim {
  const { amount, figure, upperBound } = readMoney(row.amount);
  const rate = row.rate === null ? null : readMoney(row.rate).amount;
  const counts = row.counts === null ? null : row.counts === "all" ? stages : row.counts.split(" + ");
  return {
    text: row.amount,
    amount,
    figure,
    upperBound,
    date: row.date.toISOString().slice(0, 10),
    where: row.where,
    url: row.url,
    who: row.who,
    basis: row.basis,
    statedRate: rate,
    statedRateText: row.rate,
    counts,
    excludes: row.excludes === null ? [] : (row.excludes.split(" + ") as CaseClaim["excludes"][number][]),
    excludesQuote: row.excludes_quote,
    contested:
      row.contested_by === null ? null : { by: row.contested_by, url: row.contested_url!, quote: row.contested_quote! },
    quote: row.quote,
  };
}

import type { ColumnTable } from "arquero";
import { formatAmount } from "../../amount/format-amount.js";
import type { Estimate } from "../../assumptions/estimate.js";
import type { ArticleFigureRow } from "../../data/load-article-figures.js";
import { rowsOf } from "../../data/rows-of.js";
import { ESTIMATE_FIELDS } from "../../assumptions/result-fields.js";
import { resultOf } from "../../validate/result-of.js";

/**
 * The fleet's purchase and the reported cost written as the article writes money (`80亿～150亿日元`,
 * `557.6万美元`), each marked for what it is: `as the article writes it`, with the article's
 * phrase, when the article states that figure in that currency (both ends within 0.5%, the
 * rounding of its 3–4 digits), else `in the article's style` (a figure the article does not
 * state: the same fleet in dollars, or another GPU count). Computed, so it stays true for any
 * parameters.
 *
 * `articleStyleLine(estimate(), loadTable("article-figures"))` →
 * `In the article's style: 5275万～9891万美元 for the GPUs (the article does not state this figure), against 557.6万美元 reported (as the article writes it: "V3的开发费用为557.6万美元"); in USD, converted on 2025-02-11 with the article rates.`
 *
 * @example
 * print(articleStyleLine(estimate({ currency: "JPY" }), loadTable("article-figures")));
 *
 * @category Headline
 */
export function articleStyleLine(e: Estimate, figures: ColumnTable | readonly ArticleFigureRow[]): string {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  const rows = rowsOf<ArticleFigureRow>(figures, "figures");
  const near = (x: number, y: number) => Math.abs(x / y - 1) <= 0.005;
  const part = (v: { low: number; high: number; currency: Estimate["currency"] }) => {
    const text = formatAmount(v, { locale: "zh" });
    const quote = rows.find((r) => r.unit === v.currency && near(r.low, v.low) && near(r.high, v.high))?.quote;
    return {
      text,
      quote,
      note: quote ? `as the article writes it: "${quote}"` : "the article does not state this figure",
    };
  };
  const gpus = part(e.purchase);
  if (!e.reported) return "";
  const reported = part(e.reported);
  const lead = gpus.quote && reported.quote ? "As the article writes them" : "In the article's style";
  return `${lead}: ${gpus.text} for the GPUs (${gpus.note}), against ${reported.text} reported (${reported.note}); in ${e.currency}, converted on ${e.fxDate} with the ${e.rates} rates.`;
}

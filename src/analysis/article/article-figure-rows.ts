import type { ColumnTable } from "arquero";
import { articleHedges, type ArticleFigureRow } from "../../data/load-article-figures.js";
import { rowsOf } from "../../data/rows-of.js";
import { knownKeys } from "../../validate/known-keys.js";
import { fail } from "../messages.js";

/**
 * One figure of the article as a reader should quote it: with its hedge.
 *
 * @category The article
 */
export interface ArticleFigureView {
  readonly id: string;
  readonly label: string;
  readonly low: number;
  readonly high: number;
  readonly unit: string;
  /** The hedge in words, with the article's own: `may (或)`, `attributed, approximate (有分析认为 … 左右)`, `stated`. */
  readonly hedgeText: string;
  readonly quote: string;
}

/**
 * A hedge of data/article-figures.csv in words, the article's own after it:
 * `hedgeText("attributed+approximate", "有分析认为 … 左右")` → `attributed, approximate (有分析认为 … 左右)`.
 *
 * @category The article
 */
export function hedgeText(hedge: string, words: string | null): string {
  if (typeof hedge !== "string" || !hedge.split("+").every((k) => (articleHedges as readonly string[]).includes(k)))
    fail("notOneOf", { name: "hedge", value: hedge, choices: [...articleHedges, "several joined by +"] });
  if (words !== null && typeof words !== "string") fail("notString", { name: "words", value: words });
  const kinds = hedge.split("+").join(", ");
  return words === null ? kinds : `${kinds} (${words})`;
}

/**
 * The article's figures with their hedges, for a table: every figure quoted as the article puts
 * it, "may" (或), someone's claim (有分析认为, 据悉, X解释称), an assumption (假设), about (约, 左右),
 * or stated. `ids` picks and orders rows.
 *
 * @example
 * showTable(articleFigureRows(loadTable("article-figures")), { columns: ["id", "low", "high", "unit", "hedgeText", "quote"] });
 *
 * @category The article
 */
export function articleFigureRows(
  figures: ColumnTable | readonly ArticleFigureRow[],
  options: { readonly ids?: readonly string[] } = {},
): ArticleFigureView[] {
  knownKeys(options, ["ids"], "options");
  const rows = rowsOf<ArticleFigureRow>(figures, "figures");
  const byId = new Map(rows.map((r) => [r.id, r]));
  const picked = options.ids
    ? options.ids.map(
        (id) => byId.get(id) ?? fail("unknownEntry", { name: "figure", value: id, known: [...byId.keys()] }),
      )
    : rows;
  return picked.map((r) => ({
    id: r.id,
    label: r.label,
    low: r.low,
    high: r.high,
    unit: r.unit,
    hedgeText: hedgeText(r.hedge, r.hedge_words),
    quote: r.quote,
  }));
}

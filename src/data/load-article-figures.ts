import type { ColumnTable } from "arquero";
import { csvLoader } from "./csv-loader.js";
import { amountUnits, col, type AmountUnit, type FileSchema, type RowCheck } from "./schema.js";

/**
 * What an article figure measures (the closed list of the `kind` column):
 * - `gpu_count`: GPUs (2,000–3,000 H800);
 * - `unit_price`: the price of one GPU (JPY 4M–5M for an H800);
 * - `fleet_cost`: count × price (JPY 8bn–15bn);
 * - `training_cost`: a reported cost of training ($5.576M);
 * - `gpu_hours`: GPU-hours of training (2.788M);
 * - `hourly_rate`: a cost per GPU-hour ($2), `unit` is the currency;
 * - `ratio`: one quantity relative to another, as a fraction (H800 speed "only half" = 0.5);
 * - `price_discount`: how much cheaper, as a fraction ("1～3成" = 0.1–0.3);
 * - `trial_runs`: a number of training runs ("数十次、数百次": tens to hundreds, read as 10 up to, not including, 1,000).
 */
export const figureKinds = [
  "gpu_count",
  "unit_price",
  "fleet_cost",
  "training_cost",
  "gpu_hours",
  "hourly_rate",
  "ratio",
  "price_discount",
  "trial_runs",
] as const;

/** One of {@link figureKinds}. */
export type FigureKind = (typeof figureKinds)[number];

/**
 * How the article puts a figure (the `hedge` column), in the order they are combined with `+`:
 * - `stated`: in its own voice, with no hedge (`总额单纯计算为80亿～150亿日元`);
 * - `may`: as a possibility, 或 (the headline's `或比尖端产品便宜1～3成`);
 * - `attributed`: as someone's claim, 有分析认为 (some analysts think), 据悉 (reportedly),
 *   X解释称 / 指出 / 透露 (X explains, points out, discloses);
 * - `assumed`: as an assumption, 假设 (assuming);
 * - `approximate`: as an approximation, 约 / 约合 / 左右 (about).
 * A figure can carry several (`attributed+approximate`: `有分析认为 … 1～3成左右`).
 */
export const articleHedges = ["stated", "may", "attributed", "assumed", "approximate"] as const;
/** One of {@link articleHedges}. */
export type ArticleHedge = (typeof articleHedges)[number];

/**
 * One row of `data/article-figures.csv`: a figure from the Nikkei article as a range in `unit`.
 *
 * @category Data
 */
export interface ArticleFigureRow {
  readonly id: string;
  readonly label: string;
  readonly kind: FigureKind;
  readonly low: number;
  readonly high: number;
  readonly unit: AmountUnit;
  readonly as_of: Date;
  /** The shortest verbatim excerpt of the article that contains the figure. */
  readonly quote: string;
  /** How the article puts it: `stated`, `may` (或), `attributed` (有分析认为, 据悉), `assumed` (假设) or `approximate` (约, 左右), or several joined by `+` in that order (`attributed+approximate`). */
  readonly hedge: string;
  /** The article's hedging words, verbatim (`有分析认为 … 左右`); `null` for a figure stated plainly. */
  readonly hedge_words: string | null;
  readonly source_url: string;
}

/** The columns of `data/article-figures.csv`; `low ≤ high`, `id` unique. */
const articleFiguresSchema: FileSchema = {
  file: "article-figures.csv",
  columns: [
    col.string("id"),
    col.string("label"),
    col.enum("kind", figureKinds),
    col.number("low"),
    col.number("high"),
    col.enum("unit", amountUnits),
    col.date("as_of"),
    col.string("quote"),
    col.string("hedge"),
    col.string("hedge_words", false),
    col.string("source_url"),
  ],
  key: ["id"],
  ranges: [["low", "high"]],
  checks: [hedgeCheck],
};

/** `hedge` is `stated` alone (with no hedging words), or hedges of the list, each once, in its order (with the words). */
function hedgeCheck(r: Readonly<Record<string, unknown>>): ReturnType<RowCheck> {
  const parts = String(r.hedge).split("+");
  const order = parts.map((p) => (articleHedges as readonly string[]).indexOf(p));
  const ok =
    order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]!)) &&
    (parts.includes("stated") ? parts.length === 1 && r.hedge_words === null : r.hedge_words !== null);
  return ok
    ? undefined
    : {
        column: "hedge",
        expected: `one of ${articleHedges.join(", ")}, or several joined by + in that order; hedge_words empty exactly when stated`,
      };
}

const read = csvLoader(articleFiguresSchema);

/**
 * Every figure in the Nikkei article (2025-02-11, https://cn.nikkei.com/china/ccompany/57993-2025-02-11-10-33-49.html)
 * as an Arquero table of {@link ArticleFigureRow}s. Reads `data/article-figures.csv` by default
 * (read once, then cached); `path` reads another file, uncached. Invalid data is an error.
 *
 * @example
 * showTable(loadArticleFigures().select("id", "low", "high", "unit", "quote"));
 */
export function loadArticleFigures(path?: string): ColumnTable {
  return read(path);
}

/**
 * One colour per cost view, the same in every chart, so that a reader who has learnt "orange is
 * renting" in the comparison finds renting orange in the break-even and training-run charts too.
 * Colours are the Okabe–Ito set (Okabe & Ito, "Color Universal Design", 2008), told apart by
 * readers with the common colour-vision deficiencies.
 */

/** The series a chart can colour: the five cost views, plus the purchase view's all-in line. */
export const seriesKeys = ["purchase", "allIn", "rental", "reported", "amortized", "programme"] as const;

/** One of {@link seriesKeys}. */
export type SeriesKey = (typeof seriesKeys)[number];

/** The colour of each series (hex). */
export const palette: Readonly<Record<SeriesKey, string>> = Object.freeze({
  purchase: "#0072B2", // blue
  allIn: "#56B4E9", // sky blue: the purchase view widened to the whole cluster
  rental: "#E69F00", // orange
  reported: "#000000", // black: the lab's own figure, the reference the others are read against
  amortized: "#009E73", // bluish green
  programme: "#D55E00", // vermillion
});

/** The legend name of each series, written to read in every chart (a view, or a basis of a cost). */
export const seriesNames: Readonly<Record<SeriesKey, string>> = Object.freeze({
  purchase: "Purchase: the GPUs",
  allIn: "Purchase: all-in cluster",
  rental: "Rental price",
  reported: "Reported by the lab",
  amortized: "Amortized hardware + energy",
  programme: "Programme: run × experiments",
});

/** A Vega-Lite colour scale: legend names in palette order, mapped to their colours. */
export interface ColorScale {
  readonly domain: string[];
  readonly range: string[];
}

/**
 * The colour scale for the series `keys` (in palette order, whatever order they are given in):
 * `colorScale(["rental", "reported"])` → `{ domain: ["Rental price", "Reported by the lab"], range: ["#E69F00", "#000000"] }`.
 * Defaults to every series.
 */
export function colorScale(keys: readonly SeriesKey[] = seriesKeys): ColorScale {
  const used = seriesKeys.filter((k) => keys.includes(k));
  return { domain: used.map((k) => seriesNames[k]), range: used.map((k) => palette[k]) };
}

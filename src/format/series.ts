/** The series the analysis names and the charts colour: the five cost views, plus the purchase view's all-in line. */

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

/** The legend name of each series, written to read in every chart (a view, or a basis of a cost). */
export const seriesNames: Readonly<Record<SeriesKey, string>> = Object.freeze({
  purchase: "Purchase: the GPUs",
  allIn: "Purchase: all-in cluster",
  rental: "Rental price",
  reported: "Reported by the lab",
  amortized: "Amortized hardware + energy",
  programme: "Programme: run × experiments",
});

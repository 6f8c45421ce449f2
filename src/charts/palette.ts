import { seriesKeys, seriesNames, type SeriesKey } from "../format/series.js";

/** The colour of each series (hex). */
export const palette: Readonly<Record<SeriesKey, string>> = Object.freeze({
  purchase: "#0072B2", // blue
  allIn: "#56B4E9", // sky blue: the purchase view widened to the whole cluster
  rental: "#E69F00", // orange
  reported: "#000000", // black: the lab's own figure, the reference the others are read against
  amortized: "#009E73", // bluish green
  programme: "#D55E00", // vermillion
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

/**
 * The colour of a figure's status (`data/fleet-and-staff.csv`), from the same Okabe–Ito set:
 * reported and estimated figures in greys, a contested one in reddish purple so it never passes
 * for an established figure.
 */
export const statusPalette = Object.freeze({
  reported: "#555555",
  estimate: "#999999",
  contested: "#CC79A7", // reddish purple
});

/**
 * The colour of a cost-ladder step's tag: the lab's reported figure in black (as everywhere), an
 * estimate in blue, a scenario in orange, a contested figure in the reddish purple that marks
 * contested figures elsewhere.
 */
export const ladderPalette = Object.freeze({
  reported: "#000000",
  estimate: "#0072B2",
  scenario: "#E69F00",
  contested: "#CC79A7",
});

/**
 * The live page's Web Worker: the Monte Carlo, off the page's thread so that typing never stalls.
 * It gets the page's data files once (`{ dataFiles }`), then for each `{ id, overrides, n, seed }`
 * answers `{ id, figures, ms }` (or `{ id, error }` with the library's message): the charts as
 * Vega-Lite specs for the page to draw, and the medians and intervals the headline quotes.
 */
import { assumptions, type AssumptionOverrides } from "../../assumptions/assumptions.js";
import { useDataFiles } from "../../data/data-files.js";
import { monteCarloFigures } from "../monte-carlo-figures.js";
import { embeddedDataFiles } from "../page-data.js";

/** What the page asks. */
export type MonteCarloRequest =
  | { readonly dataFiles: Readonly<Record<string, string>> }
  | { readonly id: number; readonly overrides: AssumptionOverrides; readonly n: number; readonly seed: number };

/** What the worker answers. */
export type MonteCarloReply =
  | { readonly id: number; readonly figures: ReturnType<typeof monteCarloFigures>; readonly ms: number }
  | { readonly id: number; readonly error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MonteCarloRequest>) => void) | null;
  postMessage(reply: MonteCarloReply): void;
};

scope.onmessage = ({ data }) => {
  if ("dataFiles" in data) {
    useDataFiles(embeddedDataFiles(data.dataFiles));
    return;
  }
  const started = performance.now();
  try {
    const figures = monteCarloFigures(assumptions(data.overrides), { n: data.n, seed: data.seed });
    scope.postMessage({ id: data.id, figures, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id: data.id, error: (error as Error).message });
  }
};

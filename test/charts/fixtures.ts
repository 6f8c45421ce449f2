/**
 * The fixed inputs every chart test builds from: the default estimate (the article's figures),
 * a seeded simulation, the default sensitivity and the default run costs. Same inputs, same
 * specs: the snapshots depend on nothing else.
 */
import { estimate } from "../../src/assumptions/estimate.js";
import { sensitivity } from "../../src/assumptions/sensitivity.js";
import { simulate } from "../../src/assumptions/simulate.js";
import { pricesIn } from "../../src/assumptions/prices-in.js";
import { loadTrainingRuns } from "../../src/data/load-training-runs.js";
import { runCosts } from "../../src/analysis/run-costs.js";
import { turningPoints } from "../../src/assumptions/turning-points.js";
import { rentalPriceRows, rentalRateRange } from "../../src/analysis/rental-prices.js";

/** Draws in the test simulation: enough for a smooth histogram, few enough to be quick. */
export const DRAWS = 20_000;
export const SEED = 7;

export const defaultEstimate = estimate();
export const fullProgramme = { experimentsMultiplier: [2, 4] as [number, number] };
export const programmeEstimate = estimate(fullProgramme);
export const simulation = simulate(fullProgramme, { n: DRAWS, seed: SEED });
export const programmeSensitivity = sensitivity({}, { view: "programme" });
export const defaultRunCosts = runCosts(loadTrainingRuns(), {
  ratePerGpuHour: pricesIn(defaultEstimate.assumptions).rentalRate,
  estimate: programmeEstimate,
});
export const defaultTurningPoints = turningPoints();
export const rentalPrices = rentalPriceRows();
export const rentalRange = rentalRateRange();

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
import { runCosts } from "../../src/analysis/runs/run-costs.js";
import { fleetRows } from "../../src/analysis/frontier/fleet-rows.js";
import { frontierTrend } from "../../src/analysis/frontier/frontier-trend.js";
import { trendDistance } from "../../src/analysis/frontier/trend-distance.js";
import { loadFleetAndStaff } from "../../src/data/load-fleet-and-staff.js";
import { loadFrontierSelections } from "../../src/data/load-frontier-selections.js";
import { turningPoints } from "../../src/assumptions/turning-points.js";
import { rentalPriceRows, rentalRateRange } from "../../src/analysis/prices/rental-prices.js";

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

// the frontier (notebook 05): Epoch AI's costed models, DeepSeek-V3 on the default amortized view
export const frontierFit = frontierTrend(loadFrontierSelections());
export const v3Distance = trendDistance(frontierFit, {
  model: "DeepSeek-V3",
  date: "2024-12-24",
  costUsd: defaultEstimate.amortized,
  basis: "this project's amortized view",
});
export const v3Reported = {
  model: "DeepSeek-V3",
  date: new Date("2024-12-27T00:00:00Z"),
  costUsd: 5_576_000,
  basis: "2.788M H800-hours × $2 (DeepSeek-V3 report, Table 1)",
};
export const defaultFleetRows = fleetRows(loadFleetAndStaff(), { gpuHours: 2_788_000, gpuCount: 2_048 });
export const defaultTurningPoints = turningPoints();
export const rentalPrices = rentalPriceRows();
export const rentalRange = rentalRateRange();

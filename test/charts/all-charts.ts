/** Every chart the library builds, from the fixed test inputs, by name. */
import { breakEvenChart } from "../../src/charts/break-even-chart.js";
import { costComparisonChart } from "../../src/charts/cost-comparison.js";
import { effectiveComputeChart } from "../../src/charts/effective-compute-chart.js";
import { monteCarloChart } from "../../src/charts/monte-carlo-chart.js";
import type { ChartSpec } from "../../src/charts/spec.js";
import { tornadoChart } from "../../src/charts/tornado.js";
import { trainingRunsChart } from "../../src/charts/training-runs-chart.js";
import { fleetShareChart } from "../../src/charts/fleet-share-chart.js";
import { frontierTrendChart } from "../../src/charts/frontier-trend-chart.js";
import { turningPointsChart } from "../../src/charts/turning-points-chart.js";
import { rentalPriceChart } from "../../src/charts/rental-price-chart.js";
import { headlinesChart } from "../../src/charts/headlines-chart.js";
import { caseRows } from "../../src/analysis/cases/case-rows.js";
import {
  defaultEstimate,
  defaultFleetRows,
  defaultRunCosts,
  defaultTurningPoints,
  frontierFit,
  programmeEstimate,
  programmeSensitivity,
  rentalPrices,
  rentalRange,
  simulation,
  v3Distance,
  v3Reported,
} from "./fixtures.js";

export const allCharts: Readonly<Record<string, ChartSpec>> = {
  "cost-comparison": costComparisonChart(programmeEstimate),
  tornado: tornadoChart(programmeSensitivity),
  "monte-carlo-amortized": monteCarloChart(simulation),
  "monte-carlo-programme": monteCarloChart(simulation, { view: "programme" }),
  "break-even": breakEvenChart(defaultEstimate.breakEven),
  "training-runs": trainingRunsChart(defaultRunCosts),
  "effective-compute": effectiveComputeChart(defaultEstimate),
  "frontier-trend": frontierTrendChart(frontierFit, { marked: [v3Distance], reported: v3Reported }),
  "fleet-share": fleetShareChart(defaultFleetRows),
  "turning-points-reported": turningPointsChart(defaultTurningPoints),
  "turning-points-rental": turningPointsChart(defaultTurningPoints, { target: "rental" }),
  "rental-prices": rentalPriceChart(rentalPrices, {
    range: rentalRange,
    run: { start: "2024-09-01", end: "2024-10-28" },
    published: "2024-12-27",
  }),
  headlines: headlinesChart(caseRows()),
};

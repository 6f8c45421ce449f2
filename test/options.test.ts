/**
 * Every public function that takes an options object (src/index.ts and src/notebook.ts) refuses, with a GpuCostError,
 * what it cannot read: a field it does not know (a typo such as `veiw` would otherwise leave the
 * default in place without a word), null, a string or a list where the object goes. Each function
 * is called with valid arguments before the options, so the error is about the options alone.
 *
 * The list of exports is checked too: a function added to the public API must be listed here,
 * with its options or among those that take none.
 */
import assert from "node:assert/strict";
import * as core from "../src/index.js";
import * as notebook from "../src/notebook.js";
import { GpuCostError } from "../src/errors/error.js";

/** Both entries: the core and the notebooks'. */
const api = { ...core, ...notebook };
const a = api.assumptions();
const e = api.estimate(a);
const sim = api.simulate(a, { n: 200, seed: 1 });
const s = api.sensitivity(a);
const t = api.turningPoints(a);
const prices = api.loadTable("hardware-prices");
const runs = api.loadTable("training-runs");
const compute = api.loadTable("run-compute");
const frontier = api.loadTable("frontier-models");
const selections = api.loadTable("frontier-selections");
const fit = api.frontierTrend(selections);
const figures = api.loadTable("fleet-and-staff");
const costs = api.runCosts(runs);
const fleet = api.fleetRows(figures, { gpuHours: 2_788_000, gpuCount: 2048 });
const rentalRows = api.rentalPriceRows(prices);
const claim = api.claimOf(e);

/**
 * Each function with an options object: how to call it with `options` in that place. Where the
 * options are the only argument (the cost views), the valid fields come first and the case's
 * value is spread over them, or given whole when it is not an object.
 */
const withOptions: Readonly<Record<string, (options: unknown) => unknown>> = {
  convert: (o) => api.convert(api.money(1, "USD"), "JPY", o as never),
  convertRange: (o) => api.convertRange(api.moneyRange(1, 2, "USD"), "JPY", o as never),
  fxQuote: (o) => api.fxQuote("USD", "JPY", o as never),
  parseAmount: (o) => api.parseAmount("3块", o as never),
  parseAmounts: (o) => api.parseAmounts("3块", o as never),
  formatAmount: (o) => api.formatAmount(api.money(1, "USD"), o as never),
  purchaseCost: (o) => api.purchaseCost(over({ gpuCount: 2, gpuPrice: api.money(1, "USD") }, o)),
  rentalCost: (o) => api.rentalCost(over({ gpuHours: 2, ratePerGpuHour: 2 }, o)),
  cases: (o) => api.cases(o as never),
  caseRows: (o) => api.caseRows(o as never),
  headlinesChart: (o) => api.headlinesChart(api.caseRows({ ids: ["deepseek-v3"] }), o as never),
  reportedCost: (o) => api.reportedCost(over({}, o)),
  amortizedCost: (o) =>
    api.amortizedCost(
      over(
        {
          gpuHours: 2_788_000,
          gpuPrice: 30_000,
          tdpWatts: 700,
        },
        o,
      ),
    ),
  breakEven: (o) => api.breakEven(over({ capexPerGpu: 26_377, ratePerGpuHour: 2 }, o)),
  effectiveCompute: (o) => api.effectiveCompute(over({ gpuHours: 2_788_000, speedRatio: 0.5, costPerGpuHour: 2 }, o)),
  programmeCost: (o) => api.programmeCost(over({ finalRun: e.amortized, experimentsMultiplier: 2 }, o)),
  trainingFlop: (o) => api.trainingFlop(over({ activeParams: 37e9, tokens: 14.8e12 }, o)),
  modelFlopsUtilization: (o) =>
    api.modelFlopsUtilization(over({ flop: 3e24, gpuHours: 2_664_000, peakFlopsPerGpu: 989.5e12 }, o)),
  costPerCompute: (o) => api.costPerCompute(over({ cost: 5e6, flop: 3e24 }, o)),
  fleetShare: (o) => api.fleetShare(over({ gpuHours: 2_788_000, fleetGpus: 2048 }, o)),
  logLinearTrend: (o) =>
    api.logLinearTrend(
      [
        { date: "2020-01-01", value: 1 },
        { date: "2021-01-01", value: 10 },
        { date: "2022-01-01", value: 100 },
      ],
      o as never,
    ),
  simulate: (o) => api.simulate(a, o as never),
  sensitivity: (o) => api.sensitivity(a, o as never),
  turningPoints: (o) => api.turningPoints(a, o as never),
  intervalContributions: (o) => api.intervalContributions(a, o as never),
  monteCarloSentences: (o) => api.monteCarloSentences(sim, o as never),
  rentalRateRange: (o) => api.rentalRateRange(prices, o as never),
  rentalPriceRows: (o) => api.rentalPriceRows(prices, o as never),
  trainingWindow: (o) => api.trainingWindow(a, o as never),
  runCosts: (o) => api.runCosts(runs, o as never),
  costShares: (o) => api.costShares(costs, o as never),
  frontierTrend: (o) => api.frontierTrend(selections, o as never),
  trendDistance: (o) =>
    api.trendDistance(fit, over({ model: "DeepSeek-V3", date: "2024-12-24", costUsd: 5e6, basis: "amortized" }, o)),
  mfuRows: (o) => api.mfuRows(runs, compute, o as never),
  costPerComputeRows: (o) => api.costPerComputeRows(frontier, o as never),
  fleetRows: (o) => api.fleetRows(figures, over({ gpuHours: 2_788_000, gpuCount: 2048 }, o)),
  costComparisonChart: (o) => api.costComparisonChart(e, o as never),
  tornadoChart: (o) => api.tornadoChart(s, o as never),
  monteCarloChart: (o) => api.monteCarloChart(sim, o as never),
  breakEvenChart: (o) => api.breakEvenChart(e.breakEven, o as never),
  effectiveComputeChart: (o) => api.effectiveComputeChart(e, o as never),
  trainingRunsChart: (o) => api.trainingRunsChart(costs, o as never),
  frontierTrendChart: (o) => api.frontierTrendChart(fit, o as never),
  fleetShareChart: (o) => api.fleetShareChart(fleet, o as never),
  turningPointsChart: (o) => api.turningPointsChart(t, o as never),
  rentalPriceChart: (o) => api.rentalPriceChart(rentalRows, o as never),
  showTable: (o) => api.showTable(prices, o as never),
  epochConstants: (o) =>
    api.epochConstants(over({ hardware: "NVIDIA A100 SXM4 80 GB", organization: "Example Lab", priceNotes: "" }, o)),
  articleFigureRows: (o) => api.articleFigureRows(api.loadTable("article-figures"), o as never),
  selectionRows: (o) =>
    api.selectionRows(selections, over({ estimate: e, model: "DeepSeek-V3", date: "2024-12-24" }, o)),
  trainingStartRows: (o) => api.trainingStartRows(a, frontier, o as never),
  claimOf: (o) => api.claimOf(e, o as never),
  findings: (o) => api.findings(e, claim, o as never),
  costLadder: (o) => api.costLadder(e, claim, o as never),
  costLadderChart: (o) => api.costLadderChart(api.costLadder(e, claim), o as never),
};

/** The exported functions that take no options object (their arguments are checked by their own tests). */
const withoutOptions = [
  "chartIn",
  "checklistSentences",
  "claimRows",
  "money",
  "moneyRange",
  "range",
  "loadTable",
  "gpuSpec",
  "gpuIds",
  "peakFlopsPerGpu",
  "trendAt",
  "assumptions",
  "estimate",
  "withExperiments",
  "pricesIn",
  "uncertaintyOf",
  "uniform",
  "triangular",
  "lognormal90",
  "point",
  "summarize",
  "quantile",
  "comparisonRows",
  "fleetPurchaseLine",
  "timesReportedSentences",
  "breakEvenText",
  "tornadoBars",
  "sensitivityTable",
  "alternativeRows",
  "alternativeSentences",
  "effectiveComputeSentences",
  "programmeSentence",
  "choiceRows",
  "epochMethodSentences",
  "turningPointRows",
  "turningPointSentences",
  "claimSentences",
  "gpuHoursSentences",
  "assumptionsTable",
  "uncertaintyTable",
  "trendSentences",
  "mfuSentences",
  "staffScenario",
  "show",
  "print",
  "articleStyleLine",
  "hedgeText",
  "epochConstantRows",
  "usdOnlyLine",
];

/** Classes and namespaces of the barrel, which are not functions one calls with options. */
const notFunctions = ["GpuCostError", "Money"];

/** `valid` with `case` over it when `case` is a plain object; `case` itself otherwise (null, a string, a list). */
function over(valid: Record<string, unknown>, options: unknown): never {
  return (
    typeof options === "object" && options !== null && !Array.isArray(options) ? { ...valid, ...options } : options
  ) as never;
}

/** What a caller without types may pass for the options, and the words its message must hold. */
const badOptions: readonly (readonly [string, unknown, string])[] = [
  ["a misspelt field", { veiw: "amortized" }, ".veiw: "],
  ["null", null, "null"],
  ["a string", "amortized", '"amortized"'],
  ["a list", ["amortized"], '["amortized"]'],
];

describe("the public API's options", () => {
  it("every exported function is listed, with its options or among those that take none", () => {
    const functions = Object.entries(api)
      .filter(([name, value]) => typeof value === "function" && !notFunctions.includes(name))
      .map(([name]) => name)
      .sort();
    assert.deepEqual(functions, [...Object.keys(withOptions), ...withoutOptions].sort());
  });

  for (const [name, call] of Object.entries(withOptions)) {
    it(`${name}(…, options) refuses a misspelt field, null, a string and a list with a GpuCostError naming it`, () => {
      for (const [what, options, shown] of badOptions) {
        assert.throws(
          () => call(options),
          (error: unknown) => {
            assert.ok(error instanceof GpuCostError, `${name} with ${what}: ${String(error)}`);
            assert.ok(error.message.includes(shown), `${name} with ${what}: ${error.message}`);
            return true;
          },
        );
      }
    });
  }

  it("every exported function answers what a caller without types may pass, in any argument, with a value or a GpuCostError, never a TypeError", () => {
    const garbage: unknown[] = [null, undefined, "x", 5, -0, Number.NaN, [], {}, { low: 1 }, () => 1, Symbol("s"), 10n];
    const calls = (g: unknown): unknown[][] => [[g], [g, g], [g, g, g], [a, g], [e, g]];
    for (const name of [...Object.keys(withOptions), ...withoutOptions]) {
      if (name === "show" || name === "showTable" || name === "print") continue; // they need a kernel to show anything
      const fn = (api as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
      for (const g of garbage) {
        for (const args of calls(g)) {
          try {
            fn(...args);
          } catch (error) {
            assert.ok(
              error instanceof GpuCostError,
              `${name}(${args.map((x) => typeof x).join(", ")}): ${String(error)}`,
            );
          }
        }
      }
    }
  });

  it("sensitivity(a, { veiw }) and turningPoints(a, { veiw }) name the field and the known ones, word for word", () => {
    assert.throws(
      () => api.sensitivity(a, { veiw: "amortized" } as never),
      (error: unknown) =>
        error instanceof GpuCostError &&
        error.message === 'invalid options.veiw: "amortized" (expected only the fields view)',
    );
    assert.throws(
      () => api.turningPoints(a, null as never),
      (error: unknown) =>
        error instanceof GpuCostError && error.message === "invalid options: null (expected a plain object, not null)",
    );
    assert.throws(
      () => api.sensitivity(a, "amortized" as never),
      (error: unknown) =>
        error instanceof GpuCostError &&
        error.message === 'invalid options: "amortized" (expected a plain object, not a string)',
    );
  });
});

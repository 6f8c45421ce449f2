// gpu-cost-lab: the public API, one named export per line. Notebooks import from "../dist/index.js".
// What notebooks and users call, each documented where it is defined (what, units, defaults, an
// example); `npm run docs` writes the reference. Internals (per-draw cores, HTML helpers, range
// arithmetic, the runner) stay out: the tests import them from their modules.
// This is the Node entry point: it installs the package's data/ folder as the source of the data files.
import { useNodeDataFiles } from "./node/data-files.js";

useNodeDataFiles();

// errors
export { GpuCostError } from "./errors/error.js";

// money, ranges and FX
export { Money } from "./money/money.js";
export { money } from "./money/money.js";
export { currencies } from "./money/currency.js";
export type { Currency } from "./money/currency.js";
export { moneyRange } from "./money/money-range.js";
export type { MoneyRange } from "./money/money-range.js";
export { range } from "./range/range.js";
export type { Range } from "./range/range.js";
export { convert } from "./fx/convert.js";
export { convertRange } from "./fx/convert.js";
export { fxQuote } from "./fx/convert.js";
export { rateSetNames } from "./fx/convert.js";
export type { ConvertOptions } from "./fx/convert.js";
export type { FxQuote } from "./fx/fx-rate.js";
export type { FxRate } from "./fx/fx-rate.js";

// amounts as news and filings write them (400万～500万日元, $5.58M)
export { parseAmount } from "./amount/parse-amount.js";
export { parseAmounts } from "./amount/parse-amount.js";
export type { ParseAmountOptions } from "./amount/parse-amount.js";
export { formatAmount } from "./amount/format-amount.js";
export type { FormatAmountOptions } from "./amount/format-amount.js";
export type { Amount } from "./amount/amount.js";
export type { AmountUnit } from "./amount/amount.js";

// inputs as users write them
export type { QuantityInput } from "./input/as-range.js";
export type { MoneyInput } from "./input/as-money-range.js";

// data files (data/*.csv) and the GPU catalog
export { loadArticleFigures } from "./data/load-article-figures.js";
export type { ArticleFigureRow } from "./data/load-article-figures.js";
export { loadFxRates } from "./data/load-fx-rates.js";
export type { FxRateTableRow } from "./data/load-fx-rates.js";
export { loadGpus } from "./data/load-gpus.js";
export type { GpuRow } from "./data/load-gpus.js";
export { loadTrainingRuns } from "./data/load-training-runs.js";
export { loadHardwarePrices } from "./data/load-hardware-prices.js";
export type { HardwarePriceRow } from "./data/load-hardware-prices.js";
export { loadElectricityPrices } from "./data/load-electricity-prices.js";
export type { ElectricityPriceRow } from "./data/load-electricity-prices.js";
export { electricityPriceIn } from "./data/electricity-price.js";
export type { TrainingRunRow } from "./data/load-training-runs.js";
export { loadFrontierModels } from "./data/load-frontier-models.js";
export type { FrontierModelRow } from "./data/load-frontier-models.js";
export { loadRunCompute } from "./data/load-run-compute.js";
export type { RunComputeRow } from "./data/load-run-compute.js";
export { loadFleetAndStaff } from "./data/load-fleet-and-staff.js";
export type { FleetAndStaffRow } from "./data/load-fleet-and-staff.js";
export { gpuSpec } from "./gpu/catalog.js";
export { gpuIds } from "./gpu/catalog.js";
export type { GpuSpec } from "./gpu/catalog.js";

// cost views
export { purchaseCost } from "./cost/purchase.js";
export type { PurchaseOptions } from "./cost/purchase.js";
export type { PurchaseView } from "./cost/purchase.js";
export { rentalCost } from "./cost/rental.js";
export type { RentalOptions } from "./cost/rental.js";
export { reportedCost } from "./cost/reported.js";
export type { ReportedOptions } from "./cost/reported.js";
export { amortizedCost } from "./cost/amortized.js";
export type { AmortizedOptions } from "./cost/amortized.js";
export type { Depreciation } from "./cost/amortized.js";
export type { Valuation } from "./cost/amortized.js";
export { breakEven } from "./cost/break-even.js";
export type { BreakEvenOptions } from "./cost/break-even.js";
export type { BreakEvenView } from "./cost/break-even.js";
export { effectiveCompute } from "./cost/effective-compute.js";
export type { EffectiveComputeOptions } from "./cost/effective-compute.js";
export type { EffectiveComputeView } from "./cost/effective-compute.js";
export { programmeCost } from "./cost/programme.js";
export type { ProgrammeOptions } from "./cost/programme.js";
export type { CostView } from "./cost/cost-view.js";
export type { CostLine } from "./cost/cost-view.js";
export { DEEPSEEK_V3_STAGES } from "./cost/deepseek-v3.js";
export * as epochMethod from "./cost/epoch-method.js";

// compute: FLOP, utilization, cost per compute, fleets
export { trainingFlop } from "./compute/training-flop.js";
export type { TrainingFlopOptions } from "./compute/training-flop.js";
export { modelFlopsUtilization } from "./compute/model-flops-utilization.js";
export type { ModelFlopsUtilizationOptions } from "./compute/model-flops-utilization.js";
export { peakFlopsPerGpu } from "./compute/peak-flops.js";
export type { PeakPrecision } from "./compute/peak-flops.js";
export { costPerCompute } from "./compute/cost-per-compute.js";
export type { CostPerComputeOptions } from "./compute/cost-per-compute.js";
export { fleetShare } from "./compute/fleet-share.js";
export type { FleetShareOptions } from "./compute/fleet-share.js";
export { runDays } from "./compute/fleet-share.js";

// trends
export { logLinearTrend } from "./trend/log-linear-trend.js";
export { trendAt } from "./trend/log-linear-trend.js";
export type { LogLinearTrend } from "./trend/log-linear-trend.js";
export type { LogLinearTrendOptions } from "./trend/log-linear-trend.js";
export type { TrendPoint } from "./trend/log-linear-trend.js";
export type { TrendValue } from "./trend/log-linear-trend.js";

// assumptions, the estimate and its uncertainty
export { assumptions } from "./assumptions/assumptions.js";
export type { Assumptions } from "./assumptions/assumptions.js";
export type { AssumptionOverrides } from "./assumptions/assumptions.js";
export { assumptionSpecs } from "./assumptions/specs.js";
export { assumptionNames } from "./assumptions/specs.js";
export type { AssumptionName } from "./assumptions/specs.js";
export type { AssumptionSpec } from "./assumptions/specs.js";
export { estimate } from "./assumptions/estimate.js";
export type { Estimate } from "./assumptions/estimate.js";
export type { AmortizedAlternative } from "./assumptions/estimate.js";
export { ESTIMATE_FX_DATE } from "./assumptions/prices-in.js";
export { pricesIn } from "./assumptions/prices-in.js";
export type { Prices } from "./assumptions/prices-in.js";
export { simulate } from "./assumptions/simulate.js";
export type { Simulation } from "./assumptions/simulate.js";
export type { SimulateOptions } from "./assumptions/simulate.js";
export { sensitivity } from "./assumptions/sensitivity.js";
export type { Sensitivity } from "./assumptions/sensitivity.js";
export type { SensitivityRow } from "./assumptions/sensitivity.js";
export { turningPoints } from "./assumptions/turning-points.js";
export type { TurningPoints } from "./assumptions/turning-points.js";
export type { TurningPoint } from "./assumptions/turning-points.js";
export type { TurningPointOptions } from "./assumptions/turning-points.js";
export { assumptionUncertainties } from "./assumptions/uncertainties.js";
export type { DocumentedUncertainty } from "./assumptions/uncertainties.js";
export { uncertaintyOf } from "./assumptions/uncertainty-of.js";
export { uncertainties } from "./assumptions/uncertainty-of.js";
export type { InputUncertainty } from "./assumptions/uncertainty-of.js";
export { uniform } from "./uncertainty/uniform.js";
export { triangular } from "./uncertainty/triangular.js";
export { lognormal90 } from "./uncertainty/lognormal.js";
export { point } from "./uncertainty/point.js";
export type { Distribution } from "./uncertainty/distribution.js";
export { summarize } from "./uncertainty/summary.js";
export { quantile } from "./uncertainty/summary.js";
export { interval90 } from "./uncertainty/summary.js";
export { quantileStandardError } from "./uncertainty/summary.js";
export type { Summary } from "./uncertainty/summary.js";

// analysis: rows, tables and sentences computed from an estimate
export { comparisonRows } from "./analysis/headline/comparison-rows.js";
export type { CostComparisonRow } from "./analysis/headline/comparison-rows.js";
export { fleetPurchaseLine } from "./analysis/headline/fleet-purchase-line.js";
export { timesReportedSentences } from "./analysis/headline/times-reported-sentences.js";
export { breakEvenText } from "./analysis/break-even/break-even-text.js";
export { tornadoBars } from "./analysis/uncertainty/tornado-bars.js";
export type { TornadoBar } from "./analysis/uncertainty/tornado-bars.js";
export { sensitivityTable } from "./analysis/uncertainty/tornado-bars.js";
export { alternativeRows } from "./analysis/methods/alternatives.js";
export { alternativeSentences } from "./analysis/methods/alternatives.js";
export { effectiveComputeSentences } from "./analysis/effective-compute/effective-compute-sentences.js";
export { programmeSentence } from "./analysis/headline/programme-sentence.js";
export { choiceRows } from "./analysis/methods/choice-rows.js";
export { epochMethodSentences } from "./analysis/methods/epoch-method-sentences.js";
export { intervalContributions } from "./analysis/uncertainty/monte-carlo-sentences.js";
export { monteCarloSentences } from "./analysis/uncertainty/monte-carlo-sentences.js";
export type { IntervalContribution } from "./analysis/uncertainty/monte-carlo-sentences.js";
export { turningPointRows } from "./analysis/uncertainty/turning-point-rows.js";
export { turningPointSentences } from "./analysis/uncertainty/turning-point-rows.js";
export type { TurningPointRow } from "./analysis/uncertainty/turning-point-rows.js";
export { rentalRateRange } from "./analysis/prices/rental-prices.js";
export { rentalPriceRows } from "./analysis/prices/rental-prices.js";
export { trainingWindow } from "./analysis/prices/rental-prices.js";
export type { RentalRateRange } from "./analysis/prices/rental-prices.js";
export type { RentalPriceRow } from "./analysis/prices/rental-prices.js";
export { claimSentences } from "./analysis/runs/claim-sentences.js";
export { gpuHoursSentences } from "./analysis/runs/claim-sentences.js";
export { assumptionsTable } from "./analysis/uncertainty/assumptions-table.js";
export { uncertaintyTable } from "./analysis/uncertainty/assumptions-table.js";
export { runCosts } from "./analysis/runs/run-costs.js";
export type { RunCost } from "./analysis/runs/run-costs.js";
export type { RunCostsOptions } from "./analysis/runs/run-costs.js";
export { costShares } from "./analysis/runs/cost-shares.js";
export { frontierTrend } from "./analysis/frontier/frontier-trend.js";
export type { FrontierTrend } from "./analysis/frontier/frontier-trend.js";
export type { FrontierTrendOptions } from "./analysis/frontier/frontier-trend.js";
export type { FrontierPoint } from "./analysis/frontier/frontier-trend.js";
export { trendDistance } from "./analysis/frontier/trend-distance.js";
export { trendSentences } from "./analysis/frontier/trend-distance.js";
export type { TrendDistance } from "./analysis/frontier/trend-distance.js";
export type { TrendDistanceOptions } from "./analysis/frontier/trend-distance.js";
export { mfuRows } from "./analysis/frontier/mfu-rows.js";
export { mfuSentences } from "./analysis/frontier/mfu-rows.js";
export type { MfuRow } from "./analysis/frontier/mfu-rows.js";
export { costPerComputeRows } from "./analysis/frontier/cost-per-compute-rows.js";
export type { CostPerComputeRow } from "./analysis/frontier/cost-per-compute-rows.js";
export { fleetRows } from "./analysis/frontier/fleet-rows.js";
export type { FleetRow } from "./analysis/frontier/fleet-rows.js";
export type { FleetRowsOptions } from "./analysis/frontier/fleet-rows.js";
export { staffScenario } from "./analysis/frontier/staff-scenario.js";
export type { StaffScenarioRow } from "./analysis/frontier/staff-scenario.js";
export type { CostShare } from "./analysis/runs/cost-shares.js";

// findings: the claim and what the estimate finds; the programme beside the final run (issue 22)
export { claimOf } from "./analysis/findings/claim.js";
export { findings } from "./analysis/findings/findings.js";
export { withExperiments } from "./assumptions/with-experiments.js";

// charts (Vega-Lite 5 specs)
export { costComparisonChart } from "./charts/cost-comparison.js";
export type { CostComparisonOptions } from "./charts/cost-comparison.js";
export { tornadoChart } from "./charts/tornado.js";
export type { TornadoOptions } from "./charts/tornado.js";
export { monteCarloChart } from "./charts/monte-carlo-chart.js";
export type { MonteCarloOptions } from "./charts/monte-carlo-chart.js";
export { breakEvenChart } from "./charts/break-even-chart.js";
export type { BreakEvenChartOptions } from "./charts/break-even-chart.js";
export { effectiveComputeChart } from "./charts/effective-compute-chart.js";
export { trainingRunsChart } from "./charts/training-runs-chart.js";
export { frontierTrendChart } from "./charts/frontier-trend-chart.js";
export type { FrontierTrendChartOptions } from "./charts/frontier-trend-chart.js";
export { fleetShareChart } from "./charts/fleet-share-chart.js";
export { turningPointsChart } from "./charts/turning-points-chart.js";
export type { TurningPointsChartOptions } from "./charts/turning-points-chart.js";
export { rentalPriceChart } from "./charts/rental-price-chart.js";
export type { RentalPriceChartOptions } from "./charts/rental-price-chart.js";
export type { ChartSpec } from "./charts/spec.js";

// showing them in a notebook
export { show } from "./display/show.js";
export { showTable } from "./display/show-table.js";
export type { ShowTableOptions } from "./display/show-table.js";

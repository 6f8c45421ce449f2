// gpu-cost-lab: the public API, one named export per line. Notebooks import from "../dist/index.js".
// This is the Node entry point: it installs the package's data/ folder as the source of the data files.
import { useNodeDataFiles } from "./node/data-files.js";

useNodeDataFiles();

// errors
export { GpuCostError } from "./errors/error.js";

// money and FX
export { Money } from "./money/money.js";
export { money } from "./money/money.js";
export { sum } from "./money/money.js";
export { isMoney } from "./money/money.js";
export { currencies } from "./money/currency.js";
export { isCurrency } from "./money/currency.js";
export type { Currency } from "./money/currency.js";
export { moneyRange } from "./money/money-range.js";
export { moneyPoint } from "./money/money-range.js";
export { moneyBounds } from "./money/money-range.js";
export type { MoneyRange } from "./money/money-range.js";
export { convert } from "./fx/convert.js";
export { convertRange } from "./fx/convert.js";
export { fxQuote } from "./fx/convert.js";
export { rateSetNames } from "./fx/convert.js";
export type { ConvertOptions } from "./fx/convert.js";
export { FX_WINDOW_DAYS } from "./fx/fx-rate.js";
export type { FxQuote } from "./fx/fx-rate.js";
export type { FxRate } from "./fx/fx-rate.js";

// ranges
export { range } from "./range/range.js";
export { isRange } from "./range/range.js";
export type { Range } from "./range/range.js";
export { rangeOf } from "./range/range-of.js";
export { addRanges } from "./range/arithmetic.js";
export { multiplyRanges } from "./range/arithmetic.js";
export { divideRanges } from "./range/arithmetic.js";
export { scaleRange } from "./range/arithmetic.js";
export { rangeContains } from "./range/bounds.js";
export { rangeMidpoint } from "./range/bounds.js";
export { rangeHull } from "./range/bounds.js";
export type { RangeLike } from "./range/operand.js";

// CJK amounts (400万～500万日元)
export { parseAmount } from "./amount/parse-amount.js";
export { parseAmounts } from "./amount/parse-amount.js";
export { formatAmount } from "./amount/format-amount.js";
export type { FormatAmountOptions } from "./amount/format-amount.js";
export type { Amount } from "./amount/amount.js";
export type { AmountUnit } from "./amount/amount.js";
export type { QuantityUnit } from "./amount/amount.js";

// uncertainty (Monte Carlo)
export { uniform } from "./uncertainty/uniform.js";
export { triangular } from "./uncertainty/triangular.js";
export { lognormal90 } from "./uncertainty/lognormal.js";
export { lognormalParams } from "./uncertainty/lognormal.js";
export { point } from "./uncertainty/point.js";
export type { UniformDistribution } from "./uncertainty/uniform.js";
export type { TriangularDistribution } from "./uncertainty/triangular.js";
export type { LognormalDistribution } from "./uncertainty/lognormal.js";
export type { PointDistribution } from "./uncertainty/point.js";
export type { Distribution } from "./uncertainty/distribution.js";
export { sample } from "./uncertainty/sample.js";
export { sampleAll } from "./uncertainty/sample.js";
export type { SampleOptions } from "./uncertainty/sample.js";
export { mean } from "./uncertainty/summary.js";
export { quantile } from "./uncertainty/summary.js";
export { interval90 } from "./uncertainty/summary.js";
export { summarize } from "./uncertainty/summary.js";
export type { Samples } from "./uncertainty/summary.js";
export type { Summary } from "./uncertainty/summary.js";

// data files (data/*.csv) and the GPU catalog
export { loadArticleFigures } from "./data/load-article-figures.js";
export { figureKinds } from "./data/load-article-figures.js";
export type { ArticleFigureRow } from "./data/load-article-figures.js";
export type { FigureKind } from "./data/load-article-figures.js";
export { loadFxRates } from "./data/load-fx-rates.js";
export type { FxRateTableRow } from "./data/load-fx-rates.js";
export { fxRates } from "./fx/fx-rates.js";
export { loadGpus } from "./data/load-gpus.js";
export type { GpuRow } from "./data/load-gpus.js";
export { loadTrainingRuns } from "./data/load-training-runs.js";
export { costBases } from "./data/load-training-runs.js";
export type { TrainingRunRow } from "./data/load-training-runs.js";
export type { CostBasis } from "./data/load-training-runs.js";
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
export { totalGpuHours } from "./cost/reported.js";
export type { ReportedOptions } from "./cost/reported.js";
export { amortizedCost } from "./cost/amortized.js";
export { amortizedCostPerDraw } from "./cost/amortized.js";
export { depreciationPerHour } from "./cost/amortized.js";
export { depreciationMethods } from "./cost/amortized.js";
export type { AmortizedOptions } from "./cost/amortized.js";
export type { Depreciation } from "./cost/amortized.js";
export { breakEven } from "./cost/break-even.js";
export { ownVersusRent } from "./cost/break-even.js";
export type { BreakEvenOptions } from "./cost/break-even.js";
export type { BreakEvenView } from "./cost/break-even.js";
export type { OpenRange } from "./cost/break-even.js";
export { effectiveCompute } from "./cost/effective-compute.js";
export type { EffectiveComputeOptions } from "./cost/effective-compute.js";
export type { EffectiveComputeView } from "./cost/effective-compute.js";
export { programmeCost } from "./cost/programme.js";
export type { ProgrammeOptions } from "./cost/programme.js";
export { costViewNames } from "./cost/cost-view.js";
export type { CostView } from "./cost/cost-view.js";
export type { CostViewName } from "./cost/cost-view.js";
export type { CostLine } from "./cost/cost-view.js";
export { DEEPSEEK_V3_STAGES } from "./cost/deepseek-v3.js";
export { DEEPSEEK_V3_USD_PER_GPU_HOUR } from "./cost/deepseek-v3.js";
export { DEEPSEEK_V3_GPU_COUNT } from "./cost/deepseek-v3.js";
export type { TrainingStage } from "./cost/deepseek-v3.js";
export * as epochMethod from "./cost/epoch-method.js";

// assumptions and the estimate
export { assumptions } from "./assumptions/assumptions.js";
export { isAssumptions } from "./assumptions/assumptions.js";
export type { Assumptions } from "./assumptions/assumptions.js";
export type { AssumptionOverrides } from "./assumptions/assumptions.js";
export type { QuantityInput } from "./input/as-range.js";
export type { MoneyInput } from "./input/as-money-range.js";
export { assumptionSpecs } from "./assumptions/specs.js";
export { assumptionNames } from "./assumptions/specs.js";
export type { AssumptionName } from "./assumptions/specs.js";
export type { AssumptionSpec } from "./assumptions/specs.js";
export { estimate } from "./assumptions/estimate.js";
export type { Estimate } from "./assumptions/estimate.js";
export { ESTIMATE_FX_DATE } from "./assumptions/prices-in.js";
export { pricesIn } from "./assumptions/prices-in.js";
export type { Prices } from "./assumptions/prices-in.js";
export { simulate } from "./assumptions/simulate.js";
export { defaultDistribution } from "./assumptions/simulate.js";
export { simulatedAssumptions } from "./assumptions/simulate.js";
export type { Simulation } from "./assumptions/simulate.js";
export type { SimulateOptions } from "./assumptions/simulate.js";
export { sensitivity } from "./assumptions/sensitivity.js";
export type { Sensitivity } from "./assumptions/sensitivity.js";
export type { SensitivityRow } from "./assumptions/sensitivity.js";

// charts (Vega-Lite 5 specs) and showing them in a notebook
export { costComparisonChart } from "./charts/cost-comparison.js";
export { comparisonRows } from "./charts/cost-comparison.js";
export type { CostComparisonOptions } from "./charts/cost-comparison.js";
export type { CostComparisonRow } from "./charts/cost-comparison.js";
export { tornadoChart } from "./charts/tornado.js";
export type { TornadoOptions } from "./charts/tornado.js";
export { monteCarloChart } from "./charts/monte-carlo-chart.js";
export { monteCarloMarkers } from "./charts/monte-carlo-chart.js";
export type { MonteCarloOptions } from "./charts/monte-carlo-chart.js";
export { binDraws } from "./charts/bin-draws.js";
export type { DrawBin } from "./charts/bin-draws.js";
export { breakEvenChart } from "./charts/break-even-chart.js";
export { breakEvenText } from "./charts/break-even-chart.js";
export type { BreakEvenChartOptions } from "./charts/break-even-chart.js";
export { runCosts } from "./charts/run-costs.js";
export { COMPARED_RUNS } from "./charts/run-costs.js";
export type { RunCost } from "./charts/run-costs.js";
export type { RunCostsOptions } from "./charts/run-costs.js";
export { trainingRunsChart } from "./charts/training-runs-chart.js";
export { effectiveComputeChart } from "./charts/effective-compute-chart.js";
export { effectiveComputeRows } from "./charts/effective-compute-chart.js";
export { fleetPurchaseLine } from "./charts/estimate-sentences.js";
export { timesReportedSentences } from "./charts/estimate-sentences.js";
export { palette } from "./charts/palette.js";
export { seriesNames } from "./charts/palette.js";
export { seriesKeys } from "./charts/palette.js";
export { colorScale } from "./charts/palette.js";
export type { SeriesKey } from "./charts/palette.js";
export type { ChartSpec } from "./charts/spec.js";
export { show } from "./charts/show.js";
export { showTable } from "./charts/show-table.js";
export { tableHtml } from "./charts/show-table.js";
export type { ShowTableOptions } from "./charts/show-table.js";
export { tornadoBars } from "./charts/tornado.js";
export { assumptionsTable } from "./charts/assumptions-table.js";
export { costShares } from "./charts/cost-shares.js";
export type { CostShare } from "./charts/cost-shares.js";

// gpu-cost-lab: the core API, what a notebook author calls to compute, one named export per line.
// Notebooks import it from "../dist/index.js"; the sentence and row builders, the charts and the
// display helpers are the second entry, src/notebook.ts ("../dist/notebook.js"). Each name is
// documented where it is defined (what, units, defaults, an example) and grouped by `@category`;
// `npm run docs` writes the reference. At most 45 values (test/docs/api.test.ts): what only the
// runner, the report, the live page or the tests need stays out, and they import it from its module.
// This is a Node entry point: it installs the package's data/ folder as the source of the data files.
import { useNodeDataFiles } from "./node/data-files.js";

useNodeDataFiles();

// Errors
export { GpuCostError } from "./errors/error.js";

// Money and FX
export type { Money } from "./money/money.js";
export { money } from "./money/money.js";
export type { Currency } from "./money/currency.js";
export { moneyRange } from "./money/money-range.js";
export type { MoneyRange } from "./money/money-range.js";
export { range } from "./range/range.js";
export type { Range } from "./range/range.js";
export { convert } from "./fx/convert.js";
export { convertRange } from "./fx/convert.js";
export { fxQuote } from "./fx/convert.js";
export type { ConvertOptions } from "./fx/convert.js";
export type { FxQuote } from "./fx/fx-rate.js";
export type { FxRate } from "./fx/fx-rate.js";

// Amounts: as news and filings write them (400万～500万日元, $5.58M), and inputs as users write them
export { parseAmount } from "./amount/parse-amount.js";
export { parseAmounts } from "./amount/parse-amount.js";
export type { ParseAmountOptions } from "./amount/parse-amount.js";
export { formatAmount } from "./amount/format-amount.js";
export type { FormatAmountOptions } from "./amount/format-amount.js";
export type { Amount } from "./amount/amount.js";
export type { AmountUnit } from "./amount/amount.js";
export type { QuantityInput } from "./input/as-range.js";
export type { MoneyInput } from "./input/as-money-range.js";

// Data: the data files (data/*.csv) and the GPU catalog
export { loadTable } from "./data/load-table.js";
export type { DataTables } from "./data/load-table.js";
export type { TableName } from "./data/load-table.js";
export type { ArticleFigureRow } from "./data/load-article-figures.js";
export type { CaseRow } from "./data/load-cases.js";
export type { CaseStageRow } from "./data/load-case-stages.js";
export type { CaseClaimRow } from "./data/load-case-claims.js";
export type { ElectricityPriceRow } from "./data/load-electricity-prices.js";
export type { FleetAndStaffRow } from "./data/load-fleet-and-staff.js";
export type { FrontierModelRow } from "./data/load-frontier-models.js";
export type { FrontierSelectionRow } from "./data/load-frontier-selections.js";
export type { FxRateTableRow } from "./data/load-fx-rates.js";
export type { GpuRow } from "./data/load-gpus.js";
export type { HardwarePriceRow } from "./data/load-hardware-prices.js";
export type { RunComputeRow } from "./data/load-run-compute.js";
export type { TrainingRunRow } from "./data/load-training-runs.js";
export { gpuSpec } from "./gpu/catalog.js";
export { gpuIds } from "./gpu/catalog.js";
export type { GpuSpec } from "./gpu/catalog.js";

// Cases: a headline's claim, the run behind it and what the claim counts (data/cases.csv)
export { cases } from "./cases/cases.js";
export type { Case } from "./cases/case.js";
export type { CaseClaim } from "./cases/case.js";
export type { CaseStage } from "./cases/case.js";
export type { CaseSummaryRow } from "./cases/cases.js";
export type { ChecklistLine } from "./cases/checklist.js";
export type { BaseChain } from "./cases/chain.js";

// Cost views
export { purchaseCost } from "./cost/purchase.js";
export type { PurchaseOptions } from "./cost/purchase.js";
export type { PurchaseView } from "./cost/purchase.js";
export { rentalCost } from "./cost/rental.js";
export type { RentalOptions } from "./cost/rental.js";
export { reportedCost } from "./cost/reported.js";
export type { ReportedOptions } from "./cost/reported.js";
export { amortizedCost } from "./cost/amortized.js";
export type { AmortizedOptions } from "./cost/amortized.js";
export type { Depreciation } from "./cost/epoch-method.js";
export type { Valuation } from "./cost/epoch-method.js";
export type { ElectricityYear } from "./cost/electricity.js";
export { epochConstants } from "./cost/epoch-keys.js";
export type { EpochConstantsOptions } from "./cost/epoch-keys.js";
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

// Compute: FLOP, utilization, cost per compute, fleets
export { trainingFlop } from "./compute/training-flop.js";
export type { TrainingFlopOptions } from "./compute/training-flop.js";
export { modelFlopsUtilization } from "./compute/model-flops-utilization.js";
export type { ModelFlopsUtilizationOptions } from "./compute/model-flops-utilization.js";
export { peakFlopsPerGpu } from "./compute/peak-flops.js";
export type { PeakPrecision } from "./data/load-run-compute.js";
export { costPerCompute } from "./compute/cost-per-compute.js";
export type { CostPerComputeOptions } from "./compute/cost-per-compute.js";
export { fleetShare } from "./compute/fleet-share.js";
export type { FleetShareOptions } from "./compute/fleet-share.js";

// Trends
export { logLinearTrend } from "./trend/log-linear-trend.js";
export { trendAt } from "./trend/log-linear-trend.js";
export type { LogLinearTrend } from "./trend/log-linear-trend.js";
export type { LogLinearTrendOptions } from "./trend/log-linear-trend.js";
export type { TrendPoint } from "./trend/log-linear-trend.js";
export type { TrendValue } from "./trend/log-linear-trend.js";

// Assumptions: the validated assumptions and the estimate
export { assumptions } from "./assumptions/assumptions.js";
export type { Assumptions } from "./assumptions/assumptions.js";
export type { AssumptionOverrides } from "./assumptions/assumptions.js";
export { assumptionSpecs } from "./assumptions/specs.js";
export type { AssumptionName } from "./assumptions/specs.js";
export type { AssumptionSpec } from "./assumptions/specs.js";
export { estimate } from "./assumptions/estimate.js";
export type { Estimate } from "./assumptions/estimate.js";
export type { AmortizedAlternative } from "./assumptions/estimate.js";
export { withExperiments } from "./assumptions/with-experiments.js";
export { pricesIn } from "./assumptions/prices-in.js";
export { ESTIMATE_FX_DATE } from "./assumptions/prices-in.js";
export type { Prices } from "./assumptions/prices-in.js";
export { uncertaintyOf } from "./assumptions/uncertainty-of.js";
export type { InputUncertainty } from "./assumptions/uncertainty-of.js";
export type { DocumentedUncertainty } from "./assumptions/uncertainties.js";

// Uncertainty: the Monte Carlo, the tornado, the turning points, distributions and summaries
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
export { uniform } from "./uncertainty/uniform.js";
export { triangular } from "./uncertainty/triangular.js";
export { lognormal90 } from "./uncertainty/lognormal.js";
export { point } from "./uncertainty/point.js";
export type { Distribution } from "./uncertainty/distribution.js";
export { summarize } from "./uncertainty/summary.js";
export { quantile } from "./uncertainty/summary.js";
export type { Summary } from "./uncertainty/summary.js";

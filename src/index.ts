// gpu-cost-lab: the public API, one named export per line. Notebooks import from "../dist/index.js".

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
export { convert } from "./money/convert.js";
export { convertRange } from "./money/convert.js";
export { fxQuote } from "./money/convert.js";
export { rateSetNames } from "./money/convert.js";
export type { ConvertOptions } from "./money/convert.js";
export { FX_WINDOW_DAYS } from "./money/fx-rate.js";
export type { FxQuote } from "./money/fx-rate.js";
export type { FxRateRow } from "./money/fx-rate.js";

// ranges
export { range } from "./range/range.js";
export { isRange } from "./range/range.js";
export type { Range } from "./range/range.js";
export { rangeOf } from "./range/range-of.js";

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
export type { QuantityInput } from "./assumptions/assumptions.js";
export type { MoneyInput } from "./assumptions/assumptions.js";
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

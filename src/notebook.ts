// gpu-cost-lab's second entry: what the notebooks show, one named export per line. Notebooks
// import it from "../dist/notebook.js" (tslab resolves relative paths, not package subpaths);
// Node users from "gpu-cost-lab/notebook". The sentences and rows computed from an estimate, the
// charts (Vega-Lite 5 specs) and the helpers that display them in a kernel; what they are computed
// from is the core entry, src/index.ts. Each name is documented where it is defined, grouped by
// `@category`. This is a Node entry point: it installs the package's data/ folder as the source
// of the data files, as src/index.ts does, so that it works imported alone.
import { useNodeDataFiles } from "./node/data-files.js";

useNodeDataFiles();

// Headline: the views side by side and against the reported figure
export { comparisonRows } from "./analysis/headline/comparison-rows.js";
export type { CostComparisonRow } from "./analysis/headline/comparison-rows.js";
export { timesReportedSentences } from "./analysis/headline/times-reported-sentences.js";
export { fleetPurchaseLine } from "./analysis/headline/fleet-purchase-line.js";
export { programmeSentence } from "./analysis/headline/programme-sentence.js";
export { articleStyleLine } from "./analysis/headline/article-style-line.js";

// The article: its figures as it puts them, each with its hedge
export { articleFigureRows } from "./analysis/article/article-figure-rows.js";
export { hedgeText } from "./analysis/article/article-figure-rows.js";
export type { ArticleFigureView } from "./analysis/article/article-figure-rows.js";

// Findings: the claim, what the estimate finds, and the cost ladder
export { claimOf } from "./analysis/findings/claim.js";
export type { Claim } from "./analysis/findings/claim.js";
export type { ClaimOptions } from "./analysis/findings/claim.js";
export { findings } from "./analysis/findings/findings.js";
export type { Finding } from "./analysis/findings/findings.js";
export type { FindingsOptions } from "./analysis/findings/findings.js";
export { costLadder } from "./analysis/findings/cost-ladder.js";
export type { CostLadder } from "./analysis/findings/cost-ladder.js";
export type { LadderRow } from "./analysis/findings/cost-ladder.js";
export type { CostLadderOptions } from "./analysis/findings/cost-ladder.js";

// Cases: every headline side by side, and what each claim counts
export { caseRows } from "./analysis/cases/case-rows.js";
export type { HeadlineCaseRow } from "./analysis/cases/case-rows.js";
export type { CaseRowsOptions } from "./analysis/cases/case-rows.js";
export { checklistSentences } from "./analysis/cases/checklist-sentences.js";
export { claimRows } from "./analysis/cases/claim-rows.js";
export type { ClaimRow } from "./analysis/cases/claim-rows.js";

// Methods: the amortized view under each method and valuation, the choices, Epoch's method
export { alternativeRows } from "./analysis/methods/alternatives.js";
export { alternativeSentences } from "./analysis/methods/alternatives.js";
export type { AlternativeRow } from "./analysis/methods/alternatives.js";
export { choiceRows } from "./analysis/methods/choice-rows.js";
export type { ChoiceRow } from "./analysis/methods/choice-rows.js";
export { epochMethodSentences } from "./analysis/methods/epoch-method-sentences.js";
export { epochConstantRows } from "./analysis/methods/epoch-constant-rows.js";
export type { EpochConstantRow } from "./analysis/methods/epoch-constant-rows.js";
export { trainingStartRows } from "./analysis/methods/training-start-rows.js";
export type { TrainingStartRow } from "./analysis/methods/training-start-rows.js";
export type { TrainingStartRowsOptions } from "./analysis/methods/training-start-rows.js";

// Assumptions and uncertainty: the tables, the Monte Carlo, the tornado, the turning points
export { assumptionsTable } from "./analysis/uncertainty/assumptions-table.js";
export { uncertaintyTable } from "./analysis/uncertainty/assumptions-table.js";
export type { AssumptionRow } from "./analysis/uncertainty/assumptions-table.js";
export type { UncertaintyRow } from "./analysis/uncertainty/assumptions-table.js";
export { intervalContributions } from "./analysis/uncertainty/monte-carlo-sentences.js";
export { monteCarloSentences } from "./analysis/uncertainty/monte-carlo-sentences.js";
export type { IntervalContribution } from "./analysis/uncertainty/monte-carlo-sentences.js";
export type { ContributionOptions } from "./analysis/uncertainty/monte-carlo-sentences.js";
export { tornadoBars } from "./analysis/uncertainty/tornado-bars.js";
export { sensitivityTable } from "./analysis/uncertainty/tornado-bars.js";
export type { TornadoBar } from "./analysis/uncertainty/tornado-bars.js";
export type { SensitivityTableRow } from "./analysis/uncertainty/tornado-bars.js";
export { turningPointRows } from "./analysis/uncertainty/turning-point-rows.js";
export { turningPointSentences } from "./analysis/uncertainty/turning-point-rows.js";
export type { TurningPointRow } from "./analysis/uncertainty/turning-point-rows.js";

// Break-even and effective compute: buying against renting, and the H800 against the H100
export { breakEvenText } from "./analysis/break-even/break-even-text.js";
export { effectiveComputeSentences } from "./analysis/effective-compute/effective-compute-sentences.js";

// Training runs: compared, and the article's claims about them
export { runCosts } from "./analysis/runs/run-costs.js";
export type { RunCost } from "./analysis/runs/run-costs.js";
export type { RunCostsOptions } from "./analysis/runs/run-costs.js";
export { costShares } from "./analysis/runs/cost-shares.js";
export type { CostShare } from "./analysis/runs/cost-shares.js";
export type { CostSharesOptions } from "./analysis/runs/cost-shares.js";
export type { Verdict } from "./analysis/runs/cost-shares.js";
export { claimSentences } from "./analysis/runs/claim-sentences.js";
export { gpuHoursSentences } from "./analysis/runs/claim-sentences.js";
export { usdOnlyLine } from "./analysis/runs/usd-only-line.js";

// The frontier: utilization, cost per compute, the cost trend, fleets and staff
export { mfuRows } from "./analysis/frontier/mfu-rows.js";
export { mfuSentences } from "./analysis/frontier/mfu-rows.js";
export type { MfuRow } from "./analysis/frontier/mfu-rows.js";
export { costPerComputeRows } from "./analysis/frontier/cost-per-compute-rows.js";
export type { CostPerComputeRow } from "./analysis/frontier/cost-per-compute-rows.js";
export type { CostPerComputeRowsOptions } from "./analysis/frontier/cost-per-compute-rows.js";
export { frontierTrend } from "./analysis/frontier/frontier-trend.js";
export type { FrontierTrend } from "./analysis/frontier/frontier-trend.js";
export type { FrontierTrendOptions } from "./analysis/frontier/frontier-trend.js";
export type { FrontierPoint } from "./analysis/frontier/frontier-trend.js";
export type { FrontierSelection } from "./analysis/frontier/frontier-selections.js";
export { selectionRows } from "./analysis/frontier/selection-rows.js";
export type { SelectionRow } from "./analysis/frontier/selection-rows.js";
export { trendDistance } from "./analysis/frontier/trend-distance.js";
export { trendSentences } from "./analysis/frontier/trend-distance.js";
export type { TrendDistance } from "./analysis/frontier/trend-distance.js";
export type { TrendDistanceOptions } from "./analysis/frontier/trend-distance.js";
export { fleetRows } from "./analysis/frontier/fleet-rows.js";
export type { FleetRow } from "./analysis/frontier/fleet-rows.js";
export type { FleetRowsOptions } from "./analysis/frontier/fleet-rows.js";
export { staffScenario } from "./analysis/frontier/staff-scenario.js";
export type { StaffScenarioRow } from "./analysis/frontier/staff-scenario.js";

// Rental prices
export { rentalRateRange } from "./analysis/prices/rental-prices.js";
export { rentalPriceRows } from "./analysis/prices/rental-prices.js";
export { trainingWindow } from "./analysis/prices/rental-prices.js";
export type { RentalRateRange } from "./analysis/prices/rental-prices.js";
export type { RentalPriceRow } from "./analysis/prices/rental-prices.js";
export type { RentalRateOptions } from "./analysis/prices/rental-prices.js";

// Charts: Vega-Lite 5 specs
export { costComparisonChart } from "./charts/cost-comparison.js";
export type { CostComparisonOptions } from "./charts/cost-comparison.js";
export { tornadoChart } from "./charts/tornado.js";
export type { TornadoOptions } from "./charts/tornado.js";
export { monteCarloChart } from "./charts/monte-carlo-chart.js";
export type { MonteCarloOptions } from "./charts/monte-carlo-chart.js";
export { breakEvenChart } from "./charts/break-even-chart.js";
export type { BreakEvenChartOptions } from "./charts/break-even-chart.js";
export { effectiveComputeChart } from "./charts/effective-compute-chart.js";
export type { EffectiveComputeChartOptions } from "./charts/effective-compute-chart.js";
export { trainingRunsChart } from "./charts/training-runs-chart.js";
export { frontierTrendChart } from "./charts/frontier-trend-chart.js";
export type { FrontierTrendChartOptions } from "./charts/frontier-trend-chart.js";
export { fleetShareChart } from "./charts/fleet-share-chart.js";
export { turningPointsChart } from "./charts/turning-points-chart.js";
export type { TurningPointsChartOptions } from "./charts/turning-points-chart.js";
export { rentalPriceChart } from "./charts/rental-price-chart.js";
export type { RentalPriceChartOptions } from "./charts/rental-price-chart.js";
export { headlinesChart } from "./charts/headlines-chart.js";
export { costLadderChart } from "./charts/cost-ladder-chart.js";
export { chartIn } from "./charts/chart-in.js";
export type { ChartSpec } from "./charts/spec.js";
export type { Lang } from "./i18n/lang.js";

// Display: in a notebook
export { show } from "./display/show.js";
export { showTable } from "./display/show-table.js";
export type { ShowTableOptions } from "./display/show-table.js";
export type { TableInput } from "./display/show-table.js";
export { print } from "./display/print.js";

/**
 * Every error text the project writes, in one place (after Vega-Lite's src/log/message.ts).
 *
 * Code detects a problem and passes a code plus its data to `fail()` (src/errors/error.ts);
 * the wording lives here. Tests assert these texts exactly, so a change of wording is a
 * change of behaviour.
 *
 * One grammar: say what was invalid, its name, the value received and what is accepted,
 * e.g. `invalid gpuCount: -3 (expected a positive whole number)`.
 *
 * Sections are by area; add new messages to the section of the area that throws them.
 */
import { show } from "./show.js";

export const messages = {
  // ---- general values -----------------------------------------------------------------------
  /**
   * `invalid text: 3 (expected a string)`.
   * @deprecated Free text for `expected`: only src/amount/parse-amount.ts and format-amount.ts still
   * use it, until their rewrite moves to the codes below (notString, notOneOf, notInRange, …).
   */
  invalid: (d: { name: string; value: unknown; expected: string }) => invalid(d, d.expected),
  /** `invalid xs[2]: NaN (expected a finite number)`; with `at`, the inputs that gave it: `(expected a finite number (at n = 2000, p = 0))` */
  notFinite: (d: { name: string; value: unknown; at?: Readonly<Record<string, number>> }) =>
    invalid(
      d,
      d.at
        ? `a finite number (at ${Object.entries(d.at)
            .map(([k, v]) => `${k} = ${v}`)
            .join(", ")})`
        : "a finite number",
    ),
  /** `invalid years: 0 (expected a positive number of years)`; without `unit`: `(expected a positive number)` */
  notPositive: (d: { name: string; value: unknown; unit?: string }) => invalid(d, `a positive number${of(d.unit)}`),
  /** `invalid gpuCount: -3 (expected a positive whole number)`; with `unit`: `(expected a positive whole number of pixels)` */
  notPositiveWhole: (d: { name: string; value: unknown; unit?: string }) =>
    invalid(d, `a positive whole number${of(d.unit)}`),
  /**
   * A number outside the bounds given, worded from them (as {@link numberText} does):
   * `invalid p: 2 (expected a number from 0 to 1)`, `invalid seed: -1 (expected a whole number from 0 to 2^53 − 1)`,
   * `invalid threshold: 0 (expected a fraction in (0, 1])`, `invalid k: -1 (expected a number ≥ 0)`.
   */
  notInRange: (d: { name: string; value: unknown } & NumberBounds) => invalid(d, numberText(d)),
  /** `invalid divisor: 0 (expected a non-zero number)` */
  isZero: (d: { name: string; value: unknown }) => invalid(d, "a non-zero number"),
  /** `invalid currency: "GBP" (expected one of JPY, CNY, USD)` */
  notOneOf: (d: { name: string; value: unknown; choices: readonly string[] }) =>
    invalid(d, `one of ${d.choices.join(", ")}`),
  /** `invalid views: [] (expected a non-empty list of purchase, rental)`: a list whose items are each one of `choices` */
  notListOf: (d: { name: string; value: unknown; choices: readonly string[] }) =>
    invalid(d, `a non-empty list of ${d.choices.join(", ")}`),
  /** `invalid speedRatios: [0] (expected a non-empty list of positive numbers)` */
  notPositiveList: (d: { name: string; value: unknown }) => invalid(d, "a non-empty list of positive numbers"),
  /** `invalid key: 3 (expected a string)`; with `nonEmpty`: `(expected a non-empty string)` */
  notString: (d: { name: string; value: unknown; nonEmpty?: boolean }) =>
    invalid(d, d.nonEmpty ? "a non-empty string" : "a string"),
  /** `invalid on: "2025-02-30" (expected a date as YYYY-MM-DD or a valid Date)` */
  notDate: (d: { name: string; value: unknown }) => invalid(d, "a date as YYYY-MM-DD or a valid Date"),
  /** `invalid range: low 5 > high 4 (expected low ≤ high)` */
  rangeOrder: (d: { name: string; low: number; high: number }) =>
    `invalid ${d.name}: low ${d.low} > high ${d.high} (expected low ≤ high)`,

  // ---- user input: quantities and prices as written (asRange, asMoneyRange, readAmountField) --
  /**
   * `invalid gpuCount: 2500.5 (expected a positive whole number, or a range of them as [low, high] or {"low": …, "high": …} or text such as "2000～3000块")`.
   * `rule` words the numbers accepted; `unit` adds the text example; `reason` says why text was refused:
   * `(expected …; it reads as GPU, not hour)`, or `(expected …; ` + the parser's own message + `)`.
   */
  notQuantityInput: (d: {
    name: string;
    value: unknown;
    rule: NumberBounds;
    unit?: keyof typeof quantityExamples;
    reason?: TextProblem;
  }) =>
    invalid(
      d,
      `${numberText(d.rule)}, or a range of them as [low, high] or {"low": …, "high": …}` +
        (d.unit ? ` or text such as ${quantityExamples[d.unit]}` : "") +
        because(d.reason),
    ),
  /** `invalid gpuPrice: -1 (expected a positive number as money: a number in US dollars, [low, high], {"low": …, "high": …, "currency": "JPY"}, a Money, or text such as "400万～500万日元")`, with `reason` as for notQuantityInput */
  notMoneyInput: (d: { name: string; value: unknown; rule: NumberBounds; reason?: TextProblem }) =>
    invalid(
      d,
      `${numberText(d.rule)} as money: a number in US dollars, [low, high], {"low": …, "high": …, "currency": "JPY"}, a Money, or text such as "400万～500万日元"` +
        because(d.reason),
    ),

  // ---- money and FX (src/money/) -------------------------------------------------------------
  /** `cannot add JPY and USD amounts (convert one first)` */
  currencyMismatch: (d: { verb: string; left: string; right: string }) =>
    `cannot ${d.verb} ${d.left} and ${d.right} amounts (convert one first)`,
  /**
   * `no FX rate for JPY→USD on 2025-02-11 in the market set (nearest earlier: 2025-01-31, beyond the 7-day window)`
   * `nearest` is what the search found: an earlier date beyond the window, a later date, or nothing.
   */
  noFxRate: (d: {
    base: string;
    quote: string;
    on: string;
    set: string;
    nearest: { date: string; when: "earlier" | "later" } | undefined;
    windowDays: number;
  }) =>
    `no FX rate for ${d.base}→${d.quote} on ${d.on} in the ${d.set} set (` +
    (d.nearest === undefined
      ? `the set has no ${d.base}/${d.quote} rate, direct, inverse or through USD`
      : d.nearest.when === "earlier"
        ? `nearest earlier: ${d.nearest.date}, beyond the ${d.windowDays}-day window`
        : `nearest: ${d.nearest.date}, after the date`) +
    ")",

  /** `invalid value: 5 (expected a Money value, e.g. money(4_000_000, "JPY"))` */
  notMoney: (d: { name: string; value: unknown }) => invalid(d, 'a Money value, e.g. money(4_000_000, "JPY")'),
  /** `invalid value: 5 (expected a money range, e.g. moneyRange(4e6, 5e6, "JPY"))` */
  notMoneyRange: (d: { name: string; value: unknown }) => invalid(d, 'a money range, e.g. moneyRange(4e6, 5e6, "JPY")'),
  /** `invalid amounts: [] (expected at least one Money)` */
  noMoney: (d: { name: string; value: unknown }) => invalid(d, "at least one Money"),

  // ---- CJK amounts (src/amount/) -------------------------------------------------------------
  /** `no amount found in "H800" (expected a number with a unit word, e.g. 400万日元, 2000块 or 1～3成)` */
  amountNone: (d: { text: string }) =>
    `no amount found in ${show(d.text)} (expected a number with a unit word, e.g. 400万日元, 2000块 or 1～3成)`,
  /** `2 amounts in "…" (expected one): 400万～500万日元, 人民币19.23万元～24.03万元` */
  amountMany: (d: { text: string; found: readonly string[] }) =>
    `${d.found.length} amounts in ${show(d.text)} (expected one): ${d.found.join(", ")}`,
  /** `no unit in "2048" (expected a unit word after the number, e.g. 日元, 美元, 块, 小时 or 成)` */
  amountNoUnit: (d: { text: string }) =>
    `no unit in ${show(d.text)} (expected a unit word after the number, e.g. 日元, 美元, 块, 小时 or 成)`,
  /** `unknown unit "英镑" in "400万英镑" (expected one of 日元, 円, 元, …)` */
  amountUnknownUnit: (d: { word: string; text: string; known: readonly string[] }) =>
    `unknown unit ${show(d.word)} in ${show(d.text)} (expected one of ${d.known.join(", ")})`,
  /** `ambiguous currency "¥" in "¥5" (expected 日元 or 円 for JPY, 元 or 人民币 for CNY, or JP¥ / CN¥)` */
  amountAmbiguousYen: (d: { symbol: string; text: string }) =>
    `ambiguous currency ${show(d.symbol)} in ${show(d.text)} (expected 日元 or 円 for JPY, 元 or 人民币 for CNY, or JP¥ / CN¥)`,
  /** `conflicting units in "400万日元～500万美元": JPY and USD (expected one unit for the whole amount)` */
  amountUnitConflict: (d: { amount: string; units: readonly string[] }) =>
    `conflicting units in ${show(d.amount)}: ${d.units.join(" and ")} (expected one unit for the whole amount)`,
  /** `invalid amount "500万～400万日元": low 5000000 > high 4000000 (expected low ≤ high)` */
  amountOrder: (d: { amount: string; low: number; high: number }) =>
    `invalid amount ${show(d.amount)}: low ${d.low} > high ${d.high} (expected low ≤ high)`,
  /** `cannot read "４００万～～日元" at "～～日元" (expected a number after the range separator "～")` */
  amountUnreadable: (d: { text: string; at: string; expected: string }) =>
    `cannot read ${show(d.text)} at ${show(d.at)} (expected ${d.expected})`,

  // ---- ranges and uncertainty (src/range/, src/uncertainty/) ----------------------------------
  /** `invalid addRanges operand b: "3" (expected a finite number or a range {low, high} with finite bounds)` */
  rangeOperand: (d: { op: string; operand: string; value: unknown }) =>
    `invalid ${d.op} operand ${d.operand}: ${show(d.value)} (expected a finite number or a range {low, high} with finite bounds)`,
  /** `invalid multiplyRanges operand a: {"low":-1,"high":2} (expected a number or range ≥ 0: multiplyRanges works on non-negative quantities)` */
  rangeNegative: (d: { op: string; operand: string; value: unknown }) =>
    `invalid ${d.op} operand ${d.operand}: ${show(d.value)} (expected a number or range ≥ 0: ${d.op} works on non-negative quantities)`,
  /** `invalid divideRanges operand b: {"low":0,"high":2} (expected a number or range > 0: a divisor must stay above 0)` */
  rangeDivisorZero: (d: { op: string; operand: string; value: unknown }) =>
    `invalid ${d.op} operand ${d.operand}: ${show(d.value)} (expected a number or range > 0: a divisor must stay above 0)`,
  /** `invalid rangeHull ranges: none given (expected at least one range or number)` */
  rangeHullEmpty: (d: { op: string }) => `invalid ${d.op} ranges: none given (expected at least one range or number)`,
  /** `invalid uniform: 5 (expected a range {low, high})` */
  notRange: (d: { name: string; value: unknown }) => invalid(d, "a range {low, high}"),
  /** `invalid inputs: 17 (expected at most 16 varying inputs)`: rangeOf evaluates 2^k corners */
  tooManyInputs: (d: { name: string; value: number; max: number }) => invalid(d, `at most ${d.max} varying inputs`),
  /** `invalid xs: "1,2" (expected a Float64Array or an array of numbers)` */
  notSamples: (d: { name: string; value: unknown }) => invalid(d, "a Float64Array or an array of numbers"),
  /** `invalid draws: {} (expected one or more draws)` */
  noDraws: (d: { name: string; value: unknown }) => invalid(d, "one or more draws"),
  /** `invalid distributions: [] (expected an object of distributions by input name)` */
  notDistributions: (d: { name: string; value: unknown }) => invalid(d, "an object of distributions by input name"),
  /** `invalid distributions.price: {"kind":"normal"} (expected a distribution of kind "uniform", "triangular", "lognormal" or "point")` */
  distributionKind: (d: { name: string; value: unknown }) =>
    `invalid ${d.name}: ${show(d.value)} (expected a distribution of kind "uniform", "triangular", "lognormal" or "point")`,
  /** `invalid triangular: low 1, mode 5, high 4 (expected low ≤ mode ≤ high and low < high)` */
  triangularOrder: (d: { name: string; low: number; mode: number; high: number }) =>
    `invalid ${d.name}: low ${d.low}, mode ${d.mode}, high ${d.high} (expected low ≤ mode ≤ high and low < high)`,
  /** `invalid lognormal90: p05 0, p95 2 (expected 0 < p05 < p95)` */
  lognormalBounds: (d: { name: string; p05: number; p95: number }) =>
    `invalid ${d.name}: p05 ${d.p05}, p95 ${d.p95} (expected 0 < p05 < p95)`,

  // ---- data files (src/data/) ---------------------------------------------------------------
  /** `no data files: none installed (expected useDataFiles() first: the package entry point installs data/ in Node)` */
  noDataFiles: (_d: Record<string, never>) =>
    "no data files: none installed (expected useDataFiles() first: the package entry point installs data/ in Node)",
  /** `cannot read /tmp/gpus.csv: this data source reads no paths (expected a data file name, e.g. loadGpus())` */
  noFileAccess: (d: { path: string }) =>
    `cannot read ${d.path}: this data source reads no paths (expected a data file name, e.g. loadGpus())`,
  /** `cannot read data/gpus.csv: ENOENT (expected a UTF-8 CSV file)` */
  dataUnreadable: (d: { file: string; reason: string }) =>
    `cannot read ${d.file}: ${d.reason} (expected a UTF-8 CSV file)`,
  /** `data/gpus.csv is missing column tdp_w` */
  dataMissingColumn: (d: { file: string; column: string }) => `${d.file} is missing column ${d.column}`,
  /** `data/gpus.csv has an unexpected column "note" (expected only gpu, name, …)` */
  dataExtraColumn: (d: { file: string; column: string; columns: readonly string[] }) =>
    `${d.file} has an unexpected column ${show(d.column)} (expected only ${d.columns.join(", ")})`,
  /** `invalid data/gpus.csv line 4: 12 fields (expected 11, one per column)` */
  dataRow: (d: { file: string; line: number; problem: string; expected: string }) =>
    `invalid ${d.file} line ${d.line}: ${d.problem} (expected ${d.expected})`,
  /** `invalid data/gpus.csv line 4, column tdp_w: "7OO" (expected a number)` */
  dataCell: (d: { file: string; line: number; column: string; value: string; expected: string }) =>
    `invalid ${d.file} line ${d.line}, column ${d.column}: ${show(d.value)} (expected ${d.expected})`,
  /** `invalid data/article-figures.csv line 3: low 5000000 > high 4000000 (expected low ≤ high)` */
  dataRangeOrder: (d: {
    file: string;
    line: number;
    lowColumn: string;
    highColumn: string;
    low: number;
    high: number;
  }) =>
    `invalid ${d.file} line ${d.line}: ${d.lowColumn} ${d.low} > ${d.highColumn} ${d.high} (expected ${d.lowColumn} ≤ ${d.highColumn})`,
  /** `duplicate id in data/gpus.csv line 5: "H100" (first on line 2; expected each id once)` */
  dataDuplicate: (d: { file: string; line: number; key: string; value: string; first: number }) =>
    `duplicate ${d.key} in ${d.file} line ${d.line}: ${show(d.value)} (first on line ${d.first}; expected each ${d.key} once)`,
  /** `unknown gpu: "H900" (expected one of H100, H800, H20, A100, A800)` */
  unknownEntry: (d: { name: string; value: unknown; known: readonly string[] }) =>
    `unknown ${d.name}: ${show(d.value)} (expected one of ${d.known.join(", ")})`,

  // ---- assumptions and cost views (src/assumptions/, src/cost/) -------------------------------
  /** `unknown assumption "gpuCont" (did you mean "gpuCount"? known: gpu, gpuCount, …)` */
  unknownAssumption: (d: { name: string; suggestion: string | undefined; known: readonly string[] }) =>
    `unknown assumption ${show(d.name)} (${d.suggestion ? `did you mean ${show(d.suggestion)}? ` : ""}known: ${d.known.join(", ")})`,

  /** `invalid overrides: 5 (expected an object of assumptions, e.g. { gpuCount: 2048 })` */
  notOverrides: (d: { name: string; value: unknown }) =>
    invalid(d, "an object of assumptions, e.g. { gpuCount: 2048 }"),
  /** `invalid assumptions: {} (expected the result of assumptions())` */
  notAssumptions: (d: { name: string; value: unknown }) => invalid(d, "the result of assumptions()"),
  /** `invalid tdpWatts: undefined (expected watts: data/gpus.csv has no TDP for H20, so give tdpWatts)` */
  noTdp: (d: { gpu: string }) =>
    invalid({ name: "tdpWatts", value: undefined }, `watts: data/gpus.csv has no TDP for ${d.gpu}, so give tdpWatts`),
  /** `invalid electricityPrice: undefined (expected US dollars per kWh: data/electricity-prices.csv has no price for 2031, the year of trainingStart, so give electricityPrice)` */
  noElectricityPrice: (d: { year: number }) =>
    invalid(
      { name: "electricityPrice", value: undefined },
      `US dollars per kWh: data/electricity-prices.csv has no price for ${d.year}, the year of trainingStart, so give electricityPrice`,
    ),
  /** `invalid stages: [] (expected a non-empty list of { stage, gpuHours })` */
  notStages: (d: { name: string; value: unknown }) => invalid(d, "a non-empty list of { stage, gpuHours }"),

  // ---- training runs compared (runCosts, costShares) ------------------------------------------
  /** `invalid costs: [] (expected a non-empty list of run costs, from runCosts())` */
  notRunCosts: (d: { name: string; value: unknown }) => invalid(d, "a non-empty list of run costs, from runCosts()"),
  /** `invalid estimate.currency: "JPY" (expected USD: training-run costs are compared in US dollars)` */
  notUsd: (d: { name: string; value: unknown }) => invalid(d, "USD: training-run costs are compared in US dollars"),
  /** `invalid ratePerGpuHour: 0 (expected a positive number of US dollars per GPU-hour, or a range { low, high } of them)` */
  notUsdRate: (d: { name: string; value: unknown }) =>
    invalid(d, "a positive number of US dollars per GPU-hour, or a range { low, high } of them"),
  /** `invalid of: "gpt-4" (expected the id of a run with a reported cost in costs)` */
  notReportedRun: (d: { name: string; value: unknown }) => invalid(d, "the id of a run with a reported cost in costs"),

  /** `no rental prices per GPU-hour for H800 in 2030 in data/hardware-prices.csv (expected at least one to derive a range from)` */
  noRentalPrices: (d: { hardware: readonly string[]; year: number }) =>
    `no rental prices per GPU-hour for ${d.hardware.join(", ")} in ${d.year} in data/hardware-prices.csv (expected at least one to derive a range from)`,

  // ---- charts (src/charts/) -----------------------------------------------------------------
  /** `invalid table: [] (expected an Arquero table)` */
  notTable: (d: { name: string; value: unknown }) => invalid(d, "an Arquero table"),
  /** `invalid spec: "bar" (expected a Vega-Lite spec object, from a chart builder)` */
  notSpec: (d: { name: string; value: unknown }) => invalid(d, "a Vega-Lite spec object, from a chart builder"),
  /** `cannot show(): no tslab kernel is running (expected a call from a notebook cell; outside one, save the spec with JSON.stringify)` */
  noKernel: (d: { what: string }) =>
    `cannot ${d.what}(): no tslab kernel is running (expected a call from a notebook cell; outside one, save the spec with JSON.stringify)`,

  // ---- runner and report (src/runner/, src/report/, src/cli/) ---------------------------------
  // headless runner and report (src/runner/, src/report/, src/cli/main.ts and its commands)
  /** `rejected a message on iopub: invalid signature` */
  badSignature: (d: { socket: string }) => `rejected a message on ${d.socket}: invalid signature`,
  /** `rejected a message on shell: not a Jupyter message (no <IDS|MSG> delimiter)` */
  malformedMessage: (d: { socket: string; reason: string }) =>
    `rejected a message on ${d.socket}: not a Jupyter message (${d.reason})`,
  /** `invalid kernel: "pyhton3" (expected one of: python3, tslab; looked in /x/share/jupyter/kernels)` */
  unknownKernel: (d: { name: string; found: readonly string[]; searched: readonly string[] }) =>
    `invalid kernel: ${show(d.name)} (expected one of: ${d.found.join(", ") || "none installed"}; looked in ${d.searched.map((p) => `${p}/kernels`).join(", ")})`,
  /** `invalid kernelspec: /x/kernels/tslab/kernel.json (argv is not a non-empty list of strings)` */
  badKernelspec: (d: { path: string; reason: string }) => `invalid kernelspec: ${d.path} (${d.reason})`,
  /** `kernel "tslab" failed to start: exited with code 1: Error: listen EADDRINUSE` */
  kernelStartFailed: (d: { kernel: string; reason: string }) => `kernel ${show(d.kernel)} failed to start: ${d.reason}`,
  /** `kernel "tslab" did not answer within 60 s of starting (no kernel_info_reply)` + what it wrote to stderr, if anything */
  kernelStartTimeout: (d: { kernel: string; seconds: number; detail: string }) =>
    `kernel ${show(d.kernel)} did not answer within ${d.seconds} s of starting (no kernel_info_reply)${d.detail}`,
  /** `kernel died while running cell 4 of 02-buy.ipynb (it was killed by SIGKILL)` */
  kernelDied: (d: { notebook: string; cell: number; how: string }) =>
    `kernel died while running cell ${d.cell} of ${d.notebook} (it ${d.how})`,
  /** `cell 3 of 02-buy.ipynb timed out after 300 s (the kernel was interrupted)` + the cell's first lines */
  cellTimeout: (d: { notebook: string; cell: number; seconds: number; source: string }) =>
    `cell ${d.cell} of ${d.notebook} timed out after ${d.seconds} s (the kernel was interrupted)\n${d.source}`,
  /** `cell 3 of 02-buy.ipynb failed:` + the cell's first lines + the kernel's message */
  cellFailed: (d: { notebook: string; cell: number; source: string; message: string }) =>
    `cell ${d.cell} of ${d.notebook} failed:\n${d.source}\n${d.message}`,
  /** `cell 3 of 02-buy.ipynb was not run (the kernel aborted it)` + the cell's first lines */
  cellAborted: (d: { notebook: string; cell: number; source: string }) =>
    `cell ${d.cell} of ${d.notebook} was not run (the kernel aborted it)\n${d.source}`,
  /** `invalid notebook: notebooks/x.ipynb (expected nbformat 4 JSON: Unexpected token)` */
  badNotebook: (d: { path: string; reason: string }) =>
    `invalid notebook: ${d.path} (expected nbformat 4 JSON: ${d.reason})`,
  /** `invalid notebooks folder: "notebooks" (expected a folder with at least one .ipynb file)` */
  noNotebooks: (d: { dir: string }) =>
    `invalid notebooks folder: ${show(d.dir)} (expected a folder with at least one .ipynb file)`,
  /** `cannot set gpuCount in intro.ipynb: it has no cell tagged "parameters" (expected one, as papermill does)` */
  noParametersCell: (d: { notebook: string; names: readonly string[] }) =>
    `cannot set ${d.names.join(", ")} in ${d.notebook}: it has no cell tagged "parameters" (expected one, as papermill does)`,
  /** `invalid scenario: "artcle" (expected one of: article, deepseek-paper, full-programme, spec-speed)` */
  unknownScenario: (d: { name: string; known: readonly string[] }) =>
    `invalid scenario: ${show(d.name)} (expected one of: ${d.known.join(", ")})`,
  /** `invalid parameters file: p.json (expected a JSON object of assumptions: it is an array)` */
  badParameters: (d: { path: string; what: string; expected: string; reason: string }) =>
    `invalid ${d.what}: ${d.path} (expected ${d.expected}: ${d.reason})`,
  /** `invalid --set: "gpuCount" (expected key=value)` */
  badSet: (d: { arg: string }) => `invalid --set: ${show(d.arg)} (expected key=value)`,
  /** `invalid command: "rnu" (expected run or report; see gpu-cost-lab --help)` */
  unknownCommand: (d: { command: string }) =>
    `invalid command: ${show(d.command)} (expected run or report; see gpu-cost-lab --help)`,
  /** `Unknown option '--jbos' (see gpu-cost-lab report --help)`: parseArgs's own wording, then where to look. */
  badArguments: (d: { command: string; message: string }) =>
    `${d.message.replace(/\. To specify.*$/s, "")} (see gpu-cost-lab ${d.command} --help)`,
  // runner warnings (the run goes on)
  /** `intro.ipynb has no cell tagged "parameters": run without the overrides` */
  parametersIgnored: (d: { notebook: string }) =>
    `${d.notebook} has no cell tagged "parameters": run without the overrides`,
  /** `02-buy.ipynb: its parameters cell does not declare pue (injected anyway; the notebook may not use it)` */
  parameterUndeclared: (d: { notebook: string; name: string }) =>
    `${d.notebook}: its parameters cell does not declare ${d.name} (injected anyway; the notebook may not use it)`,
  /** `02-buy.ipynb cell 5: chart left without a static copy (Invalid specification …)` */
  chartNotRendered: (d: { notebook: string; cell: number; reason: string }) =>
    `${d.notebook} cell ${d.cell}: chart left without a static copy (${d.reason})`,
  // JupyterLab environment (src/cli/lab-*.ts)
  /** `no Python 3 found: "python3" could not be run (expected Python ≥ 3.9 with its venv module; on Debian/Ubuntu: apt-get install python3 python3-venv)` */
  labPythonMissing: (d: { python: string }) =>
    `no Python 3 found: ${show(d.python)} could not be run (expected Python ≥ 3.9 with its venv module; on Debian/Ubuntu: apt-get install python3 python3-venv)`,
  /** `unusable Python: "python3" (Python 3.11.2) has no ensurepip module (expected Python ≥ 3.9 with venv and ensurepip; on Debian/Ubuntu: apt-get install python3 python3-venv)` */
  labPythonUnfit: (d: { python: string; version: string; problem: string }) =>
    `unusable Python: ${show(d.python)} (Python ${d.version}) ${d.problem} (expected Python ≥ 3.9 with venv and ensurepip; on Debian/Ubuntu: apt-get install python3 python3-venv)`,
  /** `lab setup failed at "install requirements": ".venv/bin/python -m pip install -r requirements.txt" exited with 1 (see its output above)` */
  labStepFailed: (d: { step: string; command: string; status: number | string }) =>
    `lab setup failed at ${show(d.step)}: ${show(d.command)} exited with ${d.status} (see its output above)`,
  /** `invalid tslab kernel spec .venv/share/jupyter/kernels/tslab/kernel.json: argv[0] "tslab" (expected "/work/main/node_modules/.bin/tslab")` */
  labKernelSpec: (d: { path: string; argv0: unknown; expected: string }) =>
    `invalid tslab kernel spec ${d.path}: argv[0] ${show(d.argv0)} (expected ${show(d.expected)})`,
  /** `JupyterLab did not answer at http://127.0.0.1:8899/api/status within 60000 ms (expected HTTP 200; the server exited with 1)` */
  labNoAnswer: (d: { url: string; timeoutMs: number; exit: string }) =>
    `JupyterLab did not answer at ${d.url} within ${d.timeoutMs} ms (expected HTTP 200; ${d.exit})`,
} as const;

/** Which numbers are accepted: the data of `notInRange`, and the shape of a range rule (src/range/rules.ts). */
export interface NumberBounds {
  readonly min?: number;
  /** `min` itself is not accepted (a price must be > 0). */
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly maxExclusive?: boolean;
  /** Whole numbers only (GPU counts). */
  readonly whole?: boolean;
}

/** Why text given for a field was refused: the amount parser's own message, or the unit it read. */
export type TextProblem = { readonly parseError: string } | { readonly readsAs: string; readonly wanted: string };

/** The one grammar: `invalid gpuCount: -3 (expected a positive whole number)`. */
function invalid(d: { name: string; value: unknown }, expected: string): string {
  return `invalid ${d.name}: ${show(d.value)} (expected ${expected})`;
}

/** ` of seconds`, or nothing without a unit. */
function of(unit: string | undefined): string {
  return unit ? ` of ${unit}` : "";
}

/**
 * The numbers that `b` accepts, in words: `a positive whole number`, `a positive number`,
 * `a number ≥ 0`, `a number from 0 to 1`, `a fraction in (0, 1]`, `a whole number from 0 to 2^53 − 1`.
 */
export function numberText(b: NumberBounds): string {
  const number = b.whole ? "whole number" : "number";
  const { min, max } = b;
  if (min === 0 && b.minExclusive && max === undefined) return `a positive ${number}`;
  if (min !== undefined && max !== undefined) {
    if (!b.minExclusive && !b.maxExclusive) return `a ${number} from ${bound(min)} to ${bound(max)}`;
    const noun = !b.whole && min === 0 && max === 1 ? "fraction" : number;
    return `a ${noun} in ${b.minExclusive ? "(" : "["}${bound(min)}, ${bound(max)}${b.maxExclusive ? ")" : "]"}`;
  }
  if (min !== undefined) return `a ${number} ${b.minExclusive ? ">" : "≥"} ${bound(min)}`;
  if (max !== undefined) return `a ${number} ${b.maxExclusive ? "<" : "≤"} ${bound(max)}`;
  return `a finite ${number}`;
}

/** A bound as a reader checks it: 2^53 − 1 rather than 9007199254740991. */
function bound(x: number): string {
  return x === Number.MAX_SAFE_INTEGER ? "2^53 − 1" : String(x);
}

/** `; it reads as GPU, not hour`, `; ` + the parser's message, or nothing. */
function because(reason: TextProblem | undefined): string {
  if (reason === undefined) return "";
  return "parseError" in reason ? `; ${reason.parseError}` : `; it reads as ${reason.readsAs}, not ${reason.wanted}`;
}

/** How each quantity unit is written as text, for notQuantityInput. */
const quantityExamples = {
  GPU: '"2000～3000块"',
  hour: '"278.8万小时"',
  fraction: '"1～3成"',
  run: '"数十次"',
} as const;

export type MessageCode = keyof typeof messages;
export type MessageData<C extends MessageCode> = Parameters<(typeof messages)[C]>[0];

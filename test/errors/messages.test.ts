import assert from "node:assert/strict";
import { messages, type MessageCode, type MessageData } from "../../src/errors/messages.js";

/**
 * Every message of the catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form. The type makes a
 * new code without a case a type error; the first test makes it a failure at run time too.
 */
const cases: { readonly [C in MessageCode]: ReadonlyArray<readonly [MessageData<C>, string]> } = {
  // ---- general values
  invalid: [[{ name: "text", value: 3, expected: "a string" }, "invalid text: 3 (expected a string)"]],
  notFinite: [
    [{ name: "xs[2]", value: Number.NaN }, "invalid xs[2]: NaN (expected a finite number)"],
    [
      { name: "cost", value: Infinity, at: { n: 2000, p: 0 } },
      "invalid cost: Infinity (expected a finite number (at n = 2000, p = 0))",
    ],
  ],
  notPositive: [
    [{ name: "years", value: 0, unit: "years" }, "invalid years: 0 (expected a positive number of years)"],
    [{ name: "--timeout", value: "-5" }, 'invalid --timeout: "-5" (expected a positive number)'],
  ],
  notPositiveWhole: [
    [{ name: "gpuCount", value: -3 }, "invalid gpuCount: -3 (expected a positive whole number)"],
    [{ name: "width", value: 0.5, unit: "pixels" }, "invalid width: 0.5 (expected a positive whole number of pixels)"],
  ],
  notInRange: [
    [{ name: "p", value: 2, min: 0, max: 1 }, "invalid p: 2 (expected a number from 0 to 1)"],
    [
      { name: "seed", value: -1, min: 0, max: Number.MAX_SAFE_INTEGER, whole: true },
      "invalid seed: -1 (expected a whole number from 0 to 2^53 − 1)",
    ],
    [
      { name: "threshold", value: 0, min: 0, minExclusive: true, max: 1 },
      "invalid threshold: 0 (expected a fraction in (0, 1])",
    ],
    [
      { name: "interconnectFraction", value: 1, min: 0, max: 1, maxExclusive: true },
      "invalid interconnectFraction: 1 (expected a fraction in [0, 1))",
    ],
    [{ name: "ratio", value: 5, min: 1, max: 5, maxExclusive: true }, "invalid ratio: 5 (expected a number in [1, 5))"],
    [{ name: "price", value: 0, min: 0, minExclusive: true }, "invalid price: 0 (expected a positive number)"],
    [{ name: "k", value: -1, min: 0 }, "invalid k: -1 (expected a number ≥ 0)"],
    [{ name: "bins", value: 0, min: 1, whole: true }, "invalid bins: 0 (expected a whole number ≥ 1)"],
    [{ name: "pue", value: 1, min: 1, minExclusive: true }, "invalid pue: 1 (expected a number > 1)"],
    [{ name: "share", value: 2, max: 1 }, "invalid share: 2 (expected a number ≤ 1)"],
    [{ name: "share", value: 1, max: 1, maxExclusive: true }, "invalid share: 1 (expected a number < 1)"],
    [{ name: "x", value: Number.NaN }, "invalid x: NaN (expected a finite number)"],
  ],
  isZero: [[{ name: "divisor", value: 0 }, "invalid divisor: 0 (expected a non-zero number)"]],
  notOneOf: [
    [
      { name: "currency", value: "GBP", choices: ["USD", "JPY", "CNY", "EUR"] },
      'invalid currency: "GBP" (expected one of USD, JPY, CNY, EUR)',
    ],
  ],
  notListOf: [
    [
      { name: "views", value: ["bought"], choices: ["purchase", "rental"] },
      'invalid views: ["bought"] (expected a non-empty list of purchase, rental)',
    ],
  ],
  notPositiveList: [
    [{ name: "speedRatios", value: [0] }, "invalid speedRatios: [0] (expected a non-empty list of positive numbers)"],
  ],
  notString: [
    [{ name: "key", value: 7 }, "invalid key: 7 (expected a string)"],
    [
      { name: "stages[0].stage", value: "", nonEmpty: true },
      'invalid stages[0].stage: "" (expected a non-empty string)',
    ],
  ],
  notDate: [
    [{ name: "on", value: "10/02/2025" }, 'invalid on: "10/02/2025" (expected a date as YYYY-MM-DD or a valid Date)'],
  ],
  rangeOrder: [
    [{ name: "gpuCount", low: 3000, high: 2000 }, "invalid gpuCount: low 3000 > high 2000 (expected low ≤ high)"],
  ],

  // ---- user input
  notQuantityInput: [
    [
      { name: "gpuCount", value: 2500.5, rule: { min: 0, minExclusive: true, whole: true }, unit: "GPU" },
      'invalid gpuCount: 2500.5 (expected a positive whole number, or a range of them as [low, high] or {"low": …, "high": …} or text such as "2000～3000块")',
    ],
    [
      { name: "pue", value: 0.9, rule: { min: 1 } },
      'invalid pue: 0.9 (expected a number ≥ 1, or a range of them as [low, high] or {"low": …, "high": …})',
    ],
    [
      {
        name: "gpuHours",
        value: "2000块",
        rule: { min: 0, minExclusive: true },
        unit: "hour",
        reason: { readsAs: "GPU", wanted: "hour" },
      },
      'invalid gpuHours: "2000块" (expected a positive number, or a range of them as [low, high] or {"low": …, "high": …} or text such as "278.8万小时"; it reads as GPU, not hour)',
    ],
    [
      {
        name: "powerFraction",
        value: "H800",
        rule: { min: 0, minExclusive: true, max: 1 },
        unit: "fraction",
        reason: {
          parseError:
            'no amount found in "H800" (expected a number with a unit word, e.g. 400万日元, 2000块 or 1～3成)',
        },
      },
      'invalid powerFraction: "H800" (expected a fraction in (0, 1], or a range of them as [low, high] or {"low": …, "high": …} or text such as "1～3成"; no amount found in "H800" (expected a number with a unit word, e.g. 400万日元, 2000块 or 1～3成))',
    ],
    [
      { name: "runs", value: -1, rule: { min: 0 }, unit: "run" },
      'invalid runs: -1 (expected a number ≥ 0, or a range of them as [low, high] or {"low": …, "high": …} or text such as "数十次")',
    ],
  ],
  notMoneyInput: [
    [
      { name: "gpuPrice", value: -1, rule: { min: 0, minExclusive: true } },
      'invalid gpuPrice: -1 (expected a positive number as money: a number in US dollars, [low, high], {"low": …, "high": …, "currency": "JPY"}, a Money, or text such as "400万～500万日元")',
    ],
    [
      {
        name: "rentalRate",
        value: "2000块",
        rule: { min: 0, minExclusive: true },
        reason: { readsAs: "GPU", wanted: "money" },
      },
      'invalid rentalRate: "2000块" (expected a positive number as money: a number in US dollars, [low, high], {"low": …, "high": …, "currency": "JPY"}, a Money, or text such as "400万～500万日元"; it reads as GPU, not money)',
    ],
  ],

  // ---- money and FX
  currencyMismatch: [
    [{ verb: "add", left: "JPY", right: "USD" }, "cannot add JPY and USD amounts (convert one first)"],
  ],
  noFxRate: [
    [
      {
        base: "JPY",
        quote: "USD",
        on: "2025-02-11",
        set: "market",
        nearest: { date: "2025-01-31", when: "earlier" },
        windowDays: 7,
      },
      "no FX rate for JPY→USD on 2025-02-11 in the market set (nearest earlier: 2025-01-31, beyond the 7-day window)",
    ],
    [
      {
        base: "JPY",
        quote: "USD",
        on: "2025-02-11",
        set: "market",
        nearest: { date: "2025-03-01", when: "later" },
        windowDays: 7,
      },
      "no FX rate for JPY→USD on 2025-02-11 in the market set (nearest: 2025-03-01, after the date)",
    ],
    [
      { base: "EUR", quote: "CNY", on: "2025-02-11", set: "article", nearest: undefined, windowDays: 7 },
      "no FX rate for EUR→CNY on 2025-02-11 in the article set (the set has no EUR/CNY rate, direct, inverse or through USD)",
    ],
  ],
  notMoney: [[{ name: "value", value: 5 }, 'invalid value: 5 (expected a Money value, e.g. money(4_000_000, "JPY"))']],
  notMoneyRange: [
    [
      { name: "value", value: { amount: 1, currency: "USD" } },
      'invalid value: {"amount":1,"currency":"USD"} (expected a money range, e.g. moneyRange(4e6, 5e6, "JPY"))',
    ],
  ],
  noMoney: [[{ name: "amounts", value: [] }, "invalid amounts: [] (expected at least one Money)"]],

  // ---- CJK amounts
  amountNone: [
    [
      { text: "H800" },
      'no amount found in "H800" (expected a number with a unit word, e.g. 400万日元, 2000块 or 1～3成)',
    ],
  ],
  amountMany: [
    [
      { text: "400万～500万日元或3万美元", found: ["400万～500万日元", "3万美元"] },
      '2 amounts in "400万～500万日元或3万美元" (expected one): 400万～500万日元, 3万美元',
    ],
  ],
  amountNoUnit: [
    [{ text: "2048" }, 'no unit in "2048" (expected a unit word after the number, e.g. 日元, 美元, 块, 小时 or 成)'],
  ],
  amountUnknownUnit: [
    [
      { word: "英镑", text: "400万英镑", known: ["日元", "円", "元"] },
      'unknown unit "英镑" in "400万英镑" (expected one of 日元, 円, 元)',
    ],
  ],
  amountAmbiguousYen: [
    [
      { symbol: "¥", text: "¥5" },
      'ambiguous currency "¥" in "¥5" (expected 日元 or 円 for JPY, 元 or 人民币 for CNY, or JP¥ / CN¥)',
    ],
  ],
  amountUnitConflict: [
    [
      { amount: "400万日元～500万美元", units: ["JPY", "USD"] },
      'conflicting units in "400万日元～500万美元": JPY and USD (expected one unit for the whole amount)',
    ],
  ],
  amountOrder: [
    [
      { amount: "500万～400万日元", low: 5000000, high: 4000000 },
      'invalid amount "500万～400万日元": low 5000000 > high 4000000 (expected low ≤ high)',
    ],
  ],
  amountUnreadable: [
    [
      { text: "４００万～～日元", at: "～～日元", expected: 'a number after the range separator "～"' },
      'cannot read "４００万～～日元" at "～～日元" (expected a number after the range separator "～")',
    ],
  ],

  // ---- ranges and uncertainty
  rangeOperand: [
    [
      { op: "addRanges", operand: "b", value: "3" },
      'invalid addRanges operand b: "3" (expected a finite number or a range {low, high} with finite bounds)',
    ],
  ],
  rangeNegative: [
    [
      { op: "multiplyRanges", operand: "a", value: { low: -1, high: 2 } },
      'invalid multiplyRanges operand a: {"low":-1,"high":2} (expected a number or range ≥ 0: multiplyRanges works on non-negative quantities)',
    ],
  ],
  rangeDivisorZero: [
    [
      { op: "divideRanges", operand: "b", value: { low: 0, high: 2 } },
      'invalid divideRanges operand b: {"low":0,"high":2} (expected a number or range > 0: a divisor must stay above 0)',
    ],
  ],
  rangeHullEmpty: [
    [{ op: "rangeHull" }, "invalid rangeHull ranges: none given (expected at least one range or number)"],
  ],
  notRange: [[{ name: "uniform", value: 5 }, "invalid uniform: 5 (expected a range {low, high})"]],
  tooManyInputs: [[{ name: "inputs", value: 17, max: 16 }, "invalid inputs: 17 (expected at most 16 varying inputs)"]],
  notSamples: [[{ name: "xs", value: "1,2" }, 'invalid xs: "1,2" (expected a Float64Array or an array of numbers)']],
  noDraws: [[{ name: "draws", value: new Float64Array(0) }, "invalid draws: {} (expected one or more draws)"]],
  notDistributions: [
    [
      { name: "distributions", value: [] },
      "invalid distributions: [] (expected an object of distributions by input name)",
    ],
  ],
  distributionKind: [
    [
      { name: "distributions.price", value: { kind: "normal" } },
      'invalid distributions.price: {"kind":"normal"} (expected a distribution of kind "uniform", "triangular", "lognormal" or "point")',
    ],
  ],
  triangularOrder: [
    [
      { name: "triangular", low: 1, mode: 5, high: 4 },
      "invalid triangular: low 1, mode 5, high 4 (expected low ≤ mode ≤ high and low < high)",
    ],
  ],
  lognormalBounds: [
    [{ name: "lognormal90", p05: 0, p95: 2 }, "invalid lognormal90: p05 0, p95 2 (expected 0 < p05 < p95)"],
  ],

  // ---- data files
  noDataFiles: [
    [
      {},
      "no data files: none installed (expected useDataFiles() first: the package entry point installs data/ in Node)",
    ],
  ],
  noFileAccess: [
    [
      { path: "/tmp/gpus.csv" },
      "cannot read /tmp/gpus.csv: this data source reads no paths (expected a data file name, e.g. loadGpus())",
    ],
  ],
  dataUnreadable: [
    [{ file: "data/gpus.csv", reason: "ENOENT" }, "cannot read data/gpus.csv: ENOENT (expected a UTF-8 CSV file)"],
  ],
  dataMissingColumn: [[{ file: "data/gpus.csv", column: "tdp_w" }, "data/gpus.csv is missing column tdp_w"]],
  dataExtraColumn: [
    [
      { file: "data/gpus.csv", column: "note", columns: ["gpu", "name"] },
      'data/gpus.csv has an unexpected column "note" (expected only gpu, name)',
    ],
  ],
  dataRow: [
    [
      { file: "data/gpus.csv", line: 4, problem: "12 fields", expected: "11, one per column" },
      "invalid data/gpus.csv line 4: 12 fields (expected 11, one per column)",
    ],
  ],
  dataCell: [
    [
      { file: "data/gpus.csv", line: 4, column: "tdp_w", value: "7OO", expected: "a number" },
      'invalid data/gpus.csv line 4, column tdp_w: "7OO" (expected a number)',
    ],
  ],
  dataRangeOrder: [
    [
      { file: "data/article-figures.csv", line: 3, lowColumn: "low", highColumn: "high", low: 5000000, high: 4000000 },
      "invalid data/article-figures.csv line 3: low 5000000 > high 4000000 (expected low ≤ high)",
    ],
  ],
  dataDuplicate: [
    [
      { file: "data/gpus.csv", line: 5, key: "gpu", value: "H100", first: 2 },
      'duplicate gpu in data/gpus.csv line 5: "H100" (first on line 2; expected each gpu once)',
    ],
  ],
  unknownEntry: [
    [{ name: "gpu", value: "H900", known: ["H100", "H800"] }, 'unknown gpu: "H900" (expected one of H100, H800)'],
  ],

  // ---- assumptions and cost views
  unknownAssumption: [
    [
      { name: "gpuCont", suggestion: "gpuCount", known: ["gpu", "gpuCount"] },
      'unknown assumption "gpuCont" (did you mean "gpuCount"? known: gpu, gpuCount)',
    ],
    [
      { name: "colour", suggestion: undefined, known: ["gpu", "gpuCount"] },
      'unknown assumption "colour" (known: gpu, gpuCount)',
    ],
  ],
  notOverrides: [
    [
      { name: "overrides", value: 5 },
      "invalid overrides: 5 (expected an object of assumptions, e.g. { gpuCount: 2048 })",
    ],
  ],
  notAssumptions: [
    [{ name: "assumptions", value: {} }, "invalid assumptions: {} (expected the result of assumptions())"],
  ],
  noTdp: [
    [
      { gpu: "H800" },
      "invalid tdpWatts: undefined (expected watts: data/gpus.csv has no TDP for H800, so give tdpWatts)",
    ],
  ],
  noElectricityPrice: [
    [
      { year: 2031 },
      "invalid electricityPrice: undefined (expected US dollars per kWh: data/electricity-prices.csv has no price for 2031, the year of trainingStart, so give electricityPrice)",
    ],
  ],
  notStages: [[{ name: "stages", value: [] }, "invalid stages: [] (expected a non-empty list of { stage, gpuHours })"]],

  // ---- training runs compared
  notRunCosts: [
    [{ name: "costs", value: [] }, "invalid costs: [] (expected a non-empty list of run costs, from runCosts())"],
  ],
  notUsd: [
    [
      { name: "estimate.currency", value: "JPY" },
      'invalid estimate.currency: "JPY" (expected USD: training-run costs are compared in US dollars)',
    ],
  ],
  notUsdRate: [
    [
      { name: "ratePerGpuHour", value: 0 },
      "invalid ratePerGpuHour: 0 (expected a positive number of US dollars per GPU-hour, or a range { low, high } of them)",
    ],
  ],
  notReportedRun: [
    [{ name: "of", value: "gpt-4" }, 'invalid of: "gpt-4" (expected the id of a run with a reported cost in costs)'],
  ],

  noRentalPrices: [
    [
      { hardware: ["H800"], year: 2030 },
      "no rental prices per GPU-hour for H800 in 2030 in data/hardware-prices.csv (expected at least one to derive a range from)",
    ],
  ],

  // ---- charts
  notTable: [[{ name: "table", value: [{ a: 1 }] }, 'invalid table: [{"a":1}] (expected an Arquero table)']],
  notSpec: [
    [{ name: "spec", value: "bar" }, 'invalid spec: "bar" (expected a Vega-Lite spec object, from a chart builder)'],
  ],
  noKernel: [
    [
      { what: "show" },
      "cannot show(): no tslab kernel is running (expected a call from a notebook cell; outside one, save the spec with JSON.stringify)",
    ],
  ],

  // ---- runner, report and command line
  badSignature: [[{ socket: "iopub" }, "rejected a message on iopub: invalid signature"]],
  malformedMessage: [
    [
      { socket: "shell", reason: "no <IDS|MSG> delimiter" },
      "rejected a message on shell: not a Jupyter message (no <IDS|MSG> delimiter)",
    ],
  ],
  unknownKernel: [
    [
      { name: "pyhton3", found: ["python3", "tslab"], searched: ["/x/share/jupyter"] },
      'invalid kernel: "pyhton3" (expected one of: python3, tslab; looked in /x/share/jupyter/kernels)',
    ],
    [
      { name: "tslab", found: [], searched: ["/a", "/b"] },
      'invalid kernel: "tslab" (expected one of: none installed; looked in /a/kernels, /b/kernels)',
    ],
  ],
  badKernelspec: [
    [
      { path: "/x/kernels/tslab/kernel.json", reason: "argv is not a non-empty list of strings" },
      "invalid kernelspec: /x/kernels/tslab/kernel.json (argv is not a non-empty list of strings)",
    ],
  ],
  kernelStartFailed: [
    [
      { kernel: "tslab", reason: "exited with code 1: Error: listen EADDRINUSE" },
      'kernel "tslab" failed to start: exited with code 1: Error: listen EADDRINUSE',
    ],
  ],
  kernelStartTimeout: [
    [
      { kernel: "tslab", seconds: 60, detail: "" },
      'kernel "tslab" did not answer within 60 s of starting (no kernel_info_reply)',
    ],
    [
      { kernel: "tslab", seconds: 60, detail: "\nstderr: boom" },
      'kernel "tslab" did not answer within 60 s of starting (no kernel_info_reply)\nstderr: boom',
    ],
  ],
  kernelDied: [
    [
      { notebook: "02-buy.ipynb", cell: 4, how: "was killed by SIGKILL" },
      "kernel died while running cell 4 of 02-buy.ipynb (it was killed by SIGKILL)",
    ],
  ],
  cellTimeout: [
    [
      { notebook: "02-buy.ipynb", cell: 3, seconds: 300, source: "while (true) {}" },
      "cell 3 of 02-buy.ipynb timed out after 300 s (the kernel was interrupted)\nwhile (true) {}",
    ],
  ],
  cellFailed: [
    [
      { notebook: "02-buy.ipynb", cell: 3, source: "boom()", message: "ReferenceError: boom is not defined" },
      "cell 3 of 02-buy.ipynb failed:\nboom()\nReferenceError: boom is not defined",
    ],
  ],
  cellAborted: [
    [
      { notebook: "02-buy.ipynb", cell: 3, source: "x" },
      "cell 3 of 02-buy.ipynb was not run (the kernel aborted it)\nx",
    ],
  ],
  badNotebook: [
    [
      { path: "notebooks/x.ipynb", reason: "Unexpected token" },
      "invalid notebook: notebooks/x.ipynb (expected nbformat 4 JSON: Unexpected token)",
    ],
  ],
  noNotebooks: [
    [{ dir: "notebooks" }, 'invalid notebooks folder: "notebooks" (expected a folder with at least one .ipynb file)'],
  ],
  noParametersCell: [
    [
      { notebook: "intro.ipynb", names: ["gpuCount", "pue"] },
      'cannot set gpuCount, pue in intro.ipynb: it has no cell tagged "parameters" (expected one, as papermill does)',
    ],
  ],
  unknownScenario: [
    [
      { name: "artcle", known: ["article", "deepseek-paper"] },
      'invalid scenario: "artcle" (expected one of: article, deepseek-paper)',
    ],
  ],
  badParameters: [
    [
      { path: "p.json", what: "parameters file", expected: "a JSON object of assumptions", reason: "it is an array" },
      "invalid parameters file: p.json (expected a JSON object of assumptions: it is an array)",
    ],
  ],
  badSet: [[{ arg: "gpuCount" }, 'invalid --set: "gpuCount" (expected key=value)']],
  unknownCommand: [[{ command: "rnu" }, 'invalid command: "rnu" (expected run or report; see gpu-cost-lab --help)']],
  badArguments: [
    [
      {
        command: "report",
        message:
          "Unknown option '--jbos'. To specify a positional argument starting with a '-', place it at the end of the command after '--'.",
      },
      "Unknown option '--jbos' (see gpu-cost-lab report --help)",
    ],
  ],
  parametersIgnored: [
    [{ notebook: "intro.ipynb" }, 'intro.ipynb has no cell tagged "parameters": run without the overrides'],
  ],
  parameterUndeclared: [
    [
      { notebook: "02-buy.ipynb", name: "pue" },
      "02-buy.ipynb: its parameters cell does not declare pue (injected anyway; the notebook may not use it)",
    ],
  ],
  chartNotRendered: [
    [
      { notebook: "02-buy.ipynb", cell: 5, reason: "Invalid specification" },
      "02-buy.ipynb cell 5: chart left without a static copy (Invalid specification)",
    ],
  ],
  labPythonMissing: [
    [
      { python: "python3" },
      'no Python 3 found: "python3" could not be run (expected Python ≥ 3.9 with its venv module; on Debian/Ubuntu: apt-get install python3 python3-venv)',
    ],
  ],
  labPythonUnfit: [
    [
      { python: "python3", version: "3.11.2", problem: "has no ensurepip module" },
      'unusable Python: "python3" (Python 3.11.2) has no ensurepip module (expected Python ≥ 3.9 with venv and ensurepip; on Debian/Ubuntu: apt-get install python3 python3-venv)',
    ],
  ],
  labStepFailed: [
    [
      { step: "install requirements", command: ".venv/bin/python -m pip install -r requirements.txt", status: 1 },
      'lab setup failed at "install requirements": ".venv/bin/python -m pip install -r requirements.txt" exited with 1 (see its output above)',
    ],
  ],
  labKernelSpec: [
    [
      {
        path: ".venv/share/jupyter/kernels/tslab/kernel.json",
        argv0: "tslab",
        expected: "/work/main/node_modules/.bin/tslab",
      },
      'invalid tslab kernel spec .venv/share/jupyter/kernels/tslab/kernel.json: argv[0] "tslab" (expected "/work/main/node_modules/.bin/tslab")',
    ],
  ],
  labNoAnswer: [
    [
      { url: "http://127.0.0.1:8899/api/status", timeoutMs: 60000, exit: "the server exited with 1" },
      "JupyterLab did not answer at http://127.0.0.1:8899/api/status within 60000 ms (expected HTTP 200; the server exited with 1)",
    ],
  ],
};

describe("errors/messages", () => {
  it("every code in the catalogue has a literal-text case here, and every case names a code of the catalogue", () => {
    assert.deepEqual(Object.keys(cases).sort(), Object.keys(messages).sort());
    for (const [code, list] of Object.entries(cases)) assert.ok(list.length > 0, `${code} has no case`);
  });

  for (const code of Object.keys(cases) as MessageCode[]) {
    it(`${code} says, word for word, what the case gives`, () => {
      const write = messages[code] as (data: unknown) => string;
      for (const [data, text] of cases[code]) assert.equal(write(data), text);
    });
  }
});

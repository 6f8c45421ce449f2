/**
 * `gpu-cost-lab estimate`, in this process: the headline table, CSV and JSON, and the same
 * validation and exit statuses as `run` and `report`. Figures: the README's headline table, whose
 * arithmetic test/analysis/headline-rows.test.ts shows.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HEADLINE_MONTE_CARLO, headlineDraws } from "../../src/analysis/headline/headline-draws.js";
import { headlineRows, headlineSpreadNote } from "../../src/analysis/headline/headline-rows.js";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { simulate } from "../../src/assumptions/simulate.js";
import { withExperiments } from "../../src/assumptions/with-experiments.js";
import { displayWidth } from "../../src/cli/text-table.js";
import { libraryMessage } from "../library-message.js";
import { inProcess } from "./in-process.js";

/** The cells of a table line: columns are two or more spaces apart. */
const cells = (line: string) => line.trim().split(/ {2,}/);

describe("cli/estimate-command", () => {
  it("estimate prints the README's headline table: caption, assumptions, view, low, high, × reported", async () => {
    const { status, stdout, stderr } = await inProcess(["estimate"]);
    assert.deepEqual([status, stderr], [0, ""]);
    const lines = stdout.split("\n");
    assert.equal(lines.pop(), "");
    assert.deepEqual(lines.slice(0, 3), [
      // 1 USD = 151.65 JPY: the article set's dollar rate (data/fx-rates.csv)
      "Headline estimate. In USD; prices converted at 1 USD = 151.65 JPY (Reuters via CNA, 2025-02-10; rate set article).",
      "Assumptions: the defaults.",
      "",
    ]);
    const table = lines.slice(3, -2);
    assert.deepEqual(cells(table[0]!), ["view", "low", "high", "median", "90% interval", "× reported"]);
    assert.match(table[1]!, /^─+( {2}─+){5}$/);
    const rows = table.slice(2).map(cells);
    // the medians and intervals are the Monte Carlo's (checked against the library below); the rest:
    assert.deepEqual(
      rows.map((r) => (r.length === 6 ? [r[0], r[1], r[2], r[5]] : r)),
      [
        ["Buying the GPUs (2,000–3,000 × JPY 4.0M–5.0M, as the article computes it)", "$52.8M", "$98.9M", "9.5–17.7×"],
        [
          "Buying the cluster all-in, with servers and interconnect (Epoch AI's method)",
          "$107M",
          "$200M",
          "19.2–35.9×",
        ],
        ["Renting the final run (2.788M GPU-hours × $2–$4.916)", "$5.58M", "$13.7M", "1.0–2.5×"],
        ["Reported by DeepSeek-AI (2.788M H800 GPU-hours × $2)", "$5.576M", "1×"],
        [
          "Amortized hardware + energy of the final run (Epoch AI's method): price-performance, valued at purchase",
          "$5.73M",
          "$7.10M",
          "1.0–1.3×",
        ],
        // the same run under the other methods: valued at training start, and straight-line over 5 years
        ["… the same run, price-performance, valued at training start", "$3.97M", "$4.90M", "0.7–0.9×"],
        ["… the same run, straight-line over 5 years", "$3.65M", "$4.50M", "0.7–0.8×"],
        // at a multiplier of 1 the programme counts Lambert's 2–4: $5.73M × 2 = $11.5M, $7.10M × 4 = $28.4M
        ["The programme, if experiments took 2–4× the final run (Lambert's estimate)", "$11.5M", "$28.4M", "2.1–5.1×"],
      ],
    );
    // the one figure to quote: the median and 90% interval of simulate(withExperiments(a)), 100,000 draws, seed 1
    const e = estimate();
    const drawn = headlineRows(e, headlineDraws(simulate(withExperiments(assumptions()), HEADLINE_MONTE_CARLO)));
    for (const key of ["rental", "amortized", "programme"]) {
      const row = drawn.find((r) => r.key === key)!;
      const shown = rows[drawn.indexOf(row)]!;
      assert.deepEqual([shown[3], shown[4]], [row.medianText, row.intervalText], key);
      assert.notEqual(row.medianText, "");
    }
    assert.equal(lines.at(-1), headlineSpreadNote({ n: 100_000, seed: 1 }));
    // amounts right-aligned: every line of the table ends in the same column
    assert.deepEqual([...new Set(table.map((l) => [...l].length))].length, 1);
  });

  it("estimate --lang zh prints the headline with Chinese labels, amounts in 万 and 亿 (5,275万美元), ranges with ～", async () => {
    const { status, stdout, stderr } = await inProcess(["estimate", "--lang", "zh"]);
    assert.deepEqual([status, stderr], [0, ""]);
    const lines = stdout.trimEnd().split("\n");
    assert.deepEqual(lines.slice(0, 2), [
      "训练成本估算。单位：USD；价格按1 USD = 151.65 JPY（Reuters via CNA, 2025-02-10）换算（汇率组 article）。",
      "假设：全部为默认值。",
    ]);
    const table = lines.slice(3, -2);
    assert.deepEqual(cells(table[0]!), ["口径", "低", "高", "中位数", "90%区间", "为公布数字的倍数"]);
    const rows = table.slice(2).map(cells);
    // 2,000 × 400万日元 = 80亿日元 ÷ 151.65 = $52,753,050 = 5,275万美元; 3,000 × 500万日元 = 150亿日元 ÷ 151.65 = 9,891万美元
    assert.deepEqual(rows[0], [
      "购买GPU（2,000～3,000块 × 400万～500万日元，按文章的算法）",
      "5,275万美元",
      "9,891万美元",
      "9.5～17.7倍",
    ]);
    // 2,788,000 GPU-hours × $2 = $5,576,000 = 557.6万美元, the article's own figure
    assert.deepEqual(rows[3], ["DeepSeek-AI公布的数字（278.8万 H800 GPU小时 × 2美元）", "557.6万美元", "1倍"]);
    assert.equal(rows[6]![0], "……同一次训练，5年直线折旧");
    assert.equal(lines.at(-1), headlineSpreadNote({ n: 100_000, seed: 1 }, "zh"));
    // aligned in a terminal, where each Chinese character takes two columns
    assert.deepEqual([...new Set(table.map(displayWidth))].length, 1);
  });

  it("estimate --lang ja prints the headline with Japanese labels, amounts in 万 and 億 (80億円, 400万円)", async () => {
    const { status, stdout } = await inProcess(["estimate", "--lang", "ja", "--set", "currency=JPY"]);
    assert.equal(status, 0);
    const lines = stdout.trimEnd().split("\n");
    // the rental rate and the reported figure are in dollars: converted at the article set's rate
    assert.equal(
      lines[0],
      "学習コストの推計。単位：JPY。価格は1 USD = 151.65 JPY（Reuters via CNA, 2025-02-10）で換算（レートセット article）。",
    );
    assert.equal(lines[1], '前提：既定値に続けて--set currency="JPY"を適用。');
    const rows = lines.slice(5, -2).map(cells);
    // in yen nothing is converted: 2,000 × 400万円 = 80億円, 3,000 × 500万円 = 150億円
    assert.deepEqual(rows[0], [
      "GPUの購入（2,000～3,000基 × 400万～500万円、記事の計算どおり）",
      "80億円",
      "150億円",
      "9.5～17.7倍",
    ]);
    // $5,576,000 × 151.65 = 845,600,400円 = 8.456億円
    assert.deepEqual(rows[3], ["DeepSeek-AIの公表値（278.8万 H800 GPU時間 × 2ドル）", "8.456億円", "1倍"]);
  });

  it("estimate --lang refuses a language it does not write, as every option: one line, exit status 2", async () => {
    const { status, stdout, stderr } = await inProcess(["estimate", "--lang", "fr"]);
    assert.deepEqual(
      [status, stdout, stderr],
      [2, "", 'gpu-cost-lab: invalid --lang: "fr" (expected one of en, zh, ja)\n'],
    );
  });

  it("estimate --set and --scenario change the figures, and the table says where the assumptions came from", async () => {
    const { status, stdout } = await inProcess(["estimate", "--scenario", "full-programme", "--set", "gpuCount=2048"]);
    assert.equal(status, 0);
    const lines = stdout.split("\n");
    assert.equal(lines[1], "Assumptions: the defaults, then scenario full-programme; --set gpuCount=2048.");
    // 2,048 × ¥4,000,000 ÷ 151.65 = $54,019,123 → $54.0M, ÷ $5,576,000 = 9.69 → 9.7;
    // 2,048 × ¥5,000,000 ÷ 151.65 = $67,523,904 → $67.5M, ÷ $5,576,000 = 12.11 → 12.1
    assert.deepEqual(cells(lines[5]!), [
      "Buying the GPUs (2,048 × JPY 4.0M–5.0M, as the article computes it)",
      "$54.0M",
      "$67.5M",
      "9.7–12.1×",
    ]);
    // the scenario's experiments multiplier, 2–4: the README's programme row (then its median and interval)
    const programme = cells(lines[12]!);
    assert.deepEqual(
      [...programme.slice(0, 3), programme.at(-1)],
      ["The programme, if experiments took 2–4× the final run", "$11.5M", "$28.4M", "2.1–5.1×"],
    );
  });

  it("estimate --format csv prints the headline rows with exact numbers", async () => {
    const { status, stdout } = await inProcess(["estimate", "--format", "csv", "--set", "currency=JPY"]);
    assert.equal(status, 0);
    const lines = stdout.split("\n");
    assert.equal(lines[0], "key,label,low,high,median,p05,p95,currency,times_reported_low,times_reported_high");
    const e = estimate({ currency: "JPY" });
    // reported: 2,788,000 × $2 × 151.65 ¥/$ = ¥845,600,400 (as the estimate rounds it)
    assert.equal(
      lines[4],
      `reported,Reported by DeepSeek-AI (2.788M H800 GPU-hours × $2),${e.reported!.low},${e.reported!.high},,,,JPY,1,1`,
    );
    assert.ok(Math.abs(e.reported!.low - 2_788_000 * 2 * 151.65) < 1e-3);
    assert.equal(
      lines.length,
      8 + 2,
      "a header, eight rows (six views, two other amortized methods) and the final newline",
    );
  });

  it("estimate --format json prints the assumptions with their sources, the headline rows and every figure", async () => {
    const { status, stdout } = await inProcess(["estimate", "--format=json", "--set", "gpuCount=2048"]);
    assert.equal(status, 0);
    const json = JSON.parse(stdout) as {
      assumptions: { overrides: unknown; from: unknown; resolved: unknown };
      headline: unknown;
      estimate: Record<string, { low: number; high: number }>;
    };
    assert.deepEqual(Object.keys(json), ["assumptions", "headline", "estimate"]);
    assert.deepEqual(json.assumptions.overrides, { gpuCount: 2048 });
    assert.deepEqual(json.assumptions.from, { set: { gpuCount: 2048 } });
    assert.deepEqual(json.assumptions.resolved, JSON.parse(JSON.stringify(assumptions({ gpuCount: 2048 }))));
    const e = estimate({ gpuCount: 2048 });
    const draws = headlineDraws(simulate(withExperiments(e.assumptions), HEADLINE_MONTE_CARLO), e.reported!.low);
    assert.deepEqual(json.headline, JSON.parse(JSON.stringify(headlineRows(e, draws))));
    // 2,048 × ¥4,000,000 ÷ 151.65 = $54,019,123
    assert.ok(Math.abs(json.estimate["purchase"]!.low - (2048 * 4e6) / 151.65) < 1e-6);
    assert.equal("assumptions" in json.estimate, false, "the assumptions once, not twice");
  });

  it("estimate refuses bad arguments and assumptions as run and report do: one line, exit status 2", async () => {
    const dir = await mkdtemp(join(tmpdir(), "estimate-"));
    try {
      await writeFile(join(dir, "list.json"), "[2048]");
      const cases: Array<[string[], string]> = [
        [["--set", "gpuCont=3"], libraryMessage({ gpuCont: 3 })],
        [["--set", "gpuCount=-3"], libraryMessage({ gpuCount: -3 })],
        [["--format", "xml"], 'invalid --format: "xml" (expected one of table, csv, json)'],
        [["--formt", "csv"], "Unknown option '--formt' (see gpu-cost-lab estimate --help)"],
        [
          ["--scenario", "artcle"],
          'invalid scenario: "artcle" (expected one of: article, deepseek-paper, full-programme, spec-speed)',
        ],
        [
          ["-f", join(dir, "list.json")],
          `invalid parameters file: ${join(dir, "list.json")} (expected a JSON object of assumptions: it is an array)`,
        ],
        [["--set", "currency"], 'invalid --set: "currency" (expected key=value)'],
      ];
      for (const [args, message] of cases) {
        assert.deepEqual(
          await inProcess(["estimate", ...args]),
          { status: 2, stdout: "", stderr: `gpu-cost-lab: ${message}\n` },
          args.join(" "),
        );
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { splitCsvLine } from "../../src/data/parse-csv.js";
import { dataPath, displayPath } from "../../src/node/data-files.js";
import { loadArticleFigures } from "../../src/data/load-article-figures.js";
import { loadFxRates } from "../../src/data/load-fx-rates.js";
import { loadGpus, gpusSchema } from "../../src/data/load-gpus.js";
import { loadTrainingRuns, trainingRunsSchema } from "../../src/data/load-training-runs.js";
import { GpuCostError } from "../../src/errors/error.js";

/** CSV text as rows of fields, and back (quoting a field only when it needs it). */
const parse = (text: string) => text.trimEnd().split("\n").map((line) => {
  const split = splitCsvLine(line);
  if (!split.ok) throw new Error(split.problem);
  return split.fields;
});
const quote = (field: string) => (/[",]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
const unparse = (rows: string[][]) => rows.map((r) => r.map(quote).join(",")).join("\n") + "\n";

let dir: string;
before(() => { dir = mkdtempSync(join(tmpdir(), "gpu-cost-lab-data-")); });
after(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of `data/<file>` in the temp folder, edited; its path. */
function copy(file: string, edit: (rows: string[][]) => string[][] | string): string {
  const edited = edit(parse(readFileSync(dataPath(file), "utf8")));
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${file}`);
  writeFileSync(path, typeof edited === "string" ? edited : unparse(edited));
  return path;
}

/** Sets the cell at 1-based file `line` in `column` (named by the header). */
const setCell = (line: number, column: string, value: string) => (rows: string[][]) => {
  const c = (rows[0] as string[]).indexOf(column);
  (rows[line - 1] as string[])[c] = value;
  return rows;
};

function throwsExactly(load: () => unknown, message: string): void {
  assert.throws(load, (e: unknown) => {
    assert.ok(e instanceof GpuCostError, `expected a GpuCostError, got ${String(e)}`);
    assert.equal(e.message, message);
    return true;
  });
}

describe("data/read-csv", () => {
  it("splitCsvLine(line) reads RFC 4180 quoting: commas and doubled quotes inside quotes, empty fields", () => {
    assert.deepEqual(splitCsvLine('a,"b, ""c""",'), { ok: true, fields: ["a", 'b, "c"', ""] });
    assert.deepEqual(splitCsvLine(""), { ok: true, fields: [""] });
    assert.deepEqual(splitCsvLine(',"",x'), { ok: true, fields: ["", "", "x"] });
    assert.equal(splitCsvLine('a,"b').ok, false);
    assert.equal(splitCsvLine('a,"b"c').ok, false);
    assert.equal(splitCsvLine('a,b"c').ok, false);
  });

  it("displayPath(path) names files in the repository relative to it, others as given", () => {
    assert.equal(displayPath(dataPath("gpus.csv")), "data/gpus.csv");
    assert.equal(displayPath("/tmp/x/gpus.csv"), "/tmp/x/gpus.csv");
  });

  it("reads a file with CRLF line ends and a byte-order mark like the original, every row kept", () => {
    const path = copy("gpus.csv", (rows) => "\uFEFF" + unparse(rows).replaceAll("\n", "\r\n"));
    assert.deepEqual(loadGpus(path).objects(), loadGpus().objects());
    // 5 GPUs in data/gpus.csv: nothing dropped
    assert.equal(loadGpus(path).numRows(), parse(readFileSync(dataPath("gpus.csv"), "utf8")).length - 1);
  });

  describe("a malformed copy fails with a message naming the file, line, column and value", () => {
    it("a number that does not parse (gpus.csv)", () => {
      const path = copy("gpus.csv", setCell(4, "tdp_w", "7OO"));
      throwsExactly(() => loadGpus(path), `invalid ${path} line 4, column tdp_w: "7OO" (expected a number)`);
    });

    it("a number with a thousands separator, a non-positive rate, a fractional count", () => {
      const hours = copy("training-runs.csv", setCell(2, "gpu_hours", "2,664,000"));
      throwsExactly(() => loadTrainingRuns(hours), `invalid ${hours} line 2, column gpu_hours: "2,664,000" (expected a number)`);
      const rate = copy("fx-rates.csv", setCell(3, "rate", "0"));
      throwsExactly(() => loadFxRates(rate), `invalid ${rate} line 3, column rate: "0" (expected a positive number)`);
      const count = copy("training-runs.csv", setCell(2, "gpu_count", "2048.5"));
      throwsExactly(() => loadTrainingRuns(count), `invalid ${count} line 2, column gpu_count: "2048.5" (expected a whole number)`);
    });

    it("a missing column (gpus.csv)", () => {
      const path = copy("gpus.csv", (rows) => rows.map((r) => r.filter((_, i) => i !== (rows[0] as string[]).indexOf("tdp_w"))));
      throwsExactly(() => loadGpus(path), `${path} is missing column tdp_w`);
    });

    it("an extra column (training-runs.csv)", () => {
      const path = copy("training-runs.csv", (rows) => rows.map((r, i) => [...r, i === 0 ? "note" : ""]));
      const columns = trainingRunsSchema.columns.map((c) => c.name).join(", ");
      throwsExactly(() => loadTrainingRuns(path), `${path} has an unexpected column "note" (expected only ${columns})`);
    });

    it("an empty required cell (article-figures.csv)", () => {
      const path = copy("article-figures.csv", setCell(2, "quote", ""));
      throwsExactly(() => loadArticleFigures(path), `invalid ${path} line 2, column quote: "" (expected a value: the column is required)`);
    });

    it("low > high (article-figures.csv)", () => {
      const path = copy("article-figures.csv", (rows) => setCell(4, "high", "4000000")(setCell(4, "low", "5000000")(rows)));
      throwsExactly(() => loadArticleFigures(path), `invalid ${path} line 4: low 5000000 > high 4000000 (expected low ≤ high)`);
    });

    it("an unknown unit (article-figures.csv) and an unknown currency (fx-rates.csv)", () => {
      const unit = copy("article-figures.csv", setCell(4, "unit", "GBP"));
      throwsExactly(() => loadArticleFigures(unit), `invalid ${unit} line 4, column unit: "GBP" (expected one of USD, JPY, CNY, EUR, GPU, hour, fraction, run)`);
      const currency = copy("fx-rates.csv", setCell(2, "quote", "GBP"));
      throwsExactly(() => loadFxRates(currency), `invalid ${currency} line 2, column quote: "GBP" (expected one of USD, JPY, CNY, EUR)`);
    });

    it("an unknown enum value (training-runs.csv cost_basis, article-figures.csv kind)", () => {
      const basis = copy("training-runs.csv", setCell(2, "cost_basis", "guess"));
      throwsExactly(() => loadTrainingRuns(basis), `invalid ${basis} line 2, column cost_basis: "guess" (expected one of reported-rental, cloud-rental-estimate, amortized-estimate)`);
      const kind = copy("article-figures.csv", setCell(2, "kind", "price"));
      assert.throws(() => loadArticleFigures(kind), /line 2, column kind: "price" \(expected one of gpu_count, unit_price, /);
    });

    it("a date that is not a calendar day (fx-rates.csv)", () => {
      const path = copy("fx-rates.csv", setCell(3, "date", "2025-02-30"));
      throwsExactly(() => loadFxRates(path), `invalid ${path} line 3, column date: "2025-02-30" (expected a date as YYYY-MM-DD)`);
    });

    it("a duplicate id (gpus.csv) and a duplicate set/date/pair (fx-rates.csv)", () => {
      const gpu = copy("gpus.csv", setCell(3, "gpu", "H100"));
      throwsExactly(() => loadGpus(gpu), `duplicate gpu in ${gpu} line 3: "H100" (first on line 2; expected each gpu once)`);
      const fx = copy("fx-rates.csv", (rows) => [...rows, [...(rows[3] as string[])]]);
      throwsExactly(() => loadFxRates(fx), `duplicate set/date/base/quote in ${fx} line 8: "market/2025-02-10/USD/JPY" (first on line 4; expected each set/date/base/quote once)`);
    });

    it("a rate of a currency in itself (fx-rates.csv)", () => {
      const path = copy("fx-rates.csv", setCell(4, "quote", "USD"));
      throwsExactly(() => loadFxRates(path), `invalid ${path} line 4: base and quote are both USD (expected a different base and quote)`);
    });

    it("a row with too many fields, an empty line, an unclosed quote", () => {
      const ragged = copy("training-runs.csv", (rows) => { (rows[2] as string[]).push("x"); return rows; });
      throwsExactly(() => loadTrainingRuns(ragged), `invalid ${ragged} line 3: 14 fields (expected 13, one per column)`);
      const blank = copy("gpus.csv", (rows) => unparse(rows).replace("\nH800", "\n\nH800"));
      throwsExactly(() => loadGpus(blank), `invalid ${blank} line 3: an empty line (expected a row of ${gpusSchema.columns.length} fields)`);
      const unclosed = copy("gpus.csv", (rows) => unparse(rows).replace(/\nH20,[^\n]*/, '\nH20,"NVIDIA HGX H20'));
      throwsExactly(() => loadGpus(unclosed), `invalid ${unclosed} line 4: the quote opened at character 5 is never closed (expected RFC 4180 quoting: a field with a comma or quote in "…", a quote doubled)`);
    });

    it("an empty file is missing its first column", () => {
      const path = copy("fx-rates.csv", () => "");
      throwsExactly(() => loadFxRates(path), `${path} is missing column set`);
    });

    it("a file that cannot be read", () => {
      const path = join(dir, "no-such.csv");
      throwsExactly(() => loadGpus(path), `cannot read ${path}: ENOENT (expected a UTF-8 CSV file)`);
    });
  });
});

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
const parse = (text: string) =>
  text
    .trimEnd()
    .split("\n")
    .map((line) => {
      const split = splitCsvLine(line);
      if (!split.ok) throw new Error(split.problem);
      return split.fields;
    });
const quote = (field: string) => (/[",]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
const unparse = (rows: string[][]) => rows.map((r) => r.map(quote).join(",")).join("\n") + "\n";

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "gpu-cost-lab-data-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of `data/<file>` in the temp folder, edited; its path. */
function copy(file: string, edit: (rows: string[][]) => string[][] | string): string {
  const edited = edit(parse(readFileSync(dataPath(file), "utf8")));
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${file}`);
  writeFileSync(path, typeof edited === "string" ? edited : unparse(edited));
  return path;
}

/** A file of `bytes` in the temp folder, named after `file`; its path. */
function bytes(file: string, content: Buffer): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${file}`);
  writeFileSync(path, content);
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
      throwsExactly(
        () => loadTrainingRuns(hours),
        `invalid ${hours} line 2, column gpu_hours: "2,664,000" (expected a number)`,
      );
      const rate = copy("fx-rates.csv", setCell(3, "rate", "0"));
      throwsExactly(() => loadFxRates(rate), `invalid ${rate} line 3, column rate: "0" (expected a positive number)`);
      const count = copy("training-runs.csv", setCell(2, "gpu_count", "2048.5"));
      throwsExactly(
        () => loadTrainingRuns(count),
        `invalid ${count} line 2, column gpu_count: "2048.5" (expected a whole number)`,
      );
    });

    it("a missing column (gpus.csv)", () => {
      const path = copy("gpus.csv", (rows) =>
        rows.map((r) => r.filter((_, i) => i !== (rows[0] as string[]).indexOf("tdp_w"))),
      );
      throwsExactly(() => loadGpus(path), `${path} is missing column tdp_w`);
    });

    it("an extra column (training-runs.csv)", () => {
      const path = copy("training-runs.csv", (rows) => rows.map((r, i) => [...r, i === 0 ? "note" : ""]));
      const columns = trainingRunsSchema.columns.map((c) => c.name).join(", ");
      throwsExactly(() => loadTrainingRuns(path), `${path} has an unexpected column "note" (expected only ${columns})`);
    });

    it("an empty required cell (article-figures.csv)", () => {
      const path = copy("article-figures.csv", setCell(2, "quote", ""));
      throwsExactly(
        () => loadArticleFigures(path),
        `invalid ${path} line 2, column quote: "" (expected a value: the column is required)`,
      );
    });

    it("low > high (article-figures.csv)", () => {
      const path = copy("article-figures.csv", (rows) =>
        setCell(4, "high", "4000000")(setCell(4, "low", "5000000")(rows)),
      );
      throwsExactly(
        () => loadArticleFigures(path),
        `invalid ${path} line 4: low 5000000 > high 4000000 (expected low ≤ high)`,
      );
    });

    it("an unknown unit (article-figures.csv) and an unknown currency (fx-rates.csv)", () => {
      const unit = copy("article-figures.csv", setCell(4, "unit", "GBP"));
      throwsExactly(
        () => loadArticleFigures(unit),
        `invalid ${unit} line 4, column unit: "GBP" (expected one of USD, JPY, CNY, EUR, GPU, hour, fraction, run)`,
      );
      const currency = copy("fx-rates.csv", setCell(2, "quote", "GBP"));
      throwsExactly(
        () => loadFxRates(currency),
        `invalid ${currency} line 2, column quote: "GBP" (expected one of USD, JPY, CNY, EUR)`,
      );
    });

    it("an unknown enum value (training-runs.csv cost_basis, article-figures.csv kind)", () => {
      const basis = copy("training-runs.csv", setCell(2, "cost_basis", "guess"));
      throwsExactly(
        () => loadTrainingRuns(basis),
        `invalid ${basis} line 2, column cost_basis: "guess" (expected one of reported-rental, cloud-rental-estimate, amortized-estimate)`,
      );
      const kind = copy("article-figures.csv", setCell(2, "kind", "price"));
      assert.throws(
        () => loadArticleFigures(kind),
        /line 2, column kind: "price" \(expected one of gpu_count, unit_price, /,
      );
    });

    it("a date that is not a calendar day (fx-rates.csv)", () => {
      const path = copy("fx-rates.csv", setCell(3, "date", "2025-02-30"));
      throwsExactly(
        () => loadFxRates(path),
        `invalid ${path} line 3, column date: "2025-02-30" (expected a date as YYYY-MM-DD)`,
      );
    });

    it("a duplicate id (gpus.csv) and a duplicate set/date/pair (fx-rates.csv)", () => {
      const gpu = copy("gpus.csv", setCell(3, "gpu", "H100"));
      throwsExactly(
        () => loadGpus(gpu),
        `duplicate gpu in ${gpu} line 3: "H100" (first on line 2; expected each gpu once)`,
      );
      const fx = copy("fx-rates.csv", (rows) => [...rows, [...(rows[3] as string[])]]);
      throwsExactly(
        () => loadFxRates(fx),
        `duplicate set/date/base/quote in ${fx} line 8: "market/2025-02-10/USD/JPY" (first on line 4; expected each set/date/base/quote once)`,
      );
    });

    it("a rate of a currency in itself (fx-rates.csv)", () => {
      const path = copy("fx-rates.csv", setCell(4, "quote", "USD"));
      throwsExactly(
        () => loadFxRates(path),
        `invalid ${path} line 4: base and quote are both USD (expected a different base and quote)`,
      );
    });

    it("a row with too many fields, an empty line, an unclosed quote", () => {
      const ragged = copy("training-runs.csv", (rows) => {
        (rows[2] as string[]).push("x");
        return rows;
      });
      throwsExactly(
        () => loadTrainingRuns(ragged),
        `invalid ${ragged} line 3: 14 fields (expected 13, one per column)`,
      );
      const blank = copy("gpus.csv", (rows) => unparse(rows).replace("\nH800", "\n\nH800"));
      throwsExactly(
        () => loadGpus(blank),
        `invalid ${blank} line 3: an empty line (expected a row of ${gpusSchema.columns.length} fields)`,
      );
      const unclosed = copy("gpus.csv", (rows) => unparse(rows).replace(/\nH20,[^\n]*/, '\nH20,"NVIDIA HGX H20'));
      throwsExactly(
        () => loadGpus(unclosed),
        `invalid ${unclosed} line 4: the quote opened at character 5 is never closed (expected RFC 4180 quoting: a field with a comma or quote in "…", a quote doubled)`,
      );
    });

    it("an empty file, or one of white space only, says so and names the columns it needs", () => {
      const columns = "set, date, base, quote, rate, source, excerpt";
      for (const text of ["", "\n", " \r\n\n"]) {
        const path = copy("fx-rates.csv", () => text);
        throwsExactly(
          () => loadFxRates(path),
          `invalid ${path}: an empty file (expected a header line naming the columns ${columns}, then the rows)`,
        );
      }
      const blankFirst = copy("fx-rates.csv", (rows) => "\n" + unparse(rows));
      throwsExactly(
        () => loadFxRates(blankFirst),
        `invalid ${blankFirst} line 1: an empty line (expected the header: set,date,base,quote,rate,source,excerpt)`,
      );
    });

    it("a header and no rows: every data file holds figures", () => {
      for (const text of [
        (rows: string[][]) => unparse(rows.slice(0, 1)),
        (rows: string[][]) => unparse(rows.slice(0, 1)).trimEnd(),
      ]) {
        const path = copy("gpus.csv", text);
        throwsExactly(
          () => loadGpus(path),
          `invalid ${path}: a header and no rows (expected at least one row under the header)`,
        );
      }
    });

    it("UTF-16 with a byte-order mark, little- or big-endian, is named as such", () => {
      const text = readFileSync(dataPath("gpus.csv"), "utf8");
      const le = bytes("gpus.csv", Buffer.from(`\uFEFF${text}`, "utf16le"));
      throwsExactly(
        () => loadGpus(le),
        `invalid ${le} line 1: a UTF-16 (little-endian) byte-order mark, FF FE (expected UTF-8 text: save the file as UTF-8)`,
      );
      const be = bytes("gpus.csv", Buffer.from(`\uFEFF${text}`, "utf16le").swap16());
      throwsExactly(
        () => loadGpus(be),
        `invalid ${be} line 1: a UTF-16 (big-endian) byte-order mark, FE FF (expected UTF-8 text: save the file as UTF-8)`,
      );
    });

    it("UTF-16 without a byte-order mark is found by its NUL bytes, before decoding", () => {
      const text = readFileSync(dataPath("gpus.csv"), "utf8");
      // "g" is 67 00 in UTF-16LE: the NUL is byte 2 of line 1; in UTF-16BE, 00 67, byte 1
      const le = bytes("gpus.csv", Buffer.from(text, "utf16le"));
      throwsExactly(
        () => loadGpus(le),
        `invalid ${le} line 1, byte 2: a NUL byte, as UTF-16 text has beside every ASCII character (expected UTF-8 text: save the file as UTF-8)`,
      );
      const be = bytes("gpus.csv", Buffer.from(text, "utf16le").swap16());
      throwsExactly(
        () => loadGpus(be),
        `invalid ${be} line 1, byte 1: a NUL byte, as UTF-16 text has beside every ASCII character (expected UTF-8 text: save the file as UTF-8)`,
      );
    });

    it("bytes that are not UTF-8 (a Latin-1 é) are refused where they are, not read as U+FFFD", () => {
      const text = unparse(setCell(3, "name", "NVIDIA H800 \u0001")(parse(readFileSync(dataPath("gpus.csv"), "utf8"))));
      const latin1 = Buffer.from(text, "utf8");
      latin1[latin1.indexOf(1)] = 0xe9; // é in Latin-1, a lead byte in UTF-8 with no continuation after it
      const path = bytes("gpus.csv", latin1);
      // line 3 is "H800,NVIDIA H800 é,…": H800 (4) + comma (1) + "NVIDIA H800 " (12) = 17 bytes before é
      throwsExactly(
        () => loadGpus(path),
        `invalid ${path} line 3, byte 18: a byte that is not UTF-8 (expected UTF-8 text: save the file as UTF-8)`,
      );
    });

    it("CR-only line ends (classic Mac OS) are named, at the first line's end", () => {
      const path = copy("gpus.csv", (rows) => unparse(rows).replaceAll("\n", "\r"));
      // the header, gpu,name,epoch_hardware,…,quote, is 121 characters: the CR is character 122
      assert.equal((parse(readFileSync(dataPath("gpus.csv"), "utf8"))[0] as string[]).join(",").length, 121);
      throwsExactly(
        () => loadGpus(path),
        `invalid ${path} line 1: a carriage return (CR) alone ends it, at character 122 (expected LF or CRLF line ends: CR alone is the classic Mac OS line end; convert the file)`,
      );
      const stray = copy("gpus.csv", setCell(4, "gpu", "H2\r0"));
      throwsExactly(
        () => loadGpus(stray),
        `invalid ${stray} line 4: a carriage return (CR) alone ends it, at character 3 (expected LF or CRLF line ends: CR alone is the classic Mac OS line end; convert the file)`,
      );
    });

    it("a field with white space at either end, in a row or in the header: nothing is trimmed", () => {
      const id = copy("gpus.csv", setCell(3, "gpu", "H100 "));
      throwsExactly(
        () => loadGpus(id),
        `invalid ${id} line 3, column gpu: "H100 " (expected no space at either end: nothing is trimmed, so "H100 " is not "H100")`,
      );
      const quoted = copy("gpus.csv", setCell(2, "name", " NVIDIA H100"));
      throwsExactly(
        () => loadGpus(quoted),
        `invalid ${quoted} line 2, column name: " NVIDIA H100" (expected no space at either end: nothing is trimmed, so " NVIDIA H100" is not "NVIDIA H100")`,
      );
      const tab = copy("training-runs.csv", setCell(5, "cost_basis", "reported-rental\t"));
      throwsExactly(
        () => loadTrainingRuns(tab),
        `invalid ${tab} line 5, column cost_basis: "reported-rental\\t" (expected no space at either end: nothing is trimmed, so "reported-rental\\t" is not "reported-rental")`,
      );
      const ideographic = copy("article-figures.csv", setCell(2, "id", "\u3000gpu-count"));
      throwsExactly(
        () => loadArticleFigures(ideographic),
        `invalid ${ideographic} line 2, column id: "\u3000gpu-count" (expected no space at either end: nothing is trimmed, so "\u3000gpu-count" is not "gpu-count")`,
      );
      const header = copy("gpus.csv", setCell(1, "tdp_w", "tdp_w "));
      throwsExactly(
        () => loadGpus(header),
        `invalid ${header} line 1, field 9: "tdp_w " (expected no space at either end: nothing is trimmed, so "tdp_w " is not "tdp_w")`,
      );
    });

    it("an FX set whose direct and inverse rates on one day disagree beyond their rounding", () => {
      const row =
        (rate: string, date = "2025-02-10") =>
        (rows: string[][]) => [...rows, ["market", date, "JPY", "USD", rate, "test", "test"]];
      // USD/JPY 151.65 is 151.645–151.655; "0.0070" is 0.00695–0.00705. 1 ÷ 151.655 − 0.00005 = 0.00654391 and
      // 1 ÷ 151.645 + 0.00005 = 0.00664435: a JPY/USD rate written to 4 decimals must be between them
      const off = copy("fx-rates.csv", row("0.0070"));
      throwsExactly(
        () => loadFxRates(off),
        `invalid ${off} line 8, column rate: "0.0070" (expected 1 ÷ 151.65, the USD/JPY rate of line 4, within the rounding of both as written: from 0.00654391 to 0.00664435)`,
      );
      // 1 ÷ 151.65 = 0.00659413: 0.006594 agrees; so does 0.007, written to one digit (0.0065–0.0075)
      for (const rate of ["0.006594", "0.0066", "0.007"])
        assert.equal(loadFxRates(copy("fx-rates.csv", row(rate))).numRows(), 7, rate);
      // another day may have another rate
      assert.equal(loadFxRates(copy("fx-rates.csv", row("0.0070", "2025-02-11"))).numRows(), 7);
      const close = copy("fx-rates.csv", row("0.006596"));
      // written to 6 decimals: 1 ÷ 151.655 − 0.0000005 = 0.00659341, 1 ÷ 151.645 + 0.0000005 = 0.00659485
      throwsExactly(
        () => loadFxRates(close),
        `invalid ${close} line 8, column rate: "0.006596" (expected 1 ÷ 151.65, the USD/JPY rate of line 4, within the rounding of both as written: from 0.00659341 to 0.00659485)`,
      );
    });

    it("a file that cannot be read", () => {
      const path = join(dir, "no-such.csv");
      throwsExactly(() => loadGpus(path), `cannot read ${path}: ENOENT (expected a UTF-8 CSV file)`);
    });
  });
});

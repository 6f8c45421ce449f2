import { messages } from "../../src/data/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of data/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("data/messages", messages, {
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
  dataUtf16: [
    [
      { file: "data/gpus.csv", line: 1, bom: "little-endian" },
      "invalid data/gpus.csv line 1: a UTF-16 (little-endian) byte-order mark, FF FE (expected UTF-8 text: save the file as UTF-8)",
    ],
    [
      { file: "data/gpus.csv", line: 1, bom: "big-endian" },
      "invalid data/gpus.csv line 1: a UTF-16 (big-endian) byte-order mark, FE FF (expected UTF-8 text: save the file as UTF-8)",
    ],
    [
      { file: "data/gpus.csv", line: 1, at: 2, unit: "byte" },
      "invalid data/gpus.csv line 1, byte 2: a NUL byte, as UTF-16 text has beside every ASCII character (expected UTF-8 text: save the file as UTF-8)",
    ],
    [
      { file: "data/gpus.csv", line: 2, at: 5, unit: "character" },
      "invalid data/gpus.csv line 2, character 5: a NUL character, as UTF-16 text has beside every ASCII character (expected UTF-8 text: save the file as UTF-8)",
    ],
  ],
  dataNotUtf8: [
    [
      { file: "data/gpus.csv", line: 3, at: 17 },
      "invalid data/gpus.csv line 3, byte 17: a byte that is not UTF-8 (expected UTF-8 text: save the file as UTF-8)",
    ],
  ],
  dataLineEnds: [
    [
      { file: "data/gpus.csv", line: 1, at: 24 },
      "invalid data/gpus.csv line 1: a carriage return (CR) alone ends it, at character 24 (expected LF or CRLF line ends: CR alone is the classic Mac OS line end; convert the file)",
    ],
  ],
  dataEmpty: [
    [
      { file: "data/gpus.csv", columns: ["gpu", "name"] },
      "invalid data/gpus.csv: an empty file (expected a header line naming the columns gpu, name, then the rows)",
    ],
  ],
  dataNoRows: [
    [
      { file: "data/gpus.csv" },
      "invalid data/gpus.csv: a header and no rows (expected at least one row under the header)",
    ],
  ],
  dataSpaces: [
    [
      { file: "data/gpus.csv", line: 3, column: "gpu", value: "H100 " },
      'invalid data/gpus.csv line 3, column gpu: "H100 " (expected no space at either end: nothing is trimmed, so "H100 " is not "H100")',
    ],
    [
      { file: "data/gpus.csv", line: 1, field: 8, value: " tdp_w" },
      'invalid data/gpus.csv line 1, field 8: " tdp_w" (expected no space at either end: nothing is trimmed, so " tdp_w" is not "tdp_w")',
    ],
  ],
  dataFxInverse: [
    [
      {
        file: "data/fx-rates.csv",
        line: 8,
        value: "0.007",
        other: { line: 4, pair: "USD/JPY", rate: "151.65" },
        low: 0.0065888,
        high: 0.0065993,
      },
      'invalid data/fx-rates.csv line 8, column rate: "0.007" (expected 1 ÷ 151.65, the USD/JPY rate of line 4, within the rounding of both as written: from 0.0065888 to 0.0065993)',
    ],
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
  dataImplausible: [
    [
      {
        file: "data/fx-rates.csv",
        line: 4,
        column: "rate",
        value: "15165",
        what: "a USD/JPY rate",
        side: "most",
        limit: 1500,
        unit: "JPY per USD",
        why: "a reason",
      },
      'invalid data/fx-rates.csv line 4, column rate: "15165" (expected a USD/JPY rate of at most 1,500 JPY per USD: a reason)',
    ],
    [
      {
        file: "f.csv",
        line: 2,
        column: "c",
        value: "0",
        what: "a ratio",
        side: "least",
        limit: 0.00467,
        unit: "",
        why: "why",
      },
      'invalid f.csv line 2, column c: "0" (expected a ratio of at least 0.00467: why)',
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
  notTable: [[{ name: "table", value: [{ a: 1 }] }, 'invalid table: [{"a":1}] (expected an Arquero table)']],
});

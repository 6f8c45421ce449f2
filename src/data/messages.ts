/**
 * The messages of the data files and their loaders (src/data/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { failer, type Fail } from "../errors/failer.js";
import { invalid } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";
import { show } from "../errors/show.js";

export const messages = {
  /** `no data files: none installed (expected useDataFiles() first: the package entry point installs data/ in Node)` */
  noDataFiles: (_d: Record<string, never>) =>
    "no data files: none installed (expected useDataFiles() first: the package entry point installs data/ in Node)",
  /** `cannot read /tmp/gpus.csv: this data source reads no paths (expected a data file name, e.g. loadGpus())` */
  noFileAccess: (d: { path: string }) =>
    `cannot read ${d.path}: this data source reads no paths (expected a data file name, e.g. loadGpus())`,
  /** `cannot read data/gpus.csv: ENOENT (expected a UTF-8 CSV file)` */
  dataUnreadable: (d: { file: string; reason: string }) =>
    `cannot read ${d.file}: ${d.reason} (expected a UTF-8 CSV file)`,
  /**
   * A UTF-16 file, found by its byte-order mark or by the NUL byte (NUL character, once decoded)
   * UTF-16 puts beside every ASCII character:
   * `invalid data/gpus.csv line 1: a UTF-16 (little-endian) byte-order mark, FF FE (expected UTF-8 text: save the file as UTF-8)`;
   * `invalid data/gpus.csv line 1, byte 2: a NUL byte, as UTF-16 text has beside every ASCII character (expected …)`.
   */
  dataUtf16: (d: {
    file: string;
    line: number;
    bom?: "little-endian" | "big-endian";
    at?: number;
    unit?: "byte" | "character";
  }) =>
    `invalid ${d.file} line ${d.line}` +
    (d.bom
      ? `: a UTF-16 (${d.bom}) byte-order mark, ${d.bom === "little-endian" ? "FF FE" : "FE FF"}`
      : `, ${d.unit ?? "byte"} ${d.at}: a NUL ${d.unit ?? "byte"}, as UTF-16 text has beside every ASCII character`) +
    " (expected UTF-8 text: save the file as UTF-8)",
  /** `invalid data/gpus.csv line 3, byte 17: a byte that is not UTF-8 (expected UTF-8 text: save the file as UTF-8)`: a Latin-1 or Shift JIS file */
  dataNotUtf8: (d: { file: string; line: number; at: number }) =>
    `invalid ${d.file} line ${d.line}, byte ${d.at}: a byte that is not UTF-8 (expected UTF-8 text: save the file as UTF-8)`,
  /** `invalid data/gpus.csv line 1: a carriage return (CR) alone ends it, at character 24 (expected LF or CRLF line ends: CR alone is the classic Mac OS line end; convert the file)` */
  dataLineEnds: (d: { file: string; line: number; at: number }) =>
    `invalid ${d.file} line ${d.line}: a carriage return (CR) alone ends it, at character ${d.at} (expected LF or CRLF line ends: CR alone is the classic Mac OS line end; convert the file)`,
  /** `invalid data/gpus.csv: an empty file (expected a header line naming the columns gpu, name, …, then the rows)` */
  dataEmpty: (d: { file: string; columns: readonly string[] }) =>
    `invalid ${d.file}: an empty file (expected a header line naming the columns ${d.columns.join(", ")}, then the rows)`,
  /** `invalid data/gpus.csv: a header and no rows (expected at least one row under the header)` */
  dataNoRows: (d: { file: string }) =>
    `invalid ${d.file}: a header and no rows (expected at least one row under the header)`,
  /**
   * A field with a space (any Unicode white space: a tab, a no-break space, U+3000) at either end, in
   * a row (`column`) or in the header (`field`, counted from 1):
   * `invalid data/gpus.csv line 3, column gpu: "H100 " (expected no space at either end: nothing is trimmed, so "H100 " is not "H100")`.
   */
  dataSpaces: (d: { file: string; line: number; column?: string; field?: number; value: string }) =>
    `invalid ${d.file} line ${d.line}, ${d.column === undefined ? `field ${d.field}` : `column ${d.column}`}: ${show(d.value)} (expected no space at either end: nothing is trimmed, so ${show(d.value)} is not ${show(d.value.trim())})`,
  /**
   * A rate and its inverse in one set on one day that no single rate rounds to:
   * `invalid data/fx-rates.csv line 8, column rate: "0.007" (expected 1 ÷ 151.65, the USD/JPY rate of line 4, within the rounding of both as written: from 0.0065888 to 0.0065993)`.
   */
  dataFxInverse: (d: {
    file: string;
    line: number;
    value: string;
    other: { readonly line: number; readonly pair: string; readonly rate: string };
    low: number;
    high: number;
  }) =>
    `invalid ${d.file} line ${d.line}, column rate: ${show(d.value)} (expected 1 ÷ ${d.other.rate}, the ${d.other.pair} rate of line ${d.other.line}, within the rounding of both as written: from ${d.low} to ${d.high})`,
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
  /**
   * A figure past its plausible bounds (src/data/plausible.ts), shared with the assumptions:
   * `invalid data/fx-rates.csv line 3, column rate: "15165" (expected a USD/JPY rate of at most 1,500 JPY per USD: 10 times either side of …)`
   */
  dataImplausible: (d: {
    file: string;
    line: number;
    column: string;
    value: string;
    what: string;
    side: "least" | "most";
    limit: number;
    unit: string;
    why: string;
  }) =>
    `invalid ${d.file} line ${d.line}, column ${d.column}: ${show(d.value)} (expected ${d.what} of at ${d.side} ${grouped(d.limit)}${d.unit ? ` ${d.unit}` : ""}: ${d.why})`,
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
  /** `invalid table: [] (expected an Arquero table)` */
  notTable: (d: { name: string; value: unknown }) => invalid(d, "an Arquero table"),
} as const;

/** `1,500`, `0.00467`: a bound as people write it. */
function grouped(x: number): string {
  return x.toLocaleString("en-US", { maximumFractionDigits: 10 });
}

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof valueMessages> = failer(messages, valueMessages);

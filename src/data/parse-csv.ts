import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { fail } from "./messages.js";
import type { DataFileText } from "./data-files.js";
import { parseCell, type FileSchema } from "./schema.js";

/**
 * Parses the text of a CSV data file, checks it against `schema` and returns an Arquero table whose
 * columns follow the schema's order and types (numbers, `Date`s, strings; `null` for an empty
 * optional cell). Any problem is an error naming the file, line and column; nothing is dropped.
 *
 * 1. Take the text: a leading byte-order mark is dropped and LF or CRLF line ends accepted; a NUL
 *    character (UTF-16 read as UTF-8), a CR alone (classic Mac OS line ends) or no text at all is
 *    refused, saying which.
 * 2. Check the header (line 1): every schema column, no other, none twice (any order).
 * 3. Split each later line into RFC 4180 fields (no line breaks inside fields); the count must
 *    match the header. An empty line inside the file is an error; one final line end is not.
 * 4. Parse each cell with `parseCell()` (schema.ts), after refusing one with a space at either
 *    end: nothing is trimmed, so `"H100 "` would be an id of its own.
 * 5. Check the row rules: `low ≤ high` pairs, pairs that must differ, the schema's checks
 *    across cells, then the unique key.
 * 6. Check the file: at least one row (unless the schema allows none), then the schema's checks
 *    across rows.
 * 7. Build the table with `aq.table(columns)`.
 */
export function parseCsv({ text: content, file }: DataFileText, schema: FileSchema): ColumnTable {
  // 1. text
  const names = schema.columns.map((c) => c.name);
  const text = checkText(content.startsWith("\uFEFF") ? content.slice(1) : content, file, names);
  const lines = text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();

  // 2. header
  if (lines[0] === "")
    fail("dataRow", { file, line: 1, problem: "an empty line", expected: `the header: ${names.join(",")}` });
  const header = fields(lines[0] as string, file, 1);
  header.forEach((name, i) => {
    if (SPACE_AT_END.test(name)) fail("dataSpaces", { file, line: 1, field: i + 1, value: name });
    if (!names.includes(name)) fail("dataExtraColumn", { file, column: name, columns: names });
    if (header.indexOf(name) !== i)
      fail("dataRow", { file, line: 1, problem: `column ${name} appears twice`, expected: "each column once" });
  });
  for (const name of names) if (!header.includes(name)) fail("dataMissingColumn", { file, column: name });
  const position = schema.columns.map((c) => header.indexOf(c.name));

  const columns: Record<string, unknown[]> = Object.fromEntries(names.map((n) => [n, []]));
  const rows: ParsedRow[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    // 3. fields
    if (lines[i] === "")
      fail("dataRow", { file, line, problem: "an empty line", expected: `a row of ${header.length} fields` });
    const cells = fields(lines[i] as string, file, line);
    if (cells.length !== header.length) {
      fail("dataRow", { file, line, problem: `${cells.length} fields`, expected: `${header.length}, one per column` });
    }
    // 4. cells
    cells.forEach((value, c) => {
      if (SPACE_AT_END.test(value)) fail("dataSpaces", { file, line, column: header[c]!, value });
    });
    const row: Record<string, unknown> = {};
    const texts: Record<string, string> = {};
    schema.columns.forEach((spec, c) => {
      const value = cells[position[c] as number] as string;
      const parsed = parseCell(value, spec);
      if (!parsed.ok) fail("dataCell", { file, line, column: spec.name, value, expected: parsed.expected });
      row[spec.name] = parsed.value;
      texts[spec.name] = value;
    });
    // 5. row rules
    for (const [lowColumn, highColumn] of schema.ranges ?? []) {
      const low = row[lowColumn] as number | null;
      const high = row[highColumn] as number | null;
      if (low !== null && high !== null && low > high)
        fail("dataRangeOrder", { file, line, lowColumn, highColumn, low, high });
    }
    for (const [a, b] of schema.distinct ?? []) {
      if (row[a] !== null && row[a] === row[b]) {
        fail("dataRow", {
          file,
          line,
          problem: `${a} and ${b} are both ${String(row[a] as string | number)}`,
          expected: `a different ${a} and ${b}`,
        });
      }
    }
    for (const check of schema.checks ?? []) {
      const broken = check(row);
      if (broken === undefined) continue;
      if ("implausible" in broken) {
        const value = cells[header.indexOf(broken.column)] as string;
        fail("dataImplausible", { file, line, column: broken.column, value, ...broken.implausible });
      }
      if ("column" in broken) {
        const value = cells[header.indexOf(broken.column)] as string;
        fail("dataCell", { file, line, column: broken.column, value, expected: broken.expected });
      }
      fail("dataRow", { file, line, problem: broken.problem, expected: broken.expected });
    }
    const keyCells = schema.key.map((k) => texts[k] as string);
    const key = JSON.stringify(keyCells); // not joined: "a/b" + "c" and "a" + "b/c" are two keys
    const first = firstLineOfKey.get(key);
    if (first !== undefined)
      fail("dataDuplicate", { file, line, key: schema.key.join("/"), value: keyCells.join("/"), first });
    firstLineOfKey.set(key, line);
    for (const name of names) (columns[name] as unknown[]).push(row[name]);
    rows.push({ line, values: row, texts });
  }
  // 6. the file as a whole
  if (rows.length === 0 && !schema.optionalRows) fail("dataNoRows", { file });
  schema.acrossRows?.(rows, file);
  // 7. table
  return aq.table(columns, names);
}

/** One row as parsed, for checks across rows: its line, its values, and its cells as written. */
export interface ParsedRow {
  readonly line: number;
  readonly values: Readonly<Record<string, unknown>>;
  readonly texts: Readonly<Record<string, string>>;
}

/** White space (a space, a tab, a no-break or an ideographic space) at either end of a field. */
const SPACE_AT_END = /^\s|\s$/;

/**
 * The text of a file, if it can be CSV: no NUL character, which UTF-16 puts beside every ASCII
 * character and which no text file has (src/node/data-files.ts catches UTF-16 by its bytes, before
 * decoding; this catches it in text from any source); no CR that is not part of CRLF; something
 * besides white space.
 */
function checkText(text: string, file: string, columns: readonly string[]): string {
  const nul = text.indexOf("\u0000");
  if (nul >= 0) fail("dataUtf16", { file, ...position(text, nul), unit: "character" });
  const cr = text.search(/\r(?!\n)/);
  if (cr >= 0) fail("dataLineEnds", { file, ...position(text, cr) });
  if (text.trim() === "") fail("dataEmpty", { file, columns });
  return text;
}

/** The 1-based line and character of the character at `index`. */
function position(text: string, index: number): { line: number; at: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, at: index - start + 1 };
}

/**
 * The fields of one CSV line (RFC 4180 quoting, no line breaks inside fields):
 * `a,"b, ""c""",` → `["a", "b, \"c\"", ""]`.
 */
export function splitCsvLine(line: string): { ok: true; fields: string[] } | { ok: false; problem: string } {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      const opened = i + 1; // 1-based, as an editor counts
      let value = "";
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) return { ok: false, problem: `the quote opened at character ${opened} is never closed` };
        value += line.slice(i, close);
        if (line[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      if (i < line.length && line[i] !== ",")
        return { ok: false, problem: `text after a closing quote at character ${i + 1}` };
      out.push(value);
    } else {
      const comma = line.indexOf(",", i);
      const value = comma < 0 ? line.slice(i) : line.slice(i, comma);
      if (value.includes('"'))
        return { ok: false, problem: `a quote inside an unquoted field (${JSON.stringify(value)})` };
      out.push(value);
      i = comma < 0 ? line.length : comma;
    }
    if (i >= line.length) return { ok: true, fields: out };
    i++; // past the comma; a trailing comma leaves one more, empty field
    if (i === line.length) return { ok: true, fields: [...out, ""] };
  }
}

function fields(line: string, file: string, lineNumber: number): string[] {
  const split = splitCsvLine(line);
  if (!split.ok)
    fail("dataRow", {
      file,
      line: lineNumber,
      problem: split.problem,
      expected: 'RFC 4180 quoting: a field with a comma or quote in "…", a quote doubled',
    });
  return split.fields;
}

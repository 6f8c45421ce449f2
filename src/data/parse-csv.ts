import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { fail } from "../errors/error.js";
import type { DataFileText } from "./data-files.js";
import { parseCell, type FileSchema } from "./schema.js";

/**
 * Parses the text of a CSV data file, checks it against `schema` and returns an Arquero table whose
 * columns follow the schema's order and types (numbers, `Date`s, strings; `null` for an empty
 * optional cell). Any problem is an error naming the file, line and column; nothing is dropped.
 *
 * 1. Take the text (a leading byte-order mark is dropped; CRLF line ends are accepted).
 * 2. Check the header (line 1): every schema column, no other, none twice (any order).
 * 3. Split each later line into RFC 4180 fields (no line breaks inside fields); the count must
 *    match the header. An empty line inside the file is an error; one final line end is not.
 * 4. Parse each cell with `parseCell()` (schema.ts).
 * 5. Check the row rules: `low ≤ high` pairs, pairs that must differ, the schema's checks
 *    across cells, then the unique key.
 * 6. Build the table with `aq.table(columns)`.
 */
export function parseCsv({ text: content, file }: DataFileText, schema: FileSchema): ColumnTable {
  // 1. text
  let text = content;
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const lines = text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();

  // 2. header
  const header = lines[0] === "" ? [] : fields(lines[0] as string, file, 1); // an empty file has no columns
  const names = schema.columns.map((c) => c.name);
  header.forEach((name, i) => {
    if (!names.includes(name)) fail("dataExtraColumn", { file, column: name, columns: names });
    if (header.indexOf(name) !== i) fail("dataRow", { file, line: 1, problem: `column ${name} appears twice`, expected: "each column once" });
  });
  for (const name of names) if (!header.includes(name)) fail("dataMissingColumn", { file, column: name });
  const position = schema.columns.map((c) => header.indexOf(c.name));

  const columns: Record<string, unknown[]> = Object.fromEntries(names.map((n) => [n, []]));
  const firstLineOfKey = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    // 3. fields
    if (lines[i] === "") fail("dataRow", { file, line, problem: "an empty line", expected: `a row of ${header.length} fields` });
    const cells = fields(lines[i] as string, file, line);
    if (cells.length !== header.length) {
      fail("dataRow", { file, line, problem: `${cells.length} fields`, expected: `${header.length}, one per column` });
    }
    // 4. cells
    const row: Record<string, unknown> = {};
    schema.columns.forEach((spec, c) => {
      const value = cells[position[c] as number] as string;
      const parsed = parseCell(value, spec);
      if (!parsed.ok) fail("dataCell", { file, line, column: spec.name, value, expected: parsed.expected });
      row[spec.name] = parsed.value;
    });
    // 5. row rules
    for (const [lowColumn, highColumn] of schema.ranges ?? []) {
      const low = row[lowColumn] as number | null;
      const high = row[highColumn] as number | null;
      if (low !== null && high !== null && low > high) fail("dataRangeOrder", { file, line, lowColumn, highColumn, low, high });
    }
    for (const [a, b] of schema.distinct ?? []) {
      if (row[a] !== null && row[a] === row[b]) {
        fail("dataRow", { file, line, problem: `${a} and ${b} are both ${String(row[a] as string | number)}`, expected: `a different ${a} and ${b}` });
      }
    }
    for (const check of schema.checks ?? []) {
      const broken = check(row);
      if (broken === undefined) continue;
      if ("column" in broken) {
        const value = cells[header.indexOf(broken.column)] as string;
        fail("dataCell", { file, line, column: broken.column, value, expected: broken.expected });
      }
      fail("dataRow", { file, line, problem: broken.problem, expected: broken.expected });
    }
    const key = schema.key.map((k) => cells[header.indexOf(k)]).join("/");
    const first = firstLineOfKey.get(key);
    if (first !== undefined) fail("dataDuplicate", { file, line, key: schema.key.join("/"), value: key, first });
    firstLineOfKey.set(key, line);
    for (const name of names) (columns[name] as unknown[]).push(row[name]);
  }
  // 6. table
  return aq.table(columns, names);
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
      if (i < line.length && line[i] !== ",") return { ok: false, problem: `text after a closing quote at character ${i + 1}` };
      out.push(value);
    } else {
      const comma = line.indexOf(",", i);
      const value = comma < 0 ? line.slice(i) : line.slice(i, comma);
      if (value.includes('"')) return { ok: false, problem: `a quote inside an unquoted field (${JSON.stringify(value)})` };
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
  if (!split.ok) fail("dataRow", { file, line: lineNumber, problem: split.problem, expected: 'RFC 4180 quoting: a field with a comma or quote in "…", a quote doubled' });
  return split.fields;
}

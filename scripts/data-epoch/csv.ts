/**
 * A minimal RFC 4180 reader and writer for Epoch AI's files, which hold line breaks inside quoted
 * fields (the project's own reader, src/data/parse-csv.ts, refuses those on purpose). Written for
 * this project; no dependency.
 */

/** Every record of `text` as a list of fields; a final line end ends no record. */
export function parseCsv(text: string): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let started = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"') {
      quoted = true;
      started = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
      started = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      started = false;
    } else {
      field += ch;
      started = true;
    }
  }
  if (started || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV's records as objects by header, each with `record`, its 1-based number among the data records. */
export type CsvRecord = Record<string, string> & { readonly record: number };

export function records(text: string): CsvRecord[] {
  const [head = [], ...body] = parseCsv(text);
  return body.map((fields, i) => {
    const entries = head.map((h, j) => [h, fields[j] ?? ""] as const);
    return Object.assign(Object.fromEntries(entries), { record: i + 1 });
  });
}

function cell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows written under `header` as the project's data files are: minimal quoting, LF line ends, a final newline. */
export function writeCsv(header: readonly string[], rows: readonly Readonly<Record<string, string>>[]): string {
  const lines = [header, ...rows.map((r) => header.map((h) => r[h] ?? ""))];
  return `${lines.map((fields) => fields.map(cell).join(",")).join("\n")}\n`;
}

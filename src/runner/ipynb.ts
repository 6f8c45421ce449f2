/**
 * Notebooks as nbformat 4.5 describes them, read and written the way Jupyter does (one-space
 * JSON indent, multi-line strings as lists of lines, a cell id on every cell).
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fail } from "./messages.js";

/** Multi-line text as nbformat stores it: one string, or a list of lines. */
export type MultilineString = string | string[];

/** A MIME bundle: `{"text/plain": "...", "application/vnd.vegalite.v5+json": {...}}`. */
export type MimeBundle = Record<string, unknown>;

export interface StreamOutput {
  output_type: "stream";
  name: "stdout" | "stderr";
  text: MultilineString;
}
export interface DisplayDataOutput {
  output_type: "display_data";
  data: MimeBundle;
  metadata: Record<string, unknown>;
}
export interface ExecuteResultOutput {
  output_type: "execute_result";
  execution_count: number | null;
  data: MimeBundle;
  metadata: Record<string, unknown>;
}
export interface ErrorOutput {
  output_type: "error";
  ename: string;
  evalue: string;
  traceback: string[];
}
export type Output = StreamOutput | DisplayDataOutput | ExecuteResultOutput | ErrorOutput;

export interface CellMetadata {
  tags?: string[];
  [key: string]: unknown;
}
export interface CodeCell {
  cell_type: "code";
  id: string;
  metadata: CellMetadata;
  source: MultilineString;
  execution_count: number | null;
  outputs: Output[];
}
export interface TextCell {
  cell_type: "markdown" | "raw";
  id: string;
  metadata: CellMetadata;
  source: MultilineString;
  attachments?: Record<string, MimeBundle>;
}
export type Cell = CodeCell | TextCell;

export interface Notebook {
  nbformat: 4;
  nbformat_minor: number;
  metadata: Record<string, unknown>;
  cells: Cell[];
}

/** The text of a multi-line string: `["a\n", "b"]` → `"a\nb"`. */
export function joinLines(text: MultilineString): string {
  return Array.isArray(text) ? text.join("") : text;
}

/** Text split the way nbformat writes it: `"a\nb"` → `["a\n", "b"]` (each line keeps its newline). */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The source of a cell as one string. */
export function cellSource(cell: Cell): string {
  return joinLines(cell.source);
}

/** Whether `cell` carries the tag `tag` (papermill's `parameters`, `injected-parameters`). */
export function hasTag(cell: Cell, tag: string): boolean {
  return Array.isArray(cell.metadata.tags) && cell.metadata.tags.includes(tag);
}

/** A new cell id: 8 random hex digits, as JupyterLab makes them. */
export function newCellId(): string {
  return randomBytes(4).toString("hex");
}

/**
 * The notebook in `text`, checked to be nbformat 4 (`badNotebook` otherwise) with every cell's
 * source text (`notCellText` otherwise). Cells without an id (nbformat < 4.5) get one, so that
 * what the runner writes is valid 4.5.
 */
export function parseNotebook(text: string, path: string): Notebook {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail("badNotebook", { path, reason: (error as Error).message });
  }
  const nb = json as Partial<Notebook> | null;
  if (typeof nb !== "object" || nb === null || Array.isArray(nb))
    fail("badNotebook", { path, reason: "it is not an object" });
  if (nb.nbformat !== 4) fail("badNotebook", { path, reason: `nbformat is ${JSON.stringify(nb.nbformat)}` });
  if (!Array.isArray(nb.cells)) fail("badNotebook", { path, reason: "it has no cells list" });
  const ids = new Set<string>();
  const cells = nb.cells.map((cell, i): Cell => {
    if (typeof cell !== "object" || cell === null || !["code", "markdown", "raw"].includes(cell.cell_type)) {
      fail("badNotebook", { path, reason: `cell ${i + 1} has no valid cell_type` });
    }
    if (cell.source !== undefined && !isText(cell.source))
      fail("notCellText", { path, cell: i + 1, value: cell.source });
    let id = typeof cell.id === "string" && cell.id !== "" && !ids.has(cell.id) ? cell.id : newCellId();
    while (ids.has(id)) id = newCellId();
    ids.add(id);
    const base = { ...cell, id, metadata: cell.metadata ?? {}, source: cell.source ?? "" };
    return cell.cell_type === "code"
      ? { ...(base as CodeCell), outputs: cell.outputs ?? [], execution_count: cell.execution_count ?? null }
      : base;
  });
  return { nbformat: 4, nbformat_minor: Math.max(5, nb.nbformat_minor ?? 5), metadata: nb.metadata ?? {}, cells };
}

/** Whether `value` is nbformat text: a string, or a list of strings. */
function isText(value: unknown): value is MultilineString {
  return typeof value === "string" || (Array.isArray(value) && value.every((line) => typeof line === "string"));
}

/** Reads and parses the notebook at `path`. */
export async function readNotebook(path: string): Promise<Notebook> {
  return parseNotebook(await readFile(path, "utf8"), path);
}

/**
 * The notebook as Jupyter writes it: one-space indent, sorted keys at each level (as nbformat's
 * writer does), multi-line strings in outputs split into lines, a final newline.
 */
export function serializeNotebook(nb: Notebook): string {
  return `${JSON.stringify(sortKeys(nb), null, 1)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
  return out;
}

/**
 * papermill's parameters convention, for TypeScript: the cell tagged `parameters` holds the
 * defaults; the runner puts a cell tagged `injected-parameters` right after it (replacing an
 * earlier injected cell) that declares the overrides again.
 *
 * The injected declarations repeat the parameters cell's own keyword and type annotation, so
 * that a parameter keeps the type the notebook gave it:
 *
 * ```ts
 * // parameters cell                          // injected for --set gpuPrice=400万～500万日元
 * const gpuPrice: MoneyInput = "¥4M";         const gpuPrice: MoneyInput = "400万～500万日元";
 * const gpuCount = 2000;                      const gpuCount = 2048;
 * ```
 *
 * What was measured on tslab 1.0.22 (test/runner/run-notebook.test.ts runs it):
 * - a `const` declared again in a later cell is accepted, and the later declaration's value and
 *   type win (`const a: number | string = 1;` then `const a = "x";` then `a.length` compiles);
 * - so without the annotation an injected `const gpuCount = {"low":2000,"high":3000};` would
 *   replace a declared `QuantityInput` with the literal's narrower type; repeating the
 *   annotation keeps the declared type, and a value that does not fit it fails in the injected
 *   cell with tslab's own diagnostic (the runner validates values with `assumptions()` first);
 * - unrelated but met here: tslab loses variables of earlier cells in shorthand properties
 *   (`console.log({ gpuCount })` → ReferenceError); notebooks write `{ gpuCount: gpuCount }`.
 *
 * A notebook without a `parameters` cell: `run` with overrides refuses it (exit status 2);
 * `report` runs it as it is and says so in a warning (some notebooks take no parameters).
 */
import { fail } from "./messages.js";
import { cellSource, hasTag, newCellId, splitLines, type CodeCell, type Notebook } from "./ipynb.js";

export const PARAMETERS_TAG = "parameters";
export const INJECTED_TAG = "injected-parameters";

/** One top-level declaration of a parameters cell: `const gpuPrice: PriceInput = …`. */
export interface Declaration {
  readonly keyword: "const" | "let" | "var";
  readonly name: string;
  /** The type annotation as written, or undefined when the declaration has none. */
  readonly type: string | undefined;
}

// A name the injected cell can declare.
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

// `const name` at the start of a line; the annotation, if any, is read by `annotation()`.
const DECLARATION_START = /^[ \t]*(?:export\s+)?(const|let|var)\s+([A-Za-z_$][\w$]*)\s*/gm;

/** The declarations of a parameters cell's source, in order (one declaration per statement, as a parameters cell is written). */
export function parseDeclarations(source: string): Declaration[] {
  return [...source.matchAll(DECLARATION_START)].map((m) => ({
    keyword: m[1] as Declaration["keyword"],
    name: m[2]!,
    type: source[m.index + m[0].length] === ":" ? annotation(source, m.index + m[0].length + 1) : undefined,
  }));
}

/**
 * The type annotation starting at `from`: up to the first `=` outside brackets that is not part
 * of `=>`, `==` or a generic default. `number | { low: number; high: number }` keeps its braces
 * and semicolons. Undefined when no initialiser follows.
 */
function annotation(source: string, from: number): string | undefined {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if ("([{<".includes(c)) depth++;
    else if (")]}".includes(c) || (c === ">" && source[i - 1] !== "=")) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ";" || c === "\n")) return undefined;
    else if (depth === 0 && c === "=" && source[i + 1] !== ">" && source[i + 1] !== "=")
      return source.slice(from, i).trim() || undefined;
  }
  return undefined;
}

/**
 * The source of the injected cell for `overrides`: one declaration per key, as a TypeScript
 * literal (JSON is valid TypeScript), with the keyword and type of the parameters cell's
 * declaration of the same name when there is one. A name that is not an identifier, or a value
 * with a `__proto__` key (a field in JSON, the prototype in a TypeScript literal), is refused:
 * the cell would not mean what the overrides say.
 */
export function injectedSource(
  overrides: Readonly<Record<string, unknown>>,
  declarations: readonly Declaration[] = [],
): string {
  const byName = new Map(declarations.map((d) => [d.name, d]));
  const lines = Object.entries(overrides).map(([name, value]) => {
    if (!IDENTIFIER.test(name)) fail("badParameter", { name, value, problem: "name" });
    const json = JSON.stringify(value, (key, v: unknown) =>
      key === "__proto__" ? fail("badParameter", { name, value, problem: "proto" }) : v,
    );
    const declared = byName.get(name);
    const type = declared?.type ? `: ${declared.type}` : "";
    return `${declared?.keyword ?? "const"} ${name}${type} = ${json};`;
  });
  return ["// Parameters injected by gpu-cost-lab", ...lines].join("\n");
}

/** What injection did to a notebook. */
export interface Injection {
  readonly notebook: Notebook;
  /** Whether a cell was injected (false when there were no overrides). */
  readonly injected: boolean;
  /** Whether the notebook has a `parameters` cell. */
  readonly hasParametersCell: boolean;
  /** Override names the parameters cell does not declare (injected anyway; the notebook may ignore them). */
  readonly undeclared: readonly string[];
}

/**
 * A copy of `nb` with any earlier `injected-parameters` cell removed and, when `overrides` has
 * keys, a new one right after the `parameters` cell. A notebook without a `parameters` cell is
 * returned without injection (`hasParametersCell: false`): the caller decides whether that is
 * an error (`run` with overrides) or fine (`report`, for notebooks that take no parameters).
 */
export function injectParameters(nb: Notebook, overrides: Readonly<Record<string, unknown>>): Injection {
  const cells = nb.cells.filter((cell) => !hasTag(cell, INJECTED_TAG));
  const at = cells.findIndex((cell) => hasTag(cell, PARAMETERS_TAG));
  const names = Object.keys(overrides);
  if (at < 0 || names.length === 0) {
    return { notebook: { ...nb, cells }, injected: false, hasParametersCell: at >= 0, undeclared: [] };
  }
  const declarations = parseDeclarations(cellSource(cells[at]!));
  const declared = new Set(declarations.map((d) => d.name));
  const cell: CodeCell = {
    cell_type: "code",
    id: newCellId(),
    metadata: { tags: [INJECTED_TAG] },
    source: splitLines(injectedSource(overrides, declarations)),
    execution_count: null,
    outputs: [],
  };
  cells.splice(at + 1, 0, cell);
  return {
    notebook: { ...nb, cells },
    injected: true,
    hasParametersCell: true,
    undeclared: names.filter((n) => !declared.has(n)),
  };
}

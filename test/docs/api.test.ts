/**
 * The public API is small and documented where it is defined (STYLE.md, habits 2 and 8; issues 9
 * and 19). Two entries: the core (src/index.ts), what a notebook author calls to compute, at most
 * 45 values; and the notebooks' own (src/notebook.ts): sentence and row builders, charts, display.
 * Every name either exports has a JSDoc comment with the `@category` of its barrel section, and
 * every exported function shows a call in it (an `@example`, or a call written in backticks).
 * `npm run docs` (TypeDoc, warnings as errors) builds the reference from the same comments.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";
import { PACKAGE_ROOT } from "../../src/node/package-root.js";
import { barrel, CORE, NOTEBOOK, parse, type Exported } from "./entries.js";

/** The most values (types do not count) the core entry may export: about 40, as habit 2 asks. */
export const MAX_CORE_VALUES = 45;

/** The JSDoc text of the top-level declaration `name` in `file` (a re-export is followed). */
function jsdocOf(name: string, file: string): { doc: string; isFunction: boolean } | undefined {
  const sf = parse(file);
  for (const st of sf.statements) {
    const declared = ts.isVariableStatement(st)
      ? st.declarationList.declarations.map((d) => d.name.getText(sf))
      : "name" in st && st.name && ts.isIdentifier(st.name as ts.Node)
        ? [(st.name as ts.Identifier).text]
        : [];
    if (declared.includes(name)) {
      const docs = ts.getJSDocCommentsAndTags(ts.isVariableStatement(st) ? st.declarationList.declarations[0]! : st);
      return { doc: docs.map((d) => d.getText(sf)).join("\n"), isFunction: ts.isFunctionDeclaration(st) };
    }
    if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause) && st.moduleSpecifier) {
      const re = st.exportClause.elements.find((e) => e.name.text === name);
      if (re)
        return jsdocOf(
          (re.propertyName ?? re.name).text,
          resolve(dirname(file), (st.moduleSpecifier as ts.StringLiteral).text.replace(/\.js$/, ".ts")),
        );
    }
  }
  return undefined;
}

/** The exports that break the rule, as messages. */
export function undocumented(exports: readonly Exported[]): string[] {
  return exports.flatMap(({ name, file, typeOnly, category }) => {
    const found = jsdocOf(name, file);
    if (!found) return [`${name}: no declaration found in ${file}`];
    if (!/\/\*\*[\s\S]*\S[\s\S]*\*\//.test(found.doc)) return [`${name}: no JSDoc comment`];
    if (!typeOnly && found.isFunction && !/@example|`[^`\n]*\w\(/.test(found.doc))
      return [`${name}: no example of a call`];
    if (category !== undefined && !new RegExp(`@category ${category}\\s*(\\*/|\\n)`).test(found.doc))
      return [`${name}: no @category ${category}`];
    return [];
  });
}

/** The values (not types) of `exports`, and a message when there are more than `max`. */
export function overLimit(exports: readonly Exported[], max: number): string[] {
  const values = exports.filter((e) => !e.typeOnly).map((e) => e.name);
  return values.length > max ? [`${values.length} values (at most ${max}): ${values.join(", ")}`] : [];
}

describe("docs/api", () => {
  const entries = { core: barrel(CORE), notebook: barrel(NOTEBOOK) };

  it("each entry exports one name per line, each under a section", () => {
    for (const entry of [CORE, NOTEBOOK]) {
      const lines = readFileSync(entry, "utf8")
        .split("\n")
        .filter((l) => l.startsWith("export "));
      assert.ok(
        lines.every((l) => /^export (type )?\{ \w+ \} from "[^"]+";$/.test(l)),
        `one named export per line in ${entry}`,
      );
    }
    for (const e of [...entries.core, ...entries.notebook]) assert.ok(e.category, `${e.name} is under no section`);
  });

  it(`the core entry exports at most ${MAX_CORE_VALUES} values (types do not count)`, () => {
    assert.deepEqual(overLimit(entries.core, MAX_CORE_VALUES), []);
    assert.ok(
      entries.core.filter((e) => !e.typeOnly).length >= 30,
      "the core computes: assumptions, views, estimate, …",
    );
  });

  it("the limit check fails on a core entry of 46 values", () => {
    const values = Array.from({ length: 46 }, (_, i) => ({ name: `f${i}`, file: CORE, typeOnly: false }));
    assert.deepEqual(overLimit([...values, { name: "T", file: CORE, typeOnly: true }], MAX_CORE_VALUES), [
      `46 values (at most 45): ${values.map((v) => v.name).join(", ")}`,
    ]);
  });

  it("no name is exported by both entries", () => {
    const core = new Set(entries.core.map((e) => e.name));
    assert.deepEqual(
      entries.notebook.filter((e) => core.has(e.name)).map((e) => e.name),
      [],
    );
  });

  it("every exported name has JSDoc with its section's @category, and every exported function an example of a call", () => {
    assert.deepEqual(undocumented([...entries.core, ...entries.notebook]), []);
  });

  it("the check fails on an export without JSDoc, a function without an example, or a name without its category", () => {
    const fixture = join(PACKAGE_ROOT, "test", "docs", "fixtures", "undocumented.ts");
    assert.deepEqual(
      undocumented([
        { name: "bare", file: fixture, typeOnly: false },
        { name: "noExample", file: fixture, typeOnly: false },
        { name: "withExample", file: fixture, typeOnly: false, category: "Shapes" },
        { name: "Shape", file: fixture, typeOnly: true },
        { name: "Shape", file: fixture, typeOnly: true, category: "Shapes" },
      ]),
      ["bare: no JSDoc comment", "noExample: no example of a call", "Shape: no @category Shapes"],
    );
  });
});

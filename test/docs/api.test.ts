/**
 * The public API is documented where it is defined (STYLE.md, habit 8; issue 9): every name the
 * barrel exports has a JSDoc comment, and every exported function shows a call in it (an
 * `@example`, or a call written in backticks). `npm run docs` (TypeDoc, warnings as errors)
 * builds the reference from the same comments.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";
import { PACKAGE_ROOT } from "../../src/node/package-root.js";

const INDEX = join(PACKAGE_ROOT, "src", "index.ts");

interface Exported {
  readonly name: string;
  readonly file: string;
  readonly typeOnly: boolean;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

/** The barrel's named re-exports (`export { x } from "./m.js"`), with the file each comes from. */
function barrel(): Exported[] {
  return parse(INDEX).statements.flatMap((st) => {
    if (!ts.isExportDeclaration(st) || !st.moduleSpecifier || !st.exportClause || !ts.isNamedExports(st.exportClause))
      return [];
    const file = resolve(dirname(INDEX), (st.moduleSpecifier as ts.StringLiteral).text.replace(/\.js$/, ".ts"));
    return st.exportClause.elements.map((e) => ({ name: e.name.text, file, typeOnly: st.isTypeOnly || e.isTypeOnly }));
  });
}

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
  return exports.flatMap(({ name, file, typeOnly }) => {
    const found = jsdocOf(name, file);
    if (!found) return [`${name}: no declaration found in ${file}`];
    if (!/\/\*\*[\s\S]*\S[\s\S]*\*\//.test(found.doc)) return [`${name}: no JSDoc comment`];
    if (!typeOnly && found.isFunction && !/@example|`[^`\n]*\w\(/.test(found.doc))
      return [`${name}: no example of a call`];
    return [];
  });
}

describe("docs/api", () => {
  const exports = barrel();

  it("the barrel exports one name per line, and at most a public API's worth of them", () => {
    const lines = readFileSync(INDEX, "utf8")
      .split("\n")
      .filter((l) => l.startsWith("export "));
    assert.ok(
      lines.every((l) => /^export (type )?\{ \w+ \} from "[^"]+";$|^export \* as \w+ from "[^"]+";$/.test(l)),
      "one named export per line",
    );
    assert.ok(exports.length >= 100 && exports.length <= 200, `${exports.length} names`);
  });

  it("every exported name has JSDoc, and every exported function an example of a call", () => {
    assert.deepEqual(undocumented(exports), []);
  });

  it("the check fails on an export without JSDoc or a function without an example", () => {
    const fixture = join(PACKAGE_ROOT, "test", "docs", "fixtures", "undocumented.ts");
    assert.deepEqual(
      undocumented([
        { name: "bare", file: fixture, typeOnly: false },
        { name: "noExample", file: fixture, typeOnly: false },
        { name: "withExample", file: fixture, typeOnly: false },
        { name: "Shape", file: fixture, typeOnly: true },
      ]),
      ["bare: no JSDoc comment", "noExample: no example of a call"],
    );
  });
});

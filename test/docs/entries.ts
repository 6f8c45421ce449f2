/**
 * The two entries of the public API as the docs tests read them: each named re-export with the
 * file it comes from and the barrel section (its TypeDoc category) it is listed under.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";
import { PACKAGE_ROOT } from "../../src/node/package-root.js";

export const CORE = join(PACKAGE_ROOT, "src", "index.ts");
export const NOTEBOOK = join(PACKAGE_ROOT, "src", "notebook.ts");

export interface Exported {
  readonly name: string;
  readonly file: string;
  readonly typeOnly: boolean;
  /** The barrel section it is listed under (`// Cost views`), its category in the reference. */
  readonly category?: string;
}

export function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

/**
 * An entry's named re-exports (`export { x } from "./m.js"`), with the file each comes from and
 * the section it is listed under: a comment line (`// Cost views: …`) names the section of the
 * exports below it, up to its colon.
 */
export function barrel(entry: string): Exported[] {
  const sf = parse(entry);
  let category: string | undefined;
  return sf.statements.flatMap((st) => {
    const comments = ts.getLeadingCommentRanges(sf.text, st.pos) ?? [];
    const section = comments.map((c) => sf.text.slice(c.pos, c.end)).find((c) => /^\/\/ [A-Z]/.test(c));
    if (section && comments.length === 1) category = section.slice(3).split(":")[0]!.trim();
    if (!ts.isExportDeclaration(st) || !st.moduleSpecifier || !st.exportClause || !ts.isNamedExports(st.exportClause))
      return [];
    const file = resolve(dirname(entry), (st.moduleSpecifier as ts.StringLiteral).text.replace(/\.js$/, ".ts"));
    return st.exportClause.elements.map((e) => ({
      name: e.name.text,
      file,
      typeOnly: st.isTypeOnly || e.isTypeOnly,
      ...(category === undefined ? {} : { category }),
    }));
  });
}

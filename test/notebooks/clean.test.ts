/**
 * The committed notebooks are thin and clean, as the project's style asks (STYLE.md, habit 12):
 * no outputs or execution metadata (so diffs show only what was written), nbformat 4.5 with cell
 * ids, the tslab kernel, one parameters cell declaring assumptions by their library names, and code
 * cells that call the library rather than define logic (no functions, no arrows), importing by name
 * from the build's two entries and Arquero only.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { assumptionNames } from "../../src/assumptions/specs.js";

const DIR = fileURLToPath(new URL("../../notebooks/", import.meta.url));
const ALLOWED_IMPORTS = ["../dist/index.js", "../dist/notebook.js", "arquero"];

interface Cell {
  cell_type: string;
  id?: string;
  metadata: Record<string, unknown>;
  source: string | string[];
  outputs?: unknown[];
  execution_count?: number | null;
}
interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: { kernelspec?: Record<string, string>; language_info?: { name?: string } };
  cells: Cell[];
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".ipynb"))
  .sort();
const text = (cell: Cell) => (Array.isArray(cell.source) ? cell.source.join("") : cell.source);
const tags = (cell: Cell) => (cell.metadata.tags as string[] | undefined) ?? [];
/** Code without its line comments and string contents, so that words in them are not read as code. */
const codeOnly = (source: string) =>
  source.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""').replace(/\/\/.*$/gm, "");

describe("notebooks: committed clean and thin", () => {
  it("notebooks/ holds the six analysis notebooks", () => {
    assert.deepEqual(names, [
      "01-article-figures.ipynb",
      "02-purchase-vs-rental-vs-reported.ipynb",
      "03-assumptions.ipynb",
      "04-in-context.ipynb",
      "05-frontier.ipynb",
      "06-headlines.ipynb",
    ]);
  });

  for (const name of names) {
    describe(name, () => {
      const nb = JSON.parse(readFileSync(`${DIR}${name}`, "utf8")) as Notebook;
      const code = nb.cells.filter((c) => c.cell_type === "code");

      it("is nbformat 4.5 with a unique id on every cell, for the tslab kernel", () => {
        assert.equal(nb.nbformat, 4);
        assert.ok(nb.nbformat_minor >= 5, `nbformat_minor ${nb.nbformat_minor}`);
        const ids = nb.cells.map((c) => c.id);
        assert.ok(
          ids.every((id) => typeof id === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(id)),
          "every cell has an nbformat 4.5 id",
        );
        assert.equal(new Set(ids).size, ids.length, "cell ids are unique");
        assert.deepEqual(nb.metadata.kernelspec, { display_name: "TypeScript", language: "typescript", name: "tslab" });
        assert.equal(nb.metadata.language_info?.name, "typescript");
      });

      it("has no outputs, execution counts or execution metadata", () => {
        for (const cell of code) {
          assert.deepEqual(cell.outputs, [], `outputs in cell ${cell.id}`);
          assert.equal(cell.execution_count, null, `execution_count in cell ${cell.id}`);
        }
        for (const cell of nb.cells) {
          const extra = Object.keys(cell.metadata).filter((k) => k !== "tags");
          assert.deepEqual(extra, [], `metadata in cell ${cell.id}`);
        }
      });

      it("opens with a markdown introduction, then a setup cell of named imports", () => {
        assert.equal(nb.cells[0]?.cell_type, "markdown");
        assert.match(text(nb.cells[0]), /^# \d\d · /);
        assert.match(text(nb.cells[0]), /https:\/\//, "the introduction cites its sources");
        assert.match(text(code[0]!), /^import \{[^}]+\} from "\.\.\/dist\/index\.js";/);
      });

      it("imports by name, only from ../dist/index.js, ../dist/notebook.js and arquero", () => {
        for (const cell of code) {
          const source = text(cell);
          assert.doesNotMatch(source, /import\s*\*/, `import * in cell ${cell.id}`);
          assert.doesNotMatch(
            codeOnly(source),
            /\brequire\s*\(|\bimport\s*\(/,
            `require or dynamic import in cell ${cell.id}`,
          );
          for (const [, from] of source.matchAll(/^\s*import\b[^;]*?from\s*"([^"]+)"/gm))
            assert.ok(ALLOWED_IMPORTS.includes(from!), `import from ${from}`);
        }
      });

      it("breaks its imports over lines of at most 100 characters, and prints lines with print()", () => {
        for (const cell of code) {
          const source = text(cell);
          for (const [statement] of source.matchAll(/^import\b[^;]*;/gm))
            for (const line of statement.split("\n"))
              assert.ok(line.length <= 100, `import line of ${line.length}: ${line}`);
          assert.doesNotMatch(
            source,
            /console\.log\([^;]*\.join\("\\n"\)\)/,
            `console.log(….join("\\n")) in cell ${cell.id}`,
          );
          assert.doesNotMatch(codeOnly(source), /\bfor\s*\(/, `a loop in cell ${cell.id}`);
        }
      });

      it("has exactly one parameters cell, declaring assumptions by name (and lang, set by --lang), each with its allowed values in a comment", () => {
        const parameters = nb.cells.filter((c) => tags(c).includes("parameters"));
        assert.equal(parameters.length, 1);
        assert.equal(nb.cells.filter((c) => tags(c).includes("injected-parameters")).length, 0);
        const lines = text(parameters[0]!)
          .split("\n")
          .filter((l) => /^\s*(const|let|var)\s/.test(l));
        assert.ok(lines.length > 0);
        for (const line of lines) {
          const name = /^\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)/.exec(line)![1]!;
          // the one parameter that is not an assumption: the language, which --lang sets
          if (name === "lang") {
            assert.match(line, /"en".*"zh".*"ja"/, "lang names the languages it takes");
            continue;
          }
          // caseId is the notebooks' name for the assumption `case` (a reserved word), as --set case=… injects it
          assert.ok(
            (assumptionNames as string[]).includes(name) || name === "caseId",
            `${name} is not an assumption: --set ${name}=… would be refused`,
          );
          assert.match(line, /;\s*\/\/ \S/, `${name} has no comment with its allowed values`);
        }
      });

      it("defines no functions: no `function`, no arrows (Arquero takes expressions as strings)", () => {
        for (const cell of code) {
          const source = text(cell);
          assert.doesNotMatch(codeOnly(source), /\bfunction\b/, `function in cell ${cell.id}`);
          assert.doesNotMatch(source, /=>/, `arrow in cell ${cell.id}`);
        }
      });

      it("writes object properties in full: tslab 1.0.22 loses a shorthand `{ x }` that names an earlier cell's variable", () => {
        for (const cell of code) {
          const code = codeOnly(text(cell)).replace(/^\s*import\b[^;]*;/gm, "");
          for (const line of code.replaceAll("${", "$(").split("\n")) {
            assert.doesNotMatch(
              line,
              /[{,]\s*[A-Za-z_$][\w$]*\s*[,}]/,
              `shorthand property in cell ${cell.id}: ${line.trim()}`,
            );
          }
        }
      });
    });
  }
});

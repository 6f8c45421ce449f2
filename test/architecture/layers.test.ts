/**
 * Layers point down (STYLE.md, habit 13): a folder of src/ imports only from folders below it, and
 * the computing core imports nothing from Node, so the same code runs in a notebook, a terminal
 * and a browser. Every import of every file in src/ is read (static, type-only and dynamic ones).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { PACKAGE_ROOT } from "../../src/node/package-root.js";

const SRC = join(PACKAGE_ROOT, "src");

/** Bottom to top. A folder may import from its own folder and from those listed before it. */
export const LAYERS = [
  "errors",
  // checks of a value as given: real days, plain objects with known fields, lists
  "validate",
  "range",
  "money",
  "amount",
  "uncertainty",
  "trend",
  "data",
  "fx",
  "gpu",
  // the languages: catalogues keyed alike, and figures written as each language writes them
  "i18n",
  // figures, tables' cells and series names as text
  "format",
  "input",
  "cost",
  "compute",
  // headline cases: a claim and the run behind it, assembled from the data files
  "cases",
  "assumptions",
  "analysis",
  "charts",
  "display",
  // the live report page: portable, and bundled for the browser
  "live",
  // Node from here up
  "node",
  "runner",
  "report",
  "cli",
] as const;

/** The computing core: everything below the Node layer. */
const CORE = LAYERS.slice(0, LAYERS.indexOf("node"));

/** Folders held to fewer imports than their rank allows: the runner lifts into another project as it is. */
const ONLY: Partial<Record<(typeof LAYERS)[number], readonly string[]>> = { runner: ["errors"] };

const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Packages that only run in Node (tslab compiles with TypeScript and talks over zeromq). */
const nodeOnlyPackages = new Set(["tslab", "zeromq", "typescript"]);

interface Import {
  readonly file: string;
  readonly specifier: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles.map((f) => ({ file: relative(SRC, file), specifier: f.fileName }));
}

/** The src/ folder a file or a relative import lands in (`""` for src/index.ts). */
function folderOf(pathInSrc: string): string {
  const parts = pathInSrc.split(/[\\/]/);
  return parts.length > 1 ? (parts[0] as string) : "";
}

const all = sourceFiles(SRC).flatMap(importsOf);

/** Imports that break the rules: the input of the checks, apart from the checks' own tests below. */
export function violations(imports: readonly Import[]): string[] {
  const out: string[] = [];
  for (const { file, specifier } of imports) {
    const from = folderOf(file);
    if (from === "") continue; // the barrel (src/index.ts) sits on top
    const rank = LAYERS.indexOf(from as (typeof LAYERS)[number]);
    if (rank < 0) {
      out.push(`${file}: folder ${from}/ is not in LAYERS`);
      continue;
    }
    if (specifier.startsWith(".")) {
      const target = folderOf(relative(SRC, resolve(SRC, dirname(file), specifier)));
      const allowed = ONLY[from as keyof typeof ONLY];
      if (target === from) continue;
      if (
        allowed ? !allowed.includes(target) : LAYERS.indexOf(target as (typeof LAYERS)[number]) > rank || target === ""
      ) {
        out.push(
          `${file} imports ${specifier}: ${from}/ may not import ${target === "" ? "the barrel" : `${target}/`}`,
        );
      }
    } else if ((CORE as readonly string[]).includes(from)) {
      const pkg = specifier.startsWith("@")
        ? specifier.split("/").slice(0, 2).join("/")
        : (specifier.split("/")[0] as string);
      if (nodeBuiltins.has(specifier) || nodeBuiltins.has(pkg) || nodeOnlyPackages.has(pkg)) {
        out.push(`${file} imports ${specifier}: the core (${from}/) imports nothing that only runs in Node`);
      }
    }
  }
  return out;
}

describe("architecture/layers", () => {
  it("every folder of src/ is a layer, and the checks see every file's imports", () => {
    const folders = new Set(
      sourceFiles(SRC)
        .map((f) => folderOf(relative(SRC, f)))
        .filter((f) => f !== ""),
    );
    assert.deepEqual(
      [...folders].filter((f) => !(LAYERS as readonly string[]).includes(f)),
      [],
    );
    assert.ok(all.length > 300, `only ${all.length} imports found`);
  });

  it("imports point down only, and the core imports nothing from Node", () => {
    assert.deepEqual(violations(all), []);
  });

  it("the check fails on an import that points up, a core file that reads files, and a runner that knows of reports", () => {
    assert.deepEqual(
      violations([
        { file: "money/money.ts", specifier: "../assumptions/assumptions.js" },
        { file: "cost/rental.ts", specifier: "node:fs" },
        { file: "data/parse-csv.ts", specifier: "fs/promises" },
        { file: "runner/kernel.ts", specifier: "../report/summary.js" },
        { file: "runner/kernel.ts", specifier: "../node/package-root.js" },
        { file: "charts/show.ts", specifier: "tslab" },
        { file: "cli/main.ts", specifier: "../assumptions/assumptions.js" },
        { file: "node/data-files.ts", specifier: "node:fs" },
      ]),
      [
        "money/money.ts imports ../assumptions/assumptions.js: money/ may not import assumptions/",
        "cost/rental.ts imports node:fs: the core (cost/) imports nothing that only runs in Node",
        "data/parse-csv.ts imports fs/promises: the core (data/) imports nothing that only runs in Node",
        "runner/kernel.ts imports ../report/summary.js: runner/ may not import report/",
        "runner/kernel.ts imports ../node/package-root.js: runner/ may not import node/",
        "charts/show.ts imports tslab: the core (charts/) imports nothing that only runs in Node",
      ],
    );
  });
});

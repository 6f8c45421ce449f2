import assert from "node:assert/strict";
import { throwsText } from "../throws-text.js";
import { cellSource, type Cell, type Notebook } from "../../src/runner/ipynb.js";
import {
  INJECTED_TAG,
  injectedSource,
  injectParameters,
  PARAMETERS_TAG,
  parseDeclarations,
} from "../../src/runner/parameters.js";

function code(id: string, source: string, tags?: string[]): Cell {
  return { cell_type: "code", id, metadata: tags ? { tags } : {}, source, execution_count: null, outputs: [] };
}
function notebook(...cells: Cell[]): Notebook {
  return { nbformat: 4, nbformat_minor: 5, metadata: {}, cells };
}

describe("runner/parameters", () => {
  it("parseDeclarations(source) reads keyword, name and annotation, braces and arrows included", () => {
    const source = [
      "// allowed: a whole number or {low, high}",
      "const gpuCount: number | { low: number; high: number } = 2000;",
      'const gpuPrice: PriceInput = "¥4M"; // traders\' price',
      "let pick: (x: number) => string = String;",
      'const currency = "USD";',
    ].join("\n");
    assert.deepEqual(parseDeclarations(source), [
      { keyword: "const", name: "gpuCount", type: "number | { low: number; high: number }" },
      { keyword: "const", name: "gpuPrice", type: "PriceInput" },
      { keyword: "let", name: "pick", type: "(x: number) => string" },
      { keyword: "const", name: "currency", type: undefined },
    ]);
  });

  it("injectedSource(overrides, declarations) repeats each declaration's keyword and type, values as JSON literals", () => {
    const declarations = parseDeclarations('const gpuPrice: PriceInput = "¥4M";\nlet gpuCount = 2000;');
    assert.equal(
      injectedSource(
        { gpuPrice: "400万～500万日元", gpuCount: { low: 2000, high: 3000 }, currency: "JPY" },
        declarations,
      ),
      [
        "// Parameters injected by gpu-cost-lab",
        'const gpuPrice: PriceInput = "400万～500万日元";',
        'let gpuCount = {"low":2000,"high":3000};',
        'const currency = "JPY";',
      ].join("\n"),
    );
  });

  it("injectedSource refuses a name that is not an identifier and a value whose JSON has a __proto__ key", () => {
    for (const name of ["__proto__ = {}; x", "gpu Count", "1x", ""]) {
      throwsText(
        () => injectedSource({ [name]: 1 }),
        `invalid parameter name: ${JSON.stringify(name)} (expected a JavaScript identifier, e.g. gpuCount)`,
      );
    }
    // JSON keeps "__proto__" as a field; the same text as a TypeScript literal sets the prototype
    const value = JSON.parse('{"low":2000,"high":3000,"__proto__":{"low":1}}') as unknown;
    throwsText(
      () => injectedSource({ gpuCount: value }),
      'invalid parameter gpuCount: {"low":2000,"high":3000,"__proto__":{"low":1}} (expected JSON without a "__proto__" key: written into the notebook as a TypeScript literal, it would set the object\'s prototype)',
    );
    throwsText(
      () => injectedSource({ list: [JSON.parse('{"__proto__":1}') as unknown] }),
      'invalid parameter list: [{"__proto__":1}] (expected JSON without a "__proto__" key: written into the notebook as a TypeScript literal, it would set the object\'s prototype)',
    );
  });

  it("injectParameters(nb, overrides) puts an injected-parameters cell right after the parameters cell", () => {
    const nb = notebook(
      code("setup", 'import * as tslab from "tslab";'),
      code("params", "const gpuCount = 2000;", [PARAMETERS_TAG]),
      code("use", "gpuCount"),
    );
    const { notebook: out, injected, undeclared } = injectParameters(nb, { gpuCount: 2048 });
    assert.equal(injected, true);
    assert.deepEqual(undeclared, []);
    assert.deepEqual(
      out.cells.map((c) => c.id).filter((id) => id !== out.cells[2]!.id),
      ["setup", "params", "use"],
    );
    assert.deepEqual(out.cells[2]!.metadata.tags, [INJECTED_TAG]);
    assert.equal(cellSource(out.cells[2]!), "// Parameters injected by gpu-cost-lab\nconst gpuCount = 2048;");
    assert.equal(nb.cells.length, 3, "the source notebook is not modified");
  });

  it("injectParameters replaces an earlier injected cell, and removes it when there are no overrides", () => {
    const nb = notebook(
      code("params", "const gpuCount = 2000;", [PARAMETERS_TAG]),
      code("old", "const gpuCount = 1;", [INJECTED_TAG]),
      code("use", "gpuCount"),
    );
    const again = injectParameters(nb, { gpuCount: 3000 }).notebook;
    assert.equal(again.cells.length, 3);
    assert.equal(cellSource(again.cells[1]!), "// Parameters injected by gpu-cost-lab\nconst gpuCount = 3000;");
    const none = injectParameters(nb, {});
    assert.equal(none.injected, false);
    assert.deepEqual(
      none.notebook.cells.map((c) => c.id),
      ["params", "use"],
    );
  });

  it("injectParameters reports a notebook without a parameters cell, and names the parameters it does not declare", () => {
    const plain = injectParameters(notebook(code("a", "1")), { gpuCount: 2048 });
    assert.equal(plain.hasParametersCell, false);
    assert.equal(plain.injected, false);
    const partial = injectParameters(notebook(code("p", "const gpuCount = 1;", [PARAMETERS_TAG])), {
      gpuCount: 2,
      pue: 1.2,
    });
    assert.deepEqual(partial.undeclared, ["pue"]);
  });
});

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { csvLoader, derived } from "../../src/data/csv-loader.js";
import { dataFiles, useDataFiles, type DataFiles } from "../../src/data/data-files.js";
import { loadGpus } from "../../src/data/load-gpus.js";
import { dataPath, nodeDataFiles } from "../../src/node/data-files.js";
import type { FileSchema } from "../../src/data/schema.js";

/** A source of data files in memory, as a browser bundle provides them. */
function memoryFiles(files: Record<string, string>): DataFiles {
  return { read: (name) => ({ text: files[name] ?? "", file: `data/${name}` }) };
}

const schema: FileSchema = { file: "tiny.csv", columns: [{ name: "id", type: "string", required: true }], key: ["id"] };

describe("data/data-files", () => {
  afterEach(() => useDataFiles(nodeDataFiles));

  it("the loaders read through the installed source, and follow it when it changes", () => {
    const gpus = readFileSync(dataPath("gpus.csv"), "utf8");
    const fromNode = loadGpus();
    useDataFiles(memoryFiles({ "gpus.csv": gpus.split("\n").slice(0, 2).join("\n") }));
    // the header and the first row only: one GPU
    assert.equal(loadGpus().numRows(), 1);
    useDataFiles(nodeDataFiles);
    assert.equal(loadGpus().numRows(), fromNode.numRows());
  });

  it("a loader parses once per source; derived() rebuilds only when its table changes", () => {
    useDataFiles(memoryFiles({ "tiny.csv": "id\na\nb\n" }));
    const load = csvLoader(schema);
    assert.equal(load(), load());
    let builds = 0;
    const ids = derived(load, (t) => (builds++, t.array("id") as string[]));
    assert.deepEqual(ids(), ["a", "b"]);
    ids();
    assert.equal(builds, 1);
    useDataFiles(memoryFiles({ "tiny.csv": "id\nc\n" }));
    assert.deepEqual(ids(), ["c"]);
    assert.equal(builds, 2);
  });

  it("with no source installed, or a path where the source reads none, the error says so", () => {
    useDataFiles(undefined as unknown as DataFiles);
    assert.throws(() => dataFiles(), {
      message: "no data files: none installed (expected useDataFiles() first: the package entry point installs data/ in Node)",
    });
    useDataFiles(memoryFiles({}));
    assert.throws(() => loadGpus("/tmp/gpus.csv"), {
      message: "cannot read /tmp/gpus.csv: this data source reads no paths (expected a data file name, e.g. loadGpus())",
    });
  });
});

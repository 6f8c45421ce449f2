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
      message:
        "no data files: none installed (expected useDataFiles() first: the package entry point installs data/ in Node)",
    });
    useDataFiles(memoryFiles({}));
    assert.throws(() => loadGpus("/tmp/gpus.csv"), {
      message:
        "cannot read /tmp/gpus.csv: this data source reads no paths (expected a data file name, e.g. loadGpus())",
    });
  });

  it("text with a NUL character, UTF-16 read as UTF-8 by another source of files, is named by line and character", () => {
    useDataFiles(memoryFiles({ "tiny.csv": "id\na\0b\n" }));
    assert.throws(() => csvLoader(schema)(), {
      message:
        "invalid data/tiny.csv line 2, character 2: a NUL character, as UTF-16 text has beside every ASCII character (expected UTF-8 text: save the file as UTF-8)",
    });
  });

  it("a key of several columns is one key per row as written, not their cells joined by /", () => {
    const pair: FileSchema = {
      file: "pair.csv",
      columns: [
        { name: "a", type: "string", required: true },
        { name: "b", type: "string", required: true },
      ],
      key: ["a", "b"],
    };
    // "x/y" + "z" and "x" + "y/z" both join to x/y/z, yet are two keys
    useDataFiles(memoryFiles({ "pair.csv": "a,b\nx/y,z\nx,y/z\n" }));
    assert.equal(csvLoader(pair)().numRows(), 2);
    useDataFiles(memoryFiles({ "pair.csv": "a,b\nx,y/z\nx,y/z\n" }));
    assert.throws(() => csvLoader(pair)(), {
      message: 'duplicate a/b in data/pair.csv line 3: "x/y/z" (first on line 2; expected each a/b once)',
    });
  });
});

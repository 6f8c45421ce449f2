import assert from "node:assert/strict";
import { embeddedDataFiles } from "../../src/live/page-data.js";
import { throwsText } from "../throws-text.js";

describe("live/page-data", () => {
  it("embeddedDataFiles serves the files a page carries, as the library's loaders read them, and refuses others", () => {
    const files = embeddedDataFiles({ "gpus.csv": "gpu,name\n" });
    assert.deepEqual(files.read("gpus.csv"), { text: "gpu,name\n", file: "data/gpus.csv" });
    throwsText(
      () => files.read("toString"),
      "cannot read data/toString: not embedded in this page (expected a UTF-8 CSV file)",
    );
    assert.equal("readPath" in files, false);
  });
});

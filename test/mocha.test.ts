import assert from "node:assert/strict";
import { mochaArgs } from "./mocha.js";

const MOCHA = "node_modules/mocha/bin/mocha.js";

describe("test/mocha (npm run test:unit and test:kernel)", () => {
  it("with no file named, runs the configuration's whole suite, options passed on", () => {
    assert.deepEqual(mochaArgs("unit", ["--grep", "amount"]), [
      MOCHA,
      ...["--config", ".mocharc.json", "test/**/*.test.ts", "--grep", "amount"],
    ]);
    assert.deepEqual(mochaArgs("kernel", []), [
      MOCHA,
      ...["--config", "test/kernel.mocharc.json", "test/**/*.kernel.test.ts"],
    ]);
  });

  it("a file named runs alone: the suite's glob is not added behind it", () => {
    assert.deepEqual(mochaArgs("kernel", ["test/runner/kernel.kernel.test.ts", "--reporter", "spec"]), [
      MOCHA,
      ...["--config", "test/kernel.mocharc.json", "test/runner/kernel.kernel.test.ts", "--reporter", "spec"],
    ]);
  });

  it("a folder named stands for the suite's files under it", () => {
    assert.deepEqual(mochaArgs("unit", ["test/charts"]), [
      MOCHA,
      ...["--config", ".mocharc.json", "test/charts/**/*.test.ts"],
    ]);
  });
});

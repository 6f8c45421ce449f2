import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { catalogues, sharedCodes } from "../src/catalogues.js";
import { PACKAGE_ROOT } from "../src/node/package-root.js";

describe("catalogues", () => {
  it("every src/<folder>/messages.ts is in the registry, under its folder's name", () => {
    const src = join(PACKAGE_ROOT, "src");
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((e) => e.isDirectory() && readdirSync(join(src, e.name)).includes("messages.ts"))
      .map((e) => e.name);
    assert.deepEqual(Object.keys(catalogues).sort(), folders.sort());
  });

  it("no code is defined in two catalogues", () => {
    assert.deepEqual(sharedCodes(catalogues), []);
  });

  it("the check fails on a code defined in two catalogues, naming both", () => {
    const copy = { notFinite: catalogues.errors.notFinite };
    assert.deepEqual(sharedCodes({ ...catalogues, money: { ...catalogues.money, ...copy } }), [
      "notFinite: in errors/ and money/",
    ]);
  });
});

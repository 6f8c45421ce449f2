import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataPath } from "../../src/node/data-files.js";
import { loadScenario, scenarioNames } from "../../src/node/scenarios.js";
import { BUNDLE_DIR, LIVE_BUNDLES, readLiveAssets } from "../../src/report/live-assets.js";

describe("report/live-assets", () => {
  it("readLiveAssets reads the built bundles, every data/*.csv and every scenario", async () => {
    const assets = readLiveAssets()!;
    assert.ok(assets, `the bundles are built in ${BUNDLE_DIR} (npm run build)`);
    assert.equal(assets.scripts.page, readFileSync(join(BUNDLE_DIR, LIVE_BUNDLES.page.file), "utf8"));
    assert.equal(assets.scripts.worker, readFileSync(join(BUNDLE_DIR, LIVE_BUNDLES.worker.file), "utf8"));
    const csv = readdirSync(dataPath(".")).filter((f) => f.endsWith(".csv"));
    assert.deepEqual(Object.keys(assets.dataFiles).sort(), csv.sort());
    assert.equal(assets.dataFiles["gpus.csv"], readFileSync(dataPath("gpus.csv"), "utf8"));
    const names = await scenarioNames();
    assert.deepEqual(
      assets.scenarios.map((s) => s.name),
      names,
    );
    const full = await loadScenario("full-programme");
    assert.deepEqual(
      assets.scenarios.find((s) => s.name === "full-programme"),
      {
        name: full.name,
        description: full.description,
        assumptions: full.assumptions,
      },
    );
  });

  it("the bundles hold nothing that would end their block in the page early", () => {
    const { scripts } = readLiveAssets()!;
    for (const text of [scripts.page, scripts.worker]) assert.doesNotMatch(text, /<\/script|<!--/i);
  });

  it("readLiveAssets gives undefined where the bundles are not built", async () => {
    const dir = await mkdtemp(join(tmpdir(), "live-assets-test-"));
    try {
      assert.equal(readLiveAssets(dir), undefined);
      await writeFile(join(dir, LIVE_BUNDLES.page.file), "");
      assert.equal(readLiveAssets(dir), undefined, "the worker's is missing");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

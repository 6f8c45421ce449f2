import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LAB_SETTINGS, labSettingsPath, writeLabSettings } from "../../src/cli/lab-settings.js";

describe("cli/lab-settings", () => {
  let venv: string;
  before(async () => (venv = await mkdtemp(join(tmpdir(), "lab-settings-test-"))));
  after(async () => rm(venv, { recursive: true, force: true }));

  it("writeLabSettings writes the no-news settings where JupyterLab reads a package's defaults", async () => {
    const path = await writeLabSettings(venv);
    assert.equal(path, join(venv, "share/jupyter/lab/settings/overrides.d/gpu-cost-lab.json"));
    assert.equal(labSettingsPath(venv), path);
    assert.deepEqual(JSON.parse(await readFile(path, "utf8")), {
      "@jupyterlab/apputils-extension:notification": { fetchNews: "false", checkForUpdates: false },
    });
    assert.deepEqual(LAB_SETTINGS["@jupyterlab/apputils-extension:notification"].fetchNews, "false");
  });

  it("writeLabSettings leaves a file that already says the same untouched", async () => {
    const path = await writeLabSettings(venv);
    const before = (await stat(path)).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    await writeLabSettings(venv);
    assert.equal((await stat(path)).mtimeMs, before);
  });
});

import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { labSettingsDir, writeLabSettings } from "../../src/cli/lab-settings.js";

const json = async (path: string) => JSON.parse(await readFile(path, "utf8")) as unknown;

describe("cli/lab-settings", () => {
  const made: string[] = [];
  const venv = async () => {
    const dir = await mkdtemp(join(tmpdir(), "lab-settings-test-"));
    made.push(dir);
    return dir;
  };
  after(async () => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

  it("writeLabSettings turns off the news prompt and MathJax where JupyterLab reads the environment's defaults", async () => {
    const dir = await venv();
    const [overrides, pageConfig] = await writeLabSettings(dir);
    assert.equal(labSettingsDir(dir), join(dir, "share/jupyter/lab/settings"));
    assert.equal(overrides, join(dir, "share/jupyter/lab/settings/overrides.d/gpu-cost-lab.json"));
    assert.equal(pageConfig, join(dir, "share/jupyter/lab/settings/page_config.json"));
    assert.deepEqual(await json(overrides), {
      "@jupyterlab/apputils-extension:notification": { fetchNews: "false", checkForUpdates: false },
    });
    assert.deepEqual(await json(pageConfig), { disabledExtensions: { "@jupyterlab/mathjax-extension": true } });
  });

  it("writeLabSettings keeps what a page_config.json already holds, and leaves files that say the same untouched", async () => {
    const dir = await venv();
    await mkdir(labSettingsDir(dir), { recursive: true });
    await writeFile(
      join(labSettingsDir(dir), "page_config.json"),
      JSON.stringify({ disabledExtensions: ["@jupyterlab/some-extension"], other: 1 }),
    );
    const [overrides, pageConfig] = await writeLabSettings(dir);
    assert.deepEqual(await json(pageConfig!), {
      disabledExtensions: { "@jupyterlab/some-extension": true, "@jupyterlab/mathjax-extension": true },
      other: 1,
    });
    const times = async () => Promise.all([overrides!, pageConfig!].map(async (p) => (await stat(p)).mtimeMs));
    const before = await times();
    await new Promise((r) => setTimeout(r, 20));
    await writeLabSettings(dir);
    assert.deepEqual(await times(), before);
  });
});

/**
 * JupyterLab settings that come with the project's `.venv`, in its application settings folder
 * (`<prefix>/share/jupyter/lab/settings/`), below the user's own settings, which still win:
 *
 * - `overrides.d/gpu-cost-lab.json`, defaults for plugins: no first-run "Would you like to get
 *   notified about official Jupyter news?" prompt, no update check (requirements.txt pins the versions);
 * - `page_config.json`, the MathJax extension disabled: these notebooks hold money, not formulas,
 *   and JupyterLab typesets the text between two dollar signs as math, in outputs and in markdown
 *   cells alike, where `\$` does not escape it (jupyterlab/jupyterlab#8645): "$5.576M is 2.788M
 *   GPU-hours at $2" read as italic math. `jupyter labextension enable @jupyterlab/mathjax-extension`
 *   turns it back on.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Plugin settings, by plugin id, as JupyterLab's settings files write them. */
const LAB_SETTINGS = {
  "@jupyterlab/apputils-extension:notification": { fetchNews: "false", checkForUpdates: false },
} as const;

/** The extensions the project's JupyterLab leaves off. */
const DISABLED_EXTENSIONS = ["@jupyterlab/mathjax-extension"] as const;

/** The application settings folder of a virtual environment. */
export function labSettingsDir(venvDir: string): string {
  return join(venvDir, "share", "jupyter", "lab", "settings");
}

/**
 * Write {@link LAB_SETTINGS} and {@link DISABLED_EXTENSIONS} into `venvDir`, keeping whatever
 * else a `page_config.json` there holds; a file that already says the same is left untouched.
 * Resolves with the paths of the two files.
 */
export async function writeLabSettings(venvDir: string): Promise<string[]> {
  const dir = labSettingsDir(venvDir);
  const overrides = join(dir, "overrides.d", "gpu-cost-lab.json");
  const pageConfig = join(dir, "page_config.json");
  const existing = JSON.parse((await readFile(pageConfig, "utf8").catch(() => "")) || "{}") as {
    disabledExtensions?: Record<string, boolean> | string[];
  };
  const disabled = Array.isArray(existing.disabledExtensions)
    ? Object.fromEntries(existing.disabledExtensions.map((name) => [name, true]))
    : { ...existing.disabledExtensions };
  for (const name of DISABLED_EXTENSIONS) disabled[name] = true;
  await writeIfChanged(overrides, LAB_SETTINGS);
  await writeIfChanged(pageConfig, { ...existing, disabledExtensions: disabled });
  return [overrides, pageConfig];
}

async function writeIfChanged(path: string, value: unknown): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if ((await readFile(path, "utf8").catch(() => "")) === text) return;
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, text);
}

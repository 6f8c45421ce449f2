/**
 * JupyterLab settings that come with the project's `.venv`: JupyterLab reads every
 * `<prefix>/share/jupyter/lab/settings/overrides.d/*.json` as defaults (before the user's own
 * `overrides.json` and settings, which still win), so `npm run lab` opens without the first-run
 * "Would you like to get notified about official Jupyter news?" prompt and checks for no updates
 * (the versions are pinned in requirements.txt).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** The settings, by plugin id, as JupyterLab's settings files write them. */
export const LAB_SETTINGS = {
  "@jupyterlab/apputils-extension:notification": { fetchNews: "false", checkForUpdates: false },
} as const;

/** Where they go in a virtual environment. */
export function labSettingsPath(venvDir: string): string {
  return join(venvDir, "share", "jupyter", "lab", "settings", "overrides.d", "gpu-cost-lab.json");
}

/** Write {@link LAB_SETTINGS} into `venvDir` (unless already there as they are); resolves with the file's path. */
export async function writeLabSettings(venvDir: string): Promise<string> {
  const path = labSettingsPath(venvDir);
  const text = `${JSON.stringify(LAB_SETTINGS, null, 2)}\n`;
  if ((await readFile(path, "utf8").catch(() => "")) === text) return path;
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, text);
  return path;
}

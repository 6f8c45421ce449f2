/**
 * `jupyter lab` arguments: loopback only, rooted in `rootDir` (kernels start in the notebook's own
 * folder below it, where tslab finds the project's `@types/node`), no browser, `--allow-root` when
 * run as root. `extraArgs` come last,
 * so a user's `--ServerApp.open_browser=True` or `--port=9000` wins.
 */
export function labArgs(rootDir: string, extraArgs: string[] = []): string[] {
  // Jupyter refuses to run as root without --allow-root (CI containers and this machine run as root).
  const root = process.getuid?.() === 0 ? ["--allow-root"] : [];
  return ["lab", "--ServerApp.ip=127.0.0.1", `--ServerApp.root_dir=${rootDir}`, "--no-browser", ...root, ...extraArgs];
}

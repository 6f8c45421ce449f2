/**
 * What installing the project costs on disk: `node_modules` after `npm ci`, whole and with
 * `--omit=dev` (what a user of the package needs at run time), against the goals ≤ 220 MB and
 * ≤ 150 MB, with the 8 largest packages of each.
 *
 * Done in a temporary copy (package.json and package-lock.json only, `--ignore-scripts` so no
 * build or native download runs), never in the work tree. MB here is 10^6 bytes, from `du -sb`.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const GOAL_WHOLE_MB = 220;
const GOAL_RUNTIME_MB = 150;
const TOP = 8;

/** Bytes under `path`, by `du -sb` (apparent size, so the figure does not depend on the file system's blocks). */
function bytes(path: string): number {
  const out = execFileSync("du", ["-sb", path], { encoding: "utf8" });
  return Number(out.split("\t")[0]);
}

const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;

/** Every top-level package in `nodeModules` (`@scope/name` counted as one), largest first. */
function packageSizes(nodeModules: string): { name: string; bytes: number }[] {
  const names: string[] = [];
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith(".")) continue;
    if (entry.startsWith("@")) for (const sub of readdirSync(join(nodeModules, entry))) names.push(`${entry}/${sub}`);
    else names.push(entry);
  }
  return names.map((name) => ({ name, bytes: bytes(join(nodeModules, name)) })).sort((a, b) => b.bytes - a.bytes);
}

function install(
  dir: string,
  omitDev: boolean,
): { seconds: number; bytes: number; top: { name: string; bytes: number }[] } {
  const args = [
    "ci",
    "--ignore-scripts",
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
    ...(omitDev ? ["--omit=dev"] : []),
  ];
  const started = Date.now();
  execFileSync("npm", args, { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  const seconds = (Date.now() - started) / 1000;
  const nodeModules = join(dir, "node_modules");
  return { seconds, bytes: bytes(nodeModules), top: packageSizes(nodeModules).slice(0, TOP) };
}

export default function installSizeBench(): void {
  const dir = mkdtempSync(join(tmpdir(), "gpu-cost-lab-install-"));
  try {
    for (const file of ["package.json", "package-lock.json"]) {
      if (!existsSync(join(root, file))) throw new Error(`install-size: ${file} is missing in ${root}`);
      copyFileSync(join(root, file), join(dir, file));
    }
    for (const [label, omitDev, goal] of [
      ["npm ci (whole)", false, GOAL_WHOLE_MB],
      ["npm ci --omit=dev (runtime)", true, GOAL_RUNTIME_MB],
    ] as const) {
      const r = install(dir, omitDev);
      const verdict = r.bytes <= goal * 1e6 ? "met" : "NOT met";
      console.log(
        `${label}: node_modules ${mb(r.bytes)} (goal ≤ ${goal} MB: ${verdict}), installed in ${r.seconds.toFixed(0)} s`,
      );
      console.log(`  largest: ${r.top.map((p) => `${p.name} ${mb(p.bytes)}`).join(", ")}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

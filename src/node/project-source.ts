import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "./package-root.js";

/** Which code made a report: the package's version and the commit it was built from. */
export interface ProjectSource {
  /** `package.json`'s version: `0.1.0`. */
  readonly version: string;
  /** The commit, short (`5e45c44`): git's, else GitHub Actions' `GITHUB_SHA`; `unknown` outside a repository. */
  readonly commit: string;
}

/**
 * The version and commit of the package at `root`, for the page's "How to cite". A working tree
 * with changes not yet committed is marked (`5e45c44+changes`), so that a citation never names a
 * commit whose code did not make the figures.
 *
 * `projectSource()` → `{ version: "0.1.0", commit: "5e45c44" }`
 */
export function projectSource(root = PACKAGE_ROOT, env: NodeJS.ProcessEnv = process.env): ProjectSource {
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 5000,
    }).trim();
  let commit: string;
  try {
    commit = git("rev-parse", "--short", "HEAD");
    if (git("status", "--porcelain", "--untracked-files=no", "--", "src", "data", "notebooks") !== "")
      commit += "+changes";
  } catch {
    commit = env["GITHUB_SHA"]?.slice(0, 7) || "unknown";
  }
  return { version, commit };
}

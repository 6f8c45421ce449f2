/**
 * Snapshot tests of chart specs, as Observable Plot keeps its rendered output in test/output/:
 * each spec is serialised with sorted keys and compared with `snapshots/<name>.vl.json`.
 *
 * - same: pass;
 * - different: write `snapshots/<name>-changed.json` beside it (git-ignored) and fail, so the
 *   difference can be inspected with a diff and the snapshot replaced on purpose;
 * - missing: fail, naming the file, unless `UPDATE_SNAPSHOTS=1`: then write it, say so on stderr,
 *   and pass. A snapshot is written only when asked for, never because a file was lost or a test
 *   renamed (CI, which never sets it, fails the same way).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const DIR = fileURLToPath(new URL("./snapshots/", import.meta.url));

/** JSON with every object's keys sorted, two-space indented, ending in a newline. */
export function sortedJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * Compares `spec` with the stored snapshot `name` (see the module comment). `dir` defaults to
 * test/charts/snapshots/; `update` (write a missing snapshot) defaults to `UPDATE_SNAPSHOTS=1`.
 */
export function matchSnapshot(
  name: string,
  spec: unknown,
  { dir = DIR, update = process.env.UPDATE_SNAPSHOTS === "1" }: { dir?: string; update?: boolean } = {},
): void {
  const path = join(dir, `${name}.vl.json`);
  const changed = join(dir, `${name}-changed.json`);
  const actual = sortedJson(spec);
  const shown = relative(process.cwd(), path);
  if (!existsSync(path)) {
    if (!update) {
      assert.fail(
        `chart ${name} has no snapshot (${shown}): run UPDATE_SNAPSHOTS=1 npm run test:unit -- test/charts/, review the written snapshot and commit it`,
      );
    }
    writeFileSync(path, actual);
    process.stderr.write(`      (wrote the missing snapshot ${shown})\n`);
    return;
  }
  const expected = readFileSync(path, "utf8");
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  assert.fail(
    `chart ${name} differs from its snapshot: compare ${shown} with ${name}-changed.json, and replace the snapshot if the change is intended`,
  );
}

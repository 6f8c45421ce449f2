/**
 * Snapshot tests of chart specs, as Observable Plot keeps its rendered output in test/output/:
 * each spec is serialised with sorted keys and compared with `snapshots/<name>.vl.json`.
 *
 * - same: pass;
 * - different: write `snapshots/<name>-changed.json` beside it (git-ignored) and fail, so the
 *   difference can be inspected with a diff and the snapshot replaced on purpose;
 * - missing: write it, say so on stderr, and pass; under CI (`CI` set, as GitHub Actions and
 *   .ci/run set it) fail instead, since a snapshot written there is never reviewed.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/** Compares `spec` with the stored snapshot `name` (see the module comment). */
export function matchSnapshot(name: string, spec: unknown): void {
  const path = `${DIR}${name}.vl.json`;
  const changed = `${DIR}${name}-changed.json`;
  const actual = sortedJson(spec);
  if (!existsSync(path)) {
    if (process.env.CI) {
      assert.fail(
        `chart ${name} has no snapshot (test/charts/snapshots/${name}.vl.json): run the tests locally, review the written snapshot and commit it`,
      );
    }
    writeFileSync(path, actual);
    process.stderr.write(`      (wrote the missing snapshot test/charts/snapshots/${name}.vl.json)\n`);
    return;
  }
  const expected = readFileSync(path, "utf8");
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  assert.fail(
    `chart ${name} differs from its snapshot: compare test/charts/snapshots/${name}.vl.json with ${name}-changed.json, and replace the snapshot if the change is intended`,
  );
}

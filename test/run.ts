/**
 * `npm test`: build the library (scripts/build.mjs), then run side by side, on every core the machine has
 * 1. the type-check of src/ and test/ (`tsc -p test/tsconfig.json`),
 * 2. the unit suite (.mocharc.json: test/**\/*.test.ts without the kernel suites),
 * 3. the kernel suites (test/kernel.mocharc.json: every *.kernel.test.ts, in parallel workers),
 *    which start kernels (tslab, and the stand-in for the runner's mechanics) and spend much of
 *    their time waiting on them.
 * Each one's output is printed whole when it ends, with its wall time; the exit status is the
 * first failure's. Arguments after `--` go to both mocha runs (e.g. `npm test -- --grep amount`).
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { mochaArgs } from "./mocha.js";

interface Step {
  readonly name: string;
  readonly command: readonly string[];
}

const tsc = ["node", "node_modules/typescript/bin/tsc"];
const extra = process.argv.slice(2);

function run({ name, command }: Step): Promise<{ name: string; code: number; output: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const [file, ...args] = command;
    const child = spawn(file as string, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, FORCE_COLOR: "0" },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code, signal) =>
      resolve({ name, code: code ?? (signal ? 1 : 0), output, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

function report(result: { name: string; code: number; output: string; seconds: number }): void {
  process.stdout.write(
    `\n==> ${result.name} (${result.seconds.toFixed(1)} s${result.code === 0 ? "" : `, exit ${result.code}`})\n`,
  );
  process.stdout.write(result.output.trimEnd() + "\n");
}

const started = performance.now();
// 1. the build the notebooks and the report import (dist/, dist/bundle/), incremental: npm ci has just built it
const build = await run({ name: "build", command: ["node", "scripts/build.mjs"] });
report(build);
if (build.code !== 0) process.exit(build.code);

// 2. everything else at once
const results = await Promise.all(
  [
    { name: "kernel suites", command: ["node", ...mochaArgs("kernel", extra)] },
    { name: "type-check", command: [...tsc, "-p", "test/tsconfig.json"] },
    { name: "unit suite", command: ["node", ...mochaArgs("unit", extra)] },
  ].map((step) => run(step).then((result) => (report(result), result))),
);
const failed = results.find((r) => r.code !== 0);
process.stdout.write(
  `\nnpm test: ${failed ? `FAILED (${failed.name})` : "passed"} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
process.exit(failed ? failed.code : 0);

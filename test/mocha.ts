/**
 * `npm run test:unit` and `npm run test:kernel`: mocha with one of the two configurations, on the
 * files named, or on the configuration's whole suite when none is named.
 *
 *   npm run test:unit                                       every *.test.ts but the kernel suites
 *   npm run test:unit -- test/amount/digits.test.ts         that file alone
 *   npm run test:unit -- test/charts                        the files under that folder
 *   npm run test:unit -- --grep amount                      the suite, filtered
 *   npm run test:kernel -- test/runner/kernel.kernel.test.ts  one kernel suite alone
 *
 * The configurations (.mocharc.json, test/kernel.mocharc.json) hold no `spec`: mocha adds a
 * configuration's `spec` to the files given on the command line, so naming a file ran the whole
 * suite behind it. The suite's files are therefore chosen here (SUITES).
 */
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

/** Each suite's configuration and its files. */
export const SUITES = {
  unit: { config: ".mocharc.json", spec: "test/**/*.test.ts" },
  kernel: { config: "test/kernel.mocharc.json", spec: "test/**/*.kernel.test.ts" },
} as const;

/** Whether `arg` names tests: a file or glob ending in .ts, .js or .mjs, or a folder. */
function namesTests(arg: string): boolean {
  return !arg.startsWith("-") && (/\.(ts|js|mjs)$/.test(arg) || isFolder(arg));
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * The mocha command line of `suite` with `args`: the suite's files unless `args` name some; a
 * folder named stands for the suite's files under it (`test/charts` → `test/charts/**\/*.test.ts`).
 */
export function mochaArgs(suite: keyof typeof SUITES, args: readonly string[]): string[] {
  const { config, spec } = SUITES[suite];
  const named = args.some(namesTests);
  const files = args.map((arg) => (namesTests(arg) && isFolder(arg) ? join(arg, spec.slice(spec.indexOf("**"))) : arg));
  return ["node_modules/mocha/bin/mocha.js", "--config", config, ...(named ? [] : [spec]), ...files];
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [suite, ...args] = process.argv.slice(2);
  if (suite !== "unit" && suite !== "kernel") {
    process.stderr.write(`usage: node --import tsx test/mocha.ts unit|kernel [mocha arguments…] (got ${suite})\n`);
    process.exit(2);
  }
  const child = spawn(process.execPath, mochaArgs(suite, args), { stdio: "inherit" });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

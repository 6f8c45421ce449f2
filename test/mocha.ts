/**
 * `npm run test:unit` and `npm run test:kernel`: mocha with one of the two configurations, on the
 * files named, or on the configuration's whole suite when none is named.
 *
 *   npm run test:unit                                       every *.test.ts but the kernel suites
 *   npm run test:unit -- test/amount/digits.test.ts         that file alone
 *   npm run test:unit -- --grep amount                      the suite, filtered
 *   npm run test:kernel -- test/runner/kernel.kernel.test.ts  one kernel suite alone
 *
 * The configurations (.mocharc.json, test/kernel.mocharc.json) hold no `spec`: mocha adds a
 * configuration's `spec` to the files given on the command line, so naming a file ran the whole
 * suite behind it. The suite's files are therefore chosen here (SUITES).
 */
import { spawn } from "node:child_process";

/** Each suite's configuration and its files. */
export const SUITES = {
  unit: { config: ".mocharc.json", spec: "test/**/*.test.ts" },
  kernel: { config: "test/kernel.mocharc.json", spec: "test/**/*.kernel.test.ts" },
} as const;

/** Whether mocha's arguments `args` name test files (a path or glob ending in .ts, .js or .mjs). */
export function namesFiles(args: readonly string[]): boolean {
  return args.some((arg) => !arg.startsWith("-") && /\.(ts|js|mjs)$/.test(arg));
}

/** The mocha command line of `suite` with `args`. */
export function mochaArgs(suite: keyof typeof SUITES, args: readonly string[]): string[] {
  const { config, spec } = SUITES[suite];
  return ["node_modules/mocha/bin/mocha.js", "--config", config, ...(namesFiles(args) ? [] : [spec]), ...args];
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

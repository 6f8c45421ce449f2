/**
 * Unknown keys from the command line (issue 11): a `-f` file's `"__proto__"` (an own key once
 * JSON.parse reads it), `--set constructor=…`, a value with a field the library does not know.
 * Each is refused with exit status 2 before any kernel starts: the notebooks and summary.json can
 * no longer run with different assumptions. A kernel that leaves a mark when started proves it.
 */
import assert from "node:assert/strict";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { assumptionNames } from "../../src/assumptions/specs.js";
import { inProcess } from "./in-process.js";
import { markerKernel } from "./marker-kernel.js";

const fixture = join("test", "runner", "fixtures", "clean", "parameters.ipynb");
const known = `known: ${assumptionNames.join(", ")}`;

describe("cli: unknown keys", () => {
  const door = markerKernel("unknown-keys-", fixture);
  const refused = (args: readonly string[], message: string) => door.refused(args, message);
  let temp: string;
  beforeEach(() => (temp = door.temp));

  it('-f with {"__proto__": {"gpuCount": 1}} is refused by run, report and estimate before any kernel starts', async () => {
    const params = join(temp, "params.json");
    await writeFile(params, '{"__proto__": {"gpuCount": 1}}');
    const message = `unknown assumption "__proto__" (${known})`;
    const notebook = join(temp, "nbs", "parameters.ipynb");
    await refused(["run", notebook, "-f", params, "--out", join(temp, "out.ipynb")], message);
    await refused(["report", "--notebooks", join(temp, "nbs"), "--out", join(temp, "r"), "-f", params], message);
    const estimate = await inProcess(["estimate", "-f", params]);
    assert.deepEqual(estimate, { status: 2, stdout: "", stderr: `gpu-cost-lab: ${message}\n` });
    assert.deepEqual((await readdir(temp)).sort(), ["jupyter", "nbs", "params.json"], "nothing written");
  });

  it("--set with a name of Object.prototype, or __proto__, is an unknown assumption", async () => {
    const notebook = join(temp, "nbs", "parameters.ipynb");
    for (const [arg, name] of [
      ["constructor=1", "constructor"],
      ["toString=1", "toString"],
      ['__proto__={"gpuCount":1}', "__proto__"],
    ]) {
      await refused(
        ["run", notebook, "--set", arg as string, "--out", join(temp, "out.ipynb")],
        `unknown assumption "${name}" (${known})`,
      );
    }
  });

  it("a value with a field the library does not know is refused, not read in another currency", async () => {
    const notebook = join(temp, "nbs", "parameters.ipynb");
    await refused(
      [
        "run",
        notebook,
        "--set",
        'gpuPrice={"low":4000000,"high":5000000,"unit":"JPY"}',
        "--out",
        join(temp, "o.ipynb"),
      ],
      'invalid gpuPrice.unit: "JPY" (expected only the fields low, high, currency, or a cost view\'s view, label, basis, breakdown, formula)',
    );
    const params = join(temp, "params.json");
    await writeFile(params, '{"gpuCount": {"low": 2000, "high": 3000, "__proto__": {"high": 1}}}');
    await refused(
      ["run", notebook, "-f", params, "--out", join(temp, "o.ipynb")],
      'invalid gpuCount.__proto__: {"high":1} (expected only the fields low, high)',
    );
  });

  it("a value past a plausible bound is refused at the door too", async () => {
    await refused(
      ["run", join(temp, "nbs", "parameters.ipynb"), "--set", "gpuCount=1e22", "--out", join(temp, "o.ipynb")],
      "invalid gpuCount: 1e+22 (expected at most 10,000,000 GPUs: 625 times the 16,000 H100s Llama 3.1 405B trained on, per the Llama 3 Herd paper)",
    );
  });
});

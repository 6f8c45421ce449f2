/**
 * The README's example outputs are the commands' outputs: every ```text block that starts with
 * `$ node dist/cli/main.js …` is run (in this process, no kernel) and must print exactly the rest
 * of the block. An example that drifts from the code fails here, not in a reader's terminal.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { inProcess } from "../cli/in-process.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** Each ```text block of the README that shows a command and its output. */
function examples(text: string): { command: string; args: string[]; output: string }[] {
  return [...text.matchAll(/^```text\n\$ node dist\/cli\/main\.js ([^\n]*)\n([^]*?)^```$/gm)].map((m) => ({
    command: m[1]!,
    args: m[1]!.split(/\s+/).filter(Boolean),
    output: m[2]!,
  }));
}

describe("docs/readme examples", () => {
  it("the README shows at least the estimate of the full programme", () => {
    assert.ok(examples(readme).some((e) => e.command === "estimate --scenario full-programme"));
  });

  for (const example of examples(readme)) {
    it(`gpu-cost-lab ${example.command} prints what the README shows`, async () => {
      const result = await inProcess(example.args);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, example.output);
    });
  }

  it("the check finds a stale block: the 6-row output of before issue 17 differs", () => {
    const stale = "```text\n$ node dist/cli/main.js estimate\nold output\n```\n";
    assert.deepEqual(
      examples(stale).map((e) => [e.command, e.output]),
      [["estimate", "old output\n"]],
    );
  });
});

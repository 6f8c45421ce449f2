import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assumptionChoice, jobsCount, timeoutMs } from "../../src/cli/options.js";
import { GpuCostError } from "../../src/errors/error.js";
import { loadScenario } from "../../src/node/scenarios.js";

describe("cli/options", () => {
  it("assumptionChoice merges scenario < file < --set, later ones winning, and records where each came from", async () => {
    const dir = await mkdtemp(join(tmpdir(), "options-"));
    try {
      const file = join(dir, "p.json");
      await writeFile(file, JSON.stringify({ gpuCount: 3000, currency: "JPY" }));
      const choice = await assumptionChoice({ scenario: "deepseek-paper", file, set: ["currency=CNY"] });
      const paper = await loadScenario("deepseek-paper");
      // scenario: gpuCount 2048, gpuHours 2,788,000; file: gpuCount 3000, JPY; --set: CNY
      assert.deepEqual(choice.overrides, { gpuCount: 3000, gpuHours: paper.assumptions.gpuHours, currency: "CNY" });
      assert.equal(choice.resolved.currency, "CNY");
      assert.deepEqual(choice.from, {
        scenario: { name: "deepseek-paper", description: paper.description, sources: paper.sources },
        file,
        set: { currency: "CNY" },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("assumptionChoice with nothing given is every default", async () => {
    const choice = await assumptionChoice({});
    assert.deepEqual(choice.overrides, {});
    assert.deepEqual(choice.from, {});
  });

  it("timeoutMs(--timeout) reads seconds, at most a day, and defaults to 300 s", () => {
    assert.equal(timeoutMs(undefined), 300_000); // 300 s × 1000
    assert.equal(timeoutMs("1.5"), 1500);
    assert.equal(timeoutMs("86400"), 86_400_000); // a day: 24 × 3,600 s, far below Node's 2^31 − 1 ms timer limit
    for (const text of ["0", "86400.5", "3000000", "Infinity", ""]) {
      assert.throws(
        () => timeoutMs(text),
        (e: unknown) =>
          e instanceof GpuCostError &&
          e.message ===
            `invalid --timeout: ${JSON.stringify(text)} (expected a positive number of seconds, at most 86400)`,
        text,
      );
    }
  });

  it("jobsCount(--jobs) takes a positive whole number, else the fallback", () => {
    assert.equal(jobsCount(undefined, 2), 2);
    assert.equal(jobsCount("3", 2), 3);
    assert.throws(
      () => jobsCount("1.5", 2),
      (e: unknown) =>
        e instanceof GpuCostError && e.message === 'invalid --jobs: "1.5" (expected a positive whole number)',
    );
  });
});

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCases, type CaseRow } from "../../src/data/load-cases.js";
import { loadCaseStages, type CaseStageRow, durationHours } from "../../src/data/load-case-stages.js";
import { loadCaseClaims, type CaseClaimRow } from "../../src/data/load-case-claims.js";
import { loadTrainingRuns, type TrainingRunRow } from "../../src/data/load-training-runs.js";
import { buildCases } from "../../src/cases/data-cases.js";
import { tableRows } from "../../src/data/table-rows.js";
import { dataPath } from "../../src/node/data-files.js";
import { throwsText } from "../throws-text.js";

/** A copy of data/<name> with `from` replaced by `to`, loaded by `load`, in a folder removed after. */
function withCopy(name: string, from: string, to: string, check: (path: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "gpu-cost-lab-cases-"));
  try {
    const path = join(dir, name);
    const text = readFileSync(dataPath(name), "utf8");
    assert.ok(text.includes(from), `${from} not in data/${name}`);
    writeFileSync(path, text.replace(from, to));
    check(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("data/load-cases", () => {
  const stages = tableRows<CaseStageRow>(loadCaseStages());
  const claims = tableRows<CaseClaimRow>(loadCaseClaims());

  it("every case, stage and claim has a source and a quote; every claim's amount is in its quote as written", () => {
    for (const r of tableRows<CaseRow>(loadCases())) assert.ok(r.source && r.quote, r.id);
    for (const s of stages) assert.ok(s.source && s.quote, `${s.case} ${s.stage}`);
    // the amount as written, less its hedge: "$534,700" in "… a rental cost of just $534,700."
    const bare = (a: string) => a.replace(/^(about|under|less than) /, "");
    for (const c of claims) assert.ok(c.quote.includes(bare(c.amount)), `${c.case}: ${c.amount}`);
  });

  it("DeepSeek-V3's and R1's stages are the rows of data/training-runs.csv (one source for Table 1 and Table 7)", () => {
    const runs = tableRows<TrainingRunRow>(loadTrainingRuns());
    const hours = (id: string) => runs.find((r) => r.id === id)!.gpu_hours;
    const of = (c: string) => stages.filter((s) => s.case === c).map((s) => s.gpu_hours);
    assert.deepEqual(of("deepseek-v3"), [
      hours("deepseek-v3-pre-training"),
      hours("deepseek-v3-context-extension"),
      hours("deepseek-v3-post-training"),
    ]);
    assert.deepEqual(of("deepseek-r1"), [
      hours("deepseek-r1-zero-rl"),
      hours("deepseek-r1-sft-data"),
      hours("deepseek-r1-rl"),
    ]);
    assert.deepEqual(of("llama-3.1-405b"), [hours("llama-3.1-405b")]);
  });

  it("durations read as written: 26 min = 26/60 h, 19 h, 3 weeks = 504 h", () => {
    assert.equal(durationHours("26 min"), 26 / 60);
    assert.equal(durationHours("19 h"), 19);
    assert.equal(durationHours("3 weeks"), 3 * 7 * 24);
  });

  it("a bad row is refused by file, line and column", () => {
    withCopy("case-stages.csv", ",3 weeks,", ",three weeks,", (path) =>
      throwsText(
        () => loadCaseStages(path),
        `invalid ${path} line 9, column duration: "three weeks" (expected a number and a unit: 26 min, 19 h, 4 days, 3 weeks)`,
      ),
    );
    withCopy("case-claims.csv", '"$534,700",USD', "half a million,USD", (path) =>
      throwsText(
        () => loadCaseClaims(path),
        `invalid ${path} line 4, column amount: "half a million" (expected an amount of money as written: $5.576M, under $450, 53.47万美元)`,
      ),
    );
    withCopy(
      "case-claims.csv",
      ",lab-paper,rental,$2,all,experiments,",
      ",lab-paper,rental,$2,all,ablations,",
      (path) =>
        throwsText(
          () => loadCaseClaims(path),
          `invalid ${path} line 2, column excludes: "ablations" (expected items joined by " + ", each one of finalRun, experiments, baseModel, dataGeneration, postTraining, owning, staff)`,
        ),
    );
    withCopy("cases.csv", "deepseek-r1,DeepSeek-R1,", "DeepSeek R1,DeepSeek-R1,", (path) =>
      throwsText(
        () => loadCases(path),
        `invalid ${path} line 3, column id: "DeepSeek R1" (expected lower-case letters, digits, dots and hyphens, as users type it: deepseek-v3)`,
      ),
    );
  });

  it("a reference across the files that leads nowhere is refused by file, line and column", () => {
    const rows = tableRows<CaseRow>(loadCases());
    const broken = stages.map((s, i) => (i === 3 ? { ...s, case: "deepseek-r2" } : s));
    throwsText(
      () => buildCases(rows, broken, claims),
      'invalid data/case-stages.csv line 5, column case: "deepseek-r2" (expected the id of a case in data/cases.csv)',
    );
    const counting = claims.map((c, i) => (i === 0 ? { ...c, counts: "Pre-training + Cooldown" } : c));
    throwsText(
      () => buildCases(rows, stages, counting),
      'invalid data/case-claims.csv line 2, column counts: "Pre-training + Cooldown" (expected all, or stage names of deepseek-v3 joined by " + ": Pre-training, Context extension, Post-training)',
    );
  });
});

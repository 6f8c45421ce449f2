import assert from "node:assert/strict";
import { caseFromObject } from "../../src/cases/case-object.js";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { throwsText } from "../throws-text.js";
import { HAND_WRITTEN_CASE } from "./shipped.js";

const mine = HAND_WRITTEN_CASE;

describe("cases/case-object", () => {
  it("caseFromObject(o) reads a case written by hand: its claim by the amount reader, one stage of its GPU-hours", () => {
    const c = caseFromObject(mine);
    assert.deepEqual([c.id, c.gpu, c.runGpus, c.gpuHours], ["my-run", "H100", 8, 400]);
    assert.deepEqual([c.claims[0]!.figure, c.claims[0]!.who, c.claims[0]!.basis], [1200, "third-party", "unknown"]);
  });

  it("assumptions({ case: o }) takes it: 400 GPU-hours, the claim $1,200 as the reported view; 400 × $2 = $800 to rent at $2", () => {
    const e = estimate(assumptions({ case: mine, rentalRate: 2 }));
    assert.equal(e.reported!.low, 1200);
    assert.equal(e.rental.low, 400 * 2);
    // $800 ÷ $1,200 = 0.667× the claim
    assert.ok(Math.abs(e.timesReported!.rental.low - 800 / 1200) < 1e-12);
  });

  it("refuses an unknown field, a missing one and an amount that cannot be read, by name", () => {
    throwsText(
      () => caseFromObject({ ...mine, gpus: 8 }),
      "invalid case.gpus: 8 (expected only the fields id, model, claim, gpu, gpuCount, gpuHours, published, source, quote, developer, organization, baseModel, dataFrom, stage, claimDate, where, url, who, basis, rate)",
    );
    const { gpuHours: _dropped, ...noHours } = mine;
    throwsText(
      () => caseFromObject(noHours, "case", "my-run.json"),
      "missing case.gpuHours in my-run.json (expected the run's GPU-hours, a positive number)",
    );
    assert.throws(
      () => caseFromObject({ ...mine, claim: "twelve hundred bucks" }),
      /^GpuCostError: invalid case\.claim: "twelve hundred bucks" \(expected an amount of money as written/,
    );
    throwsText(
      () => caseFromObject({ ...mine, claim: "450 GPUs" }),
      'invalid case.claim: "450 GPUs" (expected an amount of money as written: $450, under $50, 53.47万美元 (it reads as GPU, not money))',
    );
  });
});

import assert from "node:assert/strict";
import { headlineRows } from "../../src/analysis/headline-rows.js";
import { estimate } from "../../src/assumptions/estimate.js";
import { CSV_COLUMNS, estimateJson, headlineCsv } from "../../src/live/downloads.js";

describe("live/downloads", () => {
  it("headlineCsv writes a header and one row per view with exact figures, quoting fields that need it", () => {
    const e = estimate({ gpuCount: 2048 });
    const lines = headlineCsv(headlineRows(e)).split("\r\n");
    assert.equal(lines[0], CSV_COLUMNS.join(","));
    assert.equal(lines.length, 1 + 6 + 1); // header, six views, the final line break
    // 2,048 × ¥4,000,000 ÷ 151.65 and 2,048 × ¥5,000,000 ÷ 151.65, each ÷ $5,576,000
    const [low, high] = [(2048 * 4_000_000) / 151.65, (2048 * 5_000_000) / 151.65];
    assert.equal(lines[1], `purchase,Purchase: the GPUs,${low},${high},USD,${low / 5_576_000},${high / 5_576_000}`);
    assert.ok(lines[2]!.startsWith('allIn,"Purchase: all-in cluster (servers, interconnect)",'), lines[2]);
  });

  it("estimateJson keeps the overrides, the validated assumptions and every figure, as summary.json does", () => {
    const e = estimate({ gpuCount: 2048 });
    const json = JSON.parse(estimateJson(e, { gpuCount: 2048 })) as Record<string, Record<string, unknown>>;
    assert.deepEqual(json["overrides"], { gpuCount: 2048 });
    assert.deepEqual(json["assumptions"]!["gpuCount"], { low: 2048, high: 2048 });
    const { assumptions: _omitted, ...figures } = e;
    assert.deepEqual(json["estimate"], JSON.parse(JSON.stringify(figures)));
  });
});

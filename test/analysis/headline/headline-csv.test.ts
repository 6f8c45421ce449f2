import assert from "node:assert/strict";
import { headlineCsv, headlineCsvColumns } from "../../../src/analysis/headline/headline-csv.js";
import { headlineRows } from "../../../src/analysis/headline/headline-rows.js";
import { estimate } from "../../../src/assumptions/estimate.js";

/** The fields of one CSV line, as RFC 4180 reads them (no line breaks in fields). */
function fields(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) out.push(m[1]?.replaceAll('""', '"') ?? m[2]!);
  return out;
}

describe("analysis/headline/headline-csv", () => {
  it("headlineCsv(rows) writes one header and one line per row, with the exact numbers", () => {
    const e = estimate();
    const rows = headlineRows(e);
    const lines = headlineCsv(rows).split("\n");
    assert.equal(lines.pop(), "", "every line ends with \\n");
    assert.equal(lines[0], "key,label,low,high,median,p05,p95,currency,times_reported_low,times_reported_high");
    assert.deepEqual(lines[0].split(","), [...headlineCsvColumns]);
    assert.equal(lines.length, rows.length + 1);
    // a label with commas is quoted: 2,000–3,000
    assert.ok(
      lines[1]!.startsWith('purchase,"Buying the GPUs (2,000–3,000 × JPY 4.0M–5.0M, as the article computes it)",'),
    );
    const [, , low, high, median, p05, p95, currency, timesLow, timesHigh] = fields(lines[1]!);
    assert.deepEqual(
      [Number(low), Number(high), median, p05, p95, currency, Number(timesLow), Number(timesHigh)],
      [
        e.purchase.low,
        e.purchase.high,
        "",
        "",
        "",
        "USD",
        e.timesReported!.purchase.low,
        e.timesReported!.purchase.high,
      ],
    );
    // reported: 2,788,000 × $2 = $5,576,000, 1× itself
    assert.deepEqual(fields(lines[4]!), [
      "reported",
      "Reported by DeepSeek-AI (2.788M H800 GPU-hours × $2)",
      "5576000",
      "5576000",
      "",
      "",
      "",
      "USD",
      "1",
      "1",
    ]);
  });

  it("headlineCsv writes the Monte Carlo's median and 90% interval where a row carries them", () => {
    const rows = headlineRows(estimate(), { amortized: { p05: 4.97e6, p50: 6.52e6, p95: 8.39e6 } });
    const line = headlineCsv(rows)
      .split("\n")
      .find((l) => l.startsWith("amortized,"))!;
    assert.deepEqual(fields(line).slice(4, 7), ["6520000", "4970000", "8390000"]);
  });

  it("headlineCsv doubles quotes inside a quoted field", () => {
    const [row] = headlineRows(estimate());
    const line = headlineCsv([{ ...row!, label: 'the "all-in", as Epoch writes it' }]).split("\n")[1]!;
    assert.ok(line.startsWith('purchase,"the ""all-in"", as Epoch writes it",'));
    assert.equal(fields(line)[1], 'the "all-in", as Epoch writes it');
  });
});

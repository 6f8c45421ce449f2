import assert from "node:assert/strict";
import { caseRows } from "../../src/analysis/cases/case-rows.js";
import { headlinesChart } from "../../src/charts/headlines-chart.js";
import { throwsText } from "../throws-text.js";
import { matchSnapshot } from "./snapshot.js";

describe("charts/headlines-chart", () => {
  it("headlinesChart(caseRows()) matches its snapshot", () => {
    matchSnapshot("headlines", headlinesChart(caseRows()));
  });

  it("a claim is a dot, the rental and amortized views bars; a case without a claim or hours has what it has", () => {
    const values = (headlinesChart(caseRows()) as { data: { values: { label: string; figure: string }[] } }).data
      .values;
    const of = (label: string) => values.filter((v) => v.label.startsWith(label)).map((v) => v.figure);
    assert.deepEqual(of("Llama 3.1 405B"), ["Rental price", "Amortized hardware + energy"]);
    assert.deepEqual(of("Kimi K2 Thinking"), ["the claim"]);
  });

  it("refuses rows that are not caseRows()", () => {
    throwsText(() => headlinesChart([]), "invalid rows: [] (expected a non-empty list of case rows, from caseRows())");
  });
});

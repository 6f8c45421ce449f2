import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadFleetAndStaff, type FleetAndStaffRow } from "../../src/data/load-fleet-and-staff.js";
import { dataPath } from "../../src/node/data-files.js";
import { loadArticleFigures, type ArticleFigureRow } from "../../src/data/load-article-figures.js";
import { throwsText } from "../throws-text.js";

const rows = () => loadFleetAndStaff().objects() as FleetAndStaffRow[];
const row = (id: string) => rows().find((r) => r.id === id) as FleetAndStaffRow;
/** The figure as the quote writes it: 50,000 → "50,000"; 1.6e9 → "$1.6 billion"; 0.29–0.49 → "29–49%". */
const written = (r: FleetAndStaffRow): string =>
  r.unit === "USD"
    ? `$${r.low / 1e9} billion`
    : r.unit === "fraction"
      ? `${Math.round(r.low * 100)}–${Math.round(r.high * 100)}%`
      : r.low === r.high
        ? r.low.toLocaleString("en-US")
        : `${r.low}～${r.high}`;

describe("data/load-fleet-and-staff", () => {
  it("every figure is written in its quote, and has a source", () => {
    for (const r of rows()) {
      assert.ok(r.source.length > 0, r.id);
      // the V3 author count is derived: 99 names shown + "100 additional authors not shown"
      const expected = r.id === "team-v3-authors" ? "(100 additional authors not shown)" : written(r);
      assert.ok(r.quote.includes(expected), `${r.id}: ${expected} not in ${r.quote}`);
    }
  });

  it("the Nikkei fleet is the article's own figure: the same quote and range as data/article-figures.csv", () => {
    const figure = (loadArticleFigures().objects() as ArticleFigureRow[]).find(
      (r) => r.id === "gpu-count",
    ) as ArticleFigureRow;
    const fleet = row("fleet-article");
    assert.deepEqual([fleet.quote, fleet.low, fleet.high], [figure.quote, figure.low, figure.high]);
  });

  it("SemiAnalysis's 50,000 Hopper GPUs and $1.6B capex are contested, each with the evidence against; nothing else is", () => {
    const contested = rows().filter((r) => r.status === "contested");
    assert.deepEqual(
      contested.map((r) => r.id),
      ["fleet-semianalysis", "capex-semianalysis"],
    );
    for (const r of contested)
      assert.ok((r.against_source as string).length > 0 && (r.against_quote as string).length > 0, r.id);
    for (const r of rows().filter((x) => x.status !== "contested")) assert.equal(r.against_quote, null, r.id);
  });

  it("a corrupted copy fails naming the file, line and column: a contested figure without the evidence against", () => {
    const dir = mkdtempSync(join(tmpdir(), "gpu-cost-lab-fleet-"));
    try {
      const path = join(dir, "fleet-and-staff.csv");
      writeFileSync(
        path,
        readFileSync(dataPath("fleet-and-staff.csv"), "utf8").replace(",GPU,reported,", ",GPU,contested,"),
      );
      throwsText(
        () => loadFleetAndStaff(path),
        `invalid ${path} line 2, column status: "contested" (expected contested exactly when against_source and against_quote are given)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

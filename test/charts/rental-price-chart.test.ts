import assert from "node:assert/strict";
import { rentalPrices, rentalRange } from "./fixtures.js";
import { matchSnapshot } from "./snapshot.js";
import { allCharts } from "./all-charts.js";
import { rentalPriceChart } from "../../src/charts/rental-price-chart.js";

type Spec = { layer: { data: { values: Record<string, unknown>[] } }[]; title: { subtitle: string[] } };

describe("charts/rental-price-chart", () => {
  it("rentalPriceChart(rentalPriceRows(), …) matches its snapshot", () => {
    matchSnapshot("rental-prices", allCharts["rental-prices"]);
  });

  it("draws the derived range as a band over its year, the run shaded and the report ruled", () => {
    const spec = allCharts["rental-prices"] as unknown as Spec;
    assert.deepEqual(spec.layer[0]!.data.values[0]!.low, rentalRange.low);
    assert.deepEqual(spec.layer[1]!.data.values[0]!.median, 3.49);
    assert.deepEqual(spec.layer[2]!.data.values, [{ start: "2024-09-01", end: "2024-10-28" }]);
    assert.deepEqual(spec.layer[3]!.data.values, [{ date: "2024-12-27" }]);
    assert.equal(
      spec.title.subtitle[0],
      "Band: the rentalRate range from the 2024 prices ($2.00–$4.92), line: its median.",
    );
    // without options: the points alone
    const bare = rentalPriceChart(rentalPrices) as unknown as Spec;
    assert.deepEqual(bare.layer[0]!.data.values, []);
  });

  it("rentalPriceChart refuses no rows", () => {
    assert.throws(() => rentalPriceChart([]), { message: "invalid rows: [] (expected one or more draws)" });
  });
});

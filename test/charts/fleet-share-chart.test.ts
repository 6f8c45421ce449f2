import assert from "node:assert/strict";
import { defaultFleetRows } from "./fixtures.js";
import { matchSnapshot } from "./snapshot.js";
import { fleetShareChart } from "../../src/charts/fleet-share-chart.js";
import { statusPalette } from "../../src/charts/palette.js";

type Spec = {
  data: { values: Record<string, unknown>[] };
  layer: { encoding: { color?: { scale: { domain: string[]; range: string[] } } } }[];
};

describe("charts/fleet-share-chart", () => {
  it("fleetShareChart(fleetRows(…)) matches its snapshot", () => {
    matchSnapshot("fleet-share", fleetShareChart(defaultFleetRows));
  });

  it("labels the contested fleet as contested and colours it apart", () => {
    const spec = fleetShareChart(defaultFleetRows) as unknown as Spec;
    assert.deepEqual(
      spec.data.values.map((v) => v.fleet),
      [
        "The run's cluster, 56.7 days, 2,048",
        "Nikkei: H800s used, 2,000–3,000",
        "SemiAnalysis: Hopper GPUs, 50,000 (contested)",
      ],
    );
    assert.deepEqual(spec.layer[0]!.encoding.color!.scale, {
      domain: ["reported", "contested"],
      range: [statusPalette.reported, statusPalette.contested],
    });
    assert.throws(() => fleetShareChart([]), {
      message: "invalid rows: [] (expected a non-empty list of fleet rows, from fleetRows())",
    });
  });
});

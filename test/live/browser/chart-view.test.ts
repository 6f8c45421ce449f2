import assert from "node:assert/strict";
import type { ChartSpec } from "../../../src/charts/spec.js";
import { specParts } from "../../../src/live/browser/chart-view.js";
import { renderVegaLiteSvg } from "../../../src/runner/static-chart.js";
import { allCharts } from "../../charts/all-charts.js";

/** The spec as the page draws it: the parts put back together (the title goes to the figure's caption). */
const reassembled = (spec: ChartSpec) => {
  const { skeleton, datasets } = specParts(spec);
  return { ...skeleton, datasets };
};

describe("live/browser/chart-view", () => {
  it("specParts takes the title, each inline data set and each sort list out of a spec", () => {
    const spec = {
      title: { text: "T", subtitle: ["a", "b"] },
      data: { values: [{ label: "y" }, { label: "x" }] },
      mark: "bar",
      encoding: { y: { field: "label", type: "nominal", sort: ["x", "y"] } },
    };
    assert.deepEqual(specParts(spec), {
      title: ["T"],
      subtitle: ["a", "b"],
      datasets: {
        d0: [
          { label: "y", __sort_y_label_0: 1 },
          { label: "x", __sort_y_label_0: 0 },
        ],
      },
      skeleton: {
        data: { name: "d0" },
        mark: "bar",
        encoding: { y: { field: "label", type: "nominal", sort: { field: "__sort_y_label_0", op: "min" } } },
      },
    });
  });

  it("every chart of the library draws the same SVG from its parts as from its spec, less the title", async function () {
    this.timeout(30_000);
    for (const [name, spec] of Object.entries(allCharts)) {
      const { title: _title, ...untitled } = spec;
      assert.equal(await renderVegaLiteSvg(reassembled(spec)), await renderVegaLiteSvg(untitled), name);
    }
  });
});

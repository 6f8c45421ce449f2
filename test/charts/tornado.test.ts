import assert from "node:assert/strict";
import { programmeSensitivity as s } from "./fixtures.js";
import { matchSnapshot } from "./snapshot.js";
import { tornadoChart } from "../../src/charts/tornado.js";

describe("charts/tornado", () => {
  it("tornadoChart(sensitivity({}, { view: 'programme' })) matches its snapshot", () => {
    matchSnapshot("tornado", tornadoChart(s));
  });

  it("tornadoChart keeps the `limit` largest rows and says how many it left out", () => {
    const spec = tornadoChart(s, { limit: 2 }) as { data: { values: unknown[] }; title: { subtitle: string[] } };
    assert.equal(spec.data.values.length, 4);
    // only rows that move the view get bars: the rest are named in the subtitle instead
    const moving = s.rows.filter((r) => r.swing > 0).length;
    assert.equal(spec.title.subtitle[1], `${moving - 2} smaller rows left out (limit 2).`);
    assert.match(
      spec.title.subtitle[2]!,
      new RegExp(`^${s.rows.length - moving} assumptions do not move this view: the GPU, GPUs bought, `),
    );
    assert.throws(() => tornadoChart(s, { limit: 0 }), {
      message: "invalid limit: 0 (expected a positive whole number)",
    });
  });
});

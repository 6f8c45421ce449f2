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
    assert.equal(spec.title.subtitle[1], `${s.rows.length - 2} smaller rows left out (limit 2).`);
    assert.throws(() => tornadoChart(s, { limit: 0 }), {
      message: "invalid limit: 0 (expected a positive whole number)",
    });
  });
});

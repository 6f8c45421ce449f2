import assert from "node:assert/strict";
import { fxRates } from "../../src/fx/fx-rates.js";
import { loadFxRates, type FxRateTableRow } from "../../src/data/load-fx-rates.js";

describe("data/fx", () => {
  it("fxRates() gives every row of data/fx-rates.csv as {set, date: YYYY-MM-DD, base, quote, rate, source}", () => {
    const table = loadFxRates().objects() as FxRateTableRow[];
    const rows = fxRates();
    assert.equal(rows.length, table.length);
    rows.forEach((r, i) => {
      const t = table[i] as FxRateTableRow;
      assert.deepEqual(r, {
        set: t.set,
        date: t.date.toISOString().slice(0, 10),
        base: t.base,
        quote: t.quote,
        rate: t.rate,
        source: t.source,
      });
      assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/);
    });
  });

  it("fxRates() is frozen and cached: callers cannot change the rates", () => {
    assert.equal(fxRates(), fxRates());
    assert.ok(Object.isFrozen(fxRates()) && fxRates().every((r) => Object.isFrozen(r)));
  });

  it("fxRates() holds the article's implied CNY per JPY for 2025-02-11", () => {
    const row = fxRates().find((r) => r.set === "article" && r.base === "JPY" && r.quote === "CNY");
    assert.equal(row?.date, "2025-02-11");
    assert.ok(row && Math.abs(row.rate - 0.048067) < 1e-9);
  });
});

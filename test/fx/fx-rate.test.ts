import assert from "node:assert/strict";
import { findFxRate, type FxRate } from "../../src/fx/fx-rate.js";

const row = (set: string, date: string, base: FxRate["base"], quote: FxRate["quote"], rate: number): FxRate => ({
  set,
  date,
  base,
  quote,
  rate,
  source: "test",
});

const rows: FxRate[] = [
  row("m", "2025-01-31", "USD", "JPY", 155),
  row("m", "2025-02-10", "USD", "JPY", 151.65),
  row("m", "2025-02-10", "USD", "CNY", 7.3),
  row("a", "2025-02-11", "JPY", "CNY", 0.048067),
  row("a", "2025-02-11", "USD", "JPY", 151.65),
];

describe("money/fx-rate", () => {
  it("findFxRate uses the latest direct rate on or before the date", () => {
    assert.deepEqual(findFxRate(rows, "m", "USD", "JPY", "2025-02-11").rate, 151.65);
    assert.equal(findFxRate(rows, "m", "USD", "JPY", "2025-02-05").rate, 155);
  });

  it("findFxRate inverts a rate quoted the other way round", () => {
    const q = findFxRate(rows, "m", "JPY", "USD", "2025-02-10");
    // 1 ÷ 151.65 = 0.0065941 USD per JPY
    assert.equal(q.route, "inverse");
    assert.ok(Math.abs(q.rate - 1 / 151.65) < 1e-15);
  });

  it("findFxRate crosses through USD when no direct rate exists", () => {
    const q = findFxRate(rows, "m", "JPY", "CNY", "2025-02-10");
    // (1 ÷ 151.65) × 7.3 = 0.048137 CNY per JPY
    assert.equal(q.route, "cross");
    assert.ok(Math.abs(q.rate - 7.3 / 151.65) < 1e-15);
    assert.deepEqual(
      q.rows.map((r) => `${r.base}/${r.quote}`),
      ["USD/JPY", "USD/CNY"],
    );
  });

  it("findFxRate crosses through another currency when the set has no USD route", () => {
    const q = findFxRate(rows, "a", "USD", "CNY", "2025-02-11");
    // 151.65 JPY per USD × 0.048067 CNY per JPY = 7.2894 CNY per USD
    assert.equal(q.route, "cross");
    assert.ok(Math.abs(q.rate - 151.65 * 0.048067) < 1e-12);
  });

  it("findFxRate of a currency into itself is 1 and needs no rate", () => {
    assert.deepEqual(findFxRate([], "m", "EUR", "EUR", "2025-02-11"), {
      base: "EUR",
      quote: "EUR",
      rate: 1,
      route: "identity",
      rows: [],
    });
  });

  it("findFxRate refuses a rate older than 7 days, naming the nearest earlier one", () => {
    assert.throws(() => findFxRate(rows, "m", "USD", "CNY", "2025-02-18"), {
      message:
        "no FX rate for USD→CNY on 2025-02-18 in the m set (nearest earlier: 2025-02-10, beyond the 7-day window)",
    });
    // 2025-02-17 is exactly 7 days after 2025-02-10: still inside the window
    assert.equal(findFxRate(rows, "m", "USD", "CNY", "2025-02-17").rate, 7.3);
  });

  it("findFxRate names a later rate when none is on or before the date", () => {
    assert.throws(() => findFxRate(rows, "m", "USD", "CNY", "2025-01-01"), {
      message: "no FX rate for USD→CNY on 2025-01-01 in the m set (nearest: 2025-02-10, after the date)",
    });
  });

  it("findFxRate says when the set has no route at all", () => {
    assert.throws(() => findFxRate(rows, "m", "EUR", "CNY", "2025-02-10"), {
      message:
        "no FX rate for EUR→CNY on 2025-02-10 in the m set (the set has no EUR/CNY rate, direct, inverse or through USD)",
    });
  });
});

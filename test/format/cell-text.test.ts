import assert from "node:assert/strict";
import { amountText, cellFormatter, columnCurrency, plainText } from "../../src/format/cell-text.js";

describe("format/cell-text", () => {
  it("columnCurrency(name) reads the currency a column's name carries, in snake, camel or spaced form", () => {
    assert.deepEqual(["cost_usd", "costUsdLow", "costUSD", "priceJpy", "price CNY", "EUR"].map(columnCurrency), [
      "USD",
      "USD",
      "USD",
      "JPY",
      "CNY",
      "EUR",
    ]);
    // words that merely contain the letters are not units
    assert.deepEqual(["usage", "focus", "eurostat", "Usdt", "low", "gpu_hours"].map(columnCurrency), [
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("amountText writes money compact in its currency, yuan as the article writes them, with the exact value kept", () => {
    // ¥4,000,000 = ¥4.0M; 192,300 yuan = 19.23万元 (the article's 约合人民币19.23万元)
    assert.deepEqual(amountText(4_000_000, "JPY"), { text: "JPY 4.0M", exact: "4000000 JPY" });
    assert.deepEqual(amountText(192_300, "CNY"), { text: "19.23万元", exact: "192300 CNY" });
    assert.deepEqual(amountText(52_753_049.785691, "USD"), { text: "$52.8M", exact: "52753049.785691 USD" });
    // a share of something as a percentage: 0.1 = 10% (便宜1成)
    assert.deepEqual(amountText(0.1, "fraction"), { text: "10%", exact: "0.1" });
    // any other unit: a plain number
    assert.deepEqual(amountText(2000, "GPU"), { text: "2,000" });
  });

  it("plainText groups thousands, pads no zeros, keeps up to maxdigits decimals, dates by day, null as a dash", () => {
    assert.deepEqual(plainText(2_788_000), { text: "2,788,000" });
    assert.deepEqual(plainText(0.048067), { text: "0.048067" });
    assert.deepEqual(plainText(151.65), { text: "151.65" });
    // 0.0527 to 2 decimals is 0.05: the exact value is kept for the tooltip
    assert.deepEqual(plainText(0.0527, 2), { text: "0.05", exact: "0.0527" });
    assert.deepEqual(plainText(1, 2), { text: "1" });
    assert.deepEqual(plainText(new Date("2025-02-11T00:00:00Z")), {
      text: "2025-02-11",
      exact: "2025-02-11T00:00:00.000Z",
    });
    assert.deepEqual(plainText(null), { text: "—", exact: "no value" });
    assert.deepEqual(plainText("H800"), { text: "H800" });
  });

  it("cellFormatter takes an amount's unit from its row's currency or unit column, and a named column's from its name", () => {
    const row = (values: Record<string, unknown>) => (c: string) => values[c];
    const columns = ["label", "low", "high", "unit", "formula"];
    const low = cellFormatter("low", columns);
    assert.equal(low(4_000_000, row({ unit: "JPY" })).text, "JPY 4.0M");
    assert.equal(low(0.5, row({ unit: "fraction" })).text, "50%");
    assert.equal(low(3000, row({ unit: "GPU" })).text, "3,000");
    // a currency column wins over a unit column
    const breakdown = cellFormatter("high", ["label", "low", "high", "currency"]);
    assert.equal(breakdown(98_911_968.35, row({ currency: "USD" })).text, "$98.9M");
    // cost_usd carries its currency; gpu_hours is a plain number even beside a unit column
    assert.equal(cellFormatter("cost_usd", ["cost_usd"])(5_576_000, row({})).text, "$5.58M");
    assert.equal(cellFormatter("gpu_hours", ["gpu_hours", "unit"])(2_788_000, row({ unit: "USD" })).text, "2,788,000");
    // maxdigits for plain numbers
    assert.equal(cellFormatter("hours_over_v3", ["hours_over_v3"], { maxdigits: 2 })(11.0616, row({})).text, "11.06");
  });

  it("cellFormatter writes a FLOP column as 3.29\u00a0×\u00a010²⁴, the exact count in the tooltip; TFLOPS and text columns are left alone", () => {
    for (const name of ["flop", "training_compute_flop", "reportedFlop"]) {
      assert.deepEqual(
        cellFormatter(name, [name])(3.2856e24, () => undefined),
        {
          text: "3.29\u00a0×\u00a010²⁴",
          exact: "3.2856e+24",
        },
      );
    }
    assert.equal(cellFormatter("flop", ["flop"])(null, () => undefined).text, "—");
    assert.equal(cellFormatter("peakTflops", ["peakTflops"])(989.5, () => undefined).text, "989.5");
    assert.equal(cellFormatter("usdPer1e24FlopText", ["usdPer1e24FlopText"])("$1.68M", () => undefined).text, "$1.68M");
  });
});

import assert from "node:assert/strict";
import { estimate } from "../../src/assumptions/estimate.js";
import { assumptions, isAssumptions } from "../../src/assumptions/assumptions.js";
import { assumptionNames, assumptionSpecs } from "../../src/assumptions/specs.js";
import { money } from "../../src/money/money.js";

const bounds = 'or a range of them as [low, high] or {"low": …, "high": …}';
const asMoney =
  'as money: a number in US dollars, [low, high], {"low": …, "high": …, "currency": "JPY"}, a Money, or text such as "400万～500万日元"';

describe("assumptions/assumptions", () => {
  it("assumptions() gives the article's defaults, each normalised to a range", () => {
    const a = assumptions();
    // the article: 2,000–3,000 H800 at ¥4–5M each; H100 at ¥5.5M
    assert.deepEqual(a.gpuCount, { low: 2000, high: 3000 });
    assert.deepEqual(a.gpuPrice, { low: 4_000_000, high: 5_000_000, currency: "JPY" });
    assert.deepEqual(a.h100Price, { low: 5_500_000, high: 5_500_000, currency: "JPY" });
    // DeepSeek-V3 Table 1: 2,664K + 119K + 5K = 2,788K GPU-hours at $2
    assert.deepEqual(a.gpuHours, { low: 2_788_000, high: 2_788_000 });
    assert.equal(a.rentalRate.low, 2);
    assert.equal(a.gpu, "H800");
    assert.equal(a.rates, "article");
    assert.deepEqual(a.speedRatio, { low: 0.5, high: 1 });
    assert.ok(isAssumptions(a));
    assert.ok(!isAssumptions({ ...a }));
  });

  it("assumptions() takes the TDP from the GPU catalog unless given", () => {
    assert.deepEqual(assumptions().tdpWatts, { low: 700, high: 700 });
    assert.deepEqual(assumptions({ gpu: "A100" }).tdpWatts, { low: 400, high: 400 });
    assert.deepEqual(assumptions({ gpu: "A100", tdpWatts: 350 }).tdpWatts, { low: 350, high: 350 });
  });

  it("assumptions() takes the server power ratio, server overhead and power fraction for the GPU, as Epoch keys them, unless given", () => {
    const at = (gpu: string) => {
      const a = assumptions({ gpu });
      return [a.serverPowerRatio.low, a.serverOverhead.low, a.powerFraction.low, a.pue.low];
    };
    // A100: Epoch's DGX A100, (6.5 ÷ 8) ÷ 0.4 = 2.03125, and its overhead 1.66; DeepSeek is no hyperscaler: PUE 1.25
    assert.deepEqual(at("A100"), [2.03125, 1.66, 0.75, 1.25]);
    // H100: (10.2 ÷ 8) ÷ 0.7 = 1.8214; overhead the average 1.64
    assert.deepEqual(at("H100"), [10.2 / 8 / 0.7, 1.64, 0.75, 1.25]);
    // H800: this project's choice, the DGX H100's 1.8214 (Epoch's code gives 1.8)
    assert.deepEqual(at("H800"), [10.2 / 8 / 0.7, 1.64, 0.75, 1.25]);
    // H20 and A800: Epoch's 1.8, no choice of the project's
    assert.deepEqual(at("H20"), [1.8, 1.64, 0.75, 1.25]);
    assert.deepEqual(at("A800"), [1.8, 1.64, 0.75, 1.25]);
    // a value given is kept whatever the GPU
    assert.deepEqual(assumptions({ gpu: "A100", serverPowerRatio: 1.9, serverOverhead: 1 }).serverPowerRatio, {
      low: 1.9,
      high: 1.9,
    });
    assert.deepEqual(assumptions({ gpu: "A100", serverOverhead: 1 }).serverOverhead, { low: 1, high: 1 });
    // the specs' defaults are the default GPU's values
    const d = assumptions();
    assert.equal(assumptionSpecs.serverPowerRatio.default, d.serverPowerRatio.low);
    assert.equal(assumptionSpecs.serverOverhead.default, d.serverOverhead.low);
    assert.equal(assumptionSpecs.pue.default, d.pue.low);
    assert.equal(assumptionSpecs.powerFraction.default, d.powerFraction.low);
  });

  it("an A100 cluster's amortized cost follows the A100's constants, not the H100's (1.7% before issue 17)", () => {
    const a100 = estimate({ gpu: "A100", gpuPrice: 15_000 }).amortized.low;
    const keptH100 = estimate({ gpu: "A100", gpuPrice: 15_000, serverPowerRatio: 10.2 / 8 / 0.7, serverOverhead: 1.64 })
      .amortized.low;
    // 1.66 ÷ 1.64 on the capital part and 2.03125 ÷ 1.8214 on the energy: the A100's is dearer
    assert.ok(a100 > keptH100);
  });

  it("assumptions(overrides) reads numbers, pairs, {low, high}, Money and CJK amounts", () => {
    const a = assumptions({
      gpuCount: 2048,
      gpuPrice: "400万～500万日元",
      h100Price: money(30_000, "USD"),
      gpuHours: "278.8万小时",
      rentalRate: [2, 3],
      experimentsMultiplier: { low: 2, high: 4 },
      electricityPrice: { low: 0.4, high: 0.4, currency: "CNY" },
      currency: "JPY",
      rates: "market",
      depreciation: "straight-line",
      powerFraction: "75%",
    });
    assert.deepEqual(a.gpuCount, { low: 2048, high: 2048 });
    assert.deepEqual(a.gpuPrice, { low: 4e6, high: 5e6, currency: "JPY" });
    assert.deepEqual(a.h100Price, { low: 30_000, high: 30_000, currency: "USD" });
    assert.deepEqual(a.gpuHours, { low: 2_788_000, high: 2_788_000 });
    assert.deepEqual(a.rentalRate, { low: 2, high: 3, currency: "USD" });
    assert.deepEqual(a.experimentsMultiplier, { low: 2, high: 4 });
    assert.deepEqual(a.powerFraction, { low: 0.75, high: 0.75 });
    assert.equal(a.currency, "JPY");
  });

  it("assumptions() dates the run as Epoch does and prices its electricity for that year", () => {
    const a = assumptions();
    // Epoch's acquisition rule, release + 90 days: 2023-03-21 + 90 = 2023-06-19; training start: the
    // report's 2024-12-27 less 1,361 h of training (2,788,000 ÷ 2,048) and 60 days = 2024-09-01
    assert.deepEqual([a.purchaseDate, a.trainingStart, a.valuation], ["2023-06-19", "2024-09-01", "purchase"]);
    // 2024's US industrial average in Epoch's series: $0.0771
    assert.deepEqual(a.electricityPrice, { low: 0.0771, high: 0.0771, currency: "USD" });
    assert.deepEqual(assumptions({ trainingStart: "2023-11-01" }).electricityPrice, {
      low: 0.0806,
      high: 0.0806,
      currency: "USD",
    });
    assert.deepEqual(assumptions({ trainingStart: "2023-11-01", electricityPrice: 0.05 }).electricityPrice, {
      low: 0.05,
      high: 0.05,
      currency: "USD",
    });
    // a Date is read as its UTC day
    assert.equal(assumptions({ trainingStart: new Date("2024-10-01T00:00:00Z") }).trainingStart, "2024-10-01");
  });

  it("an override given as undefined keeps the default", () => {
    assert.deepEqual(assumptions({ gpuCount: undefined }).gpuCount, { low: 2000, high: 3000 });
  });

  it("every assumption has a meaning and a source", () => {
    for (const name of assumptionNames) {
      const spec = assumptionSpecs[name];
      assert.ok(spec.meaning.length > 10, name);
      assert.ok(spec.source.length > 10, name);
    }
  });

  describe("bad input: an error names the field, the value received and what is accepted", () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [
        "a misspelt name",
        { gpuCont: 2048 },
        `unknown assumption "gpuCont" (did you mean "gpuCount"? known: ${assumptionNames.join(", ")})`,
      ],
      ["an unknown name", { colour: "red" }, `unknown assumption "colour" (known: ${assumptionNames.join(", ")})`],
      [
        "a negative count",
        { gpuCount: -3 },
        `invalid gpuCount: -3 (expected a positive whole number, ${bounds} or text such as "2000～3000块")`,
      ],
      [
        "a fractional count",
        { gpuCount: 2500.5 },
        `invalid gpuCount: 2500.5 (expected a positive whole number, ${bounds} or text such as "2000～3000块")`,
      ],
      ["a reversed range", { gpuCount: [3000, 2000] }, "invalid gpuCount: low 3000 > high 2000 (expected low ≤ high)"],
      [
        "a range missing its high end",
        { gpuCount: { low: 2000 } },
        `invalid gpuCount: {"low":2000} (expected a positive whole number, ${bounds} or text such as "2000～3000块")`,
      ],
      [
        "money where a count belongs",
        { gpuCount: "400万日元" },
        `invalid gpuCount: "400万日元" (expected a positive whole number, ${bounds} or text such as "2000～3000块"; it reads as JPY, not GPU)`,
      ],
      ["a negative price", { gpuPrice: -1 }, `invalid gpuPrice: -1 (expected a positive number ${asMoney})`],
      [
        "an unknown currency in a price",
        { gpuPrice: { low: 1, high: 2, currency: "GBP" } },
        'invalid gpuPrice.currency: "GBP" (expected one of USD, JPY, CNY, EUR)',
      ],
      [
        "a count where money belongs",
        { rentalRate: "2000块" },
        `invalid rentalRate: "2000块" (expected a positive number ${asMoney}; it reads as GPU, not money)`,
      ],
      [
        "text that reads as no amount",
        { gpuHours: "H800" },
        `invalid gpuHours: "H800" (expected a positive number, ${bounds} or text such as "278.8万小时"; invalid amount "H800": no number (expected a number with a unit, e.g. 400万日元, 2000～3000块, $5.58M or 1～3成))`,
      ],
      [
        "NaN hours",
        { gpuHours: Number.NaN },
        `invalid gpuHours: NaN (expected a positive number, ${bounds} or text such as "278.8万小时")`,
      ],
      [
        "infinite hours",
        { gpuHours: Infinity },
        `invalid gpuHours: Infinity (expected a positive number, ${bounds} or text such as "278.8万小时")`,
      ],
      [
        "an unknown result currency",
        { currency: "GBP" },
        'invalid currency: "GBP" (expected one of USD, JPY, CNY, EUR)',
      ],
      ["an unknown rate set", { rates: "spot" }, 'invalid rates: "spot" (expected one of article, market)'],
      ["an unknown GPU", { gpu: "H900" }, 'invalid gpu: "H900" (expected one of H100, H800, H20, A100, A800)'],
      [
        "an unknown depreciation method",
        { depreciation: "linear" },
        'invalid depreciation: "linear" (expected one of price-performance, straight-line)',
      ],
      [
        "a power fraction over 1",
        { powerFraction: 1.2 },
        `invalid powerFraction: 1.2 (expected a fraction in (0, 1], ${bounds} or text such as "1～3成")`,
      ],
      ["a PUE under 1", { pue: 0.9 }, `invalid pue: 0.9 (expected a number ≥ 1, ${bounds})`],
      [
        "an interconnect fraction of 1",
        { interconnectFraction: 1 },
        `invalid interconnectFraction: 1 (expected a fraction in [0, 1), ${bounds} or text such as "1～3成")`,
      ],
      [
        "a server overhead under 1",
        { serverOverhead: 0.5 },
        `invalid serverOverhead: 0.5 (expected a number ≥ 1, ${bounds})`,
      ],
      ["a zero speed ratio", { speedRatio: 0 }, `invalid speedRatio: 0 (expected a positive number, ${bounds})`],
      [
        "a multiplier under 1",
        { experimentsMultiplier: 0.5 },
        `invalid experimentsMultiplier: 0.5 (expected a number ≥ 1, ${bounds})`,
      ],
      [
        "zero utilization",
        { utilization: 0 },
        `invalid utilization: 0 (expected a fraction in (0, 1], ${bounds} or text such as "1～3成")`,
      ],
      [
        "a lifetime in words",
        { lifetimeYears: "five" },
        `invalid lifetimeYears: "five" (expected a positive number, ${bounds})`,
      ],
      ["a negative TDP", { tdpWatts: -700 }, `invalid tdpWatts: -700 (expected a positive number, ${bounds})`],
      ["a GPU given as a number", { gpu: 800 }, "invalid gpu: 800 (expected one of H100, H800, H20, A100, A800)"],
      [
        "an unknown valuation",
        { valuation: "book" },
        'invalid valuation: "book" (expected one of purchase, training-start)',
      ],
      [
        "a purchase date that is no day",
        { purchaseDate: "2023-02-30" },
        'invalid purchaseDate: "2023-02-30" (expected a date as YYYY-MM-DD or a valid Date)',
      ],
      [
        "a training start written another way",
        { trainingStart: "1 Sept 2024" },
        'invalid trainingStart: "1 Sept 2024" (expected a date as YYYY-MM-DD or a valid Date)',
      ],
      [
        "a training start in a year the electricity series lacks",
        { trainingStart: "2031-01-01" },
        "invalid electricityPrice: undefined (expected US dollars per kWh: data/electricity-prices.csv has no price for 2031, the year of trainingStart, so give electricityPrice)",
      ],
    ];
    for (const [what, overrides, message] of cases) {
      it(`${what}: ${JSON.stringify(overrides)}`, () => {
        assert.throws(() => assumptions(overrides), { message });
      });
    }

    it("overrides that are not an object", () => {
      assert.throws(() => assumptions(null as never), {
        message: "invalid overrides: null (expected an object of assumptions, e.g. { gpuCount: 2048 })",
      });
      assert.throws(() => assumptions([2048] as never), {
        message: "invalid overrides: [2048] (expected an object of assumptions, e.g. { gpuCount: 2048 })",
      });
    });

    it("a result currency or a price the rate set cannot convert is refused at the door, naming the sets that can", () => {
      // the article set holds JPY/CNY and USD/JPY only: euros need the market set (EUR/USD 1.0308)
      assert.throws(() => assumptions({ currency: "EUR" }), {
        message:
          'invalid currency: "EUR" (expected a currency the article rate set converts JPY into on 2025-02-11: USD, JPY, CNY; rates=market has EUR)',
      });
      assert.throws(() => assumptions({ gpuPrice: "€30000" }), {
        message:
          'invalid gpuPrice.currency: "EUR" (expected a currency the article rate set converts into USD on 2025-02-11: USD, JPY, CNY; rates=market has EUR)',
      });
      assert.equal(assumptions({ currency: "EUR", rates: "market" }).currency, "EUR");
    });

    it("a date in a year YYYY-MM-DD cannot write, or out of the plausible days, is refused at the door", () => {
      assert.throws(() => assumptions({ purchaseDate: new Date(Date.UTC(10000, 0, 1)) }), {
        message:
          "invalid purchaseDate: a Date in the year 10000 (expected a day from 0000-01-01 to 9999-12-31, as YYYY-MM-DD writes them)",
      });
      assert.throws(() => assumptions({ trainingStart: new Date(Date.UTC(-3, 0, 1)) }), {
        message:
          "invalid trainingStart: a Date in the year -3 (expected a day from 0000-01-01 to 9999-12-31, as YYYY-MM-DD writes them)",
      });
      assert.throws(() => assumptions({ trainingStart: "-0003-01-01" }), {
        message: 'invalid trainingStart: "-0003-01-01" (expected a date as YYYY-MM-DD or a valid Date)',
      });
      assert.throws(() => assumptions({ trainingStart: "0000-01-01" }), {
        message:
          'invalid trainingStart: "0000-01-01" (expected a day from 2000-01-01 on: before 2000 no GPU had been sold (NVIDIA\'s GeForce 256, the first, shipped in late 1999))',
      });
      assert.throws(() => assumptions({ purchaseDate: "2150-06-01" }), {
        message:
          'invalid purchaseDate: "2150-06-01" (expected a day up to 2099-12-31: by 2100, Epoch AI\'s trend of 0.14 orders of magnitude a year, fitted on GPU prices of 2006–2023, would have cut a price 10^10-fold)',
      });
      assert.equal(assumptions({ purchaseDate: new Date(Date.UTC(2023, 5, 19)) }).purchaseDate, "2023-06-19");
    });
  });
});

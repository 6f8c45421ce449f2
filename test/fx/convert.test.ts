import assert from "node:assert/strict";
import { throwsText } from "../throws-text.js";
import { convert, convertRange, fxQuote, rateSetNames } from "../../src/fx/convert.js";
import type { FxRate } from "../../src/fx/fx-rate.js";
import { money } from "../../src/money/money.js";
import { moneyRange } from "../../src/money/money-range.js";

const table: FxRate[] = [
  { set: "market", date: "2025-02-10", base: "USD", quote: "JPY", rate: 151.65, source: "test" },
  { set: "market", date: "2025-02-10", base: "USD", quote: "CNY", rate: 7.3, source: "test" },
  { set: "article", date: "2025-02-11", base: "JPY", quote: "CNY", rate: 0.048067, source: "test" },
];

describe("money/convert", () => {
  it("convert(amount, to, { on }) uses the latest rate on or before the date", () => {
    // ¥151,650,000 ÷ 151.65 = $1,000,000
    const usd = convert(money(151_650_000, "JPY"), "USD", { on: "2025-02-11", table });
    assert.equal(usd.currency, "USD");
    assert.ok(Math.abs(usd.amount - 1_000_000) < 1e-6);
  });

  it("convert(..., { rates: 'article' }) uses the named rate set", () => {
    // ¥4,000,000 × 0.048067 = 192,268 CNY → 19.23万元 as the article writes it
    const cny = convert(money(4_000_000, "JPY"), "CNY", { on: "2025-02-11", rates: "article", table });
    assert.ok(Math.abs(cny.amount - 192_268) < 1e-6);
  });

  it("convertRange converts both ends with one rate", () => {
    // ¥8B–¥15B × 0.048067 = 3.845亿–7.210亿元
    const r = convertRange(moneyRange(8e9, 1.5e10, "JPY"), "CNY", { on: "2025-02-11", rates: "article", table });
    assert.ok(Math.abs(r.low - 8e9 * 0.048067) < 1e-3 && Math.abs(r.high - 1.5e10 * 0.048067) < 1e-3);
    assert.equal(r.currency, "CNY");
  });

  it("fxQuote reports the route and the rows used", () => {
    const q = fxQuote("JPY", "CNY", { on: "2025-02-10", table });
    assert.equal(q.route, "cross");
    assert.equal(q.rows.length, 2);
    assert.deepEqual(rateSetNames(table), ["market", "article"]);
  });

  it("checks its inputs at the door", () => {
    assert.throws(() => convert(money(1, "USD"), "GBP", { on: "2025-02-10", table }), {
      message: 'invalid to: "GBP" (expected one of USD, JPY, CNY, EUR)',
    });
    assert.throws(() => convert(money(1, "USD"), "JPY", { on: "10/02/2025", table }), {
      message: 'invalid on: "10/02/2025" (expected a date as YYYY-MM-DD or a valid Date)',
    });
    assert.throws(() => convert(money(1, "USD"), "JPY", { on: "2025-02-10", rates: "spot", table }), {
      message: 'invalid rates: "spot" (expected one of market, article)',
    });
    assert.throws(() => convert({ amount: 1, currency: "USD" } as never, "JPY", { on: "2025-02-10", table }), {
      message: 'invalid value: {"amount":1,"currency":"USD"} (expected a Money value, e.g. money(4_000_000, "JPY"))',
    });
    assert.throws(() => convertRange(money(1, "USD") as never, "JPY", { on: "2025-02-10", table }), {
      message:
        'invalid value: {"amount":1,"currency":"USD"} (expected a money range, e.g. moneyRange(4e6, 5e6, "JPY"))',
    });
  });
});

describe("money/convert: options and bounds", () => {
  it("convert() without its options says what it needs", () => {
    const need =
      'invalid convert options: undefined (expected { on, rates }: on, the day of the rate, as "2025-02-11" or a Date; rates, a set of data/fx-rates.csv, "market" by default)';
    throwsText(() => (convert as (m: unknown, to: string) => unknown)(money(1, "USD"), "JPY"), need);
    throwsText(() => fxQuote("USD", "JPY", null as never), need.replace("undefined", "null"));
    throwsText(
      () => convertRange(moneyRange(1, 2, "USD"), "JPY", "2025-02-10" as never),
      need.replace("undefined", '"2025-02-10"'),
    );
  });

  it("an options field convert() does not know is refused: { date } is not { on }", () => {
    throwsText(
      () => convert(money(1, "USD"), "JPY", { date: "2025-02-10", table } as never),
      'invalid options.date: "2025-02-10" (expected only the fields on, rates, table)',
    );
    throwsText(
      () => convert(money(1, "USD"), "JPY", { on: "2025-02-10", rate: "article", table } as never),
      'invalid options.rate: "article" (expected only the fields on, rates, table)',
    );
  });

  it("the date is a real day: 2025-02-30 and 2025-02-29 are refused, not read as early March", () => {
    for (const on of ["2025-02-30", "2025-02-29", "2025-04-31"]) {
      throwsText(
        () => convert(money(1, "USD"), "JPY", { on, table }),
        `invalid on: "${on}" (expected a date as YYYY-MM-DD or a valid Date)`,
      );
    }
    throwsText(
      () => convert(money(1, "USD"), "JPY", { on: new Date("2025-02-30x"), table }),
      'invalid on: "Invalid Date" (expected a date as YYYY-MM-DD or a valid Date)',
    );
  });

  it("a conversion that overflows names the amount, the rate and the result", () => {
    // 1.7e308 × 151.65 is past the largest double
    throwsText(
      () => convert(money(1.7e308, "USD"), "JPY", { on: "2025-02-10", table }),
      "cannot convert 1.7e+308 USD to JPY at 151.65: the result is Infinity (expected a finite amount)",
    );
    throwsText(
      () => convertRange(moneyRange(1, 1.7e308, "USD"), "JPY", { on: "2025-02-10", table }),
      "cannot convert 1.7e+308 USD to JPY at 151.65: the result is Infinity (expected a finite amount)",
    );
  });
});

describe("money/convert (properties)", () => {
  it("converting there and back returns the amount within floating-point rounding", async () => {
    const fc = (await import("fast-check")).default;
    const pairs = [
      ["USD", "JPY"],
      ["JPY", "CNY"],
      ["CNY", "USD"],
    ] as const;
    fc.assert(
      fc.property(
        fc.double({ min: 1e-2, max: 1e12, noNaN: true }),
        fc.constantFrom(...pairs),
        fc.constantFrom("market", "article"),
        (amount, [a, b], rates) => {
          const there = convert(money(amount, a), b, { on: "2025-02-11", rates, table: fullTable });
          const back = convert(there, a, { on: "2025-02-11", rates, table: fullTable });
          return Math.abs(back.amount - amount) <= amount * 1e-12;
        },
      ),
    );
  });
});

const fullTable: FxRate[] = [
  ...table,
  { set: "article", date: "2025-02-11", base: "USD", quote: "JPY", rate: 151.65, source: "test" },
];

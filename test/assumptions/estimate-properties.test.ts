import assert from "node:assert/strict";
import fc from "fast-check";
import { estimate } from "../../src/assumptions/estimate.js";
import { assumptionLimits } from "../../src/assumptions/limits.js";
import { assumptionNames, assumptionSpecs, type AssumptionName } from "../../src/assumptions/specs.js";
import { GpuCostError } from "../../src/errors/error.js";
import { LIMIT_UNITS_PER_USD } from "../../src/input/limits.js";
import { currencies } from "../../src/money/currency.js";

/** Every number in `value`, with its path. */
function numbers(value: unknown, path = "estimate"): Array<[string, number]> {
  if (typeof value === "number") return [[path, value]];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
}

/** estimate(overrides) gives finite figures, or throws a GpuCostError; true when it gave figures. */
function finiteOrRefused(overrides: Record<string, unknown>): boolean {
  let e;
  try {
    e = estimate(overrides);
  } catch (error) {
    if (error instanceof GpuCostError) return false;
    throw error;
  }
  for (const [path, x] of numbers(e)) {
    if (!Number.isFinite(x)) throw new Error(`${path} = ${x} for ${JSON.stringify(overrides)}`);
  }
  return true;
}

const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 1e-310, 5e-324, 1e22, 1e300, Number.MAX_VALUE, -1, Infinity, -Infinity, NaN),
  fc.integer(),
);
const currency = fc.constantFrom(...currencies, "GBP");
const junk = fc.oneof(
  anyNumber,
  fc.tuple(anyNumber, anyNumber),
  fc.array(anyNumber, { maxLength: 3 }),
  fc.record({ low: anyNumber, high: anyNumber }),
  fc.record({ low: anyNumber, high: anyNumber, currency }, { requiredKeys: ["low", "high"] }),
  fc.record({ low: anyNumber, high: anyNumber, unit: currency }),
  fc.string(),
  fc
    .tuple(
      fc.integer({ min: 0, max: 99999 }),
      fc.constantFrom("万日元", "亿元", "块", "万小时", "成", "%", "美元", "M GPUs"),
    )
    .map(([n, unit]) => `${n}${unit}`),
  fc.constantFrom(null, true, "H100", "JPY", "market", "straight-line", "2000～3000块", "400万～500万日元"),
);

/**
 * A value near the assumption's plausible bounds, or anywhere between: each bound itself, just
 * inside, just past, and log-uniform draws in between (prices in any currency, bounds scaled).
 */
function nearBounds(name: AssumptionName): fc.Arbitrary<unknown> {
  const { kind } = assumptionSpecs[name];
  if (kind.kind === "choice") {
    // the article set has no EUR rate: mostly the market set, so that euros are mostly converted
    const choices =
      kind.choices === "gpus"
        ? ["H100", "H800", "A100"]
        : kind.choices === "rate sets"
          ? ["article", "market", "market", "market"]
          : kind.choices;
    return fc.constantFrom(...choices);
  }
  // a date: any real day from 2015 to 2030 (electricity prices are known for 2010–2025; later
  // years are refused with noElectricityPrice, a GpuCostError too)
  if (kind.kind === "date") {
    return fc
      .integer({ min: Date.UTC(2015, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 })
      .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
  }
  const limits = assumptionLimits[name];
  const rule = kind.rule;
  const low = limits?.atLeast?.value ?? (rule.min !== undefined && rule.min > 0 ? rule.min : rule.whole ? 1 : 1e-6);
  const high = limits?.atMost?.value ?? (rule.max !== undefined ? rule.max * (rule.maxExclusive ? 0.999 : 1) : 1e6);
  const value = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(low * (1 - 1e-9), high * (1 + 1e-9)) }, // just past: refused
    { weight: 3, arbitrary: fc.constantFrom(low, high, low * 1.000001, high * 0.999999) },
    { weight: 40, arbitrary: fc.double({ min: Math.log(low), max: Math.log(high), noNaN: true }).map(Math.exp) },
  );
  const whole = (x: number) => (rule.whole ? Math.round(x) : x);
  if (kind.kind === "quantity")
    return fc.oneof(
      value.map(whole),
      fc.tuple(value, value).map(([a, b]) => [Math.min(a, b), Math.max(a, b)].map(whole)),
    );
  return fc.tuple(value, value, fc.constantFrom(...currencies)).map(([a, b, c]) => ({
    low: Math.min(a, b) * LIMIT_UNITS_PER_USD[c],
    high: Math.max(a, b) * LIMIT_UNITS_PER_USD[c],
    currency: c,
  }));
}

const overridesOf = (value: (name: AssumptionName) => fc.Arbitrary<unknown>) =>
  fc.record(Object.fromEntries(assumptionNames.map((n) => [n, value(n)])), { requiredKeys: [] });

describe("assumptions/estimate: properties", () => {
  it("estimate(overrides) gives finite figures or throws GpuCostError, for arbitrary values of every assumption", () => {
    fc.assert(
      fc.property(
        overridesOf(() => junk),
        (overrides) => void finiteOrRefused(overrides),
      ),
      { numRuns: 300 },
    );
  });

  it("… and for values at, inside and just past every plausible bound, in every currency and result currency", () => {
    let accepted = 0;
    fc.assert(
      fc.property(overridesOf(nearBounds), (overrides) => {
        if (finiteOrRefused(overrides)) accepted++;
      }),
      { numRuns: 300 },
    );
    // most draws are within every bound: the property is about figures, not only refusals
    assert.ok(accepted > 100, `only ${accepted} of 300 accepted`);
  });

  it("… and with unknown keys, the names of Object.prototype among them", () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "gpuCont"),
    );
    fc.assert(
      fc.property(fc.dictionary(key, junk, { minKeys: 1, maxKeys: 3 }), (extra) => {
        const overrides = JSON.parse(JSON.stringify(extra)) as Record<string, unknown>;
        const unknown = Object.keys(overrides).some((k) => !assumptionNames.includes(k as AssumptionName));
        const accepted = finiteOrRefused(overrides);
        if (unknown) assert.equal(accepted, false);
      }),
      { numRuns: 200 },
    );
  });
});

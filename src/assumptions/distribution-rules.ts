import { fail } from "./messages.js";
import { plainObject } from "../validate/known-keys.js";
import { limitsIn } from "../input/limits.js";
import { obeys } from "../input/rules.js";
import type { Currency } from "../money/currency.js";
import { checkDistribution, type Distribution } from "../uncertainty/distribution.js";
import { ruleOf } from "./limits.js";
import { assumptionSpecs, type AssumptionName } from "./specs.js";

/**
 * The distributions given to `simulate()`, each checked as a distribution and then against the
 * rule of the assumption it stands for, so that no draw can break what `assumptions()` would
 * refuse: GPU-hours above 0, an interconnect share below 1, a GPU count within its plausible
 * bound. A draw's range is its support: a uniform's or triangular's `low` to `high`, a point's
 * value. A log-normal's support has no upper end, so it is refused where the rule has one (a
 * fraction); its 90% interval, `p05` to `p95`, must keep the rule (its lower tail can still fall
 * below a rule's minimum above 0, as for `experimentsMultiplier` ≥ 1). Prices are in `currency`,
 * the simulation's. Names `simulate()` does not draw are its own check.
 *
 * `{ gpuHours: uniform(range(-1, 5)) }` → `invalid distributions.gpuHours: {"kind":"uniform","low":-1,"high":5} (expected draws that gpuHours allows, each a positive number: its low, -1, is not)`
 */
export function checkDistributionRules(distributions: object, currency: Currency): void {
  plainObject(distributions, "distributions");
  for (const [name, d] of Object.entries(distributions) as [string, unknown][]) {
    if (d === undefined || !Object.hasOwn(assumptionSpecs, name)) continue;
    const field = `distributions.${name}`;
    checkDistribution(d, field);
    const rule = ruleOf(name as AssumptionName);
    if (rule === undefined) continue;
    const [low, high] = supportOf(d);
    for (const [end, at] of [low, high]) {
      if (!obeys(at, rule)) fail("distributionRule", { name: field, value: d, assumption: name, rule, end, at });
    }
    if (d.kind === "lognormal" && rule.max !== undefined) {
      fail("distributionRule", { name: field, value: d, assumption: name, rule, end: "tail" });
    }
    if (rule.limits === undefined) continue;
    const money = assumptionSpecs[name as AssumptionName].kind.kind === "money";
    const { atLeast, atMost } = limitsIn(rule.limits, money ? currency : undefined);
    if (atLeast && low[1] < atLeast.limit) {
      fail("distributionImplausible", { name: field, value: d, end: low[0], at: low[1], ...atLeast });
    }
    if (atMost && high[1] > atMost.limit) {
      fail("distributionImplausible", { name: field, value: d, end: high[0], at: high[1], ...atMost });
    }
  }
}

type End = ["low" | "high" | "value" | "p05" | "p95", number];

/** The lowest and highest values a distribution gives (a log-normal: its 90% interval), named as its fields. */
function supportOf(d: Distribution): [End, End] {
  switch (d.kind) {
    case "uniform":
    case "triangular":
      return [
        ["low", d.low],
        ["high", d.high],
      ];
    case "lognormal":
      return [
        ["p05", d.p05],
        ["p95", d.p95],
      ];
    case "point":
      return [
        ["value", d.value],
        ["value", d.value],
      ];
  }
}

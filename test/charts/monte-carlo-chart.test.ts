import assert from "node:assert/strict";
import { DRAWS, simulation as sim } from "./fixtures.js";
import { matchSnapshot } from "./snapshot.js";
import { simulate, simulatedAssumptions } from "../../src/assumptions/simulate.js";
import { monteCarloChart } from "../../src/charts/monte-carlo-chart.js";
import { interval90, quantile } from "../../src/uncertainty/summary.js";

type Spec = {
  layer: { data: { values: Record<string, number | string>[] } }[];
  title: { text: string; subtitle: string | string[] };
};

describe("charts/monte-carlo-chart", () => {
  it("monteCarloChart(simulate(…, { seed: 7 })) matches its snapshots", () => {
    matchSnapshot("monte-carlo-amortized", monteCarloChart(sim));
    matchSnapshot("monte-carlo-programme", monteCarloChart(sim, { view: "programme" }));
  });

  it("monteCarloChart's interval rules are interval90() of the draws, and its median the 0.5 quantile", () => {
    for (const view of ["amortized", "programme"] as const) {
      const spec = monteCarloChart(sim, { view }) as unknown as Spec;
      const rules = spec.layer[1]!.data.values;
      const interval = interval90(sim[view])!;
      assert.deepEqual(
        rules.map((r) => r.name),
        ["5th percentile", "median", "95th percentile"],
      );
      assert.deepEqual(
        rules.map((r) => r.value),
        [interval.low, quantile(sim[view], 0.5), interval.high],
      );
    }
  });

  it("monteCarloChart ships counts, not draws: its bins hold every draw", () => {
    const spec = monteCarloChart(sim, { bins: 25 }) as unknown as Spec;
    const bins = spec.layer[0]!.data.values;
    assert.equal(bins.length, 25);
    assert.equal(
      bins.reduce((t, b) => t + (b.count as number), 0),
      DRAWS,
    );
  });

  it("monteCarloChart gives the percentiles' standard errors, and with a reference, a black rule and the share of draws below it", () => {
    const spec = monteCarloChart(sim, { reference: 5_576_000 }) as unknown as Spec;
    const subtitle = spec.title.subtitle as string[];
    assert.match(
      subtitle[1]!,
      /^Monte Carlo standard error: 5th ±\$[\d.]+K, median ±\$[\d.]+K, 95th ±\$[\d.]+K \(20,000 draws; 14 inputs drawn, 1 held\)\.$/,
    );
    assert.match(subtitle[2]!, /% of the draws are below the reported \$5\.58M \(black\)\.$/);
    assert.deepEqual(spec.layer[3]!.data.values, [{ value: 5_576_000, text: "reported $5.58M" }]);
  });

  it("monteCarloChart says when the programme is the final run alone, and when nothing varies", () => {
    const finalRunOnly = monteCarloChart(simulate({}, { n: 100, seed: 1 }), { view: "programme" }) as unknown as Spec;
    assert.equal(
      (finalRunOnly.title.subtitle as string[])[2],
      "experimentsMultiplier is 1, so the programme is the final run alone; 2–4 (Lambert) widens it.",
    );
    const fixed = simulate({}, { n: 10, freeze: simulatedAssumptions });
    const spec = monteCarloChart(fixed) as unknown as Spec;
    // every input of the amortized view is a single value: one bin, and the subtitle says so
    assert.equal(spec.layer[0]!.data.values.length, 1);
    assert.match(spec.title.subtitle as string, /^Every draw is \$[\d.]+M: every input of this view is a single value/);
  });

  it("monteCarloChart writes the reference's label where it has room: right of a rule near the axis, else left", () => {
    const align = (reference: number) => {
      const spec = monteCarloChart(sim, { view: "programme", reference }) as unknown as {
        layer: Array<{ mark: { type: string; align?: string } }>;
      };
      return spec.layer.at(-1)!.mark.align;
    };
    // $5.576M lies left of the programme's draws (the run × 1 or more): its label goes right, clear of the axis
    assert.equal(align(5_576_000), "left");
    // halfway between the smallest and the largest draw: the label goes left of the rule, as before
    assert.equal(align((quantile(sim.programme, 0)! + quantile(sim.programme, 1)!) / 2), "right");
  });

  it("monteCarloChart checks its options", () => {
    assert.throws(() => monteCarloChart(sim, { view: "purchase" as "amortized" }), {
      message: 'invalid view: "purchase" (expected one of amortized, programme, rental)',
    });
    assert.throws(() => monteCarloChart(sim, { reference: -1 }), {
      message: "invalid reference: -1 (expected a positive number)",
    });
    assert.throws(() => monteCarloChart({ ...sim, programme: new Float64Array(0) }, { view: "programme" }), {
      message: "invalid simulation.programme: {} (expected one or more draws)",
    });
  });
});

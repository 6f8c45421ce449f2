import assert from "node:assert/strict";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { chartIn, chartWordIn } from "../../src/charts/chart-in.js";
import type { ChartSpec } from "../../src/charts/spec.js";
import { drawnFigures, liveFigures } from "../../src/live/live-figures.js";
import { monteCarloFigures } from "../../src/live/monte-carlo-figures.js";
import { allCharts } from "./all-charts.js";

/** The live page's charts for the defaults (the Monte Carlo at 2,000 draws: only words are checked). */
function liveSpecs(): Record<string, ChartSpec> {
  const a = assumptions({});
  const f = liveFigures(a);
  return { ...f.charts, ladder: drawnFigures(f).ladder, ...monteCarloFigures(a, { n: 2_000, seed: 1 }).specs };
}

/** Every title, subtitle, axis and legend title of a spec. */
function titles(value: unknown, key = "", out: string[] = []): string[] {
  if (typeof value === "string") {
    if (["text", "subtitle", "title"].includes(key)) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) titles(v, key, out);
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) if (k !== "values" && k !== "field") titles(v, k, out);
  return out;
}

const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe("charts/chart-in", () => {
  for (const lang of ["zh", "ja"] as const)
    it(`chartIn(spec, "${lang}") writes every title, subtitle, axis and legend of the live charts in ${lang}`, () => {
      for (const [name, spec] of Object.entries(liveSpecs())) {
        const english = titles(spec).filter((t) => /[a-z]{3}/.test(t));
        const untranslated = titles(chartIn(spec, lang)).filter((t) => /[a-z]{3}/i.test(t) && !CJK.test(t));
        assert.ok(english.length > 0, name);
        assert.deepEqual(untranslated, [], name);
      }
    });

  for (const lang of ["zh", "ja"] as const)
    it(`chartIn(spec, "${lang}") writes the titles, axes and legends of every chart the notebooks show in ${lang}`, () => {
      for (const [name, spec] of Object.entries(allCharts)) {
        // a word that is the same in every language (GPU) aside
        const untranslated = titles(chartIn(spec, lang)).filter(
          (t) => /[a-z]{3}/i.test(t) && !CJK.test(t) && t !== "GPU",
        );
        assert.deepEqual(untranslated, [], name);
      }
    });

  it("chartIn keeps the data's numbers and the spec's shape: only words change", () => {
    const spec = liveSpecs()["comparison"]!;
    const zh = chartIn(spec, "zh") as { data: { values: { low: number; high: number }[] }; layer: unknown[] };
    const en = spec as unknown as typeof zh;
    assert.deepEqual(
      zh.data.values.map((r) => [r.low, r.high]),
      en.data.values.map((r) => [r.low, r.high]),
    );
    assert.equal(zh.layer.length, en.layer.length);
    assert.equal(chartIn(spec, "en"), spec);
  });

  it("chartWordIn fills a template again, each figure written as the language writes it", () => {
    // $53.4K–$66.8K = 5.34万～6.68万美元; $2.00–$4.92 = 2～4.92美元
    assert.equal(
      chartWordIn(
        "Owning: $53.4K–$66.8K all-in up front, then $0.0922 of energy per hour; renting: $2.00–$4.92 per hour.",
        "zh",
      ),
      "自购：先一次性投入5.34万～6.68万美元（含全部配套），此后每小时电费0.0922美元；租用：每小时2～4.92美元。",
    );
    assert.equal(chartWordIn("Cost (JPY, log scale)", "ja"), "コスト（JPY、対数目盛り）");
    assert.equal(chartWordIn("a word the catalogue lacks", "ja"), "a word the catalogue lacks");
  });
});

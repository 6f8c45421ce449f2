/**
 * CJK amounts (src/amount/):
 *   1. formatAmount keeps its Intl.NumberFormat instances; the baseline builds one per call,
 *      as a plain `new Intl.NumberFormat(...).format(x)` would. Goal: the cache pays (ratio < 1).
 *   2. parseAmounts over a paragraph of the article's amount phrases: time per call, for scale.
 * Both run the compiled build (dist/), as notebooks do. Long inputs: ./amount-length.bench.ts.
 */
import { performance } from "node:perf_hooks";
import { formatAmount } from "../../dist/amount/format-amount.js";
import { parseAmounts } from "../../dist/amount/parse-amount.js";
import { currencyWords } from "../../dist/amount/units.js";
import type { Currency } from "../../dist/money/currency.js";
import { compare, describe, median } from "./compare.js";

const N = 20_000;
const RUNS = 7;

// Amounts to format: 4 significant digits across magnitudes, as the property tests generate them.
const values = Array.from({ length: N }, (_, i) => Number(`${1000 + ((i * 7919) % 9000)}e${i % 12}`));
const currencyOf: readonly Currency[] = ["JPY", "CNY", "USD", "EUR"];

/** The baseline: the same zh text as formatAmount, with a new formatter for every value. */
function formatUncached(x: number, currency: Currency): string {
  return (
    new Intl.NumberFormat("zh", { notation: "compact", maximumSignificantDigits: 4 }).format(x) +
    currencyWords.zh[currency]
  );
}

// Short quotes from the seed article (Nikkei 中文网, 2025-02-11), one amount phrase each.
const paragraph = [
  "H800约为400万～500万日元（约合人民币19.23万元～24.03万元），H100约为550万日元",
  "DeepSeek使用了2000～3000块H800，使用的GPU的总额单纯计算为80亿～150亿日元",
  "V3的开发费用为557.6万美元。假设让AI学习278.8万小时，每小时费用为2美元",
  "这个费用与美国的AI模型相比不到10分之1",
  "AI模型的开发需要数十次、数百次的反复试验，在约280万小时的学习之前",
].join("。");

export default async function bench(): Promise<void> {
  // The two must write the same text, or the comparison means nothing.
  for (let i = 0; i < 100; i++) {
    const c = currencyOf[i % 4]!;
    const ours = formatAmount({ low: values[i]!, high: values[i]!, currency: c }, { locale: "zh" });
    if (ours !== formatUncached(values[i]!, c))
      throw new Error(`texts differ: ${ours} vs ${formatUncached(values[i]!, c)}`);
  }

  const result = compare(
    {
      label: `new Intl.NumberFormat per call ×${N}`,
      run: () => values.map((x, i) => formatUncached(x, currencyOf[i % 4]!)),
    },
    {
      label: `formatAmount (cached) ×${N}`,
      run: () =>
        values.map((x, i) => formatAmount({ low: x, high: x, currency: currencyOf[i % 4]! }, { locale: "zh" })),
    },
    { runs: RUNS },
  );
  console.log(`1. ${describe(await result, 1)}`);

  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let i = 0; i < 1000; i++) parseAmounts(paragraph);
    times.push((performance.now() - start) / 1000);
  }
  const found = parseAmounts(paragraph).length;
  console.log(
    `2. parseAmounts on ${paragraph.length} characters (${found} amounts): ${(median(times) * 1000).toFixed(1)} µs per call, median of ${RUNS}`,
  );
}

/**
 * Amounts, by length (issue 11): `parseAmount` and `parseAmounts` answer in time linear in the
 * text, so a 1,000,000-character input is read or refused well under a second. The reader before
 * issue 11 was quadratic: `"1、".repeat(20000) + "1块"` (40 KB) took 55 s, 16 KB 11.8 s.
 *
 * 1. Each input of 1,000,000 characters, answered by the library (the compiled build, dist/, as
 *    notebooks use it) against a plain linear scan of the same text (a charCodeAt loop counting
 *    digits: the least any reader must do), run side by side. Goal: every answer ≤ 500 ms, half
 *    the "well under a second" the issue asks.
 * 2. The same list at 10^4, 10^5 and 10^6 characters: nanoseconds per character stay flat.
 */
import { performance } from "node:perf_hooks";
import { parseAmount, parseAmounts } from "../../dist/amount/parse-amount.js";
import { GpuCostError } from "../../dist/errors/error.js";
import { compare, describe, median } from "./compare.js";

const LENGTH = 1_000_000;
const GOAL_MS = 500;
const RUNS = 5;

/** `text` repeated to exactly `length` characters. */
const fill = (text: string, length = LENGTH) => text.repeat(Math.ceil(length / text.length)).slice(0, length);

/** A seeded mix of the grammar's pieces: mostly nonsense, with real amounts in it. */
function mixed(length: number): string {
  const pieces = [
    "400万",
    "～",
    "日元",
    "、",
    "2000",
    "块",
    "H800",
    "1.5",
    "亿",
    "三千",
    "成",
    "约",
    "不到",
    "$5.58M",
    " ",
    "，",
    "。",
    "数十",
    "次",
  ];
  let out = "";
  let state = 2025;
  while (out.length < length) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    out += pieces[state % pieces.length];
  }
  return out.slice(0, length);
}

/** The library's answer: the amounts read, or the error's code (a refusal is an answer too). */
function answer(read: () => unknown): string {
  try {
    const result = read();
    return Array.isArray(result) ? `${result.length} amounts` : `read ${JSON.stringify(result)}`;
  } catch (e) {
    if (e instanceof GpuCostError) return `refused (${e.code})`;
    throw e;
  }
}

/** The baseline: one pass over the text, counting digits. */
function scan(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) - 48 < 10 && text.charCodeAt(i) >= 48) digits++;
  return digits;
}

const inputs: { label: string; text: string; read: (text: string) => unknown }[] = [
  {
    label: 'parseAmount, the issue\'s list grown: "1、1、…、1块"',
    text: `${"1、".repeat(LENGTH / 2 - 1)}1块`,
    read: parseAmount,
  },
  {
    label: 'parseAmount, one number of a million digits: "99…9块"',
    text: `${"9".repeat(LENGTH - 1)}块`,
    read: parseAmount,
  },
  { label: 'parseAmount, a range run on: "1～1～…"', text: fill("1～"), read: parseAmount },
  {
    label: "parseAmounts, the article's prices, repeated",
    text: fill("H800约为400万～500万日元（约合人民币19.23万元～24.03万元），"),
    read: parseAmounts,
  },
  { label: 'parseAmounts, numbers without units: "1 1 1 …"', text: fill("1 "), read: parseAmounts },
  {
    label: 'parseAmounts, a list run on: "1、1、…、1块"',
    text: `${"1、".repeat(LENGTH / 2 - 1)}1块`,
    read: parseAmounts,
  },
  { label: "parseAmounts, a seeded mix of the grammar's pieces", text: mixed(LENGTH), read: parseAmounts },
];

export default async function bench(): Promise<void> {
  console.log(
    `1. ${LENGTH.toLocaleString("en")} characters each, against a linear scan of the same text (goal: answered in ≤ ${GOAL_MS} ms)`,
  );
  for (const { label, text, read } of inputs) {
    const c = await compare(
      { label: "linear scan", run: () => scan(text) },
      { label: "library", run: () => answer(() => read(text)) },
      { runs: RUNS },
    );
    const met = c.candidateMedianMs <= GOAL_MS ? "met" : "NOT met";
    console.log(`   ${label}: ${answer(() => read(text))}`);
    console.log(`     ${describe(c)}; ${c.candidateMedianMs.toFixed(0)} ms (goal ${met})`);
  }

  console.log("2. the list at growing lengths: time per character stays flat (linear)");
  for (const length of [10_000, 100_000, 1_000_000]) {
    const text = `${"1、".repeat(length / 2 - 1)}1块`;
    answer(() => parseAmount(text));
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      answer(() => parseAmount(text));
      times.push(performance.now() - start);
    }
    const ms = median(times);
    console.log(
      `   ${length.toLocaleString("en")} characters: ${ms.toFixed(2)} ms, ${((ms * 1e6) / length).toFixed(0)} ns per character`,
    );
  }
}

/**
 * No stale prose (STYLE.md, habit 14): the markdown of the analysis notebooks states no figure
 * that a parameter can change. Every money amount, percentage and ratio written in their text,
 * outside quotations and code, must be one of the sourced constants below, each of which no
 * assumption moves; every other figure is computed and printed by the library. The kernel test
 * (test/analysis/report-settings.kernel.test.ts) reruns the notebooks under other settings and
 * checks the printed sentences against the library.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DIR = fileURLToPath(new URL("../../notebooks/", import.meta.url));
const NOTEBOOKS = [
  "02-purchase-vs-rental-vs-reported.ipynb",
  "03-assumptions.ipynb",
  "04-in-context.ipynb",
  "06-headlines.ipynb",
];

/** Figures the text may state, because no assumption changes them, with where each comes from. */
const SOURCED: Readonly<Record<string, string>> = {
  "$5.576M": "DeepSeek's reported cost, DeepSeek-V3 report, Table 1",
  $2: "DeepSeek's assumed rental price per GPU-hour, DeepSeek-V3 report, Table 1",
  $294K: "DeepSeek-R1's reported cost, Nature supplement, Table 7",
  $78M: "the AI Index 2024's GPT-4 estimate as its text rounds it",
  $191M: "the AI Index 2024's Gemini Ultra estimate as its text rounds it",
  "$78.4M": "the AI Index 2024's GPT-4 estimate in 2023 dollars (its dataset)",
  "$191.4M": "the AI Index 2024's Gemini Ultra estimate in 2023 dollars (its dataset)",
  $40M: "Epoch AI's amortized GPT-4 (Cottier et al. 2024)",
  $30M: "Epoch AI's amortized Gemini Ultra (Cottier et al. 2024)",
  "$3.42": "CR8DL's H800 price per GPU-hour, 2024-08-24 (data/hardware-prices.csv)",
  "$3.95": "CR8DL's H100 price per GPU-hour, 2024-08-24 (data/hardware-prices.csv)",
  "JPY 8–15B": "the article's GPU outlay, 80亿～150亿日元",
  "10–30%": "the article's headline, 便宜1～3成",
  "90%": "the level of the Monte Carlo interval, a choice of method",
  "19%": "Epoch AI's interconnect share of a cluster's cost, named as Epoch's",
  "10%": "the threshold of the article's claim, 不到10分之1",
  "$5,918,173.64":
    "Epoch AI's own pipeline (cost_analysis_standalone.py @ 263c40a) on its own DeepSeek-V3 row, with the H800 alias added and empty price Notes read as empty text (research for issue 17)",
  "$44,750":
    "the DGX H800 price per GPU Epoch's pipeline then chooses (data/Hardware prices.csv @ 263c40a, record 461)",
};

interface Cell {
  cell_type: string;
  id: string;
  source: string[];
}

/** The prose of a markdown cell without quotations, code spans and link targets. */
function prose(text: string): string {
  return text
    .replace(/\\\$/g, "$")
    .replace(/`[^`]*`/g, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<https?:[^>]*>/g, " ")
    .replace(/"[^"\n]*"|“[^”\n]*”|「[^」\n]*」/g, " ");
}

/** Money, percentages and ratios: `$5.576M`, `JPY 4–5M` (or a bare `¥4–5M`), `45–82%`, `1.2×`, `3.85亿`. */
const FIGURE =
  /(?:[$¥€]|JPY |CNY )[\d.,]+(?:[–-](?:[$¥€]|JPY |CNY )?[\d.,]+)?\s?[KMB]?|\d[\d.,]*(?:[–-]\d[\d.,]*)?\s?(?:%|×|万|亿)/g;

describe("notebooks: no figure a parameter can change is typed into the text", () => {
  for (const name of NOTEBOOKS) {
    it(`${name}: every figure in its markdown is a sourced constant`, () => {
      const nb = JSON.parse(readFileSync(`${DIR}${name}`, "utf8")) as { cells: Cell[] };
      for (const cell of nb.cells.filter((c) => c.cell_type === "markdown")) {
        for (const [figure] of prose(cell.source.join("")).matchAll(FIGURE)) {
          const clean = figure.trim().replace(/[.,]$/, "");
          assert.ok(clean in SOURCED, `cell ${cell.id} states ${clean}: compute it, or quote its source`);
        }
      }
    });
  }

  it("the check finds a typed figure: a sentence from before this rule fails it", () => {
    const old =
      "With the article's prices (the defaults), an H800 at ¥4–5M buys an H100's worth of compute for 9–27% less.";
    const found = [...prose(old).matchAll(FIGURE)].map((m) => m[0]);
    assert.deepEqual(found, ["¥4–5M", "9–27%"]);
    const coded = "An H800 at JPY 4–5M against CNY 19.23M.";
    assert.deepEqual(
      [...prose(coded).matchAll(FIGURE)].map((m) => m[0]),
      ["JPY 4–5M", "CNY 19.23M"],
    );
  });
});

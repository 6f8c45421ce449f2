import type { Currency } from "../../money/currency.js";
import type { Sensitivity, SensitivityRow } from "../../assumptions/sensitivity.js";
import { assumptionLabels } from "../../assumptions/labels.js";
import { assumptionSpecs } from "../../assumptions/specs.js";
import { moneyText, quantityText } from "../../format/text.js";
import { resultOf } from "../../validate/result-of.js";

/**
 * One bar of the tornado: from the base to the view with one input moved.
 *
 * @category Assumptions and uncertainty
 */
export interface TornadoBar {
  readonly assumption: string;
  /**
   * In a reader's words (`assumptionLabels`): `price of one GPU: JPY 4.0M → JPY 5.0M`; a swap:
   * `depreciation method → straight-line`. The name for code is `assumption`.
   */
  readonly label: string;
  /** Which value the bar shows: the input's low end, its high end, or the other choice. */
  readonly end: "low input" | "high input" | "other choice";
  readonly input: string;
  readonly base: number;
  readonly value: number;
  readonly valueText: string;
  readonly swingText: string;
  readonly meaning: string;
  readonly rangeFrom: string;
}

/**
 * One line of the sensitivity table: every assumption, whether or not it moves the view.
 *
 * @category Assumptions and uncertainty
 */
export interface SensitivityTableRow {
  readonly assumption: string;
  /** `JPY 4.5M`, `2024-09-01`, `price-performance` */
  readonly central: string;
  /** `JPY 4.0M → JPY 5.0M`, `price-performance → straight-line`, `—` */
  readonly tried: string;
  /** `$5.73M → $7.10M` */
  readonly viewAt: string;
  readonly swingText: string;
  readonly swing: number;
  /** Where the values tried come from (their sources are in `uncertaintyTable()`), or why the row does not move the view. */
  readonly why: string;
}

/**
 * The bars of a tornado, for the `limit` rows with the largest swing (rows that do not move the
 * view have none): two per quantitative assumption (its low and its high end), one per swapped choice.
 *
 * @example
 * showTable(tornadoBars(sensitivity()), { columns: ["label", "valueText", "swingText"] });
 *
 * @category Assumptions and uncertainty
 */
export function tornadoBars(s: Sensitivity, limit = Infinity): TornadoBar[] {
  resultOf(s, ["view", "base", "rows", "currency"], "s", "sensitivity()");
  return s.rows
    .filter((r) => r.swing > 0)
    .slice(0, limit)
    .flatMap((row) => {
      const common = {
        assumption: row.assumption,
        // a swap names only the other choice: labels stay short enough for the static chart
        label:
          row.kind === "swap"
            ? `${assumptionLabels[row.assumption]} → ${inputText(row, row.inputHigh)}`
            : `${assumptionLabels[row.assumption]}: ${inputText(row, row.inputLow)} → ${inputText(row, row.inputHigh)}`,
        base: s.base,
        swingText: moneyText(row.swing, row.swing, s.currency),
        meaning: assumptionSpecs[row.assumption].meaning,
        rangeFrom: rangeFromText(row),
      };
      const bar = (end: TornadoBar["end"], input: number | string, value: number): TornadoBar => ({
        ...common,
        end,
        input: inputText(row, input),
        value,
        valueText: moneyText(value, value, s.currency),
      });
      return row.kind === "swap"
        ? [bar("other choice", row.inputHigh, row.atHigh)]
        : [bar("low input", row.inputLow, row.atLow), bar("high input", row.inputHigh, row.atHigh)];
    });
}

/**
 * Every row of the sensitivity as a table line, largest swing first, with the reason a row does
 * not move the view. Prices are written in the view's currency, converted at the estimate's
 * rates, so the inputs and the results read in one currency.
 *
 * @example
 * showTable(sensitivityTable(sensitivity(assumptions(), { view: "amortized" })));
 *
 * @category Assumptions and uncertainty
 */
export function sensitivityTable(s: Sensitivity): SensitivityTableRow[] {
  resultOf(s, ["view", "base", "rows", "currency"], "s", "sensitivity()");
  return s.rows.map((row) => ({
    assumption: row.assumption,
    central: inputText(row, row.central, s.currency),
    tried:
      row.kind === "none"
        ? "—"
        : `${inputText(row, row.inputLow, s.currency)} → ${inputText(row, row.inputHigh, s.currency)}`,
    viewAt: `${moneyText(row.atLow, row.atLow, s.currency)} → ${moneyText(row.atHigh, row.atHigh, s.currency)}`,
    swingText: moneyText(row.swing, row.swing, s.currency),
    swing: row.swing,
    why: row.note ?? WHY[row.rangeFrom],
  }));
}

/** Where a row's values come from, in a word, for the table (the tooltip gives the source). */
const WHY: Readonly<Record<SensitivityRow["rangeFrom"], string>> = {
  documented: "its documented range",
  "given range": "the range given",
  "given value": "held at the value given",
  choice: "the other choice",
  none: "not varied",
};

/** The rows of a sensitivity that do not move its view, in a reader's words (`assumptionLabels`). */
export function unmovedRows(s: Sensitivity): string[] {
  return s.rows.filter((r) => r.swing === 0).map((r) => assumptionLabels[r.assumption]);
}

/** An input as written: a price in its own currency, or, given `currency`, converted into it. */
function inputText(row: SensitivityRow, x: number | string, currency?: Currency): string {
  if (typeof x === "string") return x;
  if (!row.inputCurrency) return quantityText(x);
  return currency && row.inputFx !== undefined
    ? moneyText(x * row.inputFx, x * row.inputFx, currency)
    : moneyText(x, x, row.inputCurrency);
}

function rangeFromText(row: SensitivityRow): string {
  switch (row.rangeFrom) {
    case "documented":
      return `its documented range: ${row.source}`;
    case "given range":
      return "the range given";
    case "given value":
      return "held at the value given";
    case "choice":
      return row.source;
    case "none":
      return row.note ?? "";
  }
}

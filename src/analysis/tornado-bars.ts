import type { Sensitivity, SensitivityRow } from "../assumptions/sensitivity.js";
import { assumptionSpecs } from "../assumptions/specs.js";
import { moneyText, quantityText } from "./text.js";

/** One bar of the tornado: from the base value to the view with one input at one end. */
export interface TornadoBar {
  readonly assumption: string;
  /** `gpuPrice: ¥4.0M → ¥5.0M` */
  readonly label: string;
  readonly end: "low input" | "high input";
  readonly input: string;
  readonly base: number;
  readonly value: number;
  readonly valueText: string;
  readonly swingText: string;
  readonly meaning: string;
  readonly rangeFrom: string;
}

/**
 * Two bars per assumption (its low and its high end), for the `limit` largest swings.
 *
 * @example
 * showTable(from(tornadoBars(sensitivity())).select("label", "valueText", "swingText"));
 */
export function tornadoBars(s: Sensitivity, limit = Infinity): TornadoBar[] {
  return s.rows.slice(0, limit).flatMap((row) => {
    const label = `${row.assumption}: ${inputText(row, row.inputLow)} → ${inputText(row, row.inputHigh)}`;
    const common = {
      assumption: row.assumption,
      label,
      base: s.base,
      swingText: moneyText(row.swing, row.swing, s.currency),
      meaning: assumptionSpecs[row.assumption].meaning,
      rangeFrom:
        row.rangeFrom === "assumption" ? "the assumption's own range" : `its plausible range: ${plausibleSource(row)}`,
    };
    return [
      {
        ...common,
        end: "low input" as const,
        input: inputText(row, row.inputLow),
        value: row.atLow,
        valueText: moneyText(row.atLow, row.atLow, s.currency),
      },
      {
        ...common,
        end: "high input" as const,
        input: inputText(row, row.inputHigh),
        value: row.atHigh,
        valueText: moneyText(row.atHigh, row.atHigh, s.currency),
      },
    ];
  });
}

function inputText(row: SensitivityRow, x: number): string {
  return row.inputCurrency ? moneyText(x, x, row.inputCurrency) : quantityText(x);
}

function plausibleSource(row: SensitivityRow): string {
  const spec = assumptionSpecs[row.assumption] as { plausible?: { source: string } };
  return spec.plausible?.source ?? "";
}

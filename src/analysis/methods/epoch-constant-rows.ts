import type { Assumptions } from "../../assumptions/assumptions.js";
import { uncertaintyOf } from "../../assumptions/uncertainty-of.js";
import { chipConstant, type ChipConstantName } from "../../cost/chip-constants.js";
import { epochPue } from "../../cost/epoch-keys.js";
import { ratioText } from "../../format/text.js";
import { ASSUMPTION_FIELDS } from "../../assumptions/result-fields.js";
import { resultOf } from "../../validate/result-of.js";

/**
 * One constant of the amortized view that depends on the chip, the organisation or a date: the
 * value in use and whose it is, beside Epoch AI's own value for this run and the line of
 * Epoch's code that gives it.
 *
 * @category Methods
 */
export interface EpochConstantRow {
  /** The assumption's name: `serverPowerRatio`, `serverOverhead`, `powerFraction`, `pue`, `electricityYear`. */
  readonly constant: string;
  /** The value in use, as text. */
  readonly inUse: string;
  /** `Epoch's`, `this project's choice` or `as given`. */
  readonly whose: string;
  /** Epoch's own value for this run, as text. */
  readonly epoch: string;
  /** Where Epoch's code gives it: file, line, commit and the line itself. */
  readonly epochSource: string;
  /** Why the value in use differs from Epoch's, or when Epoch applies it. */
  readonly note: string;
}

const NAMES: readonly ChipConstantName[] = ["serverPowerRatio", "serverOverhead", "powerFraction"];

/**
 * The per-chip and per-organisation constants of the amortized view for `a.gpu` and the run's
 * developer, and the electricity year, each beside Epoch's value with the source line of each:
 * where this project departs from Epoch (the H800's server power), both are shown and the reason
 * is given; a value the user set is marked as given.
 *
 * @example
 * showTable(epochConstantRows(assumptions({ gpu: "A100" })));
 *
 * @category Methods
 */
export function epochConstantRows(a: Assumptions): EpochConstantRow[] {
  resultOf(a, ASSUMPTION_FIELDS, "a", "assumptions()");
  const given = (name: "serverPowerRatio" | "serverOverhead" | "powerFraction" | "pue" | "electricityPrice") =>
    uncertaintyOf(a, name).from !== "documented";
  const value = (r: { low: number; high: number }) => ratioText(r.low, r.high);
  const chips = NAMES.map((name): EpochConstantRow => {
    const c = chipConstant(a.gpu, name);
    const source = `${c.epoch.at}, \`${c.epoch.line}\`: ${c.epoch.rule}, for "${c.epoch.hardware}"`;
    const applies =
      name === "serverOverhead"
        ? "Epoch applies it only to a price whose Notes say single-unit, and to TPUs (lines 794, 813); a DGX price per GPU holds its server. The price here is one card's"
        : "";
    return {
      constant: name,
      inUse: value(a[name]),
      whose: given(name) ? "as given" : c.whose,
      epoch: ratioText(c.epoch.value),
      epochSource: source,
      note: c.project
        ? `this project's choice: ${c.project.why}; ${c.project.at}, \`${c.project.line}\`, for "${c.project.hardware}"`
        : applies,
    };
  });
  const pue = epochPue(a.case.organization);
  const year = a.electricityYear === "publication" ? "publication" : "training start";
  return [
    ...chips,
    {
      constant: "pue",
      inUse: value(a.pue),
      whose: given("pue") ? "as given" : "Epoch's",
      epoch: ratioText(pue.value),
      epochSource: `${pue.at}, \`${pue.line}\`: ${pue.rule}, for "${a.case.organization}"`,
      note: "keyed on the organisation, not the chip",
    },
    {
      constant: "electricityYear",
      inUse: given("electricityPrice") ? "none: electricityPrice is given" : `the year of the ${year}`,
      whose: a.electricityYear === "publication" ? "Epoch's code" : "this project's choice",
      epoch: "the publication year",
      epochSource:
        "cost_analysis_standalone.py:1189 @ 263c40a, `pub_year = row['Publication date'].year`, passed to energy_price (lines 1190–1192)",
      note: "energy_price's docstring (line 1144) calls its argument the \"year in which the training run was conducted\": both readings are Epoch's",
    },
  ];
}

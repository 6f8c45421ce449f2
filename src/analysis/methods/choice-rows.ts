import type { Assumptions } from "../../assumptions/assumptions.js";
import { estimate } from "../../assumptions/estimate.js";
import { depreciationMethods, valuations } from "../../cost/epoch-method.js";
import { electricityYears } from "../../cost/electricity.js";
import { uncertaintyOf } from "../../assumptions/uncertainty-of.js";
import { moneyText } from "../../format/text.js";
import { rateSetNames } from "../../fx/convert.js";
import { resultOf } from "../../validate/result-of.js";
import { ASSUMPTION_FIELDS } from "../../assumptions/result-fields.js";

/**
 * One categorical choice at one of its values, with every cost view under it.
 *
 * @category Methods
 */
export interface ChoiceRow {
  readonly choice: string;
  readonly value: string;
  /** `as chosen` for the value the assumptions hold. */
  readonly chosen: string;
  readonly purchase: string;
  readonly rental: string;
  readonly amortized: string;
  readonly programme: string;
}

/**
 * Every categorical choice the analysis makes (depreciation method, valuation, FX rate set, the
 * year of the electricity price) at each of its values, the rest of the assumptions as given: the
 * choices side by side, never hidden. The electricity year chooses the price only while the price
 * is the default, so its rows re-derive that default.
 *
 * @example
 * showTable(choiceRows(assumptions()));
 *
 * @category Methods
 */
export function choiceRows(a: Assumptions): ChoiceRow[] {
  resultOf(a, ASSUMPTION_FIELDS, "a", "assumptions()");
  const choices: ReadonlyArray<
    readonly [keyof Assumptions & ("depreciation" | "valuation" | "rates" | "electricityYear"), readonly string[]]
  > = [
    ["depreciation", depreciationMethods],
    ["valuation", valuations],
    ["rates", rateSetNames()],
    ["electricityYear", electricityYears],
  ];
  const defaultPrice = uncertaintyOf(a, "electricityPrice").from === "documented";
  return choices.flatMap(([name, values]) =>
    values.map((value) => {
      const { electricityPrice, ...rest } = a;
      const others = name === "electricityYear" && defaultPrice ? rest : { ...rest, electricityPrice };
      const e = estimate({ ...others, [name]: value });
      const text = (v: { low: number; high: number }) => moneyText(v.low, v.high, e.currency);
      return {
        choice: name,
        value,
        chosen: a[name] === value ? "as chosen" : "",
        purchase: text(e.purchase),
        rental: text(e.rental),
        amortized: text(e.amortized),
        programme: text(e.programme),
      };
    }),
  );
}

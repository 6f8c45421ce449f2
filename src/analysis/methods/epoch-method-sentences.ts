import type { Assumptions } from "../../assumptions/assumptions.js";
import { uncertaintyOf } from "../../assumptions/uncertainty-of.js";
import { DAYS_PER_YEAR, dayNumber, valueAtTrainingStart } from "../../cost/epoch-method.js";
import { chipConstant } from "../../cost/chip-constants.js";
import { moneyText, quantityText, ratioText } from "../../format/text.js";
import { resultOf } from "../../validate/result-of.js";
import { ASSUMPTION_FIELDS } from "../../assumptions/result-fields.js";

/**
 * Epoch AI's method as this estimate applies it, in sentences whose figures come from the
 * assumptions: the server power ratio, the year and price of the electricity, and the hardware's
 * value at training start against its price.
 *
 * @example
 * print(epochMethodSentences(assumptions()));
 *
 * @category Methods
 */
export function epochMethodSentences(a: Assumptions): string[] {
  resultOf(a, ASSUMPTION_FIELDS, "a", "assumptions()");
  const ratio = a.serverPowerRatio;
  const ooms = a.priceOomsPerYear;
  const days = dayNumber(a.trainingStart) - dayNumber(a.purchaseDate);
  const years = Math.max(0, days) / DAYS_PER_YEAR;
  const share = valueAtTrainingStart(0, Math.max(0, days), (ooms.low + ooms.high) / 2);
  const electricity = uncertaintyOf(a, "electricityPrice");
  const e = a.electricityPrice;
  const chip = chipConstant(a.gpu, "serverPowerRatio");
  const epochText = `Epoch's code gives the "${chip.epoch.hardware}" ${ratioText(chip.epoch.value)} (${chip.epoch.at}, \`${chip.epoch.line}\`)`;
  const power =
    uncertaintyOf(a, "serverPowerRatio").from !== "documented"
      ? `Server power per GPU is ${ratioText(ratio.low, ratio.high)} × the chip's TDP, as given; ${epochText}.`
      : chip.project
        ? `Server power per GPU is ${ratioText(chip.value)} × the chip's TDP, this project's choice for the ${a.gpu}: Epoch's figure for the "${chip.project.hardware}" (${chip.project.at}, \`${chip.project.line}\`), because ${chip.project.why.replace(/, so this project takes .*$/, "")}; ${epochText}, its value for any GPU without "H100", "A100" or "V100" in its name.`
        : `Server power per GPU is ${ratioText(chip.value)} × the chip's TDP, Epoch's value for the "${chip.epoch.hardware}" (${chip.epoch.at}, \`${chip.epoch.line}\`).`;
  const published = a.case.published;
  const energy =
    electricity.from !== "documented"
      ? `Electricity is priced at ${moneyText(e.low, e.high, e.currency)} per kWh, as given.`
      : a.electricityYear === "publication"
        ? `Electricity is priced for ${published.slice(0, 4)}, the year of publication (${published}), as Epoch's code calls energy_price: ${moneyText(e.low, e.high, e.currency)} per kWh, the US industrial average in Epoch AI's series (data/electricity-prices.csv). This project's default keys it by the year of trainingStart (${a.trainingStart.slice(0, 4)}).`
        : `Electricity is priced for ${a.trainingStart.slice(0, 4)}, the year of trainingStart (${a.trainingStart}), this project's choice: ${moneyText(e.low, e.high, e.currency)} per kWh, the US industrial average in Epoch AI's series (data/electricity-prices.csv). Epoch's code keys it by the year of publication (${published.slice(0, 4)} for the report of ${published})${published.slice(0, 4) === a.trainingStart.slice(0, 4) ? ", the same year here" : ""}.`;
  const valued =
    a.depreciation === "straight-line"
      ? "Straight-line depreciation charges the price ÷ the life per hour whenever the run falls in the life, so the valuation does not change it."
      : a.valuation === "training-start"
        ? `This estimate charges the run on that value, as Epoch does.`
        : `This estimate charges the run on the price as given (valuation: purchase); Epoch's own method charges it on the value at training start (valuation: training-start), which the alternatives show.`;
  return [
    power,
    energy,
    `Hardware bought on ${a.purchaseDate} and used from ${a.trainingStart} has ${years.toFixed(2)} years behind it: at ${quantityText(ooms.low, ooms.high)} orders of magnitude a year it keeps 10^(−${quantityText(ooms.low, ooms.high)} × ${years.toFixed(2)}) = ${share.toFixed(3)} of its price at training start${days < 0 ? " (the start is before the purchase, which Epoch counts as no time)" : ""}. ${valued}`,
  ];
}

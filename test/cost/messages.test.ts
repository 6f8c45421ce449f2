import { messages } from "../../src/cost/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of cost/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("cost/messages", messages, {
  notStages: [[{ name: "stages", value: [] }, "invalid stages: [] (expected a non-empty list of { stage, gpuHours })"]],
  noElectricityPrice: [
    [
      { year: 2031, basis: "trainingStart" },
      "invalid electricityPrice: undefined (expected US dollars per kWh: data/electricity-prices.csv has no price for 2031, the year of trainingStart, so give electricityPrice)",
    ],
    [
      { year: 2009, basis: "published" },
      "invalid electricityPrice: undefined (expected US dollars per kWh: data/electricity-prices.csv has no price for 2009, the year of published, so give electricityPrice)",
    ],
  ],
});

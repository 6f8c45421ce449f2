import { messages } from "../../src/display/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of display/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("display/messages", messages, {
  notSpec: [
    [{ name: "spec", value: "bar" }, 'invalid spec: "bar" (expected a Vega-Lite spec object, from a chart builder)'],
  ],
  noKernel: [
    [
      { what: "show" },
      "cannot show(): no tslab kernel is running (expected a call from a notebook cell; outside one, save the spec with JSON.stringify)",
    ],
  ],
  notRow: [
    [
      { name: "table[1]", value: 3 },
      "invalid table[1]: 3 (expected a row: an object of column values, as the row builders return)",
    ],
  ],
  notLines: [[{ name: "lines", value: 3 }, "invalid lines: 3 (expected text, or a list of lines of text)"]],
});

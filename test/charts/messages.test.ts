import { messages } from "../../src/charts/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of charts/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("charts/messages", messages, {
  notFrontierTrend: [[{ name: "fit", value: {} }, "invalid fit: {} (expected a frontier trend, from frontierTrend())"]],
  noClaimTarget: [[{}, 'no reported target: the case claims no figure (expected target: "rental")']],
  notCaseRows: [
    [{ name: "rows", value: [] }, "invalid rows: [] (expected a non-empty list of case rows, from caseRows())"],
  ],
  notCostLadder: [
    [
      { name: "ladder", value: { rows: [] } },
      'invalid ladder: {"rows":[]} (expected a cost ladder with at least one row, from costLadder())',
    ],
  ],
  notFleetRows: [
    [{ name: "rows", value: [] }, "invalid rows: [] (expected a non-empty list of fleet rows, from fleetRows())"],
  ],

  notRunCosts: [
    [{ name: "costs", value: [] }, "invalid costs: [] (expected a non-empty list of run costs, from runCosts())"],
  ],
});

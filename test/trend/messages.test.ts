import { messages } from "../../src/trend/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of trend/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("trend/messages", messages, {
  notTrendPoints: [[{ name: "points", value: {} }, "invalid points: {} (expected a list of { date, value } points)"]],
  trendTooFew: [
    [{ n: 2, dates: 2 }, "cannot fit a trend to 2 points on 2 dates (expected at least 3 points on at least 2 dates)"],
    [{ n: 1, dates: 1 }, "cannot fit a trend to 1 point on 1 date (expected at least 3 points on at least 2 dates)"],
  ],
});

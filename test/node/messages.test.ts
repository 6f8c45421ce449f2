import { messages } from "../../src/node/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of node/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("node/messages", messages, {
  unknownScenario: [
    [
      { name: "artcle", known: ["article", "deepseek-paper"] },
      'invalid scenario: "artcle" (expected one of: article, deepseek-paper)',
    ],
  ],
});

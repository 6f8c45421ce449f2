import { messages } from "../../src/cost/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of cost/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("cost/messages", messages, {
  notStages: [[{ name: "stages", value: [] }, "invalid stages: [] (expected a non-empty list of { stage, gpuHours })"]],
});

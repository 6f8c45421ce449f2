import { messages } from "../../src/report/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of report/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("report/messages", messages, {
  noNotebooks: [
    [{ dir: "notebooks" }, 'invalid notebooks folder: "notebooks" (expected a folder with at least one .ipynb file)'],
  ],
});

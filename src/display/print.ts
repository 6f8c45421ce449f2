import { fail } from "./messages.js";

/**
 * Prints text in the cell's output, a list of lines one per line: the notebooks' sentences
 * (`print(alternativeSentences(estimate()))`) without `console.log(lines.join("\n"))` or a loop.
 * Text is printed as it is; a list is printed as `console.log(lines.join("\n"))` prints it (an empty
 * list as an empty line).
 *
 * @example
 * print(timesReportedSentences(estimate())); // one sentence per line
 * print(fleetPurchaseLine(estimate()));
 *
 * @category Display
 */
export function print(lines: string | readonly string[]): void {
  if (typeof lines === "string") {
    console.log(lines);
    return;
  }
  if (!Array.isArray(lines) || !lines.every((l) => typeof l === "string")) {
    fail("notLines", { name: "lines", value: lines });
  }
  console.log(lines.join("\n"));
}

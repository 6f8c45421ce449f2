import assert from "node:assert/strict";
import { print } from "../../src/display/print.js";
import { throwsText } from "../throws-text.js";

/** What `fn` wrote with console.log, one string per call. */
function logged(fn: () => void): string[] {
  const calls: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => void calls.push(args.join(" "));
  try {
    fn();
  } finally {
    console.log = log;
  }
  return calls;
}

describe("display/print", () => {
  it('print(lines) writes a list one line each, in one write, as console.log(lines.join("\\n")) does', () => {
    assert.deepEqual(
      logged(() => print(["Buying costs 9.5–17.7×.", "Renting costs 1.0–2.5×."])),
      ["Buying costs 9.5–17.7×.\nRenting costs 1.0–2.5×."],
    );
    assert.deepEqual(
      logged(() => print([])),
      [""],
    );
  });

  it("print(text) writes the text as it is", () => {
    assert.deepEqual(
      logged(() => print("Fleet purchase: 2,048 GPUs")),
      ["Fleet purchase: 2,048 GPUs"],
    );
  });

  it("print refuses what is neither text nor a list of it", () => {
    throwsText(() => print(3 as never), "invalid lines: 3 (expected text, or a list of lines of text)");
    throwsText(() => print(["a", 2] as never), 'invalid lines: ["a",2] (expected text, or a list of lines of text)');
  });
});

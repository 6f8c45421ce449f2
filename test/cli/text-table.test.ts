import assert from "node:assert/strict";
import { textTable } from "../../src/cli/text-table.js";

describe("cli/text-table", () => {
  it("textTable(header, rows, align) pads each column to its widest cell, a rule under the header", () => {
    const text = textTable(
      ["view", "low", "×"],
      [
        ["Buying", "$52.8M", "9.5–17.7×"],
        ["Reported", "$5.576M", "1×"],
      ],
      ["left", "right", "right"],
    );
    assert.equal(
      text,
      [
        "view          low          ×",
        "────────  ───────  ─────────",
        "Buying     $52.8M  9.5–17.7×",
        "Reported  $5.576M         1×",
      ].join("\n"),
    );
  });

  it("textTable leaves no spaces at the end of a line whose last cell is short and left-aligned", () => {
    assert.equal(textTable(["a", "b"], [["long cell", ""]], ["left", "left"]), "a          b\n─────────  ─\nlong cell");
  });
});

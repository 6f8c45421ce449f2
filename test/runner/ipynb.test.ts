import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { GpuCostError } from "../../src/errors/error.js";
import {
  cellSource,
  hasTag,
  joinLines,
  parseNotebook,
  readNotebook,
  serializeNotebook,
  splitLines,
} from "../../src/runner/ipynb.js";

const fixture = new URL("./fixtures/clean/parameters.ipynb", import.meta.url);

describe("runner/ipynb", () => {
  it("splitLines / joinLines convert between text and nbformat's list of lines", () => {
    assert.deepEqual(splitLines("a\nb\n"), ["a\n", "b\n"]);
    assert.deepEqual(splitLines("a\n\nb"), ["a\n", "\n", "b"]);
    assert.deepEqual(splitLines(""), []);
    assert.equal(joinLines(["a\n", "b"]), "a\nb");
    assert.equal(joinLines("a"), "a");
  });

  it("readNotebook reads nbformat 4.5 with cell ids, tags and sources", async () => {
    const nb = await readNotebook(fixture.pathname);
    assert.equal(nb.nbformat, 4);
    assert.equal(nb.nbformat_minor, 5);
    const params = nb.cells.find((c) => c.id === "c-params")!;
    assert.equal(hasTag(params, "parameters"), true);
    assert.match(cellSource(params), /^\/\/ defaults\nconst gpuCount/);
  });

  it("serializeNotebook writes what Jupyter writes: one-space indent, sorted keys, final newline", async () => {
    const text = await readFile(fixture, "utf8");
    assert.equal(serializeNotebook(parseNotebook(text, "parameters.ipynb")), text);
  });

  it("parseNotebook gives cells without an id (nbformat 4.4) a unique one", () => {
    const nb = parseNotebook(
      JSON.stringify({
        nbformat: 4,
        nbformat_minor: 4,
        metadata: {},
        cells: [
          { cell_type: "markdown", metadata: {}, source: "# a" },
          { cell_type: "code", metadata: {}, source: "1", outputs: [], execution_count: null },
        ],
      }),
      "old.ipynb",
    );
    assert.equal(nb.nbformat_minor, 5);
    const [a, b] = nb.cells.map((c) => c.id);
    assert.match(a!, /^[0-9a-f]{8}$/);
    assert.notEqual(a, b);
  });

  it("parseNotebook refuses a cell whose source is not text, naming the cell and the value", () => {
    const withSource = (source: unknown) =>
      JSON.stringify({
        nbformat: 4,
        nbformat_minor: 5,
        metadata: {},
        cells: [
          { cell_type: "markdown", id: "a", metadata: {}, source: ["# a\n", "text"] },
          { cell_type: "code", id: "b", metadata: {}, source, outputs: [], execution_count: null },
        ],
      });
    for (const [source, shown] of [
      [42, "42"],
      [{ code: "1" }, '{"code":"1"}'],
      [["1\n", null], '["1\\n",null]'],
    ] as const) {
      assert.throws(
        () => parseNotebook(withSource(source), "x.ipynb"),
        (e: unknown) =>
          e instanceof GpuCostError &&
          e.message === `invalid source of cell 2 in x.ipynb: ${shown} (expected text, or a list of lines of text)`,
      );
    }
    assert.equal(cellSource(parseNotebook(withSource(["1\n", "2"]), "x.ipynb").cells[1]!), "1\n2");
  });

  it("parseNotebook refuses what is not nbformat 4 JSON", () => {
    const refuses = (text: string, reason: string) =>
      assert.throws(
        () => parseNotebook(text, "x.ipynb"),
        (e: unknown) =>
          e instanceof GpuCostError && e.message === `invalid notebook: x.ipynb (expected nbformat 4 JSON: ${reason})`,
      );
    refuses('{"nbformat": 3, "cells": []}', "nbformat is 3");
    refuses('{"nbformat": 4}', "it has no cells list");
    refuses("[]", "it is not an object");
    refuses('{"nbformat": 4, "cells": [{"cell_type": "widget"}]}', "cell 1 has no valid cell_type");
  });
});

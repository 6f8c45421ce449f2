import assert from "node:assert/strict";
import type { JupyterMessage } from "../../src/runner/message.js";
import { CellOutputs, DisplayRegistry, headBytes, isJsonMime } from "../../src/runner/outputs.js";

/** An iopub message as the kernel sends it (only the fields the conversion reads). */
function msg(msg_type: string, content: Record<string, unknown>): JupyterMessage {
  return {
    identities: [],
    header: { msg_id: "m", username: "k", session: "k", date: "", msg_type, version: "5.3" },
    parent_header: {},
    metadata: {},
    content,
    buffers: [],
  };
}

describe("runner/outputs", () => {
  it("consecutive streams of the same name merge into one output, split into lines as nbformat stores them", () => {
    const cell = new CellOutputs(new DisplayRegistry());
    cell.add(msg("stream", { name: "stdout", text: "one\ntw" }));
    cell.add(msg("stream", { name: "stdout", text: "o\n" }));
    cell.add(msg("stream", { name: "stderr", text: "warned\n" }));
    cell.add(msg("stream", { name: "stdout", text: "three\n" }));
    assert.deepEqual(cell.outputs, [
      { output_type: "stream", name: "stdout", text: ["one\n", "two\n"] },
      { output_type: "stream", name: "stderr", text: ["warned\n"] },
      { output_type: "stream", name: "stdout", text: ["three\n"] },
    ]);
    assert.equal(cell.streamText("stdout"), "one\ntwo\nthree\n");
  });

  it("a cell's output stops at maxBytes: the rest is counted, not kept, and a note at the end says so", () => {
    const cell = new CellOutputs(new DisplayRegistry(), [], { maxBytes: 10 });
    cell.add(msg("stream", { name: "stdout", text: "1234\n" })); // 5 bytes kept, 5 left
    cell.add(msg("stream", { name: "stdout", text: "abcdefgh\n" })); // 9 bytes: 5 kept
    cell.add(msg("display_data", { data: { "text/plain": "x" }, metadata: {} })); // {"text/plain":"x"}: 18 bytes, none kept
    cell.add(msg("stream", { name: "stdout", text: "more\n" })); // 5 bytes, none kept
    cell.add(msg("error", { ename: "Error", evalue: "kept", traceback: [] })); // errors are always kept
    // received 5 + 9 + 18 + 5 = 37 bytes
    assert.equal(cell.truncated, true);
    cell.finish();
    assert.deepEqual(cell.outputs, [
      { output_type: "stream", name: "stdout", text: ["1234\n", "abcde"] },
      { output_type: "error", ename: "Error", evalue: "kept", traceback: [] },
      {
        output_type: "stream",
        name: "stderr",
        text: ["\n", "[output truncated after 10 bytes: the cell wrote 37 bytes]\n"],
      },
    ]);
  });

  it("a cell's output within maxBytes gets no note; many small writes merge into lines", () => {
    const cell = new CellOutputs(new DisplayRegistry(), [], { maxBytes: 1_000 });
    for (let i = 0; i < 100; i++) cell.add(msg("stream", { name: "stdout", text: i % 2 === 0 ? "ab" : "c\n" }));
    cell.finish();
    assert.equal(cell.truncated, false);
    // 50 lines of "abc\n": 200 bytes
    assert.deepEqual(cell.outputs, [{ output_type: "stream", name: "stdout", text: Array(50).fill("abc\n") }]);
  });

  it("headBytes(text, n) keeps the first n bytes of UTF-8 without cutting a character", () => {
    assert.equal(headBytes("万円", 3), "万"); // 万 and 円 are 3 bytes each
    assert.equal(headBytes("万円", 5), "万");
    assert.equal(headBytes("ab", 5), "ab");
  });

  it("display_data keeps JSON MIME types as objects and drops transient; execute_result keeps its count", () => {
    const cell = new CellOutputs(new DisplayRegistry());
    const spec = { mark: "bar" };
    cell.add(msg("execute_input", { execution_count: 7 }));
    cell.add(
      msg("display_data", {
        data: { "application/vnd.vegalite.v5+json": spec, "text/plain": "a\nb" },
        metadata: {},
        transient: {},
      }),
    );
    cell.add(msg("execute_result", { data: { "text/plain": "42" }, metadata: {}, execution_count: 7 }));
    assert.deepEqual(cell.outputs, [
      {
        output_type: "display_data",
        data: { "application/vnd.vegalite.v5+json": spec, "text/plain": ["a\n", "b"] },
        metadata: {},
      },
      { output_type: "execute_result", execution_count: 7, data: { "text/plain": ["42"] }, metadata: {} },
    ]);
    assert.equal(cell.executionCount, 7);
  });

  it("clear_output clears at once; with wait: true, only when the next output arrives", () => {
    const cell = new CellOutputs(new DisplayRegistry());
    cell.add(msg("stream", { name: "stdout", text: "10%\n" }));
    cell.add(msg("clear_output", { wait: true }));
    assert.equal(cell.outputs.length, 1, "still shown until something replaces it");
    cell.add(msg("stream", { name: "stdout", text: "100%\n" }));
    assert.deepEqual(cell.outputs, [{ output_type: "stream", name: "stdout", text: ["100%\n"] }]);
    cell.add(msg("clear_output", { wait: false }));
    assert.deepEqual(cell.outputs, []);
  });

  it("update_display_data replaces every output with the same display_id, in earlier cells too", () => {
    const displays = new DisplayRegistry();
    const first = new CellOutputs(displays);
    const second = new CellOutputs(displays);
    first.add(msg("display_data", { data: { "text/plain": "draft" }, metadata: {}, transient: { display_id: "d1" } }));
    second.add(msg("display_data", { data: { "text/plain": "draft" }, metadata: {}, transient: { display_id: "d1" } }));
    second.add(
      msg("update_display_data", {
        data: { "text/plain": "final" },
        metadata: { m: 1 },
        transient: { display_id: "d1" },
      }),
    );
    for (const cell of [first, second])
      assert.deepEqual(cell.outputs, [
        { output_type: "display_data", data: { "text/plain": ["final"] }, metadata: { m: 1 } },
      ]);
    assert.equal(second.outputs.length, 1, "an update adds no output");
  });

  it("an iopub error becomes an error output; status and unknown messages add nothing", () => {
    const cell = new CellOutputs(new DisplayRegistry());
    cell.add(msg("status", { execution_state: "busy" }));
    cell.add(msg("comm_open", {}));
    cell.add(
      msg("error", {
        ename: "TypeError",
        evalue: "x is not a function",
        traceback: ["TypeError: x is not a function"],
      }),
    );
    assert.deepEqual(cell.outputs, [
      {
        output_type: "error",
        ename: "TypeError",
        evalue: "x is not a function",
        traceback: ["TypeError: x is not a function"],
      },
    ]);
  });

  it("isJsonMime(mime) is true for application/json and +json types only", () => {
    assert.equal(isJsonMime("application/json"), true);
    assert.equal(isJsonMime("application/vnd.vegalite.v5+json"), true);
    assert.equal(isJsonMime("text/html"), false);
    assert.equal(isJsonMime("image/svg+xml"), false);
  });
});

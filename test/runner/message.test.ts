import assert from "node:assert/strict";
import { executeContent, newMessage, PROTOCOL_VERSION } from "../../src/runner/message.js";

describe("runner/message", () => {
  it("newMessage(type, content, {session}) makes a 5.3 header with a fresh msg_id and the client's session", () => {
    const a = newMessage("kernel_info_request", {}, { session: "client-1", username: "tester" });
    const b = newMessage("kernel_info_request", {}, { session: "client-1", username: "tester" });
    assert.equal(a.header.msg_type, "kernel_info_request");
    assert.equal(a.header.version, PROTOCOL_VERSION);
    assert.equal(a.header.session, "client-1");
    assert.equal(a.header.username, "tester");
    assert.notEqual(a.header.msg_id, b.header.msg_id);
    assert.ok(!Number.isNaN(Date.parse(a.header.date)));
    assert.deepEqual(a.parent_header, {});
  });

  it("executeContent(code) asks for no stdin, keeps history and stops on error", () => {
    assert.deepEqual(executeContent("1"), {
      code: "1",
      silent: false,
      store_history: true,
      user_expressions: {},
      allow_stdin: false,
      stop_on_error: true,
    });
  });
});

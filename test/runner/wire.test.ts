import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { GpuCostError } from "../../src/errors/error.js";
import { newMessage } from "../../src/runner/message.js";
import { DELIMITER, deserialize, serialize, sign, verify } from "../../src/runner/wire.js";

const KEY = "a".repeat(64);

describe("runner/wire", () => {
  it("sign(key, parts) is the hex HMAC-SHA256 of the parts in order", () => {
    const expected = createHmac("sha256", KEY).update("h").update("p").update("m").update("c").digest("hex");
    assert.equal(sign(KEY, ["h", "p", "m", "c"]), expected);
    assert.equal(sign("", ["h"]), "", "an empty key means no signing, as in Jupyter");
  });

  it("verify(key, signature, parts) accepts the right signature and refuses any other", () => {
    const parts = ["{}", "{}", "{}", '{"code":"1"}'];
    assert.equal(verify(KEY, sign(KEY, parts), parts), true);
    assert.equal(verify(KEY, sign("b".repeat(64), parts), parts), false);
    assert.equal(verify(KEY, "abc", parts), false, "a signature of the wrong length");
  });

  it("serialize then deserialize gives back the message, routing ids and buffers included", () => {
    const message = {
      ...newMessage("execute_request", { code: "1 + 1" }, { session: "s1" }),
      identities: [Buffer.from("id1")],
      buffers: [Buffer.from([1, 2])],
    };
    const frames = serialize(message, KEY);
    assert.deepEqual(frames[1], DELIMITER);
    const back = deserialize(frames, KEY);
    assert.deepEqual(back.header, message.header);
    assert.deepEqual(back.content, { code: "1 + 1" });
    assert.deepEqual(back.identities, [Buffer.from("id1")]);
    assert.deepEqual(back.buffers, [Buffer.from([1, 2])]);
  });

  it("deserialize refuses a forged signature before reading the content", () => {
    const frames = serialize(newMessage("status", { execution_state: "idle" }, { session: "s" }), KEY);
    const forged = [...frames];
    forged[1] = Buffer.from(sign("f".repeat(64), frames.slice(2, 6)));
    assert.throws(
      () => deserialize(forged, KEY, "iopub"),
      (e: unknown) =>
        e instanceof GpuCostError &&
        e.code === "badSignature" &&
        e.message === "rejected a message on iopub: invalid signature",
    );
  });

  it("deserialize refuses a message whose content was changed after signing", () => {
    const frames = serialize(newMessage("stream", { name: "stdout", text: "1" }, { session: "s" }), KEY);
    const tampered = [...frames];
    tampered[5] = Buffer.from(JSON.stringify({ name: "stdout", text: "2" }));
    assert.throws(
      () => deserialize(tampered, KEY, "iopub"),
      /^GpuCostError: rejected a message on iopub: invalid signature$/,
    );
  });

  it("deserialize refuses frames that are not a Jupyter message", () => {
    assert.throws(
      () => deserialize([Buffer.from("hello")], KEY, "shell"),
      (e: unknown) =>
        e instanceof GpuCostError &&
        e.message === "rejected a message on shell: not a Jupyter message (no <IDS|MSG> delimiter)",
    );
    assert.throws(
      () => deserialize([DELIMITER, Buffer.from("sig"), Buffer.from("{}")], KEY, "shell"),
      (e: unknown) =>
        e instanceof GpuCostError &&
        e.message ===
          "rejected a message on shell: not a Jupyter message (2 frames after the delimiter, expected at least 5)",
    );
  });
});

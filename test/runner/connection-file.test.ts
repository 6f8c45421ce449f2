import assert from "node:assert/strict";
import { readFile, rm, stat } from "node:fs/promises";
import {
  channelAddress,
  createConnectionInfo,
  freePorts,
  makeRuntimeDir,
  writeConnectionFile,
} from "../../src/runner/connection-file.js";

describe("runner/connection-file", () => {
  it("createConnectionInfo() gives five distinct loopback ports and a 32-byte random hex key", async () => {
    const a = await createConnectionInfo({ kernelName: "tslab" });
    const b = await createConnectionInfo({ kernelName: "tslab" });
    const ports = [a.shell_port, a.iopub_port, a.stdin_port, a.control_port, a.hb_port];
    assert.equal(new Set(ports).size, 5);
    assert.equal(a.ip, "127.0.0.1");
    assert.equal(a.transport, "tcp");
    assert.equal(a.signature_scheme, "hmac-sha256");
    assert.match(a.key, /^[0-9a-f]{64}$/); // 32 bytes × 2 hex digits
    assert.notEqual(a.key, b.key);
    assert.equal(channelAddress(a, "iopub"), `tcp://127.0.0.1:${a.iopub_port}`);
  });

  it("freePorts(n) hands out n different ports", async () => {
    const ports = await freePorts(8);
    assert.equal(new Set(ports).size, 8);
    for (const port of ports) assert.ok(port > 0 && port < 65536);
  });

  it("writeConnectionFile(info, dir) writes JSON readable by its owner only, in a private folder, never over a file", async () => {
    const dir = await makeRuntimeDir();
    try {
      assert.equal((await stat(dir)).mode & 0o777, 0o700);
      const info = await createConnectionInfo({ kernelName: "tslab" });
      const path = await writeConnectionFile(info, dir);
      assert.equal((await stat(path)).mode & 0o777, 0o600);
      assert.deepEqual(JSON.parse(await readFile(path, "utf8")), info);
      const other = await writeConnectionFile(info, dir);
      assert.notEqual(other, path);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

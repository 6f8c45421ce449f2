import assert from "node:assert/strict";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startLab } from "./lab-server.js";
import { type LabEnv, labProcessEnv } from "../../src/cli/lab-env.js";

describe("helpers/lab-server", () => {
  it("freePort() gives a loopback port one can listen on", async () => {
    const port = await freePort();
    assert.ok(port > 0 && port < 65536);
    const server = createServer();
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
    await new Promise((resolve) => server.close(resolve));
  });

  it("startLab(env) reports a server that exits at once, with its exit status and its log", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lab-server-test-"));
    try {
      const jupyter = join(dir, "jupyter");
      await writeFile(jupyter, "#!/bin/sh\necho 'cannot start' >&2\nexit 3\n");
      await chmod(jupyter, 0o755);
      const env: LabEnv = {
        projectDir: dir,
        venvDir: join(dir, ".venv"),
        python: "",
        jupyter,
        tslab: "",
        kernelJson: "",
        env: labProcessEnv(join(dir, ".venv")),
        reused: true,
        seconds: 0,
      };
      const port = await freePort();
      const lines: string[] = [];
      const logged = console.error;
      console.error = () => undefined;
      try {
        await assert.rejects(startLab(env, { rootDir: dir, port, timeoutMs: 10_000, onLog: (l) => lines.push(l) }), {
          code: "labNoAnswer",
          message: `JupyterLab did not answer at http://127.0.0.1:${port}/api/status within 10000 ms (expected HTTP 200; the server exited with 3)`,
        });
      } finally {
        console.error = logged;
      }
      assert.deepEqual(lines, ["cannot start"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("startLab(env) with a jupyter that does not exist says so, and signals nothing", async () => {
    const jupyter = "/nonexistent/.venv/bin/jupyter";
    const env: LabEnv = {
      projectDir: "/nonexistent",
      venvDir: "/nonexistent/.venv",
      python: "",
      jupyter,
      tslab: "",
      kernelJson: "",
      env: labProcessEnv("/nonexistent/.venv"),
      reused: true,
      seconds: 0,
    };
    const port = await freePort();
    await assert.rejects(startLab(env, { rootDir: tmpdir(), port }), {
      code: "labNoAnswer",
      message: `JupyterLab did not answer at http://127.0.0.1:${port}/api/status within 60000 ms (expected HTTP 200; ${jupyter} could not be started: spawn ${jupyter} ENOENT)`,
    });
  });
});

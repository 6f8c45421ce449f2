/**
 * A failed write of standard output ends every command with status 74 and says so on stderr
 * (issue 18: `estimate --format csv > /dev/full` exited 0 with nothing said). Run as a child
 * process (the build, dist/cli/main.js), since the check lives in the entry point; no kernel
 * starts: `estimate` computes in the process, and `run` and `report` only print their help.
 */
import assert from "node:assert/strict";
import { spawn, type StdioOptions } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../src/node/package-root.js";

const CLI = join(PACKAGE_ROOT, "dist", "cli", "main.js");
const FAILED = "(expected somewhere that takes the whole output: a file system with room, or a pipe read to its end)";

/** The CLI with `args`, its stdout as given; with `closeEarly`, a pipe whose read end is closed before it writes. */
function cli(
  args: readonly string[],
  stdout: number | "pipe",
  closeEarly = false,
): Promise<{ status: number | null; stderr: string }> {
  const stdio: StdioOptions = ["ignore", stdout, "pipe"];
  const child = spawn(process.execPath, [CLI, ...args], { cwd: PACKAGE_ROOT, stdio });
  if (closeEarly) child.stdout!.destroy();
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (t: string) => (stderr += t));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stderr })));
}

describe("cli/standard-output", function () {
  this.timeout(30_000);

  it("standard output on a full device (/dev/full): exit status 74 and the reason on stderr, in every command", async () => {
    const full = openSync("/dev/full", "w");
    try {
      for (const args of [["estimate", "--format", "csv"], ["estimate"], ["run", "--help"], ["report", "--help"]]) {
        const { status, stderr } = await cli(args, full);
        assert.equal(status, 74, `${args.join(" ")}: ${stderr}`);
        assert.equal(
          stderr,
          `gpu-cost-lab: cannot write standard output: ENOSPC: no space left on device, write ${FAILED}\n`,
          args.join(" "),
        );
      }
    } finally {
      closeSync(full);
    }
  });

  it("standard output a pipe closed before the command writes (EPIPE, as `| head -c1` can): exit status 74, said on stderr", async () => {
    const { status, stderr } = await cli(["estimate", "--format", "json"], "pipe", true);
    assert.equal(status, 74, stderr);
    assert.equal(stderr, `gpu-cost-lab: cannot write standard output: write EPIPE ${FAILED}\n`);
  });

  it("standard output that takes everything: exit status 0, nothing on stderr", async () => {
    const { status, stderr } = await cli(["estimate", "--format", "csv"], "pipe");
    assert.equal(status, 0, stderr);
    assert.equal(stderr, "");
  });
});

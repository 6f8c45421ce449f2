/**
 * The command line's checks at the door (issue 12): each bad argument, notebook or output path
 * stops with one catalogued line and exit status 2 before any kernel starts, and writes nothing.
 * Every case runs with a kernel that leaves a mark when started: the mark must never appear.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, readdir, symlink, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { PACKAGE_ROOT } from "../../src/node/package-root.js";
import { inProcess } from "./in-process.js";
import { markerKernel } from "./marker-kernel.js";

const fixture = join("test", "runner", "fixtures", "clean", "stream.ipynb");

describe("cli/door-checks", () => {
  const door = markerKernel("door-checks-", fixture);
  const refused = (args: readonly string[], message: string) => door.refused(args, message);
  let temp: string;
  beforeEach(() => (temp = door.temp));

  it("--timeout beyond a day is refused (Node's timer would overflow and fail every cell at once)", async () => {
    const notebook = join(temp, "nbs", "stream.ipynb");
    const expected = 'invalid --timeout: "3000000" (expected a positive number of seconds, at most 86400)';
    await refused(["run", notebook, "--out", join(temp, "out.ipynb"), "--timeout", "3000000"], expected);
    await refused(
      ["report", "--notebooks", join(temp, "nbs"), "--out", join(temp, "r"), "--timeout", "3000000"],
      expected,
    );
    assert.deepEqual(await readdir(temp), ["jupyter", "nbs"], "nothing written");
  });

  it("a negative --jobs or --timeout is read as the option's value and refused as such, not as 'ambiguous'", async () => {
    await refused(
      ["report", "--notebooks", join(temp, "nbs"), "--out", join(temp, "r"), "--jobs", "-1"],
      'invalid --jobs: "-1" (expected a positive whole number)',
    );
    await refused(
      ["run", join(temp, "nbs", "stream.ipynb"), "--out", join(temp, "out.ipynb"), "--timeout", "-1"],
      'invalid --timeout: "-1" (expected a positive number of seconds, at most 86400)',
    );
  });

  it("run on a missing notebook or a folder says so, instead of a raw ENOENT or EISDIR with exit status 1", async () => {
    const missing = join(temp, "nbs", "missing.ipynb");
    await refused(
      ["run", missing, "--out", join(temp, "out.ipynb")],
      `invalid notebook: "${missing}" (expected a notebook file: no such file)`,
    );
    await refused(
      ["run", join(temp, "nbs"), "--out", join(temp, "out.ipynb")],
      `invalid notebook: "${join(temp, "nbs")}" (expected a notebook file: it is a folder)`,
    );
  });

  it("run X.ipynb --out X.ipynb is refused, also through a relative path, a symlink or a linked folder", async () => {
    const source = join(temp, "nbs", "stream.ipynb");
    const before = await readFile(source, "utf8");
    await symlink(source, join(temp, "link.ipynb"));
    await symlink(join(temp, "nbs"), join(temp, "linked"));
    for (const [out, written] of <Array<[string, string]>>[
      [source, source],
      [join(temp, "nbs", "..", "nbs", "stream.ipynb"), source],
      [join(temp, "link.ipynb"), join(temp, "link.ipynb")],
      [join(temp, "linked", "stream.ipynb"), join(temp, "linked", "stream.ipynb")],
    ]) {
      await refused(
        ["run", source, "--out", out],
        `invalid --out: "${out}" (expected a path apart from the source notebooks: writing ${written} would overwrite ${source})`,
      );
    }
    assert.equal(await readFile(source, "utf8"), before, "the source is untouched");
  });

  it("run A.failed.ipynb --out A.ipynb is refused: a failed run would write its copy over the source", async () => {
    const source = join(temp, "nbs", "a.failed.ipynb");
    await copyFile(fixture, source);
    await refused(
      ["run", source, "--out", join(temp, "nbs", "a.ipynb")],
      `invalid --out: "${join(temp, "nbs", "a.ipynb")}" (expected a path apart from the source notebooks: writing ${source} would overwrite ${source})`,
    );
  });

  it("run --out under a regular file, or onto a folder, is refused before any kernel starts", async () => {
    const notebook = join(temp, "nbs", "stream.ipynb");
    await writeFile(join(temp, "file.txt"), "a file\n");
    await mkdir(join(temp, "folder"));
    await mkdir(join(temp, "x.failed.ipynb"));
    for (const [out, problem] of <Array<[string, string]>>[
      [join(temp, "file.txt", "x.ipynb"), `${join(temp, "file.txt")} is a file`],
      [join(temp, "file.txt", "deeper", "x.ipynb"), `${join(temp, "file.txt")} is a file`],
      [join(temp, "folder"), `${join(temp, "folder")} is a folder`],
      [join(temp, "x.ipynb"), `${join(temp, "x.failed.ipynb")} is a folder`],
    ]) {
      await refused(
        ["run", notebook, "--out", out],
        `invalid --out: "${out}" (expected a file that can be written: ${problem})`,
      );
    }
    assert.deepEqual((await readdir(temp)).sort(), ["file.txt", "folder", "jupyter", "nbs", "x.failed.ipynb"]);
  });

  it("report --out that is a file, or holds a folder where the report writes a file, is refused before any kernel starts", async () => {
    const notebooks = join(temp, "nbs");
    await writeFile(join(temp, "file.txt"), "a file\n");
    await mkdir(join(temp, "r1", "index.html"), { recursive: true });
    await mkdir(join(temp, "r2", "failed", "notebooks", "stream.ipynb"), { recursive: true });
    await mkdir(join(temp, "r3"));
    await writeFile(join(temp, "r3", "notebooks"), "a file\n");
    for (const [out, problem] of <Array<[string, string]>>[
      [join(temp, "file.txt"), `${join(temp, "file.txt")} is a file`],
      [join(temp, "file.txt", "report"), `${join(temp, "file.txt")} is a file`],
      [join(temp, "r1"), `${join(temp, "r1", "index.html")} is a folder`],
      [join(temp, "r2"), `${join(temp, "r2", "failed", "notebooks", "stream.ipynb")} is a folder`],
      [join(temp, "r3"), `${join(temp, "r3", "notebooks")} is a file`],
    ]) {
      await refused(
        ["report", "--notebooks", notebooks, "--out", out],
        `invalid --out: "${out}" (expected a folder that can be written: ${problem})`,
      );
    }
  });

  it("report --out whose notebooks/ is the notebooks folder itself is refused", async () => {
    await mkdir(join(temp, "r", "notebooks"), { recursive: true });
    await copyFile(fixture, join(temp, "r", "notebooks", "stream.ipynb"));
    const source = join(temp, "r", "notebooks", "stream.ipynb");
    await refused(
      ["report", "--notebooks", join(temp, "r", "notebooks"), "--out", join(temp, "r")],
      `invalid --out: "${join(temp, "r")}" (expected a path apart from the source notebooks: writing ${source} would overwrite ${source})`,
    );
  });

  it("run --out onto one of the project's notebooks is refused, whichever notebook runs (issue 18: 02 became a copy of 00)", async () => {
    const project = join(PACKAGE_ROOT, "notebooks", "02-purchase-vs-rental-vs-reported.ipynb");
    const before = await readFile(project, "utf8");
    const shown = relative(process.cwd(), project);
    await refused(
      ["run", join(temp, "nbs", "stream.ipynb"), "--out", project],
      `invalid --out: "${project}" (expected a path apart from the source notebooks: writing ${shown} would overwrite ${shown})`,
    );
    assert.equal(await readFile(project, "utf8"), before, "notebook 02 is untouched");
  });

  it("run --out that is a device, a FIFO or a symbolic link is refused: the atomic write would replace it with a file", async () => {
    const notebook = join(temp, "nbs", "stream.ipynb");
    execFileSync("mkfifo", [join(temp, "fifo.ipynb")]);
    await writeFile(join(temp, "target.ipynb"), "{}");
    await symlink(join(temp, "target.ipynb"), join(temp, "link-out.ipynb"));
    for (const [out, problem] of <Array<[string, string]>>[
      ["/dev/full", "/dev/full is a device, which the write would replace with a file"],
      ["/dev/null", "/dev/null is a device, which the write would replace with a file"],
      [join(temp, "fifo.ipynb"), `${join(temp, "fifo.ipynb")} is a FIFO, which the write would replace with a file`],
      [
        join(temp, "link-out.ipynb"),
        `${join(temp, "link-out.ipynb")} is a symbolic link, which the write would replace, not its target`,
      ],
    ]) {
      await refused(
        ["run", notebook, "--out", out],
        `invalid --out: "${out}" (expected a file that can be written: ${problem})`,
      );
    }
    assert.ok(existsSync("/dev/full"), "the device is still there");
  });

  it("run --out onto a notebook the runner did not write is refused; one it wrote (its gpu_cost_lab mark) is replaced", async () => {
    const notebook = join(temp, "nbs", "stream.ipynb");
    const mine = join(temp, "analysis.ipynb");
    await copyFile(fixture, mine);
    await refused(
      ["run", notebook, "--out", mine],
      `invalid --out: "${mine}" (expected a new path or a notebook gpu-cost-lab wrote: ${mine} is one it did not write, with no gpu_cost_lab mark in its metadata; move it away to write there)`,
    );
    // an executed copy from an earlier run carries the mark: the run goes on (the marker kernel then fails to start)
    const earlier = JSON.parse(await readFile(fixture, "utf8")) as { metadata: Record<string, unknown> };
    earlier.metadata.gpu_cost_lab = { source: "stream.ipynb" };
    await writeFile(join(temp, "earlier.ipynb"), JSON.stringify(earlier));
    const result = await inProcess(["run", notebook, "--out", join(temp, "earlier.ipynb"), "--kernel", "marker"]);
    assert.equal(result.status, 1, result.stderr);
    assert.ok(existsSync(join(temp, "kernel-started")), "the kernel was started: the door let it through");
  });

  it("report --out whose notebooks/ holds a notebook the runner did not write is refused: the swap replaces that folder whole", async () => {
    await mkdir(join(temp, "r", "notebooks"), { recursive: true });
    const mine = join(temp, "r", "notebooks", "mine.ipynb");
    await copyFile(fixture, mine);
    await refused(
      ["report", "--notebooks", join(temp, "nbs"), "--out", join(temp, "r")],
      `invalid --out: "${join(temp, "r")}" (expected a new path or a notebook gpu-cost-lab wrote: ${mine} is one it did not write, with no gpu_cost_lab mark in its metadata; move it away to write there)`,
    );
    assert.deepEqual(await readdir(join(temp, "r", "notebooks")), ["mine.ipynb"], "left as it was");
  });
});

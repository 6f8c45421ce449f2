/**
 * `gpu-cost-lab cases`, and `estimate --case ID` / `--case-file FILE`, in this process: the cases
 * listed, a shipped case's claim as the reported row, a case written by hand, and the refusals.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inProcess } from "./in-process.js";
import { HAND_WRITTEN_CASE } from "../cases/shipped.js";

const cells = (line: string) => line.trim().split(/ {2,}/);

const handWritten = HAND_WRITTEN_CASE;

async function inFolder<T>(files: Record<string, unknown>, run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "gpu-cost-lab-case-file-"));
  try {
    for (const [name, value] of Object.entries(files)) await writeFile(join(dir, name), JSON.stringify(value));
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("cli/cases-command", () => {
  it("cases lists every case with its claim; --format csv and json give the same rows", async () => {
    const table = await inProcess(["cases"]);
    assert.deepEqual([table.status, table.stderr], [0, ""]);
    const rows = table.stdout.trim().split("\n").slice(2).map(cells);
    assert.deepEqual(
      rows.map((r) => [r[0], r[1]]),
      [
        ["deepseek-v3", "$5.576M"],
        ["deepseek-r1", "US$294,000"],
        ["llama-3.1-405b", "none"],
        ["minimax-m1", "$534,700"],
        ["kimi-k2-thinking", "$4.6 million"],
        ["sky-t1-32b-preview", "less than $450"],
        ["s1-32b", "about $20"],
      ],
    );
    const json = JSON.parse((await inProcess(["cases", "--format", "json"])).stdout) as {
      id: string;
      impliedRateUsd: number | null;
    }[];
    // 8 × 19 = 152 H100-hours: $450 ÷ 152 = $2.96 an hour
    assert.equal(json.find((r) => r.id === "sky-t1-32b-preview")!.impliedRateUsd, 450 / 152);
    const csv = (await inProcess(["cases", "--format", "csv"])).stdout.trim().split("\n");
    assert.equal(csv.length, 1 + 7);
    assert.ok(csv[0]!.startsWith("id,model,developer,claim,who,contested,"));
  });

  it("estimate --case deepseek-r1: the reported row is R1's 147,000 GPU-hours × $2 = $294,000", async () => {
    const { status, stdout } = await inProcess(["estimate", "--case", "deepseek-r1"]);
    assert.equal(status, 0);
    assert.match(stdout, /Assumptions: the defaults, then case deepseek-r1\./);
    const reported = stdout.split("\n").find((l) => l.startsWith("Reported by"))!;
    assert.deepEqual(cells(reported), ["Reported by DeepSeek-AI (147K H800 GPU-hours × $2)", "$294.0K", "1×"]);
  });

  it("estimate --case-file FILE takes a case written by hand: $1,200 against 400 GPU-hours", async () => {
    await inFolder({ "my-run.json": handWritten }, async (dir) => {
      const { status, stdout, stderr } = await inProcess(["estimate", "--case-file", join(dir, "my-run.json")]);
      assert.deepEqual([status, stderr], [0, ""]);
      assert.match(stdout, /then case my-run \(a case file\)/);
      // 400 GPU-hours × $2–$4.916 = $800–$1,966
      const rental = cells(stdout.split("\n").find((l) => l.startsWith("Renting"))!);
      assert.deepEqual(rental.slice(0, 3), ["Renting the final run (400 GPU-hours × $2–$4.916)", "$800", "$1.97K"]);
      assert.equal(cells(stdout.split("\n").find((l) => l.startsWith("Claimed by"))!)[1], "$1.2K");
    });
  });

  it("the README's case file, written by hand, works through estimate --case-file as it is", async () => {
    const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
    const block = /^## Another headline\n[^]*?^```json\n([^]*?)^```$/m.exec(readme)![1]!;
    assert.deepEqual(JSON.parse(block), handWritten);
    await inFolder({ "my-run.json": JSON.parse(block) as unknown }, async (dir) => {
      const { status, stderr } = await inProcess(["estimate", "--case-file", join(dir, "my-run.json")]);
      assert.deepEqual([status, stderr], [0, ""]);
    });
  });

  it("a case file with a missing field or an unknown one is refused by name (exit status 2)", async () => {
    const { gpuHours: _dropped, ...noHours } = handWritten;
    await inFolder({ "no-hours.json": noHours, "typo.json": { ...handWritten, gpuHour: 3 } }, async (dir) => {
      const missing = await inProcess(["estimate", "--case-file", join(dir, "no-hours.json")]);
      assert.equal(missing.status, 2);
      assert.match(
        missing.stderr,
        /missing case\.gpuHours in .*no-hours\.json \(expected the run's GPU-hours, a positive number\)/,
      );
      const typo = await inProcess(["estimate", "--case-file", join(dir, "typo.json")]);
      assert.equal(typo.status, 2);
      assert.match(typo.stderr, /invalid case\.gpuHour: 3 \(expected only the fields id, model, claim/);
    });
  });

  it("an unknown case, or --case and --case-file together, is refused (exit status 2)", async () => {
    const unknown = await inProcess(["estimate", "--case", "deepseek-v4"]);
    assert.equal(unknown.status, 2);
    assert.match(
      unknown.stderr,
      /invalid case: "deepseek-v4" \(expected one of deepseek-v3, .*did you mean "deepseek-v3"\?\)/,
    );
    const both = await inProcess(["estimate", "--case", "deepseek-r1", "--case-file", "x.json"]);
    assert.equal(both.status, 2);
    assert.match(both.stderr, /--case deepseek-r1 and --case-file x\.json both name a case \(expected one of them\)/);
  });
});

/**
 * `npm run data:epoch` on a small fixture: a git repository built from a few records of Epoch AI's
 * files (test/fixtures/epoch/, CC BY; see its README) in three commits, as the paper's, the working
 * notebook's and the current commit. The outputs must be the expected files byte for byte, with the
 * commits the repository got; the real files were checked the same way against a clone of Epoch's
 * repository (the README says how).
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURE = join(ROOT, "test", "fixtures", "epoch");
const OUTPUTS = ["frontier-models.csv", "hardware-prices.csv", "frontier-selections.csv"];

/** A git repository whose three commits hold the fixture's paper/, working/ and current/ trees, in that order. */
function buildRepository(dir: string): { paper: string; working: string; current: string } {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: "fixture",
    GIT_AUTHOR_EMAIL: "fixture@example.org",
    GIT_COMMITTER_NAME: "fixture",
    GIT_COMMITTER_EMAIL: "fixture@example.org",
    GIT_AUTHOR_DATE: "2024-01-01T00:00:00Z",
    GIT_COMMITTER_DATE: "2024-01-01T00:00:00Z",
  };
  const git = (...args: string[]) =>
    execFileSync("git", ["-C", dir, "-c", "commit.gpgsign=false", ...args], { env, encoding: "utf8" }).trim();
  git("init", "-q");
  const commits: string[] = [];
  for (const tree of ["paper", "working", "current"]) {
    for (const entry of readdirSync(dir)) if (entry !== ".git") rmSync(join(dir, entry), { recursive: true });
    cpSync(join(FIXTURE, tree), dir, { recursive: true });
    git("add", "-A");
    git("commit", "-q", "-m", tree);
    commits.push(git("rev-parse", "HEAD"));
  }
  const [paper, working, current] = commits as [string, string, string];
  return { paper, working, current };
}

describe("scripts/data-epoch", () => {
  it("npm run data:epoch regenerates frontier-models.csv, hardware-prices.csv and frontier-selections.csv from the named commits, byte for byte", function () {
    this.timeout(60_000);
    const repo = mkdtempSync(join(tmpdir(), "gpu-cost-lab-epoch-repo-"));
    const out = mkdtempSync(join(tmpdir(), "gpu-cost-lab-epoch-out-"));
    try {
      const commits = buildRepository(repo);
      execFileSync(
        process.execPath,
        [
          "--import",
          "tsx",
          join(ROOT, "scripts", "data-epoch", "main.ts"),
          repo,
          "--out",
          out,
          "--sources",
          join(FIXTURE, "sources", "sources.json"),
        ],
        { cwd: ROOT, encoding: "utf8" },
      );
      for (const file of OUTPUTS) {
        const expected = readFileSync(join(FIXTURE, "expected", file), "utf8")
          .replaceAll("{paper}", commits.paper)
          .replaceAll("{working}", commits.working)
          .replaceAll("{current}", commits.current);
        assert.equal(readFileSync(join(out, file), "utf8"), expected, file);
      }
    } finally {
      rmSync(repo, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("what the fixture shows: DeepSeek-V3 uncosted beside the costed, the imputed model left out of the working selection, single cards' notes by their Notes", () => {
    const read = (f: string) => readFileSync(join(FIXTURE, "expected", f), "utf8");
    const frontier = read("frontier-models.csv");
    // V3 with the database's cells only: not in model_costs.csv, no cost, its quote the cells used
    assert.match(
      frontier,
      /\ndeepseek-v3,DeepSeek-V3,DeepSeek,2024-12-24,3\.4078e24,NVIDIA H800 SXM5,false,2048,,2788000,.*,,,,5390000\.00,false,/,
    );
    const selections = read("frontier-selections.csv").split("\n");
    // paper: the two printed costs; working: GNMT and DeepSpeech2, not GPT-4 Turbo (its hardware imputed); model-costs: all three
    assert.deepEqual(
      ["paper", "working", "model-costs"].map((s) => selections.filter((l) => l.startsWith(`${s},`)).length),
      [2, 2, 3],
    );
    assert.ok(selections.some((l) => l.startsWith("model-costs,gpt-4-turbo,") && l.includes(",true,")));
    const prices = read("hardware-prices.csv");
    // the A100 PCIe's Notes say single-unit: Epoch multiplies it by 1.66; the H800 row with empty Notes stops Epoch's lookup
    assert.match(
      prices,
      /its Notes say single-unit, so Epoch's pipeline multiplies it by its server-cost overhead \(1\.66 for an A100/,
    );
    assert.match(
      prices,
      /its Notes are empty, so Epoch's overhead rule \(Notes saying single-unit\) does not apply to it/,
    );
    assert.match(prices, /a note kept by hand/);
    assert.match(prices, /\ndeepseek-v3-h800-assumed-rental,/);
  });
});

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { assumptionNames } from "../../src/assumptions/specs.js";
import { COMMANDS } from "../../src/cli/commands.js";
import { barrel, CORE, NOTEBOOK } from "./entries.js";

const root = new URL("../../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { scripts: Record<string, string> };
const ci = readFileSync(new URL(".ci/run", root), "utf8");

describe("docs/readme", () => {
  it("documents every assumption, and only those, in its assumptions table", () => {
    const rows = [...readme.matchAll(/^\| `([A-Za-z0-9]+)` \|/gm)].map((m) => m[1]);
    assert.deepEqual(rows, assumptionNames);
  });

  it("names only npm scripts that exist", () => {
    for (const [, script] of readme.matchAll(/npm run ([a-z0-9:-]+)/g))
      assert.ok(script! in pkg.scripts, `npm run ${script}`);
  });

  it("gives the test command that CI runs", () => {
    assert.match(readme, /^npm test\b/m);
    assert.match(ci, /^npm test$/m);
  });

  it("names every command and every option of the command line, and no option the parser refuses", () => {
    const section = /^### The command line\n([^]*?)^### /m.exec(readme)![1]!;
    const options = new Set(COMMANDS.flatMap((c) => Object.keys(c.options)));
    for (const command of COMMANDS)
      assert.match(section, new RegExp(`^\\| \`gpu-cost-lab ${command.name}\\b`, "m"), command.name);
    for (const name of options) assert.ok(section.includes(`--${name}`), `--${name}`);
    for (const [, name] of section.matchAll(/(?<![\w-])--([a-z][\w-]*)/g)) assert.ok(options.has(name!), `--${name}`);
  });

  it("The library lists every value of both entries under its category, and nothing else", () => {
    for (const [entry, heading] of [
      [CORE, "| the core, `dist/index.js` | |"],
      [NOTEBOOK, "| the notebooks' entry, `dist/notebook.js` | |"],
    ] as const) {
      const start = readme.indexOf(heading);
      assert.ok(start >= 0, heading);
      const rows = readme.slice(start).split("\n").slice(2);
      const listed = rows
        .slice(
          0,
          rows.findIndex((l) => !l.startsWith("|")),
        )
        .map((l) => {
          const [, category, names] = /^\| ([^|]+) \| (.+) \|$/.exec(l)!;
          return [category, [...names!.matchAll(/`(\w+)`/g)].map((m) => m[1])];
        });
      const byCategory = new Map<string, string[]>();
      for (const e of barrel(entry).filter((x) => !x.typeOnly))
        byCategory.set(e.category!, [...(byCategory.get(e.category!) ?? []), e.name]);
      assert.deepEqual(listed, [...byCategory]);
    }
  });
});

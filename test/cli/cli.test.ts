/**
 * The command line in this process, for everything that starts no kernel: the help written from
 * the option tables, and arguments refused with one line and exit status 2. The same through the
 * real entry point, as a child process: cli.kernel.test.ts.
 */
import assert from "node:assert/strict";
import { COMMANDS, ESTIMATE, LAB, REPORT, RUN } from "../../src/cli/commands.js";
import { commandHelp, toolHelp } from "../../src/cli/help.js";
import { parseOptions, type CommandSpec } from "../../src/cli/option-table.js";
import { scenarioNames } from "../../src/node/scenarios.js";
import { inProcess } from "./in-process.js";

/** The option names a help text lists: `--out` from `  --out FILE   …`, `--file` from `  -f, --file FILE`. */
function helpOptions(help: string): string[] {
  return [...help.matchAll(/^ {2}(?:-\w, )?--([\w-]+)/gm)].map((m) => m[1]!);
}

describe("cli/cli", () => {
  it("gpu-cost-lab --help lists every command with its summary, exit status 0 (2 without a command)", async () => {
    assert.deepEqual(await inProcess(["--help"]), { status: 0, stdout: `${toolHelp(COMMANDS)}\n`, stderr: "" });
    assert.deepEqual(await inProcess([]), { status: 2, stdout: `${toolHelp(COMMANDS)}\n`, stderr: "" });
    assert.equal(
      toolHelp(COMMANDS),
      `Usage: gpu-cost-lab <command> [options]

Commands:
  run NOTEBOOK   execute one notebook (papermill-style parameters)
  report         execute every notebook and write report/ (index.html, summary.json)
  estimate       print the headline estimate at once (no notebooks, no kernel)
  cases          list the headline cases (data/cases.csv): each claim, its run and what it counts
  lab            JupyterLab with the project's tslab kernel, in notebooks/

gpu-cost-lab <command> --help shows a command's options.`,
    );
  });

  it("gpu-cost-lab estimate --help is written from its option table: usage, options by group, defaults, exit status", async () => {
    assert.deepEqual(await inProcess(["estimate", "--help"]), {
      status: 0,
      stdout: `${commandHelp(ESTIMATE)}\n`,
      stderr: "",
    });
    assert.equal(
      commandHelp(ESTIMATE),
      `Usage: gpu-cost-lab estimate [options]

Prints the headline estimate for the assumptions given: what buying the GPUs, buying the whole
cluster, renting the final run, amortized hardware + energy and the programme cost, each against the
lab's reported figure. The same figures as the report's, computed in this process.

Options:
  --format FORMAT      table (as the README's headline table), csv (the headline rows, exact
                       numbers) or json (the assumptions, the headline rows and every figure of
                       estimate()) (default: table)
  --lang LANG          en, zh or ja: the language of the headline, the page, the charts and the
                       computed sentences (amounts as 5,576万美元 in zh, 8億円 in ja) (default: en)
  -h, --help           this help

Assumptions (applied in this order, later ones win; every key is checked before anything runs):
  --case ID            the headline to test, a case of data/cases.csv (gpu-cost-lab cases lists
                       them): its claim, and its GPU, GPUs, GPU-hours and dates as the defaults
                       (default: deepseek-v3)
  --case-file FILE     a case written by hand instead: a JSON object with at least id, model, claim
                       (as written: $450), gpu, gpuCount, gpuHours, published, source and quote
  --scenario NAME      data/scenarios/NAME.json (article, deepseek-paper, spec-speed,
                       full-programme)
  -f, --file FILE      a JSON object of assumptions
  --set KEY=VALUE      one assumption, as many times as needed; VALUE is JSON if it parses, else
                       text:
                       --set gpuCount=2048
                       --set gpuPrice=400万～500万日元
                       --set 'gpuCount={"low":2000,"high":3000}'

Exit status: 0 printed; 2 bad arguments or assumptions.`,
    );
  });

  it("every command's help lists exactly the options its parser accepts, and each one parses", async () => {
    for (const command of COMMANDS as readonly CommandSpec[]) {
      const { stdout, status } = await inProcess([command.name, "-h"]);
      assert.equal(status, 0, command.name);
      assert.equal(stdout, `${commandHelp(command)}\n`);
      const names = Object.keys(command.options);
      assert.deepEqual(helpOptions(stdout).sort(), [...names].sort(), command.name);
      for (const [name, option] of Object.entries(command.options)) {
        const args = [option.type === "string" ? `--${name}=x` : `--${name}`, ...(command.positional ? ["nb"] : [])];
        const { values } = parseOptions(command, args);
        assert.equal((values as Record<string, unknown>)[name] !== undefined, true, `${command.name} ${args[0]}`);
      }
    }
  });

  it("the help lists the scenarios that data/scenarios/ holds", async () => {
    const listed = /data\/scenarios\/NAME\.json \(([^)]+)\)/.exec(commandHelp(REPORT).replace(/\s+/g, " "))![1]!;
    assert.deepEqual(listed.split(", ").sort(), await scenarioNames());
  });

  it("help lines are at most 100 characters, option help starts in one column", () => {
    for (const command of COMMANDS) {
      const lines = commandHelp(command).split("\n");
      for (const line of lines) assert.ok(line.length <= 100, `${command.name}: ${line}`);
      assert.deepEqual(
        [...new Set(lines.filter((l) => /^ {2}-/.test(l)).map((l) => /^ {2}\S.*? {2,}(?=\S)/.exec(l)![0].length))],
        [23],
        command.name,
      );
    }
    assert.match(commandHelp(RUN), /^Usage: gpu-cost-lab run NOTEBOOK \[options\]$/m);
    assert.match(commandHelp(LAB), /^Usage: gpu-cost-lab lab \[options\] \[jupyter lab options…\]$/m);
  });

  it("bad arguments stop with one clear line and exit status 2", async () => {
    const cases: Array<[string[], string]> = [
      [["report", "--jbos", "2"], "Unknown option '--jbos' (see gpu-cost-lab report --help)"],
      [["rnu"], 'invalid command: "rnu" (expected one of run, report, estimate, cases, lab; see gpu-cost-lab --help)'],
      [
        ["constructor"],
        'invalid command: "constructor" (expected one of run, report, estimate, cases, lab; see gpu-cost-lab --help)',
      ],
      [["run"], "Expected one NOTEBOOK, got 0 (see gpu-cost-lab run --help)"],
      [["run", "a.ipynb", "b.ipynb"], "Expected one NOTEBOOK, got 2 (see gpu-cost-lab run --help)"],
      [["run", "--timeout"], "Option '--timeout <value>' argument missing (see gpu-cost-lab run --help)"],
      [["report", "--jobs", "0"], 'invalid --jobs: "0" (expected a positive whole number)'],
      [["report", "--jobs=1.5"], 'invalid --jobs: "1.5" (expected a positive whole number)'],
      [
        ["report", "--timeout", "soon"],
        'invalid --timeout: "soon" (expected a positive number of seconds, at most 86400)',
      ],
      [
        ["report", "--scenario", "artcle"],
        'invalid scenario: "artcle" (expected one of: article, deepseek-paper, full-programme, spec-speed)',
      ],
      [["report", "--set", "gpuCount"], 'invalid --set: "gpuCount" (expected key=value)'],
      [
        ["estimate", "foo"],
        "Unexpected argument 'foo'. This command does not take positional arguments (see gpu-cost-lab estimate --help)",
      ],
      [["lab", "--setup-only=yes"], "Option '--setup-only' does not take an argument (see gpu-cost-lab lab --help)"],
    ];
    for (const [args, message] of cases) {
      assert.deepEqual(
        await inProcess(args),
        { status: 2, stdout: "", stderr: `gpu-cost-lab: ${message}\n` },
        args.join(" "),
      );
    }
  });

  it("parseOptions reads a negative number after a string option as its value, long or short", () => {
    assert.deepEqual(
      { ...parseOptions(REPORT, ["--jobs", "-1", "--timeout", "-.5"]).values },
      { jobs: "-1", lang: "en", timeout: "-.5" },
    );
    assert.deepEqual({ ...parseOptions(ESTIMATE, ["-f", "-2"]).values }, { file: "-2", format: "table", lang: "en" });
    assert.throws(() => parseOptions(REPORT, ["--jobs", "-x"]), {
      message:
        "Option '--jobs' argument is ambiguous. Did you forget to specify the option argument for '--jobs'? To specify an option argument starting with a dash use '--jobs=-XYZ'. (see gpu-cost-lab report --help)",
    });
  });
});

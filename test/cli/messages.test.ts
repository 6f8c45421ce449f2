import { messages } from "../../src/cli/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of cli/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("cli/messages", messages, {
  badBaseUrl: [
    [
      { value: "example.org" },
      'invalid --base-url: "example.org" (expected an http or https address, e.g. https://you.github.io/gpu-cost-lab/)',
    ],
  ],
  badSet: [[{ arg: "gpuCount" }, 'invalid --set: "gpuCount" (expected key=value)']],
  unknownCommand: [
    [
      { command: "rnu", known: ["run", "report", "estimate", "lab"] },
      'invalid command: "rnu" (expected one of run, report, estimate, lab; see gpu-cost-lab --help)',
    ],
  ],
  badArguments: [
    [
      {
        command: "report",
        message:
          "Unknown option '--jbos'. To specify a positional argument starting with a '-', place it at the end of the command after '--'.",
      },
      "Unknown option '--jbos' (see gpu-cost-lab report --help)",
    ],
    [
      {
        command: "report",
        message:
          "Option '--jobs' argument is ambiguous.\nDid you forget to specify the option argument for '--jobs'?\nTo specify an option argument starting with a dash use '--jobs=-XYZ'.",
      },
      "Option '--jobs' argument is ambiguous. Did you forget to specify the option argument for '--jobs'? To specify an option argument starting with a dash use '--jobs=-XYZ'. (see gpu-cost-lab report --help)",
    ],
  ],
  outputFailed: [
    [
      { code: "ENOSPC", reason: "ENOSPC: no space left on device, write" },
      "cannot write standard output: ENOSPC: no space left on device, write (expected somewhere that takes the whole output: a file system with room, or a pipe read to its end)",
    ],
  ],
  notNotebookFile: [
    [
      { path: "02-buy.ipynb", problem: "missing" },
      'invalid notebook: "02-buy.ipynb" (expected a notebook file: no such file)',
    ],
    [
      { path: "notebooks", problem: "folder" },
      'invalid notebook: "notebooks" (expected a notebook file: it is a folder)',
    ],
    [
      { path: "x.ipynb", problem: "unreadable" },
      'invalid notebook: "x.ipynb" (expected a notebook file: it cannot be read)',
    ],
  ],
  notWritable: [
    [
      { name: "--out", value: "/tmp/f/x.ipynb", kind: "file", path: "/tmp/f", problem: "file" },
      'invalid --out: "/tmp/f/x.ipynb" (expected a file that can be written: /tmp/f is a file)',
    ],
    [
      { name: "--out", value: "r", kind: "folder", path: "r/index.html", problem: "folder" },
      'invalid --out: "r" (expected a folder that can be written: r/index.html is a folder)',
    ],
    [
      { name: "--out", value: "/ro/x.ipynb", kind: "file", path: "/ro", problem: "readOnly" },
      'invalid --out: "/ro/x.ipynb" (expected a file that can be written: /ro is not writable)',
    ],
    [
      { name: "--out", value: "/dev/full", kind: "file", path: "/dev/full", problem: "device" },
      'invalid --out: "/dev/full" (expected a file that can be written: /dev/full is a device, which the write would replace with a file)',
    ],
    [
      { name: "--out", value: "l.ipynb", kind: "file", path: "l.ipynb", problem: "link" },
      'invalid --out: "l.ipynb" (expected a file that can be written: l.ipynb is a symbolic link, which the write would replace, not its target)',
    ],
    [
      { name: "--out", value: "f", kind: "file", path: "f", problem: "fifo" },
      'invalid --out: "f" (expected a file that can be written: f is a FIFO, which the write would replace with a file)',
    ],
    [
      { name: "--out", value: "s", kind: "file", path: "s", problem: "socket" },
      'invalid --out: "s" (expected a file that can be written: s is a socket, which the write would replace with a file)',
    ],
  ],
  notOurNotebook: [
    [
      { name: "--out", value: "analysis.ipynb", path: "analysis.ipynb" },
      'invalid --out: "analysis.ipynb" (expected a new path or a notebook gpu-cost-lab wrote: analysis.ipynb is one it did not write, with no gpu_cost_lab mark in its metadata; move it away to write there)',
    ],
  ],
  twoCases: [
    [
      { case: "deepseek-r1", file: "my-run.json" },
      "--case deepseek-r1 and --case-file my-run.json both name a case (expected one of them)",
    ],
  ],
  overwritesSource: [
    [
      { name: "--out", value: "x.ipynb", path: "x.ipynb", source: "notebooks/x.ipynb" },
      'invalid --out: "x.ipynb" (expected a path apart from the source notebooks: writing x.ipynb would overwrite notebooks/x.ipynb)',
    ],
  ],
  labPythonMissing: [
    [
      { python: "python3" },
      'no Python 3 found: "python3" could not be run (expected Python ≥ 3.9 with its venv module; on Debian/Ubuntu: apt-get install python3 python3-venv)',
    ],
  ],
  labPythonUnfit: [
    [
      { python: "python3", version: "3.11.2", problem: "has no ensurepip module" },
      'unusable Python: "python3" (Python 3.11.2) has no ensurepip module (expected Python ≥ 3.9 with venv and ensurepip; on Debian/Ubuntu: apt-get install python3 python3-venv)',
    ],
  ],
  labStepFailed: [
    [
      { step: "install requirements", command: ".venv/bin/python -m pip install -r requirements.txt", status: 1 },
      'lab setup failed at "install requirements": ".venv/bin/python -m pip install -r requirements.txt" exited with 1 (see its output above)',
    ],
  ],
  labKernelSpec: [
    [
      {
        path: ".venv/share/jupyter/kernels/tslab/kernel.json",
        argv0: "tslab",
        expected: "/work/main/node_modules/.bin/tslab",
      },
      'invalid tslab kernel spec .venv/share/jupyter/kernels/tslab/kernel.json: argv[0] "tslab" (expected "/work/main/node_modules/.bin/tslab")',
    ],
  ],
  labNoAnswer: [
    [
      { url: "http://127.0.0.1:8899/api/status", timeoutMs: 60000, exit: "the server exited with 1" },
      "JupyterLab did not answer at http://127.0.0.1:8899/api/status within 60000 ms (expected HTTP 200; the server exited with 1)",
    ],
  ],
});

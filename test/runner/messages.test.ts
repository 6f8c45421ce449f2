import { messages } from "../../src/runner/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of runner/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("runner/messages", messages, {
  badSignature: [[{ socket: "iopub" }, "rejected a message on iopub: invalid signature"]],
  malformedMessage: [
    [
      { socket: "shell", reason: "no <IDS|MSG> delimiter" },
      "rejected a message on shell: not a Jupyter message (no <IDS|MSG> delimiter)",
    ],
  ],
  unknownKernel: [
    [
      { name: "pyhton3", builtIn: "tslab", found: ["python3"], searched: ["/x/share/jupyter"] },
      'invalid kernel: "pyhton3" (expected tslab, the project\'s own and the default, or one installed: python3; looked in /x/share/jupyter/kernels)',
    ],
    [
      { name: "tlsab", builtIn: "tslab", found: [], searched: ["/a", "/b"] },
      'invalid kernel: "tlsab" (expected tslab, the project\'s own and the default, and no other is installed: looked in /a/kernels, /b/kernels)',
    ],
  ],
  badKernelspec: [
    [
      { path: "/x/kernels/tslab/kernel.json", reason: "argv is not a non-empty list of strings" },
      "invalid kernelspec: /x/kernels/tslab/kernel.json (argv is not a non-empty list of strings)",
    ],
  ],
  kernelStartFailed: [
    [
      { kernel: "tslab", reason: "exited with code 1: Error: listen EADDRINUSE" },
      'kernel "tslab" failed to start: exited with code 1: Error: listen EADDRINUSE',
    ],
  ],
  kernelStartTimeout: [
    [
      { kernel: "tslab", seconds: 60, detail: "" },
      'kernel "tslab" did not answer within 60 s of starting (no kernel_info_reply)',
    ],
    [
      { kernel: "tslab", seconds: 60, detail: "\nstderr: boom" },
      'kernel "tslab" did not answer within 60 s of starting (no kernel_info_reply)\nstderr: boom',
    ],
  ],
  kernelDied: [
    [
      { notebook: "02-buy.ipynb", cell: 4, how: "was killed by SIGKILL" },
      "kernel died while running cell 4 of 02-buy.ipynb (it was killed by SIGKILL)",
    ],
  ],
  cellTimeout: [
    [
      { notebook: "02-buy.ipynb", cell: 3, seconds: 300, source: "while (true) {}" },
      "cell 3 of 02-buy.ipynb timed out after 300 s (the kernel was interrupted)\nwhile (true) {}",
    ],
  ],
  cellFailed: [
    [
      { notebook: "02-buy.ipynb", cell: 3, source: "boom()", message: "ReferenceError: boom is not defined" },
      "cell 3 of 02-buy.ipynb failed:\nboom()\nReferenceError: boom is not defined",
    ],
  ],
  cellAborted: [
    [
      { notebook: "02-buy.ipynb", cell: 3, source: "x" },
      "cell 3 of 02-buy.ipynb was not run (the kernel aborted it)\nx",
    ],
  ],
  badNotebook: [
    [
      { path: "notebooks/x.ipynb", reason: "Unexpected token" },
      "invalid notebook: notebooks/x.ipynb (expected nbformat 4 JSON: Unexpected token)",
    ],
  ],
  notCellText: [
    [
      { path: "notebooks/x.ipynb", cell: 3, value: 42 },
      "invalid source of cell 3 in notebooks/x.ipynb: 42 (expected text, or a list of lines of text)",
    ],
    [
      { path: "x.ipynb", cell: 1, value: ["a\n", 2] },
      'invalid source of cell 1 in x.ipynb: ["a\\n",2] (expected text, or a list of lines of text)',
    ],
  ],
  noParametersCell: [
    [
      { notebook: "intro.ipynb", names: ["gpuCount", "pue"] },
      'cannot set gpuCount, pue in intro.ipynb: it has no cell tagged "parameters" (expected one, as papermill does)',
    ],
  ],
  chartOverLimit: [[{ limit: "512 MB of memory" }, "over the limit of 512 MB of memory for drawing a chart"]],
  chartNotDrawn: [
    [
      { reason: "over the limit of 30 s for drawing a chart" },
      "Chart not drawn as an image (over the limit of 30 s for drawing a chart): open the notebook in JupyterLab to see it.",
    ],
  ],
  outputTruncated: [
    [
      { limit: 1_000_000, received: 50_000_001 },
      "[output truncated after 1,000,000 bytes: the cell wrote 50,000,001 bytes]",
    ],
  ],
  parametersIgnored: [
    [{ notebook: "intro.ipynb" }, 'intro.ipynb has no cell tagged "parameters": run without the overrides'],
  ],
  parameterUndeclared: [
    [
      { notebook: "02-buy.ipynb", name: "pue" },
      "02-buy.ipynb: its parameters cell does not declare pue (injected anyway; the notebook may not use it)",
    ],
  ],
  badParameter: [
    [
      { name: "a-b", value: 1, problem: "name" },
      'invalid parameter name: "a-b" (expected a JavaScript identifier, e.g. gpuCount)',
    ],
    [
      { name: "gpuCount", value: JSON.parse('{"__proto__":{"low":1}}') as unknown, problem: "proto" },
      'invalid parameter gpuCount: {"__proto__":{"low":1}} (expected JSON without a "__proto__" key: written into the notebook as a TypeScript literal, it would set the object\'s prototype)',
    ],
  ],
  chartNotRendered: [
    [
      { notebook: "02-buy.ipynb", cell: 5, reason: "Invalid specification" },
      "02-buy.ipynb cell 5: chart left without a static copy (Invalid specification)",
    ],
  ],
});

import { messages } from "../../src/cases/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/** Every message of cases/'s catalogue, word for word, with example data. */
describeMessages("cases/messages", messages, {
  unknownCase: [
    [
      { name: "case", value: "deepseek-v4", known: ["deepseek-v3", "deepseek-r1"], suggestion: "deepseek-v3" },
      'invalid case: "deepseek-v4" (expected one of deepseek-v3, deepseek-r1, or a case object with id, model, claim, gpu, gpuCount, gpuHours, published, source and quote; did you mean "deepseek-v3"?)',
    ],
    [
      { name: "case", value: "x", known: ["deepseek-v3"] },
      'invalid case: "x" (expected one of deepseek-v3, or a case object with id, model, claim, gpu, gpuCount, gpuHours, published, source and quote)',
    ],
  ],
  caseReference: [
    [
      {
        file: "data/case-stages.csv",
        line: 5,
        column: "case",
        value: "deepseek-v4",
        expected: "the id of a case in data/cases.csv",
      },
      'invalid data/case-stages.csv line 5, column case: "deepseek-v4" (expected the id of a case in data/cases.csv)',
    ],
  ],
  caseMissingField: [
    [
      { name: "case.gpuHours", file: "my-case.json", expected: "the run's GPU-hours, a positive number" },
      "missing case.gpuHours in my-case.json (expected the run's GPU-hours, a positive number)",
    ],
    [{ name: "case.quote", expected: "verbatim" }, "missing case.quote (expected verbatim)"],
  ],
  caseAmount: [
    [
      { name: "case.claim", value: "about six dollars" },
      'invalid case.claim: "about six dollars" (expected an amount of money as written: $450, under $50, 53.47万美元)',
    ],
    [
      { name: "case.claim", value: "450 GPUs", reason: "it reads as GPU, not money" },
      'invalid case.claim: "450 GPUs" (expected an amount of money as written: $450, under $50, 53.47万美元 (it reads as GPU, not money))',
    ],
  ],
  caseNoHours: [
    [
      { id: "kimi-k2-thinking" },
      'case kimi-k2-thinking states no GPU-hours (expected gpuHours given with the case: assumptions({ case: "kimi-k2-thinking", gpuHours: … }))',
    ],
  ],
  caseNoGpus: [
    [
      { id: "my-run" },
      'case my-run states no GPU count (expected gpuCount given with the case: assumptions({ case: "my-run", gpuCount: … }))',
    ],
  ],
  caseField: [
    [
      { name: "case.who", value: "blog", expected: "one of lab-paper, lab-staff, press-unnamed, third-party" },
      'invalid case.who: "blog" (expected one of lab-paper, lab-staff, press-unnamed, third-party)',
    ],
  ],
});

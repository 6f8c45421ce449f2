// Counts calls into the input readers (src/input/as-range.ts, as-money-range.ts) and the amount
// reader (src/amount/parse-amount.ts) of a process started with
// `node --import tsx --import ./test/helpers/input-probe.mjs`: each reader, as its module loads,
// is wrapped by globalThis.__probe, which counts its calls in globalThis.__inputReads. The source
// is not changed for it; the hooks (input-probe-hooks.mjs) add the wrapping to the loaded module.
import { register } from "node:module";

const reads = {};
globalThis.__inputReads = reads;
globalThis.__probe = (name, f) => {
  reads[name] = 0;
  return function probed(...args) {
    reads[name] += 1;
    return f.apply(this, args);
  };
};
register("./input-probe-hooks.mjs", import.meta.url);

/**
 * Every word the findings and the cost ladder write, in one place (as a layer's messages are),
 * each a pure function of its data: figures come in already written (`$6.52M`, `2.788M`, `2–4`),
 * so another language can be keyed by the same names and given the same data.
 */

/** The sentences of `findings()`. */
export const findingTexts = {
  /** `DeepSeek-AI's $5.576M is 2.788M H800 GPU-hours × an assumed $2 an hour, for the final training run only (pre-training, context extension, post-training).` */
  claim: (d: {
    lab: string;
    amount: string;
    converted?: string;
    hours: string;
    gpu: string;
    rate: string;
    stages: string;
  }) =>
    `${d.lab}'s ${d.amount}${d.converted ? ` (${d.converted})` : ""} is ${d.hours} ${d.gpu} GPU-hours × an assumed ${d.rate} an hour, for the final training run only (${d.stages}).`,
  /** `MiniMax's $534,700 is 258K H800 GPU-hours at an implied $2.07 an hour (reinforcement learning).` */
  claimImplied: (d: {
    who: string;
    amount: string;
    model: string;
    hours: string;
    gpu: string;
    rate: string;
    stages: string;
  }) =>
    `${d.who}'s ${d.amount} for ${d.model} is ${d.hours} ${d.gpu} GPU-hours at an implied ${d.rate} an hour${d.stages ? ` (${d.stages})` : ""}.`,
  /** `The press's $4.6M for Kimi K2 Thinking comes with no GPU-hours, so no rate or stage can be checked.` */
  claimNoHours: (d: { who: string; amount: string; model: string }) =>
    `${d.who}'s ${d.amount} for ${d.model} comes with no GPU-hours, so no rate or stage can be checked.`,
  /** `Meta claims no cost for Llama 3.1 405B: its 30.84M H100 GPU-hours are costed here, with nothing to set them against.` */
  noClaim: (d: { lab: string; model: string; hours: string; gpu: string }) =>
    `${d.lab} claims no cost for ${d.model}: its ${d.hours} ${d.gpu} GPU-hours are costed here, with no claim to set them against.`,
  /** ` It is contested: Moonshot AI's founder: "…" (url).` */
  contested: (d: { by: string; quote: string; url: string }) => ` It is contested by ${d.by}: "${d.quote}" (${d.url}).`,
  /** ` It builds on DeepSeek-V3-Base: with its base's own claim, $5.87M.` */
  base: (d: { model: string; total?: string }) =>
    ` It builds on ${d.model}${d.total ? `: with the base's own claim, ${d.total}` : ", whose cost is unknown: the figure leaves it out, and no total can be given"}.`,
  /** `On Epoch AI's amortized basis (…), the final run cost $6.52M (90% interval $4.97M–$8.39M), 1.2× the reported figure.` */
  finalRun: (d: { epoch: boolean; method: string; figure: string; interval?: string; times?: string }) =>
    `On ${d.epoch ? "Epoch AI's amortized basis" : "an amortized basis"} (the hardware value the run used up, plus energy; ${d.method}), the final run cost ${d.figure} (${d.interval ? `90% interval ${d.interval}` : "the ends of the stated ranges"})${d.times ? `, ${d.times} the reported figure` : ""}.`,
  /** What the other methods give, and whether the method decides the verdict. */
  methods: (d: { others: readonly string[]; verdict: "decides" | "above" | "below" | "none"; below?: string }) =>
    d.verdict === "none"
      ? `Valued otherwise, it is ${list(d.others)}.`
      : d.verdict === "decides"
        ? `Valued otherwise, it is ${list(d.others)}: the method, more than any uncertain input, decides whether the final run cost more or less than reported${d.below ? ` (${d.below} of the draws fall below it)` : ""}.`
        : `Valued otherwise, it is ${list(d.others)}: on every method the final run cost ${d.verdict === "above" ? "more" : "less"} than reported.`,
  /** `The chips cost $52.8M–$98.9M (2,000–3,000 × JPY 4.0M–5.0M, as the article computes it), or $107M–$200M with servers and network: …` */
  chips: (d: { gpus: string; count: string; price: string; allIn: string; article?: boolean }) =>
    `The chips cost ${d.gpus} (${d.count} × ${d.price}${d.article === false ? "" : ", as the article computes it"}), or ${d.allIn} with servers and network: capital for a fleet that serves many runs, not the cost of one run.`,
  /** `With experiments at 2–4× the final run (Lambert's estimate), the programme cost $18.4M (90% interval $11.9M–$28.2M), 3.3× the reported figure.` */
  programme: (d: { multiplier: string; source?: string; figure: string; interval?: string; times?: string }) =>
    `With experiments at ${d.multiplier}× the final run${d.source ? ` (${d.source})` : ""}, the programme cost ${d.figure} (${d.interval ? `90% interval ${d.interval}` : "the ends of the stated ranges"})${d.times ? `, ${d.times} the reported figure` : ""}.`,
  /** `The article's "不到10分之1" (… under 10%) holds against GPT-4 (AI Index, rental, 7.1%) …, not against …` */
  comparison: (d: {
    quote: string;
    label: string;
    threshold: string;
    holds: readonly string[];
    fails: readonly string[];
  }) =>
    `The article's "${d.quote}" (${d.label} under ${d.threshold}) ${d.holds.length > 0 ? `holds against ${list(d.holds)}` : "holds against no published estimate"}${d.fails.length > 0 ? `, not against ${list(d.fails, "or")}` : ""}.`,
  /** One comparison: `GPT-4 (AI Index, rental, 7.1%)`. */
  comparedRun: (d: { model: string; basis: string; share: string }) => `${d.model} (${d.basis}, ${d.share})`,
} as const;

/** The steps of `costLadder()`, their tags and what the chart says of a step left out. */
export const ladderTexts = {
  reported: (d: { lab: string }) => `Reported by ${d.lab}`,
  claimed: (d: { who: string }) => `Claimed by ${d.who}`,
  finalRun: () => "Final run, re-costed",
  programme: (d: { multiplier: string }) => `With experiments (${d.multiplier}×)`,
  staff: () => "With R&D staff (scenario)",
  fleet: () => "Buying the fleet's GPUs",
  allIn: () => "… with servers, network",
  capex: () => "Contested fleet spending",
  /** Where a step comes from, as the chart writes it beside the bar. */
  sources: {
    reported: (d: { source: string }) => d.source,
    finalRun: () => "Epoch AI's method (Cottier et al. 2024)",
    programme: (d: { source: string }) => d.source,
    programmeSet: () => "the multiplier set in the assumptions",
    staff: (d: { share: string; source: string }) => `staff at ${d.share} of development cost, ${d.source}`,
    fleet: (d: { source: string }) => d.source,
    allIn: () => "Epoch AI's acquisition method",
    capex: (d: { source: string; against: string }) => `${d.source}; disputed by ${d.against}`,
  },
  /** `Left out, for want of data for this claim: contested fleet spending (data/fleet-and-staff.csv).` */
  omitted: (d: { steps: readonly string[] }) =>
    `Left out, for want of data for this claim: ${list(d.steps.map((s) => s.charAt(0).toLowerCase() + s.slice(1)))} (data/fleet-and-staff.csv).`,
} as const;

/** `a`, `a and b`, `a, b and c` (`or` for a list of what something does not do). */
function list(items: readonly string[], last = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
}

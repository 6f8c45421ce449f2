/**
 * Every word the findings and the cost ladder write, in one place (as a layer's messages are),
 * each a pure function of its data: figures come in already written (`$6.52M`, `2.788M`, `2–4`),
 * in the reader's language (`652.3万美元`), and the words come from the language's catalogue
 * (src/i18n/), keyed alike: `findingTextsIn("zh").claim({ … })`.
 */
import type { Lang } from "../../i18n/lang.js";
import { listText, text } from "../../i18n/text.js";

/** The sentences of `findings()`, in `lang`. */
export function findingTextsIn(lang: Lang) {
  return {
    /** `DeepSeek-AI's $5.576M is 2.788M H800 GPU-hours × an assumed $2 an hour, for the final training run only (pre-training, context extension, post-training).` */
    claim: (d: {
      lab: string;
      amount: string;
      converted?: string | undefined;
      hours: string;
      gpu: string;
      rate: string;
      stages: string;
    }) => text(lang, d.converted ? "finding.claimConverted" : "finding.claim", d),
    /** `MiniMax's $534,700 for MiniMax-M1 is 258K H800 GPU-hours at an implied $2.07 an hour (reinforcement learning).` */
    claimImplied: (d: {
      who: string;
      amount: string;
      model: string;
      hours: string;
      gpu: string;
      rate: string;
      stages: string;
    }) => text(lang, d.stages ? "finding.claimImplied" : "finding.claimImpliedNoStages", d),
    /** `The press's $4.6M for Kimi K2 Thinking comes with no GPU-hours, so no rate or stage can be checked.` */
    claimNoHours: (d: { who: string; amount: string; model: string }) => text(lang, "finding.claimNoHours", d),
    /** `Meta claims no cost for Llama 3.1 405B: its 30.84M H100 GPU-hours are costed here, with no claim to set them against.` */
    noClaim: (d: { lab: string; model: string; hours: string; gpu: string }) => text(lang, "finding.noClaim", d),
    /** ` It is contested by Moonshot AI's founder: "…" (url).` */
    contested: (d: { by: string; quote: string; url: string }) => text(lang, "finding.contested", d),
    /** ` It builds on DeepSeek-V3-Base: with the base's own claim, $5.87M.` */
    base: (d: { model: string; total?: string }) =>
      d.total ? text(lang, "finding.base", { model: d.model, total: d.total }) : text(lang, "finding.baseUnknown", d),
    /** `On Epoch AI's amortized basis (…), the final run cost $6.52M (90% interval $4.97M–$8.39M), 1.2× the reported figure.` */
    finalRun: (d: {
      epoch: boolean;
      method: string;
      figure: string;
      interval?: string | undefined;
      times?: string | undefined;
    }) =>
      text(lang, d.times ? "finding.finalRun" : "finding.finalRunNoTimes", {
        basis: text(lang, d.epoch ? "finding.basisEpoch" : "finding.basisOther"),
        method: d.method,
        figure: d.figure,
        spread: spread(lang, d.interval),
        times: d.times,
      }),
    /** What the other methods give, and whether the method decides the verdict. */
    methods: (d: {
      others: readonly string[];
      verdict: "decides" | "above" | "below" | "none";
      below?: string | undefined;
    }) => {
      const others = listText(lang, d.others);
      if (d.verdict === "none") return text(lang, "finding.methodsNone", { others });
      if (d.verdict === "above") return text(lang, "finding.methodsAbove", { others });
      if (d.verdict === "below") return text(lang, "finding.methodsBelow", { others });
      return d.below
        ? text(lang, "finding.methodsDecideBelow", { others, below: d.below })
        : text(lang, "finding.methodsDecide", { others });
    },
    /** `The chips cost $52.8M–$98.9M (2,000–3,000 × JPY 4.0M–5.0M, as the article computes it), or $107M–$200M with servers and network: …` */
    chips: (d: { gpus: string; count: string; price: string; allIn: string; article?: boolean }) =>
      text(lang, d.article === false ? "finding.chipsOwn" : "finding.chips", {
        gpus: d.gpus,
        count: d.count,
        price: d.price,
        allIn: d.allIn,
      }),
    /** `With experiments at 2–4× the final run (Lambert's estimate), the programme cost $18.4M (90% interval $11.9M–$28.2M), 3.3× the reported figure.` */
    programme: (d: {
      multiplier: string;
      source?: string | undefined;
      figure: string;
      interval?: string | undefined;
      times?: string | undefined;
    }) =>
      text(
        lang,
        d.source
          ? d.times
            ? "finding.programmeSourced"
            : "finding.programmeSourcedNoTimes"
          : d.times
            ? "finding.programme"
            : "finding.programmeNoTimes",
        {
          multiplier: d.multiplier,
          source: d.source,
          figure: d.figure,
          spread: spread(lang, d.interval),
          times: d.times,
        },
      ),
    /** `The article's "不到10分之1" (… under 10%) holds against GPT-4 (AI Index, rental, 7.1%) …, not against …` */
    comparison: (d: {
      quote: string;
      label: string;
      threshold: string;
      holds: readonly string[];
      fails: readonly string[];
    }) => {
      const words = { quote: d.quote, label: d.label, threshold: d.threshold };
      const holds = listText(lang, d.holds);
      const fails = listText(lang, d.fails, "or");
      if (d.holds.length === 0) return text(lang, "finding.comparisonNone", { ...words, fails });
      if (d.fails.length === 0) return text(lang, "finding.comparisonAll", { ...words, holds });
      return text(lang, "finding.comparison", { ...words, holds, fails });
    },
    /** One comparison: `GPT-4 (AI Index, rental, 7.1%)`. */
    comparedRun: (d: { model: string; basis: string; share: string }) => text(lang, "finding.comparedRun", d),
  } as const;
}

/** The sentences of `findings()` in English. */
export const findingTexts = findingTextsIn("en");

/** `90% interval $4.97M–$8.39M`, or the ends of the stated ranges when nothing was drawn. */
function spread(lang: Lang, interval: string | undefined): string {
  return interval ? text(lang, "finding.interval", { interval }) : text(lang, "finding.ends");
}

/** The steps of `costLadder()`, their tags and what the chart says of a step left out, in `lang`. */
export function ladderTextsIn(lang: Lang) {
  return {
    reported: (d: { lab: string }) => text(lang, "ladder.reported", d),
    claimed: (d: { who: string }) => text(lang, "ladder.claimed", d),
    finalRun: () => text(lang, "ladder.finalRun"),
    programme: (d: { multiplier: string }) => text(lang, "ladder.programme", d),
    staff: () => text(lang, "ladder.staff"),
    fleet: () => text(lang, "ladder.fleet"),
    allIn: () => text(lang, "ladder.allIn"),
    capex: () => text(lang, "ladder.capex"),
    /** Where a step comes from, as the chart writes it beside the bar. */
    sources: {
      reported: (d: { source: string }) => d.source,
      finalRun: () => text(lang, "ladder.source.finalRun"),
      programme: (d: { source: string }) => d.source,
      programmeSet: () => text(lang, "ladder.source.programmeSet"),
      staff: (d: { share: string; source: string }) => text(lang, "ladder.source.staff", d),
      fleet: (d: { source: string }) => d.source,
      allIn: () => text(lang, "ladder.source.allIn"),
      capex: (d: { source: string; against: string }) => text(lang, "ladder.source.capex", d),
    },
    /** `Left out, for want of data for this claim: contested fleet spending (data/fleet-and-staff.csv).` */
    omitted: (d: { steps: readonly string[] }) =>
      text(lang, "ladder.omitted", {
        steps: listText(lang, lang === "en" ? d.steps.map((s) => s.charAt(0).toLowerCase() + s.slice(1)) : d.steps),
      }),
  } as const;
}

/** The steps of `costLadder()` in English. */
export const ladderTexts = ladderTextsIn("en");

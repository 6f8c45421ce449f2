import { escapeHtml } from "../display/show-table.js";
import type { TextKey } from "../i18n/en.js";
import type { Lang } from "../i18n/lang.js";
import { text } from "../i18n/text.js";

/**
 * Every word the report's page writes of its own, in one place (the report layer and the page's
 * script both take them from here): headings, status lines, buttons, the note on the link, the
 * citation, the methodology. Each is a string or a pure function of its data, so that another
 * language can be keyed by the same names: each comes from the language's catalogue (src/i18n/),
 * `pageTextsIn("zh")`. The words of the findings and the ladder are the
 * analysis layer's (src/analysis/findings/texts.ts); the assumptions' reader labels are
 * src/assumptions/labels.ts.
 */

export function pageTextsIn(lang: Lang) {
  const t = (key: TextKey, data?: Readonly<Record<string, string | number | undefined>>) => text(lang, key, data);
  return {
    /** The page's title and its heading: `What did it cost to train DeepSeek-V3?` */
    title: (d: { model: string }) => t("page.title", d),
    /** Under the title: the one line of what the page is. */
    lede: t("page.lede"),
    sections: {
      estimate: t("page.section.estimate"),
      findings: t("page.section.findings"),
      context: t("page.section.context"),
      table: t("page.section.table"),
      charts: t("page.section.charts"),
      methodology: t("page.section.methodology"),
      glossary: t("page.section.glossary"),
      cite: t("page.section.cite"),
      contents: t("page.section.contents"),
      runDetails: t("page.section.runDetails"),
    },
    status: {
      own: t("page.status.own"),
      changed: t("page.status.changed"),
      refused: t("page.status.refused"),
      drawing: t("page.status.drawing"),
    },
    noscript: t("page.noscript"),
    tools: {
      csv: t("page.tools.csv"),
      json: t("page.tools.json"),
      link: t("page.tools.link"),
      /** Beside the link when the report was made without `--base-url`. */
      linkLocal: t("page.tools.linkLocal"),
      /** Beside the link when it was made with one. */
      linkPublished: (d: { url: string }) => t("page.tools.linkPublished", d),
    },
    chart: {
      svg: "SVG",
      png: "PNG",
      csv: t("page.chart.csv"),
      downloads: t("page.chart.downloads"),
      /** The line inside a downloaded image, under the chart. */
      source: (d: { title: string; version: string; run: string; link: string }) =>
        d.link ? t("page.chart.sourceLinked", d) : t("page.chart.source", d),
    },
    table: {
      pending: "…",
      pendingTitle: t("page.table.pendingTitle"),
      notDrawn: "—",
      notDrawnTitle: t("page.table.notDrawnTitle"),
      columns: {
        view: t("headline.column.view"),
        low: t("headline.column.low"),
        high: t("headline.column.high"),
        median: t("headline.column.median"),
        interval: t("headline.column.interval"),
        times: t("headline.column.times"),
      },
      hover: t("page.table.hover"),
    },
    context: {
      scope: (d: { lab: string; amount: string }) => t("page.context.scope", d),
      contested: (d: { label: string; value: string }) => t("page.context.contested", d),
      /** A claim its lab disowns: `The $4.6 million is contested by Yang Zhilin, …:`. */
      claimContested: (d: { amount: string; by: string }) => t("page.context.claimContested", d),
      against: t("page.context.against"),
      more: t("page.context.more"),
    },
    panel: {
      heading: t("page.panel.heading"),
      help: t("page.panel.help"),
      scenarios: t("page.panel.scenarios"),
      reset: t("page.panel.reset"),
      resetTitle: t("page.panel.resetTitle"),
      /** What a scenario button changes: `changed: gpuCount 2,000–3,000 → 2,048`. */
      changes: (d: { changes: readonly string[] }) =>
        t("page.panel.changes", { changes: d.changes.join(t("page.panel.changeSeparator")) }),
      change: (d: { name: string; from: string; to: string }) => t("page.panel.change", d),
      noChange: t("page.panel.noChange"),
      noHeadline: t("page.panel.noHeadline"),
      caseLabel: t("page.panel.caseLabel"),
      caseTitle: t("page.panel.caseTitle"),
      noClaim: t("page.panel.noClaim"),
      caseFile: t("page.panel.caseFile"),
      separator: t("page.panel.changeSeparator"),
    },
    code: { show: t("page.code.show"), parameters: t("page.code.parameters"), injected: t("page.code.injected") },
    // the run's details stay in English: a log of the run, as the notebooks' prose does
    run: {
      generated: (d: { when: string; status: string; notebooks: number; seconds: string }) =>
        `Generated ${d.when} · status ${d.status} · ${d.notebooks} notebook${d.notebooks === 1 ? "" : "s"} · ${d.seconds} s`,
      notebook: (d: { name: string; status: string; ok: number; run: number; seconds: string }) =>
        `${d.name}: ${d.status}, ${d.ok} of ${d.run} code cells ok, ${d.seconds} s`,
      assumptions: t("page.run.assumptions"),
      defaults: t("page.run.defaults"),
      fullSet: t("page.run.fullSet"),
      everyFigure: t("page.run.everyFigure"),
    },
    cite: {
      version: (d: { version: string; commit: string; run: string }) => t("page.cite.version", d),
      changed: (d: { changes: string }) => t("page.cite.changed", d),
      defaults: t("page.cite.defaults"),
      suggested: t("page.cite.suggested"),
      // a citation keeps one form in every language, as a bibliography does
      citation: (d: { title: string; version: string; commit: string; run: string; link: string }) =>
        `gpu-cost-lab ${d.version} (commit ${d.commit}), "${d.title}", run on ${d.run}${d.link ? `, ${d.link}` : ""}.`,
      data: t("page.cite.data"),
    },
  } as const;
}

/** The page's words in English. */
export const pageTexts = pageTextsIn("en");

/**
 * A text of the page that its language switch rewrites: `<span data-t="page.lede">…</span>`, its
 * data kept beside it (`data-t-args`), so that the page's script writes it again in another
 * language (`retext()` in src/live/browser/page.ts) without computing anything.
 */
export function textSpan(lang: Lang, key: TextKey, data?: Readonly<Record<string, string | number>>): string {
  const args = data ? ` data-t-args="${escapeHtml(JSON.stringify(data))}"` : "";
  return `<span data-t="${key}"${args}>${escapeHtml(text(lang, key, data))}</span>`;
}

/**
 * The methodology: one line per view, what it counts, with links to its sources (text, URL).
 * The reported view's and the purchase's sources are the claim's and the assumptions' own, added
 * where the page is written (`methodologyHtml`).
 */
export const methodology: readonly {
  readonly view: string;
  readonly counts: string;
  readonly sources: readonly (readonly [string, string])[];
  /** Whose sources are added: the claim's (`reported`) or the GPU price's (`purchase`). */
  readonly from?: "reported" | "purchase";
}[] = [
  {
    view: "Reported",
    counts:
      "the lab's own figure: the final run's GPU-hours × the rental price it assumes, for the stages it names, and nothing else.",
    sources: [],
    from: "reported",
  },
  {
    view: "Rental",
    counts: "the same GPU-hours at 2024's market prices per GPU-hour (lowest to highest), renting rather than owning.",
    sources: [["Epoch AI's hardware price database", "https://github.com/epoch-research/training-cost-trends"]],
  },
  {
    view: "Amortized (final run)",
    counts:
      "the share of the hardware's value the run used up (depreciated at the GPU price-performance trend), plus its energy; shown under every depreciation method and valuation, because that choice decides the verdict.",
    sources: [
      ["Cottier et al. 2024 (Epoch AI)", "https://arxiv.org/abs/2405.21015"],
      ["training-cost-trends, cost_analysis_standalone.py", "https://github.com/epoch-research/training-cost-trends"],
    ],
  },
  {
    view: "Programme",
    counts:
      "the final run × the compute of the experiments before it; at a multiplier of 1 (the lab's count) Lambert's 2–4 is shown beside it.",
    sources: [
      ["Lambert, Interconnects, 2025-01-09", "https://www.interconnects.ai/p/deepseek-v3-and-the-actual-cost-of"],
    ],
  },
  {
    view: "Purchase",
    counts:
      "buying the fleet's GPUs (count × price, as the article computes it) and, all-in, with servers and network: capital that serves many runs, never the cost of one.",
    sources: [["Epoch AI's acquisition method", "https://github.com/epoch-research/training-cost-trends"]],
    from: "purchase",
  },
  {
    view: "Median and 90% interval",
    counts:
      "100,000 draws of every input from its documented uncertainty (seed 1); low and high take the ends of the stated ranges at once, which the draws rarely do.",
    sources: [["the uncertainties, with their sources", "#nb-03-assumptions"]],
  },
  {
    view: "Contested figures",
    counts:
      "a third party's estimate that others dispute, shown with the evidence against it and never as a cost of the run.",
    sources: [["SemiAnalysis, 2025-01-31", "https://semianalysis.com/2025/01/31/deepseek-debates/"]],
  },
];

/**
 * Every word the report's page writes of its own, in one place (the report layer and the page's
 * script both take them from here): headings, status lines, buttons, the note on the link, the
 * citation, the methodology. Each is a string or a pure function of its data, so that another
 * language can be keyed by the same names. The words of the findings and the ladder are the
 * analysis layer's (src/analysis/findings/texts.ts); the assumptions' reader labels are
 * src/assumptions/labels.ts.
 */

export const pageTexts = {
  /** The page's title and its heading: `What did it cost to train DeepSeek-V3?` */
  title: (d: { model: string }) => `What did it cost to train ${d.model}?`,
  /** Under the title: the one line of what the page is. */
  lede: "Every figure below is computed from its sources and the assumptions in the panel, offline, in this page; change one and they follow.",
  sections: {
    estimate: "What it cost",
    findings: "Findings",
    context: "Before you quote",
    table: "Every view, with its low, high and the figure to quote",
    charts: "Charts",
    methodology: "Methodology",
    glossary: "Glossary",
    cite: "How to cite",
    contents: "The analysis, notebook by notebook",
    runDetails: "Run details",
  },
  status: {
    own: "Live: the report's own run. Change an assumption in the panel and every figure here follows.",
    changed:
      "Live: these figures follow the assumptions changed in the panel. The notebooks below show the report's own run.",
    refused:
      "Not applied: a box holds a value the library refuses (its message is beside it). The figures below are for the last valid assumptions.",
    drawing: "The Monte Carlo is drawing: the medians and intervals follow in a moment.",
  },
  noscript: "With JavaScript on, this page recomputes these figures and the charts for any assumptions you set.",
  tools: {
    csv: "Download the table (CSV)",
    json: "Download every figure (JSON)",
    link: "Link to these assumptions",
    /** Beside the link when the report was made without `--base-url`. */
    linkLocal:
      "This link keeps the assumptions in the address of this copy of the page: it opens them for others only where the page is published (make the report with --base-url URL).",
    /** Beside the link when it was made with one. */
    linkPublished: (d: { url: string }) => `Published at ${d.url}: the link opens these assumptions there.`,
  },
  chart: {
    svg: "SVG",
    png: "PNG",
    csv: "data (CSV)",
    downloads: "Download this chart:",
    /** The line inside a downloaded image, under the chart. */
    source: (d: { title: string; version: string; run: string; link: string }) =>
      `Source: ${d.title}, gpu-cost-lab ${d.version}, run ${d.run}${d.link ? `, ${d.link}` : ""}.`,
  },
  table: {
    pending: "…",
    pendingTitle: "the Monte Carlo is drawing",
    notDrawn: "—",
    notDrawnTitle:
      "not drawn: the Monte Carlo computes the rental, amortized and programme views under the chosen method",
    columns: {
      view: "view",
      low: "low",
      high: "high",
      median: "median",
      interval: "90% interval",
      times: "× reported",
    },
    hover: "Hover over a figure for its exact value.",
  },
  context: {
    scope: (d: { lab: string; amount: string }) => `What ${d.lab}'s ${d.amount} leaves out, in its own words:`,
    contested: (d: { label: string; value: string }) => `${d.label}: ${d.value}.`,
    against: "The evidence against it:",
    /** A claim its lab disowns: `The $4.6 million is contested by Yang Zhilin, …:`. */
    claimContested: (d: { amount: string; by: string }) => `The ${d.amount} is contested by ${d.by}:`,
    more: "The detail: the fleet, the staff and the contested figures",
  },
  panel: {
    heading: "Assumptions",
    help: "Each box takes what a notebook's parameters cell and --set take: a number, [low, high], JSON, or an amount as the article writes it (400万～500万日元). A blank box is the default, shown greyed.",
    scenarios: "Scenarios:",
    reset: "Reset to the report's run",
    resetTitle: "The assumptions this report was run with",
    /** What a scenario button changes: `changed: gpuCount 2,000–3,000 → 2,048`. */
    changes: (d: { changes: readonly string[] }) => `changed: ${d.changes.join("; ")}`,
    change: (d: { name: string; from: string; to: string }) => `${d.name} ${d.from} → ${d.to}`,
    noChange: "changes nothing: every assumption at its default",
    noHeadline: "no headline figure moves",
    caseLabel: "The headline tested",
    caseTitle:
      "A case of data/cases.csv: its claim is the reported figure, and its GPU, GPUs, GPU-hours and dates are the defaults of the boxes below (gpu-cost-lab cases lists them)",
    noClaim: "no claim",
    caseFile: "a case written by hand",
  },
  code: { show: "show code", parameters: "parameters", injected: "injected parameters" },
  run: {
    generated: (d: { when: string; status: string; notebooks: number; seconds: string }) =>
      `Generated ${d.when} · status ${d.status} · ${d.notebooks} notebook${d.notebooks === 1 ? "" : "s"} · ${d.seconds} s`,
    notebook: (d: { name: string; status: string; ok: number; run: number; seconds: string }) =>
      `${d.name}: ${d.status}, ${d.ok} of ${d.run} code cells ok, ${d.seconds} s`,
    assumptions: "Assumptions used",
    defaults: "Every assumption at its default.",
    fullSet: "The full set, validated",
    everyFigure: "Every figure of estimate() on these assumptions",
  },
  cite: {
    version: (d: { version: string; commit: string; run: string }) =>
      `gpu-cost-lab ${d.version}, commit ${d.commit}, run on ${d.run}.`,
    changed: (d: { changes: string }) => `Assumptions changed from the defaults: ${d.changes}.`,
    defaults: "Assumptions: the defaults.",
    suggested: "Suggested citation:",
    citation: (d: { title: string; version: string; commit: string; run: string; link: string }) =>
      `gpu-cost-lab ${d.version} (commit ${d.commit}), "${d.title}", run on ${d.run}${d.link ? `, ${d.link}` : ""}.`,
    data: "Data: every figure's source and a verbatim quote are in data/*.csv; Epoch AI's data are CC BY (training-cost-trends, commit 263c40a).",
  },
} as const;

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

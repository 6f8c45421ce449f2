/**
 * The English catalogue: every reader-facing text the tool writes in more than one language, by a
 * key every layer shares (`headline.rental`, `page.panel.help`). A text is a template whose
 * placeholders, `{name}`, are filled with figures already written in the reader's language
 * (`{rate}` is `$2–$4.916` here, `2～4.916美元` in zh). zh.ts and ja.ts have the same keys and,
 * key by key, the same placeholders: test/i18n/catalogues.test.ts fails otherwise.
 */
export const en = {
  // the language itself: the switch, and the note on the notebooks' hand-written text
  "lang.name": "English",
  "lang.switch": "Language:",
  "lang.notebooksNote":
    "The notebooks below are the analysis as written: their prose stays in English; their tables, charts and computed sentences follow the language chosen when the report was made.",

  // lists inside a sentence: `a, b and c`
  "list.and": "{rest} and {last}",
  "list.or": "{rest} or {last}",
  "list.separator": ", ",

  // the headline table: rows (src/analysis/headline/headline-rows.ts)
  "headline.purchase": "Buying the GPUs ({count} × {price}, as the article computes it)",
  "headline.allIn": "Buying the cluster all-in, with servers and interconnect (Epoch AI's method)",
  "headline.rental": "Renting the final run ({hours} GPU-hours × {rate})",
  "headline.reported": "Reported by {lab} ({hours} {gpu} GPU-hours × {rate})",
  "headline.amortized": "Amortized hardware + energy of the final run (Epoch AI's method): {method}",
  "headline.programme": "The programme, if experiments took {multiplier}× the final run",
  "headline.programmeSourced": "The programme, if experiments took {multiplier}× the final run ({source})",
  "headline.alternative": "… the same run, {method}",
  "headline.lambert": "Lambert's estimate",
  "headline.times": "{times}×",
  "headline.timesRange": "{low}–{high}×",
  "method.priceAtPurchase": "price-performance, valued at purchase",
  "method.priceAtStart": "price-performance, valued at training start",
  "method.straightLine": "straight-line over {years} years",
  // the caption and the note under it
  "headline.caption": "In {currency}.",
  "headline.captionConverted": "In {currency}; prices converted at {rates}; rate set {set}).",
  "headline.rate": "{rate} ({source}",
  "headline.spread":
    "Low and high take the ends of the ranges the sources state, all at once; the median and 90% interval draw every input from its documented uncertainty, where extremes rarely meet.",
  "headline.spreadDrawn":
    "Low and high take the ends of the ranges the sources state, all at once; the median and 90% interval draw every input from its documented uncertainty ({draws} draws, seed {seed}), where extremes rarely meet.",
  "headline.column.view": "view",
  "headline.column.low": "low",
  "headline.column.high": "high",
  "headline.column.median": "median",
  "headline.column.interval": "90% interval",
  "headline.column.times": "× reported",

  // `gpu-cost-lab estimate` (src/cli/estimate-command.ts)
  "estimate.heading": "Headline estimate.",
  "estimate.defaults": "Assumptions: the defaults.",
  "estimate.changed": "Assumptions: the defaults, then {changes}.",
  "estimate.scenario": "scenario {name}",

  // the findings (src/analysis/findings/texts.ts)
  "finding.claim":
    "{lab}'s {amount} is {hours} {gpu} GPU-hours × an assumed {rate} an hour, for the final training run only ({stages}).",
  "finding.claimConverted":
    "{lab}'s {amount} ({converted}) is {hours} {gpu} GPU-hours × an assumed {rate} an hour, for the final training run only ({stages}).",
  "finding.basisEpoch": "Epoch AI's amortized basis",
  "finding.basisOther": "an amortized basis",
  "finding.interval": "90% interval {interval}",
  "finding.ends": "the ends of the stated ranges",
  "finding.finalRun":
    "On {basis} (the hardware value the run used up, plus energy; {method}), the final run cost {figure} ({spread}), {times} the reported figure.",
  "finding.methodsDecide":
    "Valued otherwise, it is {others}: the method, more than any uncertain input, decides whether the final run cost more or less than reported.",
  "finding.methodsDecideBelow":
    "Valued otherwise, it is {others}: the method, more than any uncertain input, decides whether the final run cost more or less than reported ({below} of the draws fall below it).",
  "finding.methodsAbove": "Valued otherwise, it is {others}: on every method the final run cost more than reported.",
  "finding.methodsBelow": "Valued otherwise, it is {others}: on every method the final run cost less than reported.",
  "finding.chips":
    "The chips cost {gpus} ({count} × {price}, as the article computes it), or {allIn} with servers and network: capital for a fleet that serves many runs, not the cost of one run.",
  "finding.programme":
    "With experiments at {multiplier}× the final run, the programme cost {figure} ({spread}), {times} the reported figure.",
  "finding.programmeSourced":
    "With experiments at {multiplier}× the final run ({source}), the programme cost {figure} ({spread}), {times} the reported figure.",
  "finding.comparison":
    'The article\'s "{quote}" ({label} under {threshold}) holds against {holds}, not against {fails}.',
  "finding.comparisonAll": 'The article\'s "{quote}" ({label} under {threshold}) holds against {holds}.',
  "finding.comparisonNone":
    'The article\'s "{quote}" ({label} under {threshold}) holds against no published estimate, not against {fails}.',
  "finding.comparedRun": "{model} ({basis}, {share})",

  // the cost ladder's steps (src/analysis/findings/texts.ts)
  "ladder.reported": "Reported by {lab}",
  "ladder.finalRun": "Final run, re-costed",
  "ladder.programme": "With experiments ({multiplier}×)",
  "ladder.staff": "With R&D staff (scenario)",
  "ladder.fleet": "Buying the fleet's GPUs",
  "ladder.allIn": "… with servers, network",
  "ladder.capex": "Contested fleet spending",
  "ladder.source.finalRun": "Epoch AI's method (Cottier et al. 2024)",
  "ladder.source.programmeSet": "the multiplier set in the assumptions",
  "ladder.source.staff": "staff at {share} of development cost, {source}",
  "ladder.source.allIn": "Epoch AI's acquisition method",
  "ladder.source.capex": "{source}; disputed by {against}",
  "ladder.omitted": "Left out, for want of data for this claim: {steps} (data/fleet-and-staff.csv).",

  // the assumptions in a reader's words (src/assumptions/labels.ts)
  "assumption.gpu": "the GPU",
  "assumption.gpuCount": "GPUs bought",
  "assumption.gpuPrice": "price of one GPU",
  "assumption.h100Price": "price of one H100",
  "assumption.gpuHours": "GPU-hours of the final run",
  "assumption.rentalRate": "rental price per GPU-hour",
  "assumption.currency": "currency of the results",
  "assumption.rates": "exchange-rate set",
  "assumption.tdpWatts": "chip power (TDP, watts)",
  "assumption.serverPowerRatio": "server power over chip power",
  "assumption.powerFraction": "share of power drawn while training",
  "assumption.pue": "data-centre overhead (PUE)",
  "assumption.electricityPrice": "electricity price per kWh",
  "assumption.electricityYear": "year the electricity is priced for",
  "assumption.depreciation": "depreciation method",
  "assumption.valuation": "hardware valued at",
  "assumption.priceOomsPerYear": "how fast GPUs lose value (orders of magnitude a year)",
  "assumption.purchaseDate": "date the GPUs were bought",
  "assumption.trainingStart": "date the final run started",
  "assumption.lifetimeYears": "GPU life, straight-line (years)",
  "assumption.interconnectFraction": "network's share of cluster cost",
  "assumption.serverOverhead": "server cost over GPU price",
  "assumption.speedRatio": "speed against an H100",
  "assumption.experimentsMultiplier": "experiments (× the final run)",
  "assumption.utilization": "share of the year an owned GPU is busy",

  // the live charts' titles (src/live/live-section.ts)
  "chart.ladder": "From the reported figure to the fleet",
  "chart.comparison": "The views side by side",
  "chart.tornado": "Which assumption moves the programme cost most",
  "chart.breakEven": "Buy or rent one GPU",
  "chart.amortized": "Monte Carlo: the final run",
  "chart.programme": "Monte Carlo: the programme",

  // the report's page (src/live/page-texts.ts)
  "page.title": "What did it cost to train {model}?",
  "page.lede":
    "Every figure below is computed from its sources and the assumptions in the panel, offline, in this page; change one and they follow.",
  "page.section.estimate": "What it cost",
  "page.section.findings": "Findings",
  "page.section.context": "Before you quote",
  "page.section.table": "Every view, with its low, high and the figure to quote",
  "page.section.charts": "Charts",
  "page.section.methodology": "Methodology",
  "page.section.glossary": "Glossary",
  "page.section.cite": "How to cite",
  "page.section.contents": "The analysis, notebook by notebook",
  "page.section.runDetails": "Run details",
  "page.status.own": "Live: the report's own run. Change an assumption in the panel and every figure here follows.",
  "page.status.changed":
    "Live: these figures follow the assumptions changed in the panel. The notebooks below show the report's own run.",
  "page.status.refused":
    "Not applied: a box holds a value the library refuses (its message is beside it). The figures below are for the last valid assumptions.",
  "page.status.drawing": "The Monte Carlo is drawing: the medians and intervals follow in a moment.",
  "page.noscript": "With JavaScript on, this page recomputes these figures and the charts for any assumptions you set.",
  "page.tools.csv": "Download the table (CSV)",
  "page.tools.json": "Download every figure (JSON)",
  "page.tools.link": "Link to these assumptions",
  "page.tools.linkLocal":
    "This link keeps the assumptions in the address of this copy of the page: it opens them for others only where the page is published (make the report with --base-url URL).",
  "page.tools.linkPublished": "Published at {url}: the link opens these assumptions there.",
  "page.chart.downloads": "Download this chart:",
  "page.chart.csv": "data (CSV)",
  "page.chart.source": "Source: {title}, gpu-cost-lab {version}, run {run}.",
  "page.chart.sourceLinked": "Source: {title}, gpu-cost-lab {version}, run {run}, {link}.",
  "page.table.pendingTitle": "the Monte Carlo is drawing",
  "page.table.notDrawnTitle":
    "not drawn: the Monte Carlo computes the rental, amortized and programme views under the chosen method",
  "page.table.hover": "Hover over a figure for its exact value.",
  "page.context.scope": "What {lab}'s {amount} leaves out, in its own words:",
  "page.context.contested": "{label}: {value}.",
  "page.context.against": "The evidence against it:",
  "page.context.more": "The detail: the fleet, the staff and the contested figures",
  "page.panel.heading": "Assumptions",
  "page.panel.help":
    "Each box takes what a notebook's parameters cell and --set take: a number, [low, high], JSON, or an amount as the article writes it (400万～500万日元). A blank box is the default, shown greyed.",
  "page.panel.scenarios": "Scenarios:",
  "page.panel.reset": "Reset to the report's run",
  "page.panel.resetTitle": "The assumptions this report was run with",
  "page.panel.changes": "changed: {changes}",
  "page.panel.change": "{name} {from} → {to}",
  "page.panel.changeSeparator": "; ",
  "page.panel.noChange": "changes nothing: every assumption at its default",
  "page.panel.noHeadline": "no headline figure moves",
  "page.panel.default": "{choice} (default)",
  "page.panel.source": "{meaning}. Source: {source}",
  "page.code.show": "show code",
  "page.code.parameters": "parameters",
  "page.code.injected": "injected parameters",
  "page.run.assumptions": "Assumptions used",
  "page.run.defaults": "Every assumption at its default.",
  "page.run.fullSet": "The full set, validated",
  "page.run.everyFigure": "Every figure of estimate() on these assumptions",
  "page.cite.version": "gpu-cost-lab {version}, commit {commit}, run on {run}.",
  "page.cite.changed": "Assumptions changed from the defaults: {changes}.",
  "page.cite.defaults": "Assumptions: the defaults.",
  "page.cite.suggested": "Suggested citation:",
  "page.cite.data":
    "Data: every figure's source and a verbatim quote are in data/*.csv; Epoch AI's data are CC BY (training-cost-trends, commit 263c40a).",
} as const;

/** A key of the catalogues. */
export type TextKey = keyof typeof en;

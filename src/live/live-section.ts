import { escapeHtml } from "../display/show-table.js";
import { liveCharts } from "./live-figures.js";
import { monteCarloCharts } from "./monte-carlo-figures.js";

/** The ids the report writes and the page's script finds. */
export const LIVE_IDS = {
  section: "estimate",
  headline: "live-headline",
  status: "live-status",
  tools: "live-tools",
  csv: "live-csv",
  json: "live-json",
  link: "live-link",
  charts: "live-charts",
  breakEvenText: "live-break-even-text",
  /** The worker's source, a `<script type="text/plain">` (a data block: never run as it stands). */
  worker: "gcl-live-worker",
} as const;

/** The id of a live chart's figure: `live-chart-comparison`. */
export function chartId(key: string): string {
  return `live-chart-${key}`;
}

const CHART_TITLES: Readonly<Record<string, string>> = {
  comparison: "The views side by side",
  tornado: "Which assumption moves the programme cost most",
  breakEven: "Buy or rent one GPU",
  amortized: "Monte Carlo: the final run",
  programme: "Monte Carlo: the programme",
};

/**
 * The report's first section: the headline estimate (`headlineHtml`, static, as the run computed
 * it) and, `hidden` until the page's script shows them, the assumptions panel (`panelHtml`), the
 * status line, the downloads and link, and a figure per live chart. Without JavaScript the page
 * shows the headline table of its run, as before.
 */
export function liveSectionHtml({ headlineHtml, panelHtml }: { headlineHtml: string; panelHtml: string }): string {
  const figures = [...liveCharts, ...monteCarloCharts]
    .map(
      (key) =>
        `<figure class="chart live" id="${chartId(key)}" aria-label="${escapeHtml(CHART_TITLES[key] ?? key)}"></figure>` +
        (key === "breakEven" ? `<p id="${LIVE_IDS.breakEvenText}" class="muted"></p>` : ""),
    )
    .join("\n");
  return `<section id="${LIVE_IDS.section}" class="live">
<h2>Headline estimate</h2>
<div class="live-layout">
<div class="live-main">
<p id="${LIVE_IDS.status}" class="live-status" role="status" hidden></p>
<div id="${LIVE_IDS.headline}">${headlineHtml}</div>
<p id="${LIVE_IDS.tools}" class="live-tools" hidden><button type="button" id="${LIVE_IDS.csv}">Download CSV</button> <button type="button" id="${LIVE_IDS.json}">Download JSON</button> <a id="${LIVE_IDS.link}" href="#">Link to these assumptions</a></p>
<div id="${LIVE_IDS.charts}" class="live-charts" hidden>
${figures}
</div>
</div>
${panelHtml}
</div>
</section>`;
}

import { escapeHtml } from "../display/show-table.js";
import { liveCharts } from "./live-figures.js";
import { monteCarloCharts } from "./monte-carlo-figures.js";
import type { Lang } from "../i18n/lang.js";
import { text } from "../i18n/text.js";
import { textSpan } from "./page-texts.js";

/** The ids the report writes and the page's script finds. */
export const LIVE_IDS = {
  section: "estimate",
  findings: "live-findings",
  headline: "live-headline",
  status: "live-status",
  tools: "live-tools",
  csv: "live-csv",
  json: "live-json",
  link: "live-link",
  linkNote: "live-link-note",
  charts: "live-charts",
  breakEvenText: "live-break-even-text",
  /** The worker's source, a `<script type="text/plain">` (a data block: never run as it stands). */
  worker: "gcl-live-worker",
} as const;

/** The id of a live chart's figure: `live-chart-comparison`. */
export function chartId(key: string): string {
  return `live-chart-${key}`;
}

/** Each live chart's name, for its figure's label: `chart.ladder` in the catalogue. */
export const CHART_TITLE_KEYS = {
  ladder: "chart.ladder",
  comparison: "chart.comparison",
  tornado: "chart.tornado",
  breakEven: "chart.breakEven",
  amortized: "chart.amortized",
  programme: "chart.programme",
} as const;

/** What goes into the first section. */
export interface LiveSectionParts {
  /** The findings (`findingsHtml`), as the run computed them. */
  readonly findingsHtml: string;
  /** The context a reporter opens with (`contextHtml`). */
  readonly contextHtml: string;
  /** The headline table (`headlineTableHtml`), as the run computed it, and anything after it. */
  readonly headlineHtml: string;
  /** The assumptions panel, or "" for the static page. */
  readonly panelHtml: string;
  /** The note beside the link: where it works. */
  readonly linkNote: string;
  /** The note's key in the catalogue and its data, so that the language switch writes it again. */
  readonly linkNoteKey?: { readonly key: "page.tools.linkLocal" | "page.tools.linkPublished"; readonly url?: string };
  /** The page's language. Defaults to `"en"`. */
  readonly lang?: Lang;
}

/**
 * The report's first section: the findings (`id="findings"`), the context, the headline table
 * (static, as the run computed them) and, `hidden` until the page's script shows them, the
 * assumptions panel, the status line, the downloads and link, and a figure per live chart (the
 * cost ladder first). Without JavaScript the page shows the run's findings, context and table.
 */
export function liveSectionHtml({
  findingsHtml,
  contextHtml,
  headlineHtml,
  panelHtml,
  linkNote,
  linkNoteKey,
  lang = "en",
}: LiveSectionParts): string {
  const span = (key: Parameters<typeof textSpan>[1]) => textSpan(lang, key);
  const note = linkNoteKey
    ? textSpan(lang, linkNoteKey.key, linkNoteKey.url === undefined ? undefined : { url: linkNoteKey.url })
    : escapeHtml(linkNote);
  const figures = [...liveCharts, ...monteCarloCharts]
    .map(
      (key) =>
        `<figure class="chart live" id="${chartId(key)}" data-t-label="${CHART_TITLE_KEYS[key]}" aria-label="${escapeHtml(text(lang, CHART_TITLE_KEYS[key]))}"></figure>` +
        (key === "breakEven" ? `<p id="${LIVE_IDS.breakEvenText}" class="muted"></p>` : ""),
    )
    .join("\n");
  return `<section id="${LIVE_IDS.section}" class="live">
<h2>${span("page.section.estimate")}</h2>
<div class="live-layout">
<div class="live-main">
<p id="${LIVE_IDS.status}" class="live-status" role="status" hidden></p>
<section id="findings" class="findings"><h3>${span("page.section.findings")}</h3><div id="${LIVE_IDS.findings}">${findingsHtml}</div></section>
${contextHtml}
<h3>${span("page.section.table")}</h3>
<div id="${LIVE_IDS.headline}">${headlineHtml}</div>
<p id="${LIVE_IDS.tools}" class="live-tools" hidden><button type="button" id="${LIVE_IDS.csv}">${span("page.tools.csv")}</button> <button type="button" id="${LIVE_IDS.json}">${span("page.tools.json")}</button> <a id="${LIVE_IDS.link}" href="#">${span("page.tools.link")}</a> <span id="${LIVE_IDS.linkNote}" class="muted">${note}</span></p>
<div id="${LIVE_IDS.charts}" class="live-charts" hidden>
<h3>${span("page.section.charts")}</h3>
${figures}
</div>
</div>
${panelHtml}
</div>
</section>`;
}

/**
 * `report/index.html`: one self-contained page that opens offline. At the top the run's status
 * and its headline estimate, then the assumptions used (from the summary), a table of contents,
 * and each notebook: markdown rendered, code and its outputs. All text from notebooks and data is
 * escaped or sanitised (./escape.ts, ./sanitize.ts, ./markdown.ts).
 *
 * The page is live when the bundles are built (./live-assets.ts): an assumptions panel
 * recomputes the headline and the charts in the page with the library's own code (src/live/).
 * Its one script is inline and admitted by its hash alone; the data it needs travels as JSON in a
 * data block (`<` escaped), the worker's source as a text block; a Content-Security-Policy admits
 * no other script, no eval, no request. Without JavaScript the page is the static report.
 */
import { createHash } from "node:crypto";
import { headlineRows } from "../analysis/headline/headline-rows.js";
import { assumptions } from "../assumptions/assumptions.js";
import { estimate } from "../assumptions/estimate.js";
import { headlineTableHtml } from "../live/headline-html.js";
import { LIVE_IDS, liveSectionHtml } from "../live/live-section.js";
import { LIVE_MONTE_CARLO } from "../live/monte-carlo-figures.js";
import { LIVE_DATA_ID, type LivePageData } from "../live/page-data.js";
import { assumptionsPanelHtml } from "../live/panel-html.js";
import { cellSource, type Notebook } from "../runner/ipynb.js";
import { INJECTED_TAG, PARAMETERS_TAG } from "../runner/parameters.js";
import { escapeHtml, slug } from "./escape.js";
import { renderMarkdown } from "./markdown.js";
import { readLiveAssets, type LiveAssets } from "./live-assets.js";
import { renderOutput } from "./render-output.js";
import { REPORT_CSS } from "./styles.js";
import type { NotebookSummary, Summary } from "./summary.js";

/** The static page's policy: inline styles and data: images only; no scripts, no network. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The live page's policy: the static one, plus the page's own scripts admitted by their SHA-256
 * (no 'unsafe-inline', no 'unsafe-eval') and a worker from a blob: URL (the page makes its Monte
 * Carlo worker from its own text). No connect-src: the page cannot make a request.
 */
export function liveContentSecurityPolicy(scripts: readonly string[]): string {
  const hashes = scripts.map((s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`);
  return `default-src 'none'; script-src ${hashes.join(" ")}; worker-src blob:; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
}

/** One notebook for the report: its summary line and its executed copy (undefined if none was written). */
export interface ReportNotebook {
  readonly summary: NotebookSummary;
  readonly notebook: Notebook | undefined;
}

/** Options of {@link renderReport}. */
export interface RenderReportOptions {
  /** Defaults to "gpu-cost-lab report". */
  readonly title?: string;
  /** The live part's scripts, data files and scenarios; null for the static page. Defaults to the package's (`readLiveAssets()`). */
  readonly live?: LiveAssets | null;
}

/** The report page. */
export function renderReport(
  summary: Summary,
  notebooks: readonly ReportNotebook[],
  { title = "gpu-cost-lab report", live = readLiveAssets() ?? null }: RenderReportOptions = {},
): string {
  const when = summary.generatedAt.replace("T", " ").replace(/\.\d+Z$/, " UTC");
  const policy = live ? liveContentSecurityPolicy([live.scripts.page]) : CONTENT_SECURITY_POLICY;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="page">
<h1>${escapeHtml(title)}</h1>
<p class="meta">Generated ${escapeHtml(when)} · status <span class="status ${summary.status}">${summary.status}</span> · ${notebooks.length} notebook${notebooks.length === 1 ? "" : "s"} · ${(summary.run.durationMs / 1000).toFixed(1)} s</p>
</header>
<main>
${renderEstimate(summary, live)}
${renderAssumptions(summary)}
${renderToc(notebooks)}
${notebooks.map(renderNotebook).join("\n")}
</main>
${live ? liveScripts(summary, live) : ""}</body>
</html>
`;
}

function renderAssumptions(summary: Summary): string {
  const { overrides, from, resolved } = summary.assumptions;
  const rows = Object.entries(overrides).map(
    ([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td><code>${escapeHtml(JSON.stringify(v))}</code></td></tr>`,
  );
  const scenario = from.scenario
    ? `<p>Scenario <strong>${escapeHtml(from.scenario.name)}</strong>: ${escapeHtml(from.scenario.description)}</p>
<ul>${from.scenario.sources.map((s) => `<li>${link(s.title, s.url)}${s.quote ? `: “${escapeHtml(s.quote)}”` : ""}</li>`).join("")}</ul>`
    : "";
  const file = from.file ? `<p>Parameters file <code>${escapeHtml(from.file)}</code>.</p>` : "";
  const overridden =
    rows.length > 0
      ? `<table><thead><tr><th>assumption</th><th>value used</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
      : `<p>Every assumption at its default.</p>`;
  const figures = summary.estimate
    ? `<details class="assumptions"><summary>Every figure of estimate() on these assumptions</summary><pre>${escapeHtml(JSON.stringify(summary.estimate, null, 2))}</pre></details>`
    : "";
  return `<section id="assumptions">
<h2>Assumptions used</h2>
${scenario}${file}${overridden}
<details class="assumptions"><summary>The full set, validated</summary><pre>${escapeHtml(JSON.stringify(resolved, null, 2))}</pre></details>
${figures}
</section>`;
}

/**
 * The first section: the headline estimate of the run, as the README's table (the same function
 * the live page redraws it with); with the live assets, the assumptions panel and the charts'
 * places, shown by the page's script.
 */
function renderEstimate(summary: Summary, live: LiveAssets | null): string {
  const overrides = summary.assumptions.overrides;
  let headline: string;
  try {
    const e = estimate(overrides);
    headline = headlineTableHtml(headlineRows(e), e);
  } catch (error) {
    headline = `<p class="failure">The headline estimate could not be computed: ${escapeHtml(summary.estimateError ?? (error as Error).message)}</p>`;
  }
  if (!live) return liveSectionHtml({ headlineHtml: headline, panelHtml: "" });
  // a run's overrides were validated before it ran; a summary written otherwise shows its problem in the panel
  let resolved;
  try {
    resolved = assumptions(overrides);
  } catch {
    resolved = assumptions({});
  }
  const noscript = `<noscript><p class="muted">With JavaScript on, this page recomputes these figures and the charts for any assumptions you set.</p></noscript>`;
  return liveSectionHtml({
    headlineHtml: headline + noscript,
    panelHtml: assumptionsPanelHtml({ overrides, resolved, scenarios: live.scenarios }),
  });
}

/** The live part's data (JSON, `<` escaped so that no text in it can close the block), the worker's source, and the page's script. */
function liveScripts(summary: Summary, live: LiveAssets): string {
  const data: LivePageData = {
    run: summary.assumptions.overrides,
    dataFiles: live.dataFiles,
    scenarios: live.scenarios,
    monteCarlo: LIVE_MONTE_CARLO,
  };
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return `<script type="application/json" id="${LIVE_DATA_ID}">${json}</script>
<script type="text/plain" id="${LIVE_IDS.worker}">${live.scripts.worker}</script>
<script>${live.scripts.page}</script>
`;
}

function renderToc(notebooks: readonly ReportNotebook[]): string {
  const items = notebooks.map(
    ({ summary: s }) =>
      `<li><a href="#${slug(s.name)}">${escapeHtml(s.name)}</a> <span class="status ${s.status}">${s.status}</span> <span class="muted">${(s.durationMs / 1000).toFixed(1)} s</span></li>`,
  );
  return `<nav class="toc" id="contents"><h2>Contents</h2><ol><li><a href="#${LIVE_IDS.section}">Headline estimate</a></li><li><a href="#assumptions">Assumptions used</a></li>${items.join("")}</ol></nav>`;
}

function renderNotebook({ summary: s, notebook }: ReportNotebook): string {
  const failures = s.errors.map((e) => `<pre class="failure">${escapeHtml(e)}</pre>`).join("\n");
  const warnings = s.warnings.map((w) => `<p class="muted">${escapeHtml(w)}</p>`).join("\n");
  const cells = notebook
    ? notebook.cells.map(renderCell).join("\n")
    : `<p class="muted">No executed copy was written.</p>`;
  return `<section class="notebook" id="${slug(s.name)}">
<h2>${escapeHtml(s.name)}</h2>
<p class="meta">status <span class="status ${s.status}">${s.status}</span> · ${s.cells.ok} of ${s.cells.run} code cells ok · ${(s.durationMs / 1000).toFixed(1)} s${s.parametersInjected ? " · parameters injected" : ""}${s.output ? ` · <code>${escapeHtml(s.output)}</code>` : ""}</p>
${failures}
${warnings}
${cells}
</section>`;
}

function renderCell(cell: Notebook["cells"][number]): string {
  const source = cellSource(cell);
  if (cell.cell_type !== "code") {
    return cell.cell_type === "markdown"
      ? `<div class="cell markdown">${renderMarkdown(source, { shiftHeadings: 2 })}</div>`
      : `<pre class="cell raw">${escapeHtml(source)}</pre>`;
  }
  const tags = cell.metadata.tags ?? [];
  const label = tags.includes(INJECTED_TAG) ? "injected parameters" : tags.includes(PARAMETERS_TAG) ? "parameters" : "";
  const count = cell.execution_count === null ? " " : String(cell.execution_count);
  return `<div class="cell code">
<div class="label">[${count}]${label ? ` ${label}` : ""}</div>
<pre class="code"><code>${escapeHtml(source)}</code></pre>
${cell.outputs.map(renderOutput).join("\n")}
</div>`;
}

function link(text: string, url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

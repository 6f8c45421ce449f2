/**
 * `report/index.html`: one self-contained page that opens offline. At the top the run's status
 * and the assumptions used (from the summary), then a table of contents, then each notebook:
 * markdown rendered, code and its outputs. All text from notebooks and data is escaped or
 * sanitised (./escape.ts, ./sanitize.ts, ./markdown.ts), and a Content-Security-Policy that
 * allows no script at all backs that up.
 */
import { cellSource, type Notebook } from "../runner/notebook.js";
import { INJECTED_TAG, PARAMETERS_TAG } from "../runner/parameters.js";
import { escapeHtml, slug } from "./escape.js";
import { renderMarkdown } from "./markdown.js";
import { renderOutput } from "./render-output.js";
import { REPORT_CSS } from "./styles.js";
import type { NotebookSummary, Summary } from "./summary.js";

/** The page's policy: inline styles and data: images only; no scripts, no network. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** One notebook for the report: its summary line and its executed copy (undefined if none was written). */
export interface ReportNotebook {
  readonly summary: NotebookSummary;
  readonly notebook: Notebook | undefined;
}

/** The report page. `title` defaults to "gpu-cost-lab report". */
export function renderReport(summary: Summary, notebooks: readonly ReportNotebook[], { title = "gpu-cost-lab report" }: { title?: string } = {}): string {
  const when = summary.generatedAt.replace("T", " ").replace(/\.\d+Z$/, " UTC");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
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
${renderAssumptions(summary)}
${renderToc(notebooks)}
${notebooks.map(renderNotebook).join("\n")}
</main>
</body>
</html>
`;
}

function renderAssumptions(summary: Summary): string {
  const { overrides, from, resolved } = summary.assumptions;
  const rows = Object.entries(overrides).map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td><code>${escapeHtml(JSON.stringify(v))}</code></td></tr>`);
  const scenario = from.scenario
    ? `<p>Scenario <strong>${escapeHtml(from.scenario.name)}</strong>: ${escapeHtml(from.scenario.description)}</p>
<ul>${from.scenario.sources.map((s) => `<li>${link(s.title, s.url)}${s.quote ? `: “${escapeHtml(s.quote)}”` : ""}</li>`).join("")}</ul>`
    : "";
  const file = from.file ? `<p>Parameters file <code>${escapeHtml(from.file)}</code>.</p>` : "";
  const overridden = rows.length > 0 ? `<table><thead><tr><th>assumption</th><th>value used</th></tr></thead><tbody>${rows.join("")}</tbody></table>` : `<p>Every assumption at its default.</p>`;
  const estimate = summary.estimate
    ? `<h3>Headline estimate</h3>${headlineTable(summary.estimate)}
<details class="assumptions"><summary>Every figure of estimate() on these assumptions</summary><pre>${escapeHtml(JSON.stringify(summary.estimate, null, 2))}</pre></details>`
    : `<p class="failure">The headline estimate could not be computed: ${escapeHtml(summary.estimateError ?? "unknown error")}</p>`;
  return `<section id="assumptions">
<h2>Assumptions used</h2>
${scenario}${file}${overridden}
<details class="assumptions"><summary>The full set, validated</summary><pre>${escapeHtml(JSON.stringify(resolved, null, 2))}</pre></details>
${estimate}
</section>`;
}

/** The cost views of an estimate (entries with a label, low, high and currency) as a table. */
export function headlineTable(estimate: Record<string, unknown>): string {
  const rows: string[] = [];
  // lists of views (the amortized view under every method, estimate().alternatives) give a row each
  for (const value of Object.values(estimate).flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : [v]))) {
    const v = value as { label?: unknown; low?: unknown; high?: unknown; currency?: unknown };
    if (typeof v !== "object" || v === null || typeof v.label !== "string" || typeof v.low !== "number" || typeof v.high !== "number" || typeof v.currency !== "string") continue;
    const amount = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 0 });
    const figure = v.low === v.high ? amount(v.low) : `${amount(v.low)} – ${amount(v.high)}`;
    rows.push(`<tr><td>${escapeHtml(v.label)}</td><td style="text-align: right">${escapeHtml(figure)} ${escapeHtml(v.currency)}</td></tr>`);
  }
  return rows.length > 0 ? `<table><thead><tr><th>view</th><th>cost</th></tr></thead><tbody>${rows.join("")}</tbody></table>` : "";
}

function renderToc(notebooks: readonly ReportNotebook[]): string {
  const items = notebooks.map(({ summary: s }) => `<li><a href="#${slug(s.name)}">${escapeHtml(s.name)}</a> <span class="status ${s.status}">${s.status}</span> <span class="muted">${(s.durationMs / 1000).toFixed(1)} s</span></li>`);
  return `<nav class="toc" id="contents"><h2>Contents</h2><ol><li><a href="#assumptions">Assumptions used</a></li>${items.join("")}</ol></nav>`;
}

function renderNotebook({ summary: s, notebook }: ReportNotebook): string {
  const failures = s.errors.map((e) => `<pre class="failure">${escapeHtml(e)}</pre>`).join("\n");
  const warnings = s.warnings.map((w) => `<p class="muted">${escapeHtml(w)}</p>`).join("\n");
  const cells = notebook ? notebook.cells.map(renderCell).join("\n") : `<p class="muted">No executed copy was written.</p>`;
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
    return cell.cell_type === "markdown" ? `<div class="cell markdown">${renderMarkdown(source, { shiftHeadings: 2 })}</div>` : `<pre class="cell raw">${escapeHtml(source)}</pre>`;
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

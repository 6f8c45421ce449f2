/**
 * One notebook output as report HTML. For rich outputs the richest safe form wins, in this
 * order: a chart's static SVG (sanitised, inline), an HTML table (sanitised), a PNG/JPEG image,
 * markdown, then plain text. Streams, errors and plain text are escaped inside `<pre>`.
 */
import { joinLines, type MultilineString, type Output } from "../runner/ipynb.js";
import { STATIC_CHART_NOTE, SVG_MIME, VEGA_LITE_MIMES } from "../runner/static-chart.js";
import type { ChartSpec } from "../charts/spec.js";
import { chartCsv, chartFileName, chartTitle } from "../live/chart-csv.js";
import { pageTexts } from "../live/page-texts.js";
import { escapeHtml, stripAnsi } from "./escape.js";
import { renderMarkdown } from "./markdown.js";
import { sanitizeSvg, sanitizeTableHtml } from "./sanitize.js";

/** The HTML of one output. */
export function renderOutput(output: Output): string {
  switch (output.output_type) {
    case "stream":
      return `<pre class="output stream ${output.name === "stderr" ? "stderr" : "stdout"}">${escapeHtml(joinLines(output.text))}</pre>`;
    case "error": {
      const trace = output.traceback.length > 0 ? output.traceback.join("\n") : `${output.ename}: ${output.evalue}`;
      return `<pre class="output error">${escapeHtml(stripAnsi(trace))}</pre>`;
    }
    case "display_data":
    case "execute_result": {
      const note = output.metadata[STATIC_CHART_NOTE] as { error?: unknown } | undefined;
      return renderBundle(output.data, typeof note?.error === "string" ? note.error : undefined);
    }
  }
}

/**
 * Under a notebook's chart, its data as a CSV download, from the Vega-Lite spec beside the SVG
 * (a `data:` link: it works offline, without JavaScript; the page's script adds SVG and PNG).
 */
function chartTools(data: Record<string, unknown>): string {
  const spec = VEGA_LITE_MIMES.map((m) => data[m]).find(
    (s): s is ChartSpec => typeof s === "object" && s !== null && !Array.isArray(s),
  );
  if (!spec) return "";
  const csv = chartCsv(spec);
  if (csv.trim() === "") return "";
  const t = pageTexts.chart;
  return `<p class="chart-tools">${escapeHtml(t.downloads)} <a download="${escapeHtml(chartFileName(chartTitle(spec)))}.csv" href="data:text/csv;charset=utf-8,${encodeURIComponent(csv)}">${escapeHtml(t.csv)}</a></p>`;
}

/** The HTML of a MIME bundle, choosing the richest form the report can show safely; `chartError`: why a chart has no static copy. */
export function renderBundle(data: Record<string, unknown>, chartError?: string): string {
  const text = (mime: string) =>
    typeof data[mime] === "string" || Array.isArray(data[mime]) ? joinLines(data[mime] as MultilineString) : undefined;
  const svg = text(SVG_MIME);
  if (svg !== undefined) {
    const clean = sanitizeSvg(svg);
    if (clean) return `<figure class="output chart">${clean}${chartTools(data)}</figure>`;
  }
  if (VEGA_LITE_MIMES.some((m) => m in data)) {
    const why = chartError === undefined ? "no static copy could be rendered" : escapeHtml(chartError);
    return `<p class="output note">An interactive chart: open the executed notebook in JupyterLab to see it (${why}).</p>`;
  }
  const html = text("text/html");
  if (html !== undefined) return `<div class="output html">${sanitizeTableHtml(html)}</div>`;
  for (const mime of ["image/png", "image/jpeg"]) {
    const base64 = text(mime)?.replace(/\s+/g, "");
    if (base64 !== undefined && /^[A-Za-z0-9+/]+={0,2}$/.test(base64))
      return `<img class="output image" alt="" src="data:${mime};base64,${base64}">`;
  }
  const markdown = text("text/markdown");
  if (markdown !== undefined) return `<div class="output markdown">${renderMarkdown(markdown)}</div>`;
  const plain = text("text/plain");
  if (plain !== undefined) return `<pre class="output text">${escapeHtml(plain)}</pre>`;
  if ("application/json" in data)
    return `<pre class="output json">${escapeHtml(JSON.stringify(data["application/json"], null, 2))}</pre>`;
  return `<p class="output note">An output of type ${escapeHtml(Object.keys(data).join(", ") || "(none)")} the report cannot show.</p>`;
}

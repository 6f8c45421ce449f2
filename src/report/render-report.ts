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
import { claimOf, type Claim } from "../analysis/findings/claim.js";
import type { HeadlineDraws } from "../analysis/headline/headline-rows.js";
import { assumptions } from "../assumptions/assumptions.js";
import { estimate, type Estimate } from "../assumptions/estimate.js";
import { loadFleetAndStaff, type FleetAndStaffRow } from "../data/load-fleet-and-staff.js";
import { tableRows } from "../data/table-rows.js";
import { citeHtml, type CiteFacts } from "../live/cite.js";
import { contextHtml } from "../live/context-html.js";
import { findingsHtml } from "../live/findings-html.js";
import { glossaryHtml, withTerms } from "../live/glossary.js";
import { headlineTableHtml } from "../live/headline-html.js";
import { drawnFigures } from "../live/live-figures.js";
import { LIVE_IDS, liveSectionHtml } from "../live/live-section.js";
import { methodologyHtml } from "../live/methodology-html.js";
import { LIVE_MONTE_CARLO } from "../live/monte-carlo-figures.js";
import { DEFAULTS_HASH, hashOf } from "../live/overrides-hash.js";
import { pageTextsIn, textSpan } from "../live/page-texts.js";
import { langs, langTags, readLang, type Lang } from "../i18n/lang.js";
import { text } from "../i18n/text.js";
import { LIVE_DATA_ID, type LivePageData } from "../live/page-data.js";
import { assumptionsPanelHtml } from "../live/panel-html.js";
import { cellSource, type Notebook } from "../runner/ipynb.js";
import { INJECTED_TAG, PARAMETERS_TAG } from "../runner/parameters.js";
import { escapeHtml, slug } from "./escape.js";
import { renderMarkdown } from "./markdown.js";
import { readLiveAssets, type LiveAssets } from "./live-assets.js";
import { renderOutput } from "./render-output.js";
import { REPORT_CSS } from "./styles.js";
import { summaryDraws, type NotebookSummary, type Summary } from "./summary.js";

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
  /** The page's title. Defaults to the question the page answers, for the claim the estimate tests: `What did it cost to train DeepSeek-V3?`. */
  readonly title?: string;
  /** The live part's scripts, data files and scenarios; null for the static page. Defaults to the package's (`readLiveAssets()`). */
  readonly live?: LiveAssets | null;
  /** Where the report is published: the link to the assumptions starts there. Defaults to `summary.run.baseUrl`. */
  readonly baseUrl?: string;
  /** The page's language (its words, headline, findings and charts). Defaults to `summary.run.lang`, else `"en"`. */
  readonly lang?: Lang;
}

/** The run's figures, as the page opens on them: the estimate, its claim and the Monte Carlo's draws; or why they failed. */
type RunFigures =
  | { readonly ok: true; readonly estimate: Estimate; readonly claim: Claim; readonly draws: HeadlineDraws }
  | { readonly ok: false; readonly error: string };

function runFigures(summary: Summary): RunFigures {
  try {
    const e = estimate(summary.assumptions.overrides);
    return { ok: true, estimate: e, claim: claimOf(e), draws: summaryDraws(summary) };
  } catch (error) {
    return { ok: false, error: summary.estimateError ?? (error as Error).message };
  }
}

/**
 * The report page, findings first. In order:
 *
 * 1. the title (the question the page answers) and one line on what the page is;
 * 2. what it cost: the findings (`id="findings"`), the context a reporter opens with, the
 *    headline table with the median and 90% interval to quote, and, live, the panel and charts
 *    (the cost ladder first) with their downloads;
 * 3. the methodology on one screen, and how to cite the page (`id="cite"`);
 * 4. the notebooks, each headed by its title, code folded behind "show code";
 * 5. the glossary (`id="glossary"`), then the run's details, collapsed.
 */
export function renderReport(
  summary: Summary,
  notebooks: readonly ReportNotebook[],
  {
    title,
    live = readLiveAssets() ?? null,
    baseUrl = summary.run.baseUrl,
    lang = readLang(summary.run.lang ?? "en", "summary.run.lang"),
  }: RenderReportOptions = {},
): string {
  const pageTexts = pageTextsIn(lang);
  const policy = live ? liveContentSecurityPolicy([live.scripts.page]) : CONTENT_SECURITY_POLICY;
  const figures = runFigures(summary);
  const heading = title ?? (figures.ok ? pageTexts.title({ model: figures.claim.model }) : "gpu-cost-lab report");
  const h1 =
    title === undefined && figures.ok
      ? textSpan(lang, "page.title", { model: figures.claim.model })
      : escapeHtml(heading);
  const cite: CiteFacts = {
    title: heading,
    version: summary.source?.version ?? "unknown",
    commit: summary.source?.commit ?? "unknown",
    run: summary.generatedAt.slice(0, 10),
  };
  const titled = notebooks.map((n) => ({ ...n, title: notebookTitle(n) }));
  return `<!doctype html>
<html lang="${langTags[lang]}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="page">
${live ? langSwitch(lang) : ""}
<h1>${h1}</h1>
<p class="lede">${textSpan(lang, "page.lede")}</p>
<nav class="jump">${jumpLinks(lang)}</nav>
${summary.status === "ok" ? "" : `<p class="failure">${escapeHtml(pageTexts.run.generated(runLine(summary, notebooks.length)))}</p>`}
</header>
<main>
${renderEstimate(summary, live, figures, baseUrl, lang)}
${figures.ok ? methodologyHtml(figures.claim, lang) : ""}
${citeHtml(cite, summary.assumptions.overrides, shareLink(baseUrl, summary.assumptions.overrides), lang)}
${renderToc(titled, lang)}
${titled.map(renderNotebook).join("\n")}
${glossaryHtml(pageTexts.sections.glossary, lang)}
${renderRunDetails(summary, notebooks)}
</main>
${live ? liveScripts(summary, live, baseUrl, cite, lang) : ""}</body>
</html>
`;
}

/**
 * The language switch, at the top of the live page: English, 中文, 日本語, each in its own
 * words. The page's script shows it and rewrites the page's words on a change, keeping the
 * language in the link's hash with the assumptions (`#gpuCount=2048&lang=ja`).
 */
function langSwitch(lang: Lang): string {
  const options = langs.map(
    (l) =>
      `<option value="${l}" lang="${langTags[l]}"${l === lang ? " selected" : ""}>${escapeHtml(text(l, "lang.name"))}</option>`,
  );
  return `<p class="lang-switch" id="live-lang-switch" hidden><label for="live-lang">${textSpan(lang, "lang.switch")}</label> <select id="live-lang">${options.join("")}</select></p>`;
}

/** Under the title: the page's sections, one click away. */
function jumpLinks(lang: Lang): string {
  const links: ReadonlyArray<readonly [string, Parameters<typeof textSpan>[1]]> = [
    ["findings", "page.section.findings"],
    ["methodology", "page.section.methodology"],
    ["cite", "page.section.cite"],
    ["contents", "page.section.contents"],
    ["glossary", "page.section.glossary"],
  ];
  return links.map(([id, key]) => `<a href="#${id}">${textSpan(lang, key)}</a>`).join(" · ");
}

/** The run's status line: when, status, notebooks, seconds. */
function runLine(summary: Summary, notebooks: number) {
  return {
    when: summary.generatedAt.replace("T", " ").replace(/\.\d+Z$/, " UTC"),
    status: summary.status,
    notebooks,
    seconds: (summary.run.durationMs / 1000).toFixed(1),
  };
}

/** The link that reproduces `overrides` where the page is published; "" without a base URL (a reader's disk is no address). */
function shareLink(baseUrl: string | undefined, overrides: Readonly<Record<string, unknown>>): string {
  if (!baseUrl) return "";
  const hash = hashOf(overrides, {});
  return `${baseUrl}${hash === DEFAULTS_HASH ? "" : hash}`;
}

/**
 * The run's details, collapsed (`id="run-details"`): when and how it ran, each notebook's status,
 * the assumptions used and where they came from, the full validated set and every figure.
 */
function renderRunDetails(summary: Summary, notebooks: readonly ReportNotebook[]): string {
  const pageTexts = pageTextsIn("en");
  const t = pageTexts.run;
  const lines = summary.notebooks.map(
    (n) =>
      `<li><span class="status ${n.status}">${escapeHtml(t.notebook({ name: n.name, status: n.status, ok: n.cells.ok, run: n.cells.run, seconds: (n.durationMs / 1000).toFixed(1) }))}</span>${n.parametersInjected ? " · parameters injected" : ""}${n.output ? ` · <code>${escapeHtml(n.output)}</code>` : ""}</li>`,
  );
  return `<details id="run-details" class="run-details"><summary>${escapeHtml(pageTexts.sections.runDetails)}</summary>
<p class="meta">${escapeHtml(t.generated(runLine(summary, notebooks.length)))}</p>
<ul>${lines.join("")}</ul>
${renderAssumptions(summary)}
</details>`;
}

function renderAssumptions(summary: Summary): string {
  const t = pageTextsIn("en").run;
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
      ? `<div class="table-scroll"><table><thead><tr><th>assumption</th><th>value used</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`
      : `<p>${escapeHtml(t.defaults)}</p>`;
  const figures = summary.estimate
    ? `<details class="assumptions"><summary>${escapeHtml(t.everyFigure)}</summary><pre>${escapeHtml(JSON.stringify(summary.estimate, null, 2))}</pre></details>`
    : "";
  return `<section id="assumptions">
<h3>${escapeHtml(t.assumptions)}</h3>
${scenario}${file}${overridden}
<details class="assumptions"><summary>${escapeHtml(t.fullSet)}</summary><pre>${escapeHtml(JSON.stringify(resolved, null, 2))}</pre></details>
${figures}
</section>`;
}

/**
 * The first section: the run's findings, context and headline table (the same functions the live
 * page redraws them with, given the summary's Monte Carlo); with the live assets, the assumptions
 * panel and the charts' places, shown by the page's script.
 */
function renderEstimate(
  summary: Summary,
  live: LiveAssets | null,
  figures: RunFigures,
  baseUrl: string | undefined,
  lang: Lang,
): string {
  const pageTexts = pageTextsIn(lang);
  const overrides = summary.assumptions.overrides;
  if (!figures.ok) {
    const failed = `<p class="failure">The headline estimate could not be computed: ${escapeHtml(figures.error)}</p>`;
    return liveSectionHtml({ findingsHtml: "", contextHtml: "", headlineHtml: failed, panelHtml: "", linkNote: "" });
  }
  const { estimate: e, claim, draws } = figures;
  const drawn = drawnFigures({ estimate: e, claim }, draws, lang);
  const headline = headlineTableHtml(drawn.headline, e, { draws, lang });
  const detail = summary.notebooks.find((n) => n.name.startsWith("05"))?.name;
  const context = contextHtml(
    claim,
    tableRows<FleetAndStaffRow>(loadFleetAndStaff()),
    detail ? `#${slug(detail)}` : "#contents",
    lang,
  );
  const parts = {
    findingsHtml: findingsHtml(drawn.findings),
    contextHtml: context,
    linkNote: linkNote(baseUrl, lang),
    linkNoteKey: baseUrl
      ? ({ key: "page.tools.linkPublished", url: baseUrl } as const)
      : ({ key: "page.tools.linkLocal" } as const),
    lang,
  };
  if (!live) return liveSectionHtml({ ...parts, headlineHtml: headline, panelHtml: "" });
  // a run's overrides were validated before it ran; a summary written otherwise shows its problem in the panel
  let resolved;
  try {
    resolved = assumptions(overrides);
  } catch {
    resolved = assumptions({});
  }
  const noscript = `<noscript><p class="muted">${escapeHtml(pageTexts.noscript)}</p></noscript>`;
  return liveSectionHtml({
    ...parts,
    headlineHtml: headline + noscript,
    panelHtml: assumptionsPanelHtml({ overrides, resolved, scenarios: live.scenarios, lang }),
  });
}

/** What the note beside the link says: where it works. */
function linkNote(baseUrl: string | undefined, lang: Lang): string {
  const t = pageTextsIn(lang).tools;
  return baseUrl ? t.linkPublished({ url: baseUrl }) : t.linkLocal;
}

/**
 * The live part's data (JSON, `<` escaped so that no text in it can close the block), the worker's
 * source, and the page's script.
 */
function liveScripts(
  summary: Summary,
  live: LiveAssets,
  baseUrl: string | undefined,
  cite: CiteFacts,
  lang: Lang,
): string {
  const data: LivePageData = {
    lang,
    run: summary.assumptions.overrides,
    dataFiles: live.dataFiles,
    scenarios: live.scenarios,
    monteCarlo: LIVE_MONTE_CARLO,
    ...(baseUrl ? { baseUrl } : {}),
    cite,
  };
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return `<script type="application/json" id="${LIVE_DATA_ID}">${json}</script>
<script type="text/plain" id="${LIVE_IDS.worker}">${live.scripts.worker}</script>
<script>${live.scripts.page}</script>
`;
}

/** A notebook for the page, with the title it is headed by. */
interface TitledNotebook extends ReportNotebook {
  readonly title: string;
}

/**
 * A notebook's title: its first markdown cell's first heading (`# 04 · DeepSeek-V3 in context`
 * → `04 · DeepSeek-V3 in context`), else its file name.
 */
export function notebookTitle({ summary, notebook }: ReportNotebook): string {
  const first = notebook?.cells.find((c) => c.cell_type === "markdown");
  const heading = first ? /^#\s+(.+)$/m.exec(cellSource(first))?.[1]?.trim() : undefined;
  return heading ?? summary.name;
}

function renderToc(notebooks: readonly TitledNotebook[], lang: Lang): string {
  const items = notebooks.map(
    ({ summary: s, title }) =>
      `<li><a href="#${slug(s.name)}">${escapeHtml(title)}</a>${s.status === "ok" ? "" : ` <span class="status ${s.status}">${s.status}</span>`}</li>`,
  );
  // the notebooks' own prose stays in English, and the page says so in the reader's language
  return `<nav class="toc" id="contents"><h2>${textSpan(lang, "page.section.contents")}</h2><p class="muted lang-note">${textSpan(lang, "lang.notebooksNote")}</p><ol>${items.join("")}</ol></nav>`;
}

function renderNotebook({ summary: s, notebook, title }: TitledNotebook): string {
  const failures = s.errors.map((e) => `<pre class="failure">${escapeHtml(e)}</pre>`).join("\n");
  const warnings = s.warnings.map((w) => `<p class="muted">${escapeHtml(w)}</p>`).join("\n");
  const cells = notebook
    ? notebook.cells.map((cell, i) => renderCell(cell, i === firstMarkdown(notebook))).join("\n")
    : `<p class="muted">No executed copy was written.</p>`;
  return `<section class="notebook" id="${slug(s.name)}">
<h2>${escapeHtml(title)}</h2>
${s.status === "ok" ? "" : `<p class="meta">status <span class="status ${s.status}">${s.status}</span> · ${s.cells.ok} of ${s.cells.run} code cells ok</p>`}
${failures}
${warnings}
${cells}
</section>`;
}

/** The index of a notebook's first markdown cell, whose first heading is the section's title. */
function firstMarkdown(notebook: Notebook): number {
  return notebook.cells.findIndex((c) => c.cell_type === "markdown");
}

function renderCell(cell: Notebook["cells"][number], titled: boolean): string {
  const source = cellSource(cell);
  if (cell.cell_type !== "code") {
    // the title heads the section already
    const text = titled ? source.replace(/^#\s+.+$/m, "") : source;
    return cell.cell_type === "markdown"
      ? `<div class="cell markdown">${renderMarkdown(text, { shiftHeadings: 2, terms: withTerms })}</div>`
      : `<pre class="cell raw">${escapeHtml(source)}</pre>`;
  }
  const tags = cell.metadata.tags ?? [];
  const t = pageTextsIn("en").code;
  const label = tags.includes(INJECTED_TAG) ? t.injected : tags.includes(PARAMETERS_TAG) ? t.parameters : "";
  const count = cell.execution_count === null ? " " : String(cell.execution_count);
  // a reader's view: the code folded behind "show code", the outputs shown
  return `<div class="cell code">
<details class="code"><summary>${escapeHtml(t.show)}${label ? ` (${escapeHtml(label)})` : ""} <span class="label">[${count}]</span></summary>
<pre class="code"><code>${escapeHtml(source)}</code></pre>
</details>
${cell.outputs.map(renderOutput).join("\n")}
</div>`;
}

function link(text: string, url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

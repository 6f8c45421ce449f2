/**
 * The live report page's script (bundled into `report/index.html` by `npm run build`): the
 * assumptions panel recomputes the headline estimate and the charts on every change, in the page,
 * with the library the notebooks use.
 *
 * 1. read the page's data (the run's overrides, the data files, the scenarios) and install the
 *    data files as the library's source; show the live parts;
 * 2. start from the URL hash if it holds assumptions (a shared link), else from the report's run;
 * 3. on every change: read the boxes as `--set` reads them, put the library's message beside a
 *    box it refuses, else recompute (`liveFigures`, `drawnFigures`), redraw the findings, the
 *    headline, the citation and the charts, keep the assumptions in the hash; then the Monte Carlo
 *    in the worker, whose charts follow, with the medians the findings, headline and ladder quote;
 * 4. scenarios, Reset, downloads (the table as CSV, every figure as JSON, each chart as SVG, PNG
 *    and CSV), and the hash changed by hand;
 * 5. the language switch: the page's words, the headline, the findings and the charts written
 *    again in the language chosen, from the figures already computed (nothing is computed again),
 *    the language kept in the hash with the assumptions (`#gpuCount=2048&lang=ja`).
 *
 * Latency is marked with the User Timing API: `gcl:update` (a change to the headline and charts
 * drawn) and `gcl:monte-carlo` (the Monte Carlo asked to its charts drawn).
 */
import type { Assumptions } from "../../assumptions/assumptions.js";
import { assumptionNames, assumptionSpecs, type AssumptionName } from "../../assumptions/specs.js";
import { useDataFiles } from "../../data/data-files.js";
import { setValueText } from "../../input/set-value.js";
import { assumptionText } from "../assumption-text.js";
import { ChartView } from "./chart-view.js";
import { addChartTools, save } from "./chart-downloads.js";
import { headlineCsv } from "../../analysis/headline/headline-csv.js";
import type { HeadlineDraws } from "../../analysis/headline/headline-rows.js";
import { chartCsv, chartFileName } from "../chart-csv.js";
import { CITE_IDS, citeLines } from "../cite.js";
import { estimateJson } from "../downloads.js";
import { findingsHtml } from "../findings-html.js";
import { headlineTableHtml } from "../headline-html.js";
import { drawnFigures, liveCharts, liveFigures, type LiveFigures } from "../live-figures.js";
import { chartId, LIVE_IDS } from "../live-section.js";
import { monteCarloCharts, monteCarloFigures, type MonteCarloFigures } from "../monte-carlo-figures.js";
import { DEFAULTS_HASH, hashOf, langOfHash, overridesOfHash, sameOverrides } from "../overrides-hash.js";
import { embeddedDataFiles, LIVE_DATA_ID, type LivePageData } from "../page-data.js";
import { pageTexts, pageTextsIn } from "../page-texts.js";
import { chartIn, chartWordIn } from "../../charts/chart-in.js";
import type { ChartSpec } from "../../charts/spec.js";
import { langs, langTags, type Lang } from "../../i18n/lang.js";
import type { TextKey } from "../../i18n/en.js";
import { text } from "../../i18n/text.js";
import { controlId } from "../panel-html.js";
import { readControls, readOverrides, type ControlsReading } from "../read-controls.js";
import { DEFAULT_CASE } from "../../cases/default-case.js";
import type { MonteCarloReply, MonteCarloRequest } from "./worker.js";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

function start(): void {
  const dataElement = byId(LIVE_DATA_ID);
  const panel = byId<HTMLFormElement>("live-panel");
  if (!dataElement || !panel) return;
  // 1. the page's data
  const data = JSON.parse(dataElement.textContent ?? "{}") as LivePageData;
  useDataFiles(embeddedDataFiles(data.dataFiles));
  const controls = new Map<AssumptionName, HTMLInputElement | HTMLSelectElement>();
  for (const name of assumptionNames) {
    const control = byId<HTMLInputElement | HTMLSelectElement>(controlId(name));
    if (control) controls.set(name, control);
  }
  // the headline case's list: kept in the hash as case=ID, blank at the default case
  const caseSelect = byId<HTMLSelectElement>(controlId("case"));
  const status = byId(LIVE_IDS.status)!;
  const headline = byId(LIVE_IDS.headline)!;
  const findingsList = byId(LIVE_IDS.findings)!;
  const citeChanges = byId(CITE_IDS.changes);
  const citeCitation = byId(CITE_IDS.citation);
  const link = byId<HTMLAnchorElement>(LIVE_IDS.link)!;
  const problem = byId("live-problem")!;
  const breakEvenText = byId(LIVE_IDS.breakEvenText)!;
  const views = new Map(
    [...liveCharts, ...monteCarloCharts].map((key) => [key, new ChartView(byId(chartId(key))!)] as const),
  );
  for (const id of [LIVE_IDS.status, LIVE_IDS.tools, LIVE_IDS.charts]) byId(id)!.hidden = false;
  panel.hidden = false;
  document.documentElement.classList.add("live-on");
  chartTools(data, views);

  const monteCarlo = startMonteCarlo(data);
  let generation = 0;
  let shownTable = "";
  let shownFindings = "";
  let current:
    | {
        figures: LiveFigures;
        overrides: Record<string, unknown>;
        draws?: HeadlineDraws;
        monteCarloSpecs?: Readonly<Record<string, ChartSpec>>;
      }
    | undefined;
  // 5. the language: the page was written in the report's; a link may ask for another
  const pageLang: Lang = data.lang ?? "en";
  let lang: Lang = langOfHash(location.hash) ?? pageLang;
  const langHash = () => (lang === pageLang ? undefined : lang);

  /** The findings, the headline and the ladder for `figures`, quoting the draws when there are any. */
  const showDrawn = (figures: LiveFigures, draws: HeadlineDraws | undefined) => {
    const drawn = drawnFigures(figures, draws, lang);
    const table = headlineTableHtml(drawn.headline, figures.estimate, { pending: draws === undefined, draws, lang });
    if (table !== shownTable) headline.innerHTML = shownTable = table;
    const list = findingsHtml(drawn.findings);
    if (list !== shownFindings) findingsList.innerHTML = shownFindings = list;
    return { drawn, ladder: views.get("ladder")!.draw(drawn.ladder) };
  };

  /** The boxes set to `overrides` (a blank box, or a choice's default, for an assumption not in it). */
  const fill = (overrides: Readonly<Record<string, unknown>>) => {
    for (const [name, control] of controls) {
      const value = overrides[name];
      if (control instanceof HTMLSelectElement) {
        const fallback = assumptionSpecs[name].default;
        const wanted = typeof value === "string" ? value : typeof fallback === "string" ? fallback : "";
        control.value = [...control.options].some((o) => o.value === wanted) ? wanted : "";
      } else control.value = value === undefined ? "" : setValueText(value);
    }
    if (caseSelect) {
      const wanted = overrides.case === undefined ? DEFAULT_CASE : setValueText(overrides.case);
      if ([...caseSelect.options].some((o) => o.value === wanted)) caseSelect.value = wanted;
    }
  };

  /** What the boxes hold: a choice at its default counts as blank, so the link stays short. */
  const texts = () => {
    const out: Record<string, string> = {};
    for (const [name, control] of controls) {
      const isDefault = control instanceof HTMLSelectElement && control.value === assumptionSpecs[name].default;
      out[name] = isDefault ? "" : control.value;
    }
    if (caseSelect && caseSelect.value !== DEFAULT_CASE) out.case = caseSelect.value;
    return out;
  };

  const showProblems = (reading: ControlsReading) => {
    for (const [name, control] of controls) {
      const message = reading.problems[name];
      control.setAttribute("aria-invalid", message ? "true" : "false");
      byId(`${controlId(name)}-message`)!.textContent = message ?? "";
    }
    problem.textContent = reading.problem ?? "";
  };

  // 3. one change
  const update = (reading: ControlsReading, { writeHash = true } = {}) => {
    const id = ++generation;
    const mark = `gcl:change:${id}`;
    performance.mark(mark);
    showProblems(reading);
    const a = reading.assumptions;
    if (!a) {
      status.textContent = pageTextsIn(lang).status.refused;
      return;
    }
    const figures = liveFigures(a);
    performance.measure("gcl:compute", { start: mark, detail: { id } });
    current = { figures, overrides: reading.overrides };
    const { ladder } = showDrawn(figures, undefined);
    placeholders(a);
    const hash = words();
    const charts = liveCharts.filter((key) => key !== "ladder");
    void Promise.all([ladder, ...charts.map((key) => views.get(key)!.draw(chartIn(figures.charts[key], lang)))]).then(
      () => {
        if (id !== generation) return;
        performance.measure("gcl:update", { start: mark, detail: { id } });
        // after the drawing: writing the address costs a few ms, and typing need not wait for it
        if (writeHash) setHash(hash);
      },
    );
    monteCarlo(reading.overrides, (mc) => {
      if (id !== generation || !current) return Promise.resolve();
      current.draws = mc.draws;
      current.monteCarloSpecs = mc.specs;
      const { ladder: redrawn } = showDrawn(current.figures, mc.draws);
      return Promise.all([
        redrawn,
        ...monteCarloCharts.map((key) => views.get(key)!.draw(chartIn(mc.specs[key], lang))),
      ]).then(() => undefined);
    });
  };

  /** The words that follow the figures and the language: the break-even line, the status, the link, the citation; the hash it returns. */
  const words = () => {
    if (!current) return "";
    const said = chartWordIn(current.figures.breakEvenText, lang);
    if (breakEvenText.textContent !== said) breakEvenText.textContent = said;
    const t = pageTextsIn(lang).status;
    const status_ = sameOverrides(current.overrides, data.run) ? t.own : t.changed;
    if (status.textContent !== status_) status.textContent = status_;
    const hash = hashOf(current.overrides, data.run, langHash());
    link.href = shareHref(data, current.overrides, hash, langHash());
    citation(current.overrides);
    return hash;
  };

  /**
   * The page in `next`: its own words (every `data-t` element, from the catalogue, with the data
   * kept beside it), the headline, the findings and the charts written again from the figures
   * already computed (`gcl:compute` is not measured: nothing is computed), the hash updated.
   */
  const switchTo = (next: Lang, { writeHash = true } = {}) => {
    lang = next;
    retext(lang);
    if (langSelect && langSelect.value !== lang) langSelect.value = lang;
    if (!current) return;
    const { figures, draws, monteCarloSpecs } = current;
    showDrawn(figures, draws);
    const hash = words();
    for (const key of liveCharts.filter((k) => k !== "ladder"))
      void views.get(key)!.draw(chartIn(figures.charts[key], lang));
    if (monteCarloSpecs)
      for (const key of monteCarloCharts) {
        const spec = monteCarloSpecs[key];
        if (spec) void views.get(key)!.draw(chartIn(spec, lang));
      }
    if (writeHash) setHash(hash);
  };

  /** The citation's lines for `overrides`: what changed from the defaults, and the link that reproduces them where published. */
  const citation = (overrides: Readonly<Record<string, unknown>>) => {
    if (!data.cite || !citeChanges || !citeCitation) return;
    const hash = hashOf(overrides, {});
    const own = hashOf(overrides, {}, langHash());
    const lines = citeLines(
      data.cite,
      overrides,
      data.baseUrl ? `${data.baseUrl}${hash === DEFAULTS_HASH && !langHash() ? "" : own}` : "",
      lang,
    );
    if (citeChanges.textContent !== lines.changes) citeChanges.textContent = lines.changes;
    if (citeCitation.textContent !== lines.citation) citeCitation.textContent = lines.citation;
  };

  /** Each box's placeholder: the value in use (tdpWatts follows the GPU), touched only where it changed. */
  const placeholders = (a: Assumptions) => {
    for (const [name, control] of controls) {
      if (!(control instanceof HTMLInputElement)) continue;
      const text = assumptionText(a[name]);
      if (control.placeholder !== text) control.placeholder = text;
    }
  };

  const apply = (overrides: Readonly<Record<string, unknown>>, options?: { writeHash?: boolean }) => {
    fill(overrides);
    update(readOverrides(overrides), options);
  };

  // 4. the controls
  panel.addEventListener("input", () => update(readControls(texts())));
  panel.addEventListener("submit", (event) => event.preventDefault());
  for (const button of panel.querySelectorAll<HTMLButtonElement>("button[data-scenario]")) {
    const scenario = data.scenarios.find((s) => s.name === button.dataset["scenario"]);
    if (scenario) button.addEventListener("click", () => apply(scenario.assumptions));
  }
  byId("live-reset")?.addEventListener("click", () => apply(data.run));
  byId(LIVE_IDS.csv)!.addEventListener("click", () => {
    if (current)
      download(
        "gpu-cost-lab-estimate.csv",
        "text/csv",
        // the columns' keys in English, the labels in the page's language
        headlineCsv(drawnFigures(current.figures, current.draws, lang).headline),
      );
  });
  byId(LIVE_IDS.json)!.addEventListener("click", () => {
    if (current)
      download(
        "gpu-cost-lab-estimate.json",
        "application/json",
        estimateJson(current.figures.estimate, current.overrides, {
          lang,
          headline: drawnFigures(current.figures, current.draws, lang).headline,
        }),
      );
  });
  window.addEventListener("hashchange", () => {
    const asked = langOfHash(location.hash) ?? pageLang;
    if (asked !== lang) switchTo(asked, { writeHash: false });
    const overrides = overridesOfHash(location.hash);
    if (overrides && (!current || !sameOverrides(overrides, current.overrides))) apply(overrides, { writeHash: false });
  });
  const langSelect = byId<HTMLSelectElement>("live-lang");
  const langSwitch = byId("live-lang-switch");
  if (langSwitch) langSwitch.hidden = false;
  langSelect?.addEventListener("change", () => {
    const next = langs.find((l) => l === langSelect.value);
    if (next) switchTo(next);
  });
  // The hash keeps the assumptions: a link to a section of the page scrolls there instead of
  // replacing them (without JavaScript such links work as plain anchors).
  document.addEventListener("click", (event) => {
    const a = (event.target as Element | null)?.closest?.("a[href^='#']");
    const target = a ? document.getElementById(decodeURIComponent(a.getAttribute("href")!.slice(1))) : null;
    if (!target || overridesOfHash(a!.getAttribute("href")!)) return;
    event.preventDefault();
    target.scrollIntoView();
  });

  // 2. the first state, in the language the link asks for
  if (lang !== pageLang) retext(lang);
  if (langSelect) langSelect.value = lang;
  apply(overridesOfHash(location.hash) ?? data.run, { writeHash: false });
}

/**
 * The page's own words in `lang`: every element marked `data-t` (a catalogue key, its data in
 * `data-t-args`), each live chart's label (`data-t-label`), texts written ahead for every language
 * (`data-t-langs`), the page's language and title.
 */
function retext(lang: Lang): void {
  document.documentElement.lang = langTags[lang];
  for (const el of document.querySelectorAll<HTMLElement>("[data-t]")) {
    const args = el.dataset["tArgs"] ? (JSON.parse(el.dataset["tArgs"]) as Record<string, string>) : undefined;
    const said = text(lang, el.dataset["t"] as TextKey, args);
    if (el.textContent !== said) el.textContent = said;
  }
  for (const el of document.querySelectorAll<HTMLElement>("[data-t-label]"))
    el.setAttribute("aria-label", text(lang, el.dataset["tLabel"] as TextKey));
  for (const el of document.querySelectorAll<HTMLElement>("[data-t-langs]")) {
    const said = (JSON.parse(el.dataset["tLangs"] ?? "{}") as Record<string, string>)[lang];
    if (said !== undefined && el.textContent !== said) el.textContent = said;
  }
  const title = document.querySelector("h1")?.textContent;
  if (title) document.title = title;
}

/**
 * The link to these assumptions: where the report is published (`--base-url`), that address with
 * the hash that reproduces them (every assumption at its default: the plain address); else the
 * hash alone, on this copy of the page, as the note beside the link says.
 */
function shareHref(
  data: LivePageData,
  overrides: Readonly<Record<string, unknown>>,
  hash: string,
  lang?: Lang,
): string {
  if (data.baseUrl) {
    const own = hashOf(overrides, {}, lang);
    return `${data.baseUrl}${own === DEFAULTS_HASH ? "" : own}`;
  }
  return hash === "" ? location.pathname + location.search : hash;
}

/**
 * Download buttons under every chart of the page: the live ones (drawn here: SVG, PNG and CSV
 * from their spec, the title from their caption) and the notebooks' (drawn by the report, title
 * inside: SVG and PNG beside the CSV link it wrote), each image with a source line inside.
 */
function chartTools(data: LivePageData, views: ReadonlyMap<string, ChartView>): void {
  const line = pageTexts.chart.source({
    title: data.cite?.title ?? document.title,
    version: data.cite?.version ?? "",
    run: data.cite?.run ?? "",
    link: data.baseUrl ?? "",
  });
  for (const [key, view] of views) {
    const figure = byId(chartId(key));
    if (!figure) continue;
    addChartTools(
      figure,
      {
        title: () => view.title,
        subtitle: () => view.subtitle,
        svg: () => view.svg(),
        csv: () => (view.spec ? chartCsv(view.spec) : ""),
        name: () => chartFileName(view.title[0] ?? key),
      },
      line,
    );
  }
  for (const figure of document.querySelectorAll<HTMLElement>("section.notebook figure.chart")) {
    const svg = () => figure.querySelector<SVGSVGElement>(":scope > svg");
    const title = svg()?.querySelector(".role-title-text")?.textContent ?? "";
    addChartTools(figure, { title: () => [], subtitle: () => [], svg, name: () => chartFileName(title) }, line);
  }
}

let hashTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * The hash set without a new history entry (a `file://` page too), `""` clearing it; once the
 * typing pauses (300 ms): writing the address takes the browser a few ms each time.
 */
function setHash(hash: string): void {
  clearTimeout(hashTimer);
  hashTimer = setTimeout(() => {
    if (hash === location.hash || (hash === "" && location.hash === "")) return;
    history.replaceState(history.state, "", hash === "" ? location.pathname + location.search : hash);
  }, 300);
}

/** Save `text` as a file, from the page (no request: an object URL, released after the click). */
function download(name: string, type: string, text: string): void {
  save(name, new Blob([text], { type }));
}

type Draw = (figures: MonteCarloFigures) => Promise<void>;

/**
 * The Monte Carlo runner: in a Web Worker made from the page's own worker source (a blob URL,
 * allowed by `worker-src blob:`), only the latest request drawn; where no worker can start, on the
 * page's thread after the rest is drawn.
 */
function startMonteCarlo(data: LivePageData): (overrides: Readonly<Record<string, unknown>>, draw: Draw) => void {
  const { n, seed } = data.monteCarlo;
  const source = document.getElementById(LIVE_IDS.worker)?.textContent ?? "";
  let worker: Worker | undefined;
  try {
    worker = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
    worker.postMessage({ dataFiles: data.dataFiles } satisfies MonteCarloRequest);
  } catch {
    worker = undefined;
  }
  let latest = 0;
  const pending = new Map<number, { draw: Draw; mark: string }>();
  worker?.addEventListener("message", ({ data: reply }: MessageEvent<MonteCarloReply>) => {
    const request = pending.get(reply.id);
    pending.delete(reply.id);
    if (!request || reply.id !== latest || "error" in reply) return;
    void request.draw(reply.figures).then(() => measure(request.mark, reply.id));
  });
  const measure = (mark: string, id: number) =>
    performance.measure("gcl:monte-carlo", { start: mark, detail: { id, n } });
  return (overrides, draw) => {
    const id = ++latest;
    const mark = `gcl:monte-carlo:${id}`;
    performance.mark(mark);
    if (worker) {
      pending.set(id, { draw, mark });
      worker.postMessage({ id, overrides: overrides, n, seed } satisfies MonteCarloRequest);
      return;
    }
    setTimeout(() => {
      if (id !== latest) return;
      const a = readOverrides(overrides).assumptions;
      if (a) void draw(monteCarloFigures(a, { n, seed })).then(() => measure(mark, id));
    }, 0);
  };
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();

/**
 * Drawing a chart's Vega-Lite spec into the page, as the report's static charts are drawn in
 * Node (vega-lite compiles, vega renders, from inline data only), without evaluating code: the
 * expressions are parsed to an AST (`parse(…, { ast: true })`) and run by vega-interpreter, so
 * the page's Content-Security-Policy needs no 'unsafe-eval'.
 *
 * Redrawing is what the live page does on every change, so a chart is rebuilt only when it must:
 * the spec's title goes into the figure's caption (HTML), its inline data into named datasets,
 * and when what is left (the chart's structure) is unchanged, the view already on the page gets
 * the new data (`view.data(name, values)`) instead of being compiled, parsed and built again.
 */
import { loader as vegaLoader, parse, View } from "vega";
import { expressionInterpreter } from "vega-interpreter";
import { compile, type TopLevelSpec } from "vega-lite";
import type { ChartSpec } from "../../charts/spec.js";

/** A loader that refuses every URL: a chart draws from its inline data, the page makes no request. */
function noNetwork(): ReturnType<typeof vegaLoader> {
  const loader = vegaLoader();
  loader.load = (uri: string) =>
    Promise.reject(new Error(`no data is loaded from ${uri}: charts draw from inline data`));
  loader.sanitize = (() => Promise.resolve({ href: null })) as unknown as typeof loader.sanitize;
  return loader;
}

/** A spec taken apart: its title, its inline data sets by name, and the rest. */
export interface SpecParts {
  readonly title: readonly string[];
  readonly subtitle: readonly string[];
  readonly datasets: Readonly<Record<string, unknown[]>>;
  /** The spec without title, every `data: { values }` replaced by `data: { name }`, every sort list by a sort field. */
  readonly skeleton: Record<string, unknown>;
}

/**
 * `spec` taken apart (see {@link SpecParts}), so that what changes with the assumptions is data:
 *
 * - the title and subtitle, which the page writes as the figure's caption;
 * - each `data: { values }`, which becomes `data: { name: "d0" }` and a dataset `d0`;
 * - each channel sorted by a list of its values (`{ field: "label", sort: ["b", "a"] }`, the order
 *   of the tornado's rows), which becomes a sort by a field holding each value's place in the list
 *   (`sort: { field: "__sort_y_label", op: "min" }`, rows `{ label: "b", __sort_y_label: 0 }`): the
 *   same order (a value not in the list comes last, as in Vega-Lite), without the values in the spec.
 */
export function specParts(spec: ChartSpec): SpecParts {
  const datasets: Record<string, unknown[]> = {};
  const sorts: Array<{ name: string; channel: string; field: string; order: readonly unknown[] }> = [];
  const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
    a.length === b.length && a.every((v, i) => v === b[i]);
  const hoist = (node: unknown, parentKey: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => hoist(item, parentKey));
    if (typeof node !== "object" || node === null) return node;
    const { field, sort } = node as { field?: unknown; sort?: unknown };
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const values = (value as { values?: unknown } | null)?.values;
      if (key === "data" && Array.isArray(values)) {
        const name = `d${Object.keys(datasets).length}`;
        datasets[name] = values as unknown[];
        out[key] = { name };
      } else if (key === "sort" && Array.isArray(sort) && typeof field === "string") {
        // the same list on the same channel and field (views whose domains are unioned) shares one sort field
        const same = sorts.find((x) => x.channel === parentKey && x.field === field && sameList(x.order, sort));
        const name = same?.name ?? `__sort_${parentKey}_${field}_${sorts.length}`;
        if (!same) sorts.push({ name, channel: parentKey, field, order: sort as unknown[] });
        out[key] = { field: name, op: "min" };
      } else out[key] = hoist(value, key);
    }
    return out;
  };
  const { title, ...rest } = spec;
  const skeleton = hoist(rest, "") as Record<string, unknown>;
  for (const { name, field, order } of sorts) {
    const place = new Map(order.map((v, i) => [v, i] as const));
    for (const [key, rows] of Object.entries(datasets)) {
      datasets[key] = rows.map((row) =>
        typeof row === "object" && row !== null && field in row
          ? { ...row, [name]: place.get((row as Record<string, unknown>)[field]) ?? order.length }
          : row,
      );
    }
  }
  const line = (x: unknown) => (typeof x === "string" ? x : JSON.stringify(x));
  const lines = (x: unknown): string[] =>
    x === undefined || x === null ? [] : Array.isArray(x) ? x.map(line) : [line(x)];
  const t =
    typeof title === "object" && title !== null && !Array.isArray(title)
      ? (title as { text?: unknown; subtitle?: unknown })
      : { text: title };
  return { title: lines(t.text), subtitle: lines(t.subtitle), datasets, skeleton };
}

/** One chart's place in the page (a `<figure>`): draws a spec there, replacing the one before. */
export class ChartView {
  private view: View | undefined;
  private structure = "";
  private data = "";
  private readonly loader = noNetwork();
  private readonly caption: HTMLElement;
  private readonly host: HTMLElement;
  /** The spec waiting to be drawn, and the drawing under way: a change during a drawing is drawn next, and only the latest. */
  private next: ChartSpec | undefined;
  private drawing: Promise<void> | undefined;
  /** The spec on the page, taken apart: its title for the downloads, its data for the CSV. */
  private shown: { spec: ChartSpec; parts: SpecParts } | undefined;

  constructor(figure: HTMLElement) {
    this.caption = document.createElement("figcaption");
    this.host = document.createElement("div");
    figure.replaceChildren(this.caption, this.host);
  }

  /** Draw `spec`; resolves when it (or a spec given after it) is on the page. */
  draw(spec: ChartSpec): Promise<void> {
    this.next = spec;
    this.drawing ??= (async () => {
      try {
        for (let s = this.next; s !== undefined; s = this.next) {
          this.next = undefined;
          await this.drawNow(s).catch((error: unknown) => this.fail(error));
        }
      } finally {
        this.drawing = undefined;
      }
    })();
    return this.drawing;
  }

  /** The chart as drawn: its SVG element, or null before the first drawing. */
  svg(): SVGSVGElement | null {
    return this.host.querySelector("svg");
  }

  /** The spec drawn last, and its title and subtitle lines (empty before the first drawing). */
  get spec(): ChartSpec | undefined {
    return this.shown?.spec;
  }
  get title(): readonly string[] {
    return this.shown?.parts.title ?? [];
  }
  get subtitle(): readonly string[] {
    return this.shown?.parts.subtitle ?? [];
  }

  private async drawNow(spec: ChartSpec): Promise<void> {
    const parts = specParts(spec);
    this.shown = { spec, parts };
    this.writeCaption(parts);
    const structure = JSON.stringify(parts.skeleton);
    const data = JSON.stringify(parts.datasets);
    if (this.view && structure === this.structure) {
      if (data === this.data) return;
      this.data = data;
      for (const [name, values] of Object.entries(parts.datasets)) this.view.data(name, values);
      await this.view.runAsync();
      return;
    }
    const compiled = compile({ ...parts.skeleton, datasets: parts.datasets } as TopLevelSpec).spec;
    const view = new View(parse(compiled, undefined, { ast: true }), {
      expr: expressionInterpreter,
      loader: this.loader,
      renderer: "svg",
      hover: true,
    });
    const host = document.createElement("div");
    view.initialize(host);
    await view.runAsync();
    this.view?.finalize();
    this.view = view;
    this.structure = structure;
    this.data = data;
    this.host.replaceChildren(host);
  }

  /** A chart vega cannot draw: the figure says so (and the console, for the browser test), the next spec is built afresh. */
  private fail(error: unknown): void {
    this.view?.finalize();
    this.view = undefined;
    this.structure = "";
    const message = `This chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    console.error(message);
    this.host.replaceChildren(
      Object.assign(document.createElement("p"), { className: "failure", textContent: message }),
    );
  }

  private writeCaption({ title, subtitle }: SpecParts): void {
    const strong = document.createElement("strong");
    strong.textContent = title.join(" ");
    const lines = subtitle.map((line) => {
      const span = document.createElement("span");
      span.className = "subtitle";
      span.textContent = line;
      return span;
    });
    this.caption.replaceChildren(strong, ...lines);
  }
}

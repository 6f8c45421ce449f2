/**
 * Each chart of the page as files a reader can reuse, made in the page (no request, nothing
 * evaluated): SVG and PNG with the chart's title and a source line inside the image, and its data
 * as CSV. An image is the chart's own SVG, set in a larger one with the title above (for the live
 * charts, whose title the page writes as HTML) and the source line below; the PNG draws that SVG,
 * as a `data:` image (the page's policy admits `img-src data:`), on a canvas at twice its size.
 */
import { pageTexts } from "../page-texts.js";

/** What a chart's downloads are made of. */
export interface ChartSource {
  /** The chart's title and subtitle lines, when they are not in its SVG already (the live charts'). */
  readonly title: () => readonly string[];
  readonly subtitle: () => readonly string[];
  /** The chart as drawn. */
  readonly svg: () => SVGSVGElement | null;
  /** Its data as CSV, or undefined where the page has a link for it already. */
  readonly csv?: () => string;
  /** The file name, without extension. */
  readonly name: () => string;
}

const SVG_NS = "http://www.w3.org/2000/svg";
const TITLE_SIZE = 14;
const LINE = 11;
const PAD = 8;

/**
 * Adds "Download this chart: SVG PNG data (CSV)" to `figure`, into its `.chart-tools` line if it
 * has one (a notebook's chart, whose CSV link the report wrote), else a new one.
 */
export function addChartTools(figure: HTMLElement, chart: ChartSource, sourceLine: string): void {
  const t = pageTexts.chart;
  let tools = figure.querySelector<HTMLElement>(":scope > .chart-tools");
  if (!tools) {
    tools = Object.assign(document.createElement("p"), { className: "chart-tools", textContent: t.downloads });
    figure.append(tools);
  }
  const button = (label: string, kind: string, act: () => void | Promise<void>) => {
    const b = Object.assign(document.createElement("button"), { type: "button", textContent: label });
    b.dataset["download"] = kind;
    b.addEventListener("click", () => void act());
    return b;
  };
  const csvLink = tools.querySelector("a[download]");
  const buttons = [
    button(t.svg, "svg", () => {
      const svg = framed(chart, sourceLine);
      if (svg) save(`${chart.name()}.svg`, new Blob([svg.text], { type: "image/svg+xml" }));
    }),
    button(t.png, "png", async () => {
      const svg = framed(chart, sourceLine);
      if (svg) save(`${chart.name()}.png`, await png(svg));
    }),
    ...(chart.csv
      ? [button(t.csv, "csv", () => save(`${chart.name()}.csv`, new Blob([chart.csv!()], { type: "text/csv" })))]
      : []),
  ];
  if (csvLink) csvLink.before(...buttons, " ");
  else tools.append(" ", ...buttons);
}

/** The chart's SVG set in a larger one: title and subtitle above, the source line below, on white. */
function framed(chart: ChartSource, sourceLine: string): { text: string; width: number; height: number } | undefined {
  const inner = chart.svg();
  if (!inner) return undefined;
  const box = inner.getBoundingClientRect();
  const width = Math.ceil(Math.max(box.width, inner.width.baseVal.value || 0));
  const height = Math.ceil(Math.max(box.height, inner.height.baseVal.value || 0));
  const lines = [
    ...chart.title().map((text) => ({ text, size: TITLE_SIZE, weight: "bold", fill: "#000" })),
    ...chart.subtitle().map((text) => ({ text, size: LINE, weight: "normal", fill: "#555" })),
  ];
  const top = PAD + lines.reduce((y, l) => y + l.size + 4, 0);
  const total = { width: width + 2 * PAD, height: top + height + PAD + LINE + 6 };
  const outer = document.createElementNS(SVG_NS, "svg");
  outer.setAttribute("xmlns", SVG_NS);
  outer.setAttribute("width", String(total.width));
  outer.setAttribute("height", String(total.height));
  outer.setAttribute("viewBox", `0 0 ${total.width} ${total.height}`);
  const text = (value: string, x: number, y: number, size: number, weight: string, fill: string) => {
    const el = document.createElementNS(SVG_NS, "text");
    el.setAttribute("x", String(x));
    el.setAttribute("y", String(y));
    el.setAttribute("font-family", "sans-serif");
    el.setAttribute("font-size", String(size));
    el.setAttribute("font-weight", weight);
    el.setAttribute("fill", fill);
    el.textContent = value;
    return el;
  };
  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  outer.append(background);
  let y = PAD;
  for (const l of lines) {
    y += l.size;
    outer.append(text(l.text, PAD, y, l.size, l.weight, l.fill));
    y += 4;
  }
  const copy = inner.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("x", String(PAD));
  copy.setAttribute("y", String(top));
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  outer.append(copy, text(sourceLine, PAD, top + height + PAD + LINE, LINE, "normal", "#555"));
  return { text: new XMLSerializer().serializeToString(outer), width: total.width, height: total.height };
}

/** The framed SVG drawn on a canvas at twice its size, as a PNG. */
function png(svg: { text: string; width: number; height: number }): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = svg.width * 2;
      canvas.height = svg.height * 2;
      const context = canvas.getContext("2d");
      if (!context) return reject(new Error("no 2D canvas"));
      context.scale(2, 2);
      context.drawImage(image, 0, 0, svg.width, svg.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the canvas gave no PNG"))), "image/png");
    };
    image.onerror = () => reject(new Error("the chart's SVG could not be drawn"));
    image.src = `data:image/svg+xml;base64,${base64(svg.text)}`;
  });
}

/** UTF-8 text as base64 (btoa takes Latin-1 only). */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Save a file from the page: an object URL, released after the click. */
export function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

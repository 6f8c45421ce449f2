import { formatAmount } from "../amount/format-amount.js";
import { parseAmount } from "../amount/parse-amount.js";
import { en, type TextKey } from "../i18n/en.js";
import { readLang, type Lang } from "../i18n/lang.js";
import { textCatalogues } from "../i18n/text.js";
import { currencies, type Currency } from "../money/currency.js";
import { moneyLabelExpr, moneyLabelExprIn } from "./money-axis.js";
import type { ChartSpec } from "./spec.js";

/** The catalogue's families whose words a chart writes: its own, the assumptions', the ladder's and the methods'. */
const FAMILIES = ["chart.t.", "chart.nb.", "assumption.", "ladder.", "method.", "headline.lambert"];

const keys = (Object.keys(en) as TextKey[]).filter((k) => FAMILIES.some((f) => k.startsWith(f)));
/** Words without placeholders, by their English. */
const exact = new Map(keys.filter((k) => !en[k].includes("{")).map((k) => [en[k] as string, k]));
/** Templates with placeholders, longest first, each as a pattern that captures what fills them. */
const patterns = keys
  .filter((k) => en[k].includes("{"))
  // the most words first: `Years of use ({use})` before `{series} ({currency})`
  .sort((a, b) => literal(en[b]) - literal(en[a]))
  .map((k) => {
    const names = [...en[k].matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    // a currency is a code (USD), never words: `GPU-hours (log scale)` is no `{series} ({currency})`
    const parts = en[k].split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const constrained = parts
      .map((part, i) => (i === 0 ? part : `${names[i - 1] === "currency" ? "([A-Z]{3})" : "(.+?)"}${part}`))
      .join("");
    return { key: k, names, pattern: new RegExp(`^${constrained}$`) };
  });

/** The characters of a template outside its placeholders. */
function literal(template: string): number {
  return template.replace(/\{\w+\}/g, "").length;
}

/** Where a spec keeps words a reader sees: titles, subtitles, sorted and scaled labels, and these fields of its data. */
const WORD_KEYS = new Set(["text", "subtitle", "title", "sort", "domain", "datum"]);
/** Keys whose values are names and expressions a renderer reads, never words. */
const NAME_KEYS = new Set([
  "field",
  "type",
  "as",
  "filter",
  "calculate",
  "format",
  "anchor",
  "orient",
  "aggregate",
  "fold",
]);
const DATA_FIELDS = new Set([
  "label",
  "viewLabel",
  "series",
  "name",
  "tag",
  "text",
  "costText",
  "source",
  "input",
  "valueText",
  "swingText",
  "timesReportedText",
]);

/**
 * A chart of the library in `lang`: its title, subtitles, axes, legends, tooltips and the labels
 * in its data, from the catalogue (src/i18n/), the figures inside them written again as `lang`
 * writes them (`$18.1M` → `1,810万美元`), the money axis in 万 and 亿/億 — without computing
 * anything again, so the live page switches language by redrawing the same figures. `"en"` gives
 * the spec as it is. Words the catalogue does not have are left as they are.
 *
 * `chartIn(costComparisonChart(estimate()), "zh")`
 *
 * @category Charts
 */
export function chartIn(spec: ChartSpec, lang: Lang): ChartSpec {
  readLang(lang, "lang");
  if (lang === "en") return spec;
  return walk(spec, lang, false) as ChartSpec;
}

/** `words` in `lang`: a word of the catalogue, a template filled again, an amount written again; else as it was. */
export function chartWordIn(words: string, lang: Lang): string {
  if (lang === "en") return words;
  const key = exact.get(words);
  if (key) return textCatalogues[lang][key];
  for (const { key: k, names, pattern } of patterns) {
    const m = pattern.exec(words);
    if (!m) continue;
    const filled = new Map(names.map((name, i) => [name, chartWordIn(m[i + 1] as string, lang)]));
    return textCatalogues[lang][k].replace(/\{(\w+)\}/g, (_w, name: string) => filled.get(name) ?? "");
  }
  // a list the chart wrote (`the GPU, GPUs bought, price of one H100`): each item, joined as `lang` joins them
  if (words.includes(", ")) {
    const items = words.split(", ");
    const done = items.map((item) => chartWordIn(item, lang));
    if (done.every((item, i) => item !== items[i])) return done.join(textCatalogues[lang]["list.separator"]);
  }
  return figureIn(words, lang);
}

/** An amount written again in `lang` (`$53.4K–$66.8K` → `5.34万～6.68万美元`), `±` kept; a range of numbers with ～; else as it was. */
function figureIn(words: string, lang: Lang): string {
  const sign = words.startsWith("±") ? "±" : "";
  const body = words.slice(sign.length);
  if (/^(-?\$|-?€|JPY |CNY )[\d.,]+[KMBT]?(–(\$|€)?[\d.,]+[KMBT]?)?$/.test(body)) {
    try {
      const a = parseAmount(body);
      if ((currencies as readonly string[]).includes(a.unit))
        return (
          sign + formatAmount({ low: a.low, high: a.high, currency: a.unit as Currency }, { locale: lang, digits: 3 })
        );
    } catch {
      return words;
    }
  }
  return /^[\d.,]+–[\d.,]+%?$/.test(words) ? words.replace("–", "～") : words;
}

function walk(value: unknown, lang: Lang, words: boolean, field = ""): unknown {
  if (typeof value === "string") {
    if (field === "labelExpr") return labelExprIn(value, lang);
    return words ? chartWordIn(value, lang) : value;
  }
  if (Array.isArray(value)) return value.map((v) => walk(v, lang, words, field));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "values" && Array.isArray(v)) {
      out[k] = v.map((row: unknown) =>
        typeof row === "object" && row !== null
          ? Object.fromEntries(
              Object.entries(row).map(([f, x]) => [f, DATA_FIELDS.has(f) ? walk(x, lang, true, f) : x]),
            )
          : row,
      );
    } else if (NAME_KEYS.has(k)) out[k] = v;
    else out[k] = walk(v, lang, words || WORD_KEYS.has(k), k);
  }
  return out;
}

/** The money axis's expression in `lang`, for each currency the library writes. */
function labelExprIn(expr: string, lang: Lang): string {
  const currency = currencies.find((c) => moneyLabelExpr(c) === expr);
  if (currency) return moneyLabelExprIn(currency, lang);
  // the words inside an expression (`datum.label === "Purchase: all-in cluster" ? "Own one GPU …"`),
  // the data's labels among them, translated as the data are
  return expr.replace(/"((?:[^"\\]|\\.)*)"/g, (whole, inside: string) => JSON.stringify(chartWordIn(inside, lang)));
}

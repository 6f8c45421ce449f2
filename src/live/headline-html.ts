import {
  headlineCaption,
  headlineSpreadNote,
  type HeadlineDraws,
  type HeadlineRow,
} from "../analysis/headline/headline-rows.js";
import { numberFormat } from "../format/number-format.js";
import type { Estimate } from "../assumptions/estimate.js";
import { escapeHtml, NO_MATH_CLASSES } from "../display/show-table.js";
import { withTerms } from "./glossary.js";
import type { Lang } from "../i18n/lang.js";
import { pageTextsIn } from "./page-texts.js";

/** The views the Monte Carlo draws, whose median and interval the table shows. */
const DRAWN_KEYS: readonly string[] = ["rental", "amortized", "programme"];

/** Options of {@link headlineTableHtml}. */
export interface HeadlineTableOptions {
  /** The Monte Carlo is still drawing: its cells say so instead of "not drawn". Defaults to false. */
  readonly pending?: boolean;
  /** What the draws were (their number and seed), for the line saying why the two kinds of figure differ. */
  readonly draws?: HeadlineDraws;
  /** The language of the words (the rows come written in it, from `headlineRows(e, draws, lang)`). Defaults to `"en"`. */
  readonly lang?: Lang;
}

/**
 * The headline estimate as the README's table: view, low, high, the Monte Carlo's median and 90%
 * interval (the figure to quote, where the simulation draws the view), and × the reported figure;
 * compact amounts with both ends in full in the cells' tooltips, the reported figure in bold; the
 * caption says the currency and the rates ({@link headlineCaption}) and why the median differs
 * from low and high. In a box that scrolls sideways on a narrow page. The report writes it for its
 * run, and the live page again on every change, with this same function.
 */
export function headlineTableHtml(
  rows: readonly HeadlineRow[],
  e: Estimate,
  { pending = false, draws, lang = "en" }: HeadlineTableOptions = {},
): string {
  const t = pageTextsIn(lang).table;
  const exact = (x: number, currency: string) => `${numberFormat({ maximumFractionDigits: 2 }).format(x)} ${currency}`;
  const drawnCell = (r: HeadlineRow, text: string, title: string | undefined) => {
    if (r.drawn) return `<td class="num"${title ? ` title="${escapeHtml(title)}"` : ""}>${escapeHtml(text)}</td>`;
    const waiting = pending && DRAWN_KEYS.includes(r.key);
    return `<td class="num muted" title="${escapeHtml(waiting ? t.pendingTitle : t.notDrawnTitle)}">${escapeHtml(waiting ? t.pending : t.notDrawn)}</td>`;
  };
  const body = rows
    .map((r) => {
      const d = r.drawn;
      return (
        `<tr data-view="${escapeHtml(r.key)}"${r.reference ? ' class="reported"' : ""}>` +
        `<th scope="row">${withTerms(escapeHtml(r.label))}</th>` +
        `<td class="num" title="${escapeHtml(exact(r.low, r.currency))}">${escapeHtml(r.lowText)}</td>` +
        `<td class="num"${r.highText === "" ? "" : ` title="${escapeHtml(exact(r.high, r.currency))}"`}>${escapeHtml(r.highText)}</td>` +
        (r.reference
          ? `<td class="num"></td><td class="num"></td>`
          : drawnCell(r, r.medianText, d && exact(d.p50, r.currency)) +
            drawnCell(r, r.intervalText, d && `${exact(d.p05, r.currency)} – ${exact(d.p95, r.currency)}`)) +
        `<td class="num">${escapeHtml(r.timesReportedText)}</td></tr>`
      );
    })
    .join("");
  const gap = lang === "en" ? " " : "";
  const caption = [headlineCaption(e, lang), headlineSpreadNote(draws, lang), t.hover].join(gap);
  const c = t.columns;
  return (
    `<div class="table-scroll"><table class="headline ${NO_MATH_CLASSES}"><caption>${withTerms(escapeHtml(caption))}</caption>` +
    `<thead><tr><th scope="col">${c.view}</th><th scope="col" class="num">${c.low}</th><th scope="col" class="num">${c.high}</th><th scope="col" class="num quote">${c.median}</th><th scope="col" class="num quote">${c.interval}</th><th scope="col" class="num">${escapeHtml(c.times)}</th></tr></thead>` +
    `<tbody>${body}</tbody></table></div>`
  );
}

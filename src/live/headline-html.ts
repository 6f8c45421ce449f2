import { headlineCaption, type HeadlineRow } from "../analysis/headline/headline-rows.js";
import { numberFormat } from "../format/number-format.js";
import type { Estimate } from "../assumptions/estimate.js";
import { escapeHtml, NO_MATH_CLASSES } from "../display/show-table.js";

/**
 * The headline estimate as the README's table: view, low, high and × the reported figure, compact
 * amounts with both ends in full in the cells' tooltips, the reported figure in bold; the caption
 * says the currency and the rates ({@link headlineCaption}). The report writes it for its run, and the live page again on
 * every change, with this same function.
 */
export function headlineTableHtml(rows: readonly HeadlineRow[], e: Estimate): string {
  const exact = (x: number, currency: string) => `${numberFormat({ maximumFractionDigits: 2 }).format(x)} ${currency}`;
  const body = rows
    .map((r) => {
      return (
        `<tr data-view="${escapeHtml(r.key)}"${r.reference ? ' class="reported"' : ""}>` +
        `<th scope="row">${escapeHtml(r.label)}</th>` +
        `<td class="num" title="${escapeHtml(exact(r.low, r.currency))}">${escapeHtml(r.lowText)}</td>` +
        `<td class="num"${r.highText === "" ? "" : ` title="${escapeHtml(exact(r.high, r.currency))}"`}>${escapeHtml(r.highText)}</td>` +
        `<td class="num">${escapeHtml(r.timesReportedText)}</td></tr>`
      );
    })
    .join("");
  const caption = `${headlineCaption(e)} Hover over a figure for its exact value.`;
  return (
    `<table class="headline ${NO_MATH_CLASSES}"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr><th scope="col">view</th><th scope="col" class="num">low</th><th scope="col" class="num">high</th><th scope="col" class="num">× the reported figure</th></tr></thead>` +
    `<tbody>${body}</tbody></table>`
  );
}

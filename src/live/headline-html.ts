import type { HeadlineRow } from "../analysis/headline-rows.js";
import type { Estimate } from "../assumptions/estimate.js";
import { escapeHtml, NO_MATH_CLASSES } from "../notebook/show-table.js";

/**
 * The headline estimate as the README's table: view, low, high and × the reported figure, compact
 * amounts with both ends in full in the cells' tooltips, the reported figure in bold; a caption
 * says the currency and the rates. The report writes it for its run, and the live page again on
 * every change, with this same function.
 */
export function headlineTableHtml(
  rows: readonly HeadlineRow[],
  e: Pick<Estimate, "currency" | "rates" | "fxDate">,
): string {
  const body = rows
    .map((r) => {
      return (
        `<tr data-view="${escapeHtml(r.key)}"${r.key === "reported" ? ' class="reported"' : ""}>` +
        `<th scope="row" title="${escapeHtml(r.basis)}">${escapeHtml(r.view)}</th>` +
        `<td class="num" title="${escapeHtml(r.lowExact)}">${escapeHtml(r.lowText)}</td>` +
        `<td class="num"${r.highText === "" ? "" : ` title="${escapeHtml(r.highExact)}"`}>${escapeHtml(r.highText)}</td>` +
        `<td class="num">${escapeHtml(r.timesReportedText)}</td></tr>`
      );
    })
    .join("");
  const caption = `In ${e.currency}, converted with the ${e.rates} rates on ${e.fxDate}. Hover over a figure for its exact value, over a view for its method.`;
  return (
    `<table class="headline ${NO_MATH_CLASSES}"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr><th scope="col">view</th><th scope="col" class="num">low</th><th scope="col" class="num">high</th><th scope="col" class="num">× the reported figure</th></tr></thead>` +
    `<tbody>${body}</tbody></table>`
  );
}

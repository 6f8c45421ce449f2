import type { Finding } from "../analysis/findings/findings.js";
import { escapeHtml } from "../display/show-table.js";
import { withTerms } from "./glossary.js";

/**
 * The findings as the page's first list: one sentence each, the figure to quote in bold, the
 * glossary's terms linked. The report writes it for its run; the page again on every change.
 *
 * `findingsHtml(findings(e, claimOf(e), { draws }))` → `<ol class="findings"><li data-finding="claim">…</li>…</ol>`
 */
export function findingsHtml(list: readonly Finding[]): string {
  const items = list.map((f) => {
    let html = withTerms(escapeHtml(f.text));
    if (f.figure !== "") {
      const figure = escapeHtml(f.figure);
      const at = html.indexOf(figure);
      if (at >= 0) html = `${html.slice(0, at)}<strong>${figure}</strong>${html.slice(at + figure.length)}`;
    }
    return `<li data-finding="${escapeHtml(f.key)}">${html}</li>`;
  });
  return `<ol class="findings">${items.join("")}</ol>`;
}

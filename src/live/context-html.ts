import type { Claim } from "../analysis/findings/claim.js";
import { DEFAULT_CASE } from "../cases/default-case.js";
import type { FleetAndStaffRow } from "../data/load-fleet-and-staff.js";
import { escapeHtml } from "../display/show-table.js";
import { compactText, moneyText } from "../format/text.js";
import { withTerms } from "./glossary.js";
import { pageTexts } from "./page-texts.js";

/**
 * The context a reporter opens with, short, linking down to the detail: what the claim leaves out
 * in its author's words, and each contested figure about the lab (`data/fleet-and-staff.csv`) with
 * the evidence against it, in their sources' words. Nothing here depends on the assumptions.
 *
 * `contextHtml(claimOf(e), tableRows(loadFleetAndStaff()), "#nb-05-frontier")`
 */
export function contextHtml(claim: Claim, figures: readonly FleetAndStaffRow[], detail: string): string {
  const t = pageTexts.context;
  const scope =
    claim.scope === null
      ? ""
      : `<li>${escapeHtml(t.scope({ lab: claim.lab, amount: claim.amountText }))} <q>${escapeHtml(claim.scope)}</q> <span class="source">(${link(claim.source)})</span></li>`;
  const disowned = claim.contested
    ? `<li>${escapeHtml(t.claimContested({ amount: claim.amountText, by: claim.contested.by }))} <q>${escapeHtml(claim.contested.quote)}</q> <span class="source">(${link(claim.contested.url)})</span></li>`
    : "";
  // data/fleet-and-staff.csv is about the article's lab: its contested figures are the article's case's only
  const contested = figures
    .filter((f) => f.status === "contested" && claim.caseId === DEFAULT_CASE)
    .map((f) => {
      const value = f.unit === "USD" ? moneyText(f.low, f.high, "USD") : `${compactText(f.low, f.high)} ${f.unit}s`;
      return (
        `<li>${withTerms(escapeHtml(t.contested({ label: f.label, value })))} <q>${escapeHtml(f.quote)}</q> <span class="source">(${link(f.source)})</span>` +
        (f.against_quote
          ? ` ${escapeHtml(t.against)} <q>${escapeHtml(f.against_quote)}</q> <span class="source">(${link(f.against_source ?? "")})</span>`
          : "") +
        `</li>`
      );
    });
  return `<section id="context" class="context"><h3>${escapeHtml(pageTexts.sections.context)}</h3><ul>${[scope, disowned, ...contested].join("")}</ul><p><a href="${escapeHtml(detail)}">${escapeHtml(t.more)}</a></p></section>`;
}

/** A citation with its first URL as a link: `Nikkei, 2025-02-11, <a href="https://…">…</a>`; the rest as text. */
export function link(source: string): string {
  const url = /https?:\/\/[^\s,;)]+/.exec(source)?.[0];
  if (!url) return escapeHtml(source);
  const before = source.slice(0, source.indexOf(url)).replace(/[,\s]+$/, "");
  return `<a href="${escapeHtml(url)}">${escapeHtml(before || url)}</a>`;
}

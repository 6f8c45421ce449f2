import type { Claim } from "../analysis/findings/claim.js";
import { DEFAULT_CASE } from "../cases/default-case.js";
import type { FleetAndStaffRow } from "../data/load-fleet-and-staff.js";
import { escapeHtml } from "../display/show-table.js";
import { compactText, moneyText } from "../format/text.js";
import { langs, type Lang } from "../i18n/lang.js";
import { amountText, compactIn } from "../i18n/numbers.js";
import { formatAmount } from "../amount/format-amount.js";
import { pageTextsIn, textSpan } from "./page-texts.js";

/**
 * The context a reporter opens with, short, linking down to the detail: what the claim leaves out
 * in its author's words, and each contested figure about the lab (`data/fleet-and-staff.csv`) with
 * the evidence against it, in their sources' words. Nothing here depends on the assumptions.
 *
 * `contextHtml(claimOf(e), tableRows(loadFleetAndStaff()), "#nb-05-frontier")`
 */
export function contextHtml(
  claim: Claim,
  figures: readonly FleetAndStaffRow[],
  detail: string,
  lang: Lang = "en",
): string {
  const amountIn = (l: Lang) =>
    l === "en" || claim.amount === null ? claim.amountText : formatAmount(claim.amount, { digits: 4, locale: l });
  const scope =
    claim.scope === null
      ? ""
      : `<li>${inEvery(lang, (l) => pageTextsIn(l).context.scope({ lab: claim.lab, amount: amountIn(l) }))} <q>${escapeHtml(claim.scope)}</q> <span class="source">(${link(claim.source)})</span></li>`;
  const contest = claim.contested;
  const disowned = contest
    ? `<li>${inEvery(lang, (l) => pageTextsIn(l).context.claimContested({ amount: amountIn(l), by: contest.by }))} <q>${escapeHtml(contest.quote)}</q> <span class="source">(${link(contest.url)})</span></li>`
    : "";
  // data/fleet-and-staff.csv is about the article's lab: its contested figures are the article's case's only
  const contested = figures
    .filter((f) => f.status === "contested" && claim.caseId === DEFAULT_CASE)
    .map((f) => {
      const valueIn = (l: Lang) =>
        f.unit === "USD"
          ? l === "en"
            ? moneyText(f.low, f.high, "USD")
            : amountText(l, f.low, f.high, "USD")
          : l === "en"
            ? `${compactText(f.low, f.high)} ${f.unit}s`
            : `${compactIn(l, f.low, f.high)} ${f.unit}`;
      return (
        `<li>${inEvery(lang, (l) => pageTextsIn(l).context.contested({ label: f.label, value: valueIn(l) }))} <q>${escapeHtml(f.quote)}</q> <span class="source">(${link(f.source)})</span>` +
        (f.against_quote
          ? ` ${textSpan(lang, "page.context.against")} <q>${escapeHtml(f.against_quote)}</q> <span class="source">(${link(f.against_source ?? "")})</span>`
          : "") +
        `</li>`
      );
    });
  return `<section id="context" class="context"><h3>${textSpan(lang, "page.section.context")}</h3><ul>${[scope, disowned, ...contested].join("")}</ul><p><a href="${escapeHtml(detail)}">${textSpan(lang, "page.context.more")}</a></p></section>`;
}

/** A citation with its first URL as a link: `Nikkei, 2025-02-11, <a href="https://…">…</a>`; the rest as text. */
export function link(source: string): string {
  const url = /https?:\/\/[^\s,;)]+/.exec(source)?.[0];
  if (!url) return escapeHtml(source);
  const before = source.slice(0, source.indexOf(url)).replace(/[,\s]+$/, "");
  return `<a href="${escapeHtml(url)}">${escapeHtml(before || url)}</a>`;
}

/**
 * A text written in every language ahead (its figures too: 557.6万美元, 557.6万ドル), shown in
 * `lang`: the page's switch picks another without computing (`data-t-langs`).
 */
export function inEvery(lang: Lang, write: (l: Lang) => string): string {
  const all = Object.fromEntries(langs.map((l) => [l, write(l)]));
  return `<span data-t-langs="${escapeHtml(JSON.stringify(all))}">${escapeHtml(all[lang]!)}</span>`;
}

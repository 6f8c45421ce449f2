import type { Claim } from "../analysis/findings/claim.js";
import { assumptionSpecs } from "../assumptions/specs.js";
import { escapeHtml } from "../display/show-table.js";
import { withTerms } from "./glossary.js";
import type { Lang } from "../i18n/lang.js";
import { methodology, textSpan } from "./page-texts.js";

/**
 * The methodology on one screen (`id="methodology"`): what each view counts, each with links to
 * its sources; the reported view's source is the claim's, the purchase's the GPU price's.
 */
export function methodologyHtml(claim: Claim, lang: Lang = "en"): string {
  const urlOf = (text: string) => /https?:\/\/[^\s,;)]+/.exec(text)?.[0];
  const named = (text: string) => text.split(",")[0]!.trim();
  const added = {
    reported: [named(claim.source) + ", " + claim.source.split(",")[1]!.trim(), urlOf(claim.source)],
    purchase: [named(assumptionSpecs.gpuPrice.source), urlOf(assumptionSpecs.gpuPrice.source)],
  } as const;
  const rows = methodology.map((m) => {
    const extra = m.from && added[m.from][1] ? [[added[m.from][0], added[m.from][1]!] as const] : [];
    const links = [...extra, ...m.sources].map(([text, url]) => `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`);
    return `<dt>${escapeHtml(m.view)}</dt><dd>${withTerms(escapeHtml(m.counts))} <span class="source">${links.join("; ")}</span></dd>`;
  });
  return `<section id="methodology" class="methodology"><h2>${textSpan(lang, "page.section.methodology")}</h2><dl>${rows.join("")}</dl></section>`;
}

import { escapeHtml } from "../display/show-table.js";
import { en, type TextKey } from "../i18n/en.js";
import type { Lang } from "../i18n/lang.js";
import { text } from "../i18n/text.js";

/** One term of the glossary: what it means, and how it is written in the page's text. */
export interface GlossaryTerm {
  /** The anchor: `glossary-pue`. */
  readonly id: string;
  readonly term: string;
  readonly definition: string;
  /** The ways the term is written, matched as whole words (the first is the term as shown). */
  readonly forms: readonly string[];
  /** Whether the forms are matched in any case (`Tornado`, `tornado`) or only as written (`PUE`). */
  readonly anyCase?: boolean;
}

/**
 * The terms a reader may not know, in the page's own words (one place, so another language can
 * be keyed by the same ids). Every place the page writes them gets a tooltip and a link here.
 */
export const glossary: readonly GlossaryTerm[] = [
  {
    id: "glossary-amortized",
    term: "amortized",
    definition:
      "The part of the hardware's value that one training run uses up, plus the energy it draws: a cost of the run, where buying the GPUs is a cost of the fleet.",
    forms: ["amortized", "amortised"],
    anyCase: true,
  },
  {
    id: "glossary-valuation",
    term: "valuation at training start",
    definition:
      "Charging the run on what the hardware was still worth when the run began (its price, depreciated from the purchase date), as Epoch AI's code does, rather than on its price.",
    forms: ["valuation at training start", "valued at training start"],
    anyCase: true,
  },
  {
    id: "glossary-programme",
    term: "programme",
    definition:
      "The final run together with the experiments and trial runs before it: the final run's cost × an experiments multiplier (1 = the final run only).",
    forms: ["programme"],
    anyCase: true,
  },
  {
    id: "glossary-oom",
    term: "OOM",
    definition:
      "Order of magnitude: a factor of ten. GPUs losing 0.14 OOM of value a year lose a factor of 10^0.14 = 1.38, about 28%, each year.",
    forms: ["OOMs", "OOM"],
  },
  {
    id: "glossary-pue",
    term: "PUE",
    definition:
      "Power usage effectiveness: a data centre's total power over its computers' power (1.25 = a quarter more for cooling and the rest).",
    forms: ["PUE"],
  },
  {
    id: "glossary-tdp",
    term: "TDP",
    definition: "Thermal design power: the power a chip is rated to draw, in watts (700 W for an H100 SXM).",
    forms: ["TDP"],
  },
  {
    id: "glossary-mfu",
    term: "MFU",
    definition: "Model FLOPs utilization: the share of the GPUs' peak arithmetic a training run actually used.",
    forms: ["MFU"],
  },
  {
    id: "glossary-tornado",
    term: "tornado",
    definition:
      "A chart of each assumption moved alone to the low and the high end of its range, the rest held, largest effect on top: which assumption matters most.",
    forms: ["tornado"],
    anyCase: true,
  },
  {
    id: "glossary-turning-point",
    term: "turning point",
    definition:
      "The value an assumption would need, alone, for the cost to equal the reported figure (or renting): what you would have to believe.",
    forms: ["turning points", "turning point"],
    anyCase: true,
  },
];

/** Each form, as written (case-sensitive terms) or lower-cased (the others), to its term. */
const byForm = new Map<string, GlossaryTerm>();
for (const t of glossary) for (const f of t.forms) byForm.set(t.anyCase ? f.toLowerCase() : f, t);
/** Every form, longest first (`turning points` before `turning point`), in any case: a match is then looked up. */
const pattern = new RegExp(
  [...glossary.flatMap((t) => t.forms)]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
  "gi",
);

/**
 * `html` (text already escaped, no tags) with every glossary term as a link to its entry, its
 * definition as the tooltip: `PUE` → `<a class="term" href="#glossary-pue" title="Power usage …">PUE</a>`.
 * Whole words only (`PUE` in `PUEs` is left alone).
 */
export function withTerms(html: string): string {
  return html.replace(pattern, (match, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? " ";
    const after = whole[offset + match.length] ?? " ";
    if (/[\w-]/.test(before) || /[\w-]/.test(after)) return match;
    const exact = byForm.get(match);
    const folded = byForm.get(match.toLowerCase());
    const term = exact ?? (folded?.anyCase ? folded : undefined);
    return term ? `<a class="term" href="#${term.id}" title="${escapeHtml(term.definition)}">${match}</a>` : match;
  });
}

/** The glossary as a definition list, each entry an anchor the terms link to. */
export function glossaryHtml(heading: string, lang: Lang = "en"): string {
  const entries = glossary
    .map((t) => {
      const key = t.id.replace(/^glossary-/, "");
      return `<dt id="${t.id}">${span(lang, `glossary.${key}.term`, t.term)}</dt><dd>${span(lang, `glossary.${key}.definition`, t.definition)}</dd>`;
    })
    .join("");
  return `<section id="glossary" class="glossary"><h2>${span(lang, "page.section.glossary", heading)}</h2><dl>${entries}</dl></section>`;
}

/** A glossary word the page's switch rewrites (`data-t`), in `lang` from the catalogue; as given when the catalogue lacks it. */
function span(lang: Lang, key: string, given: string): string {
  const known = key in en;
  const said = known ? text(lang, key as TextKey) : given;
  return known ? `<span data-t="${key}">${escapeHtml(said)}</span>` : escapeHtml(said);
}

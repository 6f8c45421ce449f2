import { escapeHtml } from "../display/show-table.js";
import { setValueText } from "../input/set-value.js";
import type { Lang } from "../i18n/lang.js";
import { pageTextsIn, textSpan } from "./page-texts.js";

/** What a citation of the page names: the project's version and commit, the run and the page's address. */
export interface CiteFacts {
  readonly title: string;
  readonly version: string;
  /** The commit the report was made from (short), or `unknown`. */
  readonly commit: string;
  /** The day of the run, `YYYY-MM-DD`. */
  readonly run: string;
}

/** The ids of the lines the page rewrites on every change. */
export const CITE_IDS = { changes: "cite-changes", citation: "cite-citation" } as const;

/**
 * The two lines that change with the assumptions: which were changed from the defaults (as
 * `--set` writes them), and the suggested citation with the link that reproduces them (`link`:
 * "" where the page is not published, so that no reader's own disk is cited).
 *
 * `citeLines(facts, { gpuCount: 2048 }, "https://…/#gpuCount=2048").changes` → `Assumptions changed from the defaults: gpuCount=2048.`
 */
export function citeLines(
  facts: CiteFacts,
  overrides: Readonly<Record<string, unknown>>,
  link: string,
  lang: Lang = "en",
): { changes: string; citation: string } {
  const t = pageTextsIn(lang).cite;
  const set = Object.entries(overrides).filter(([, v]) => v !== undefined);
  return {
    changes:
      set.length === 0 ? t.defaults : t.changed({ changes: set.map(([k, v]) => `${k}=${setValueText(v)}`).join(", ") }),
    citation: t.citation({ ...facts, link }),
  };
}

/**
 * The "How to cite" section (`id="cite"`): the project's version and commit, the date of the run,
 * the assumptions changed, a suggested citation, and where the data come from.
 */
export function citeHtml(
  facts: CiteFacts,
  overrides: Readonly<Record<string, unknown>>,
  link: string,
  lang: Lang = "en",
): string {
  const lines = citeLines(facts, overrides, link, lang);
  const { version, commit, run } = facts;
  return `<section id="cite" class="cite"><h2>${textSpan(lang, "page.section.cite")}</h2>
<p>${textSpan(lang, "page.cite.version", { version, commit, run })} <span id="${CITE_IDS.changes}">${escapeHtml(lines.changes)}</span></p>
<p>${textSpan(lang, "page.cite.suggested")}</p><blockquote id="${CITE_IDS.citation}">${escapeHtml(lines.citation)}</blockquote>
<p class="muted">${textSpan(lang, "page.cite.data")}</p></section>`;
}

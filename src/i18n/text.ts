import { en, type TextKey } from "./en.js";
import { ja } from "./ja.js";
import type { Lang } from "./lang.js";
import { zh } from "./zh.js";

/** The catalogue of each language, keyed alike (src/i18n/en.ts). */
export const textCatalogues: Readonly<Record<Lang, Readonly<Record<TextKey, string>>>> = { en, zh, ja };

/** The placeholders of a template, sorted: `["hours", "rate"]` for `Renting the final run ({hours} GPU-hours × {rate})`. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();
}

/**
 * Text `key` in `lang`, its placeholders filled from `data` (figures already written in `lang`):
 * `text("zh", "headline.times", { times: "1.2" })` → `1.2倍`. A placeholder without data is a
 * mistake of the caller, never left as `{name}` in what a reader sees.
 */
export function text(
  lang: Lang,
  key: TextKey,
  data: Readonly<Record<string, string | number | undefined>> = {},
): string {
  const template = textCatalogues[lang][key];
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`text ${key} (${lang}) needs {${name}}`);
    return String(value);
  });
}

/** `a`, `a and b`, `a, b and c` in `lang` (`a、b和c` in zh); `or` for a list of what something does not do. */
export function listText(lang: Lang, items: readonly string[], last: "and" | "or" = "and"): string {
  if (items.length <= 1) return items.join("");
  const rest = items.slice(0, -1).join(text(lang, "list.separator"));
  return text(lang, last === "and" ? "list.and" : "list.or", { rest, last: items.at(-1) as string });
}

import { fail } from "../errors/messages.js";

/**
 * The languages the tool writes: English, Simplified Chinese (the article's own, Nikkei 中文网) and
 * Japanese. `en` is the default everywhere.
 *
 * @category Languages
 */
export const langs = ["en", "zh", "ja"] as const;

/**
 * One of the languages the tool writes: `"en"`, `"zh"` (Simplified Chinese) or `"ja"`.
 *
 * @category Charts
 */
export type Lang = (typeof langs)[number];

/** The BCP 47 tag a page or a formatter is given: `zh-CN` for `zh`. */
export const langTags: Readonly<Record<Lang, string>> = { en: "en", zh: "zh-CN", ja: "ja" };

/** `value` as a {@link Lang}, else `invalid lang: "fr" (expected one of en, zh, ja)` naming `name`. */
export function readLang(value: unknown, name = "lang"): Lang {
  if (!(langs as readonly unknown[]).includes(value)) fail("notOneOf", { name, value, choices: langs });
  return value as Lang;
}

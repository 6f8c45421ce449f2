import { readSetValue, setValueText } from "../input/set-value.js";
import { langs, type Lang } from "../i18n/lang.js";

/** The hash's key for the page's language: `#gpuCount=2048&lang=ja`. No assumption has this name. */
export const LANG_KEY = "lang";

/** The hash of a page whose every assumption is at its default while the report's run changed some. */
export const DEFAULTS_HASH = "#defaults";

/**
 * The URL hash that reproduces `overrides`: each changed assumption as `--set` writes it,
 * `#gpuCount=2048&gpuPrice=400万～500万日元` (percent-encoded); `""` when they are the report's
 * own run (`run`), so the report's plain address shows its run; {@link DEFAULTS_HASH} when every
 * assumption is at its default and the run changed some. With `lang` (a language other than the
 * report's own), the language too: `#gpuCount=2048&lang=ja`, `#lang=zh`.
 */
export function hashOf(
  overrides: Readonly<Record<string, unknown>>,
  run: Readonly<Record<string, unknown>>,
  lang?: Lang,
): string {
  const hash = assumptionsHash(overrides, run);
  if (lang === undefined) return hash;
  // the language after the assumptions: `#lang=ja` for the run's own, `#defaults&lang=ja`
  return hash === "" ? `#${LANG_KEY}=${lang}` : `${hash}&${LANG_KEY}=${lang}`;
}

function assumptionsHash(overrides: Readonly<Record<string, unknown>>, run: Readonly<Record<string, unknown>>): string {
  if (sameOverrides(overrides, run)) return "";
  const keys = Object.keys(overrides).filter((k) => overrides[k] !== undefined);
  if (keys.length === 0) return DEFAULTS_HASH;
  return `#${new URLSearchParams(keys.map((k): [string, string] => [k, setValueText(overrides[k])])).toString()}`;
}

/**
 * The overrides a hash holds (the inverse of {@link hashOf}), or undefined for a hash that holds
 * none: no hash (the report's own run) or an anchor (`#nb-03-assumptions`, which names a section
 * and has no `=`). Names are not checked here: `assumptions()` refuses an unknown one with its
 * message.
 */
export function overridesOfHash(hash: string): Record<string, unknown> | undefined {
  const text = withoutLang(hash.replace(/^#/, ""));
  if (`#${text}` === DEFAULTS_HASH) return {};
  if (!text.includes("=")) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) out[key] = readSetValue(value);
  return out;
}

/** The language a hash names (`#gpuCount=2048&lang=ja` → `ja`), or undefined when it names none it knows. */
export function langOfHash(hash: string): Lang | undefined {
  const text = hash.replace(/^#/, "");
  if (!text.includes("=")) return undefined;
  const value = new URLSearchParams(text.replace(/(^|&)defaults(&|$)/, "$1$2")).get(LANG_KEY);
  return (langs as readonly (string | null)[]).includes(value) ? (value as Lang) : undefined;
}

/** A hash's text without its language: `gpuCount=2048&lang=ja` → `gpuCount=2048`; `defaults&lang=ja` → `defaults`. */
function withoutLang(text: string): string {
  return text
    .split("&")
    .filter((part) => !part.startsWith(`${LANG_KEY}=`))
    .join("&");
}

/** Whether two sets of overrides give the same values (key order aside, at any depth; `undefined` as absent). */
export function sameOverrides(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

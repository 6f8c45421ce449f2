import { parseAmount } from "../amount/parse-amount.js";
import { claimants, claimBases } from "../data/load-case-claims.js";
import { gpuIds } from "../gpu/catalog.js";
import { currencies } from "../money/currency.js";
import { knownKeys } from "../validate/known-keys.js";
import { readDay } from "../validate/read-day.js";
import type { Case, CaseClaim } from "./case.js";
import { fail } from "./messages.js";
import { readMoney } from "./read-claim.js";

/** The fields a case a user writes must have. */
export const REQUIRED_CASE_FIELDS = [
  "id",
  "model",
  "claim",
  "gpu",
  "gpuCount",
  "gpuHours",
  "published",
  "source",
  "quote",
] as const;

/** The fields it may have besides: who made the model and says the figure, where, and on what basis. */
export const OPTIONAL_CASE_FIELDS = [
  "developer",
  "organization",
  "baseModel",
  "dataFrom",
  "stage",
  "claimDate",
  "where",
  "url",
  "who",
  "basis",
  "rate",
] as const;

const EXPECTED: Readonly<Record<string, string>> = {
  id: "a name for the case: lower-case letters, digits, dots and hyphens (my-model)",
  model: "the model's name, text",
  claim: "the figure as written: $450, under $50, 53.47万美元",
  gpu: `a GPU id in data/gpus.csv`,
  gpuCount: "the GPUs the run used, a positive whole number",
  gpuHours: "the run's GPU-hours, a positive number",
  published: "the date the figures were published, YYYY-MM-DD",
  source: "where the figures come from, with its address",
  quote: "the source's words for the figures, verbatim",
};

/**
 * A case a user writes, as JSON or an object: at least `id`, `model`, `claim` (an amount as
 * written, read by the amount reader), `gpu`, `gpuCount`, `gpuHours`, `published`, `source` and
 * `quote`; optionally `developer`, `organization` (as Epoch AI's database names it, for its PUE
 * rule; defaults to `developer`), `baseModel`, `dataFrom` (the model whose outputs made the
 * data), `stage` (the run's name, `Training`), `claimDate`, `where`, `url`, `who` (`lab-paper`,
 * `lab-staff`, `press-unnamed` or `third-party`, the default), `basis` (`rental` or `unknown`,
 * the default; `rental` when `rate` is given) and `rate` (the price per GPU-hour the claim
 * states, as written). An unknown field, a missing one, or an amount that cannot be read is
 * refused by name; `file` names the file in the message.
 */
export function caseFromObject(value: unknown, name = "case", file?: string): Case {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    fail("caseField", { name, value, expected: "a case id or a case object" });
  knownKeys(value, [...REQUIRED_CASE_FIELDS, ...OPTIONAL_CASE_FIELDS], name);
  const o = value as Readonly<Record<string, unknown>>;
  for (const field of REQUIRED_CASE_FIELDS)
    if (o[field] === undefined)
      fail("caseMissingField", { name: `${name}.${field}`, file, expected: EXPECTED[field]! });
  const text = (field: string, required = true): string | null => {
    const v = o[field];
    if (v === undefined && !required) return null;
    if (typeof v !== "string" || v.trim() === "")
      fail("caseField", { name: `${name}.${field}`, value: v, expected: EXPECTED[field] ?? "text" });
    return v;
  };
  const id = text("id")!;
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(id)) fail("caseField", { name: `${name}.id`, value: id, expected: EXPECTED.id! });
  const gpu = text("gpu")!;
  if (!gpuIds().includes(gpu))
    fail("caseField", { name: `${name}.gpu`, value: gpu, expected: `one of ${gpuIds().join(", ")}` });
  const count = o.gpuCount;
  if (typeof count !== "number" || !Number.isInteger(count) || count <= 0)
    fail("caseField", { name: `${name}.gpuCount`, value: count, expected: EXPECTED.gpuCount! });
  const hours = o.gpuHours;
  if (typeof hours !== "number" || !Number.isFinite(hours) || hours <= 0)
    fail("caseField", { name: `${name}.gpuHours`, value: hours, expected: EXPECTED.gpuHours! });
  const amount = (field: "claim" | "rate") => {
    const t = text(field, field === "claim");
    if (t === null) return null;
    let unit: string;
    try {
      unit = parseAmount(t).unit;
    } catch (error) {
      return fail("caseAmount", { name: `${name}.${field}`, value: t, reason: (error as Error).message });
    }
    if (!(currencies as readonly string[]).includes(unit))
      fail("caseAmount", { name: `${name}.${field}`, value: t, reason: `it reads as ${unit}, not money` });
    return { text: t, ...readMoney(t) };
  };
  const claim = amount("claim")!;
  const rate = amount("rate");
  const published = readDay(o.published, `${name}.published`);
  const claimDate = o.claimDate === undefined ? published : readDay(o.claimDate, `${name}.claimDate`);
  const who = o.who ?? "third-party";
  if (!(claimants as readonly unknown[]).includes(who))
    fail("caseField", { name: `${name}.who`, value: who, expected: `one of ${claimants.join(", ")}` });
  const basis = o.basis ?? (rate ? "rental" : "unknown");
  if (!(claimBases as readonly unknown[]).includes(basis))
    fail("caseField", { name: `${name}.basis`, value: basis, expected: `one of ${claimBases.join(", ")}` });
  const source = text("source")!;
  const stage = text("stage", false) ?? "Training";
  const developer = text("developer", false) ?? "the developer";
  const c: CaseClaim = {
    text: claim.text,
    amount: claim.amount,
    figure: claim.figure,
    upperBound: claim.upperBound,
    date: claimDate,
    where: text("where", false) ?? source,
    url: text("url", false) ?? /https?:\/\/\S+/.exec(source)?.[0] ?? "",
    who: who as CaseClaim["who"],
    basis: basis as CaseClaim["basis"],
    statedRate: rate?.amount ?? null,
    statedRateText: rate?.text ?? null,
    counts: [stage],
    excludes: [],
    excludesQuote: null,
    contested: null,
    quote: text("quote")!,
  };
  return Object.freeze({
    id,
    model: text("model")!,
    developer,
    organization: text("organization", false) ?? developer,
    baseModel: text("baseModel", false),
    baseCase: null,
    dataFrom: text("dataFrom", false),
    published,
    gpu,
    runGpus: count,
    fleet: null,
    gpuHours: hours,
    hoursRange: null,
    stages: [
      {
        stage,
        kind: "training",
        gpu,
        gpuCount: count,
        gpuHours: hours,
        hoursFrom: "as stated",
        source,
        quote: c.quote,
      },
    ],
    claims: [c],
    source,
    quote: c.quote,
    from: file ?? "a case object",
  } satisfies Case);
}

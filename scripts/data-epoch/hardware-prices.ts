/**
 * data/hardware-prices.csv from Epoch AI's `data/Hardware prices.csv` at one commit, by rule:
 * every non-empty price cell of every H100, H800, A100, A800 or H20 record becomes a row, plus two
 * hand-kept files of this project (data/epoch/): an overlay of purchase scopes and notes the rule
 * cannot decide, and the rows that are not Epoch's (DeepSeek's $2, AWS Capacity Blocks, Latent
 * Space), kept whole. Sorted by date, hardware, model, provider, location, basis and id.
 */
import { records, writeCsv } from "./csv.js";
import { compare, EPOCH_REPOSITORY } from "./frontier-models.js";

export const PRICES_FILE = "data/Hardware prices.csv";

const COLUMNS = [
  ["Price per chip-hour (on-demand)", "on-demand"],
  ["Price per chip-hour (1-year CUD)", "1-yr-committed"],
  ["Price per chip-hour (3-year CUD)", "3-yr-committed"],
  ["Price (hardware purchase)", "purchase"],
] as const;

/** The chips kept, by a word of Epoch's hardware name (H20 as a word: not the H200). */
const GPU: readonly (readonly [RegExp, string])[] = [
  [/H100/, "H100"],
  [/H800/, "H800"],
  [/A100/, "A100"],
  [/A800/, "A800"],
  [/\bH20\b/, "H20"],
];

const formFactor = (m: string) =>
  /SXM/.test(m) ? "SXM" : /PCIe/.test(m) ? "PCIe" : /NVL/.test(m) ? "NVL" : /HGX/.test(m) ? "HGX" : "unspecified";

/**
 * What a purchase price covers, in words. A single card's note says what Epoch's pipeline does with
 * it (cost_analysis_standalone.py @ 263c40a): it multiplies a price by the chip's server-cost
 * overhead only when the price's Notes say "single-unit" (line 813); a row without Notes stops its
 * price lookup (line 743, `'DGX' in price_row['Notes']`).
 */
function scopeNote(scope: string, gpu: string, notes: string): string {
  switch (scope) {
    case "estimate":
      return "Epoch's own estimate, not a sale price (source field reads 'No source')";
    case "server-share":
      return "price of a whole 8-GPU server (DGX or similar) divided per GPU by Epoch, so it includes CPUs, memory, NVSwitch; Epoch uses such rows as-is, without its server-cost overhead";
    case "board-share":
      return "price of an 8-GPU item (HGX baseboard or system) divided per GPU by Epoch; whether CPUs and chassis are included is not stated";
    default: {
      const overhead = gpu === "A100" ? "1.66 for an A100" : `1.64 for an ${gpu}`;
      if (notes.toLowerCase().includes("single-unit"))
        return `single card; its Notes say single-unit, so Epoch's pipeline multiplies it by its server-cost overhead (${overhead}, get_server_cost_overhead) before use`;
      if (notes === "")
        return "single card; its Notes are empty, so Epoch's overhead rule (Notes saying single-unit) does not apply to it, and Epoch's price lookup stops with an error on reaching it";
      return "single card; its Notes do not say single-unit, so Epoch's pipeline would use it as it is, without its server-cost overhead";
    }
  }
}

export const PRICES_HEADER = [
  "id",
  "date",
  "date_precision",
  "hardware",
  "hardware_model",
  "form_factor",
  "per",
  "price_usd",
  "price_basis",
  "purchase_scope",
  "provider",
  "location",
  "gpus_in_offer",
  "source",
  "quote",
  "note",
  "dataset_repository",
  "dataset_commit",
  "dataset_file",
  "dataset_row",
] as const;

export function hardwarePrices(input: { prices: string; commit: string; overlay: string; extra: string }): string {
  const overlay = new Map(records(input.overlay).map((r) => [r.id!, r]));
  const extra = records(input.extra).map(({ record: _record, ...r }) => r as Record<string, string>);
  const out: Record<string, string>[] = [];
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n).trimEnd()} …` : s);
  for (const r of records(input.prices)) {
    const model = r["Hardware model"]!;
    const gpu = GPU.find(([re]) => re.test(model))?.[1];
    if (!gpu) continue;
    const rawSource = r["Price source"]!.trim();
    const copies = /( copy)+$/.exec(rawSource)?.[0];
    const source = copies ? rawSource.slice(0, -copies.length) : rawSource;
    const fullNotes = r.Notes!.replace(/\s+/g, " ").trim();
    const notes = cut(fullNotes, 220);
    const desc = cut(r["Cloud GPU description"]!.replace(/\s+/g, " ").trim(), 120);
    const snap = /web\.archive\.org\/web\/(\d{4})(\d{2})(\d{2})/.exec(source);
    const snapDate = snap ? `${snap[1]}-${snap[2]}-${snap[3]}` : undefined;
    for (const [column, basis] of COLUMNS) {
      if (r[column] === "") continue;
      const id = `epoch-hwp-${String(r.record).padStart(3, "0")}-${basis}`;
      const o = overlay.get(id);
      const purchase = basis === "purchase";
      const scope = !purchase
        ? ""
        : o?.purchase_scope || (source === "No source" ? "estimate" : /DGX/.test(notes) ? "server-share" : "gpu");
      const note = [
        // an archive snapshot more than a day from the row's date is named
        snapDate && Math.abs(Date.parse(snapDate) - Date.parse(r["Price date"]!)) > 86_400_000
          ? `the cited archive snapshot is dated ${snapDate}, Epoch dates the row ${r["Price date"]}`
          : "",
        copies ? `Epoch's source field ends with '${copies.trim()}' (spreadsheet artifact), removed here` : "",
        o?.note_extra ?? "",
        purchase ? scopeNote(scope, gpu, fullNotes) : "",
      ]
        .filter(Boolean)
        .join("; ");
      out.push({
        id,
        date: r["Price date"]!,
        date_precision: "day",
        hardware: gpu,
        hardware_model: model,
        form_factor: formFactor(model),
        per: purchase ? "gpu" : "gpu-hour",
        price_usd: r[column]!,
        price_basis: basis,
        purchase_scope: scope,
        provider: r.Vendor!,
        location: r.Location!,
        gpus_in_offer: r["Number of GPUs"] === "" ? "" : String(Number(r["Number of GPUs"])),
        source,
        quote: [`${column}: ${r[column]}`, notes && `Notes: ${notes}`, desc && `Cloud GPU description: ${desc}`]
          .filter(Boolean)
          .join("; "),
        note,
        dataset_repository: EPOCH_REPOSITORY,
        dataset_commit: input.commit,
        dataset_file: PRICES_FILE,
        dataset_row: String(r.record),
      });
    }
  }
  const key = (r: Record<string, string>) =>
    [r.date, r.hardware, r.hardware_model, r.provider, r.location, r.price_basis, r.id] as string[];
  const order = (a: Record<string, string>, b: Record<string, string>) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return compare(x[i]!, y[i]!);
    return 0;
  };
  return writeCsv(PRICES_HEADER, [...out, ...extra].sort(order));
}

import type { ChartSpec } from "../charts/spec.js";

/**
 * A chart's data as CSV (RFC 4180, `\n` line ends), for a reader to reuse: every inline data set
 * of the spec (`data: { values }` at any depth, each once), one row per datum, the columns the
 * union of their plain fields (numbers as JavaScript writes them, text, true/false); with more
 * than one data set, a first column `dataset` numbers them in the order the spec holds them.
 *
 * `chartCsv(costLadderChart(ladder))` → `step,label,low,high,…\nreported,Reported by …,5576000,…`
 */
export function chartCsv(spec: ChartSpec): string {
  const sets: unknown[][] = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== "object" || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      const values = (value as { values?: unknown } | null)?.values;
      if ((key === "data" || key === "datasets") && Array.isArray(values)) {
        if (!seen.has(values)) {
          seen.add(values);
          sets.push(values);
        }
      } else walk(value);
    }
  };
  walk(spec);
  const rows = sets.flatMap((set, i) =>
    set.filter((d): d is Record<string, unknown> => typeof d === "object" && d !== null).map((d) => ({ d, i })),
  );
  const plain = (v: unknown) => typeof v === "number" || typeof v === "string" || typeof v === "boolean";
  const columns = [
    ...new Set(rows.flatMap(({ d }) => Object.keys(d).filter((k) => plain(d[k]) && !k.startsWith("__")))),
  ];
  const many = sets.length > 1;
  const header = [...(many ? ["dataset"] : []), ...columns];
  const lines = rows.map(({ d, i }) => [
    ...(many ? [String(i + 1)] : []),
    ...columns.map((c) => (plain(d[c]) ? String(d[c]) : "")),
  ]);
  return [header, ...lines].map((cells) => `${cells.map(field).join(",")}\n`).join("");
}

/** A field, quoted when it holds a comma, a quote or a line break (quotes doubled). */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A chart's file name, from its title: `gpu-cost-lab-from-the-reported-figure-to-the-fleet`. */
export function chartFileName(title: string): string {
  const words = title
    .toLowerCase()
    .replace(/\([^)]*\)/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "");
  return `gpu-cost-lab-${words || "chart"}`;
}

/** A spec's title, its first line, as a plain string (`""` for none). */
export function chartTitle(spec: ChartSpec): string {
  const title = spec["title"];
  const text =
    typeof title === "object" && title !== null && !Array.isArray(title) ? (title as { text?: unknown }).text : title;
  return Array.isArray(text) ? String(text[0] ?? "") : typeof text === "string" ? text : "";
}

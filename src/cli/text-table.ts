/**
 * Rows of text as aligned columns for a terminal, a rule under the header:
 *
 *   view              low      high  × reported
 *   ────────────────  ───────  ────  ──────────
 *   Buying the GPUs   $52.8M   …
 */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ("left" | "right")[],
): string {
  const width = (text: string) => [...text].length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const pad = " ".repeat(widths[i]! - width(cell));
        return align[i] === "right" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "─".repeat(w))), ...rows.map(line)].join("\n");
}

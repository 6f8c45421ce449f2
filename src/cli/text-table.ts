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
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const pad = " ".repeat(widths[i]! - displayWidth(cell));
        return align[i] === "right" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "─".repeat(w))), ...rows.map(line)].join("\n");
}

// East Asian wide and fullwidth characters (CJK ideographs, kana, fullwidth punctuation such as
// （ and ～) take two columns of a terminal: 购买GPU is 7 characters and 10 columns
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The columns `text` takes in a terminal: `[...text].length`, wide characters counted twice. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) width += WIDE.test(c) ? 2 : 1;
  return width;
}

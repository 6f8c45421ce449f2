/**
 * Escaping text for HTML: every character that could open markup or end an attribute becomes
 * an entity, so text from notebooks and data (`<script>`, quotes) shows as text and never runs.
 *
 * escapeHtml(`<script>alert("x")</script>`) → `&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;`
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** `text` with `& < > " '` replaced by entities: safe in element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Terminal colour codes removed (`\x1b[31mError\x1b[0m` → `Error`), as kernels put them in tracebacks. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");
}

/** A string usable as an HTML id, from a notebook name: `02-buy GPUs.ipynb` → `nb-02-buy-GPUs`. */
export function slug(text: string, prefix = "nb-"): string {
  return (
    prefix +
    text
      .replace(/\.ipynb$/, "")
      .replace(/[^A-Za-z0-9_-]+/g, "-")
      .replace(/^-|-$/g, "")
  );
}

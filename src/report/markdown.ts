/**
 * Markdown cells rendered with markdown-it, raw HTML disabled (`<script>` in a markdown cell is
 * shown as text), links limited to http(s), mailto and in-page anchors.
 */
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
const defaultValidate = md.validateLink.bind(md);
md.validateLink = (url: string) => defaultValidate(url) && /^(https?:|mailto:|#)/i.test(url.trim());

/** The HTML of a markdown text; headings one level lower when `shiftHeadings` (the report's page has its own h1). */
export function renderMarkdown(text: string, { shiftHeadings = 1 }: { shiftHeadings?: number } = {}): string {
  const tokens = md.parse(text, {});
  for (const token of tokens) {
    if ((token.type === "heading_open" || token.type === "heading_close") && shiftHeadings > 0) {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shiftHeadings)}`;
    }
  }
  return md.renderer.render(tokens, md.options, {});
}

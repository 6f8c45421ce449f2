/**
 * Markdown cells rendered with markdown-it, raw HTML disabled (`<script>` in a markdown cell is
 * shown as text), links limited to http(s), mailto and in-page anchors. Images are embedded only
 * from `data:` URLs (PNG, JPEG, GIF, WebP): an image on another host becomes a link to it, so the
 * page never fetches anything when it opens (`![chart](https://host/x.png)` → `<a href="https://host/x.png">image: chart</a>`).
 */
import MarkdownIt from "markdown-it";
import { escapeHtml } from "./escape.js";

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
const defaultValidate = md.validateLink.bind(md);
const EMBEDDED_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,/i;
md.validateLink = (url: string) =>
  defaultValidate(url) && (/^(https?:|mailto:|#)/i.test(url.trim()) || EMBEDDED_IMAGE.test(url.trim()));
const renderImage = md.renderer.rules.image!;
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const src = String(token.attrGet("src") ?? "");
  if (EMBEDDED_IMAGE.test(src)) return renderImage(tokens, idx, options, env, self);
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  const label = escapeHtml(`image: ${alt || "untitled"}`);
  return /^(https?:|mailto:)/i.test(src) ? `<a href="${escapeHtml(src)}">${label}</a>` : label;
};

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

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

// Text marked for terms (below) is escaped, then given to the `terms` function of the render.
const renderText = md.renderer.rules.text!;
md.renderer.rules.text = (tokens, idx, options, env, self) => {
  const html = renderText(tokens, idx, options, env, self);
  const terms = (env as { terms?: (html: string) => string } | undefined)?.terms;
  return tokens[idx]!.meta?.[TERMS] === true && terms ? terms(html) : html;
};
const TERMS = "gpuCostLabTerms";

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  /** Headings this many levels lower (the report's page has its own h1 and h2). Defaults to 1. */
  readonly shiftHeadings?: number;
  /** Applied to the escaped text outside links and code (the glossary's links, `withTerms`). */
  readonly terms?: (html: string) => string;
}

/** The HTML of a markdown text; headings one level lower when `shiftHeadings`, terms linked when `terms`. */
export function renderMarkdown(text: string, { shiftHeadings = 1, terms }: MarkdownOptions = {}): string {
  const tokens = md.parse(text, {});
  for (const token of tokens) {
    if ((token.type === "heading_open" || token.type === "heading_close") && shiftHeadings > 0) {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shiftHeadings)}`;
    }
    if (terms && token.type === "inline") {
      // a link inside a link is no link: text within one is left as it is
      let inLink = 0;
      for (const child of token.children ?? []) {
        if (child.type === "link_open") inLink++;
        else if (child.type === "link_close") inLink--;
        else if (child.type === "text" && inLink === 0) child.meta = { ...child.meta, [TERMS]: true };
      }
    }
  }
  return md.renderer.render(tokens, md.options, { terms });
}

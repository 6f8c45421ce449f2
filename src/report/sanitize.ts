/**
 * The two kinds of markup from notebooks that the report shows as markup rather than text,
 * each through sanitize-html with an allow-list; everything else is dropped:
 *
 * - `text/html` outputs (`showTable()`'s tables): table elements and a few inline ones,
 *   `colspan`/`rowspan`, `title` (a cell's exact value), and `style` limited to `text-align`;
 * - `image/svg+xml` charts (rendered by vega): SVG shape, text and grouping elements and their
 *   presentation attributes; no scripts, links, `foreignObject`, event handlers or external references.
 */
import sanitizeHtml from "sanitize-html";

const TABLE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "caption",
    "colgroup",
    "col",
    "b",
    "strong",
    "i",
    "em",
    "code",
    "span",
    "br",
    "small",
    "sub",
    "sup",
  ],
  allowedAttributes: {
    th: ["colspan", "rowspan", "style", "scope", "title"],
    td: ["colspan", "rowspan", "style", "title"],
    col: ["span", "style"],
    colgroup: ["span"],
  },
  allowedStyles: { "*": { "text-align": [/^(left|right|center|justify)$/] } },
  disallowedTagsMode: "discard",
};

/** `html` reduced to a table (and simple inline markup); scripts and their text are removed. */
export function sanitizeTableHtml(html: string): string {
  return sanitizeHtml(html, TABLE_OPTIONS);
}

const SVG_TAGS = [
  "svg",
  "g",
  "path",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "text",
  "tspan",
  "title",
  "desc",
  "defs",
  "clipPath",
  "linearGradient",
  "radialGradient",
  "stop",
  "pattern",
  "mask",
];
const SVG_ATTRIBUTES = [
  "xmlns",
  "version",
  "class",
  "width",
  "height",
  "viewBox",
  "transform",
  "d",
  "x",
  "y",
  "x1",
  "y1",
  "x2",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "points",
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-miterlimit",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "dy",
  "dx",
  "clip-path",
  "id",
  "role",
  "aria-label",
  "aria-roledescription",
  "aria-hidden",
  "pointer-events",
  "display",
  "offset",
  "stop-color",
  "stop-opacity",
  "gradientUnits",
  "gradientTransform",
  "patternUnits",
  "mask",
  "preserveAspectRatio",
  "shape-rendering",
];

const SVG_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: SVG_TAGS,
  allowedAttributes: { "*": SVG_ATTRIBUTES },
  // `url(#clip1)` references stay inside the document; any other url() could fetch.
  allowedSchemes: [],
  disallowedTagsMode: "discard",
  parser: { lowerCaseTags: false, lowerCaseAttributeNames: false, xmlMode: true },
};

/**
 * A chart's SVG reduced to drawing elements; returns "" for input with no `<svg>` left. An
 * attribute that could fetch is dropped: any `url(…)` in any case (`URL(https://…)`), unless the
 * whole value is a reference inside the document (`url(#clip1)`), and any value with a backslash,
 * which CSS reads as an escape (`u\72l(…)` is `url(…)`).
 */
export function sanitizeSvg(svg: string): string {
  const clean = sanitizeHtml(svg, SVG_OPTIONS).replace(/\s[\w:-]+="([^"]*)"/g, (attribute, value: string) =>
    fetches(value) ? "" : attribute,
  );
  return /^\s*<svg[\s>]/.test(clean) ? clean.trim() : "";
}

/** Whether an attribute value (as sanitize-html writes it, entities decoded) could make the browser fetch. */
function fetches(value: string): boolean {
  if (value.includes("\\")) return true;
  return /url\s*\(/i.test(value) && !/^url\(#[\w-]+\)$/.test(value.trim());
}

/**
 * The text faces, Latin first, then CJK faces for the article's Chinese and Japanese quotes on
 * every common system: Noto Sans CJK / Source Han Sans (Linux, Android), PingFang and Hiragino
 * (macOS, iOS), Microsoft YaHei and Yu Gothic / Meiryo (Windows).
 */
export const FONT_STACK = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "Source Han Sans JP", "PingFang SC", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Hiragino Sans GB", "Microsoft YaHei", "Yu Gothic", Meiryo, sans-serif`;

/**
 * The report's inline style sheet: readable type, a narrow column, tables and code set apart; the
 * live section wider, its panel beside the figures. Nothing is wider than the window: a wide table
 * or chart scrolls inside its own box, and charts are drawn at their own size (never scaled down,
 * so their text stays at least 11 px).
 */
export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1d1d1f; --muted: #5f6368; --rule: #e0e0e0; --code: #f6f8fa; --bad: #b3261e; --good: #1e6b35; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 ${FONT_STACK}; color: var(--fg); }
main, header.page { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header.page { padding-top: 2rem; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 .75rem; padding-top: 1rem; border-top: 2px solid var(--rule); }
h3 { font-size: 1.2rem; } h4, h5, h6 { font-size: 1.05rem; }
.muted, .meta { color: var(--muted); font-size: .9rem; }
nav.toc ol { padding-left: 1.4rem; } nav.toc li { margin: .15rem 0; }
.status { font-weight: 600; } .status.ok { color: var(--good); } .status.failed, .status.cancelled { color: var(--bad); }
pre { background: var(--code); padding: .6rem .8rem; overflow-x: auto; font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; border-radius: 4px; white-space: pre-wrap; word-break: break-word; }
pre.code { border-left: 3px solid #c8d1dc; }
pre.stderr, pre.error { background: #fdf1f0; }
pre.error, .failure { color: var(--bad); }
.cell { margin: .9rem 0; }
.cell .label { color: var(--muted); font: 12px ui-monospace, Menlo, monospace; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .25rem .6rem; vertical-align: top; }
thead th { border-bottom: 2px solid #bbb; }
figure.chart { margin: .5rem 0; overflow-x: auto; max-width: 100%; }
figure.chart svg { max-width: none; height: auto; }
.table-scroll, div.output.html { overflow-x: auto; max-width: 100%; }
.lede { font-size: 1.1rem; color: var(--muted); margin: .2rem 0 0; }
nav.jump { font-size: .9rem; margin: .5rem 0 0; }
ol.findings { padding-left: 1.4rem; font-size: 1.08rem; line-height: 1.6; }
ol.findings li { margin: .35rem 0; }
a.term { color: inherit; text-decoration: underline dotted; text-underline-offset: 2px; }
.context ul { padding-left: 1.2rem; } .context li { margin: .3rem 0; } .context q { font-style: italic; }
.source { color: var(--muted); font-size: .85rem; }
details.code > summary { cursor: pointer; color: var(--muted); font-size: .85rem; }
details.code > summary .label { font: 12px ui-monospace, Menlo, monospace; }
details.run-details > summary, details.assumptions summary { cursor: pointer; font-weight: 600; }
details.run-details { margin: 2.5rem 0; border-top: 2px solid var(--rule); padding-top: 1rem; }
.methodology dt, .glossary dt { font-weight: 600; margin-top: .5rem; }
.methodology dd, .glossary dd { margin-left: 1.2rem; }
.cite blockquote { margin: .5rem 0; padding: .5rem .8rem; background: var(--code); border-left: 3px solid #c8d1dc; }
th.quote, td.quote { background: #f3f7fb; }
.chart-tools { font-size: .8rem; color: var(--muted); margin: .2rem 0 .6rem; }
.chart-tools button { font: inherit; cursor: pointer; margin-left: .3rem; }
div.output.html th { white-space: nowrap; }
img.image { max-width: 100%; }
details.assumptions summary { cursor: pointer; font-weight: 600; }
.failure { border: 1px solid var(--bad); padding: .5rem .8rem; border-radius: 4px; }
td.num, th.num, th[title] { font-variant-numeric: tabular-nums; }
td.num, th.num { text-align: right; white-space: nowrap; }
table.headline caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: .85rem; padding-top: .3rem; }
table.headline tbody th { font-weight: normal; text-align: left; }
table.headline tr.reported th, table.headline tr.reported td { font-weight: 700; }
section.live { position: relative; left: 50%; transform: translateX(-50%); width: min(calc(100vw - 2.5rem), 88rem); }
.live-layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem; align-items: start; }
.live-on .live-layout { grid-template-columns: minmax(0, 1fr) minmax(17rem, 23rem); }
@media (max-width: 62rem) { .live-on .live-layout { grid-template-columns: minmax(0, 1fr); } }
.live-panel { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow-y: auto; background: #fafbfc; border: 1px solid var(--rule); border-radius: 6px; padding: .6rem .8rem; font-size: .85rem; }
.live-panel h3 { margin: .2rem 0 .4rem; font-size: 1.05rem; }
.live-panel p { margin: .3rem 0; }
.live-panel .assumption { margin: .45rem 0; }
.live-panel label { display: block; line-height: 1.3; }
.live-panel label .meaning { color: var(--muted); }
.live-panel input, .live-panel select { width: 100%; font: 13px ui-monospace, Menlo, Consolas, monospace; padding: .2rem .35rem; border: 1px solid #c8d1dc; border-radius: 3px; background: #fff; }
.live-panel input::placeholder { color: #7a8491; }
.live-panel [aria-invalid="true"] { border-color: var(--bad); background: #fdf1f0; }
.message { display: block; color: var(--bad); font-size: .8rem; }
.message:empty { display: none; }
.scenarios button, .live-tools button { font: inherit; font-size: .85rem; margin: .1rem 0; cursor: pointer; text-align: left; }
.scenarios button small { display: block; color: var(--muted); font-size: .75rem; }
.live-panel label .plain { font-weight: 600; } .live-panel label code { color: var(--muted); font-size: .75rem; }
.live-status { color: var(--muted); font-size: .9rem; margin: .2rem 0 .6rem; }
.live-charts figure.chart { margin: 1.25rem 0; min-height: 2rem; }
.live-charts figcaption { font-size: .9rem; margin-bottom: .3rem; }
.live-charts figcaption .subtitle { display: block; color: var(--muted); font-size: .8rem; }
`;

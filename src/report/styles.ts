/** The report's inline style sheet: readable type, a narrow column, tables and code set apart. */
export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1d1d1f; --muted: #5f6368; --rule: #e0e0e0; --code: #f6f8fa; --bad: #b3261e; --good: #1e6b35; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; color: var(--fg); }
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
figure.chart { margin: .5rem 0; overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; }
img.image { max-width: 100%; }
details.assumptions summary { cursor: pointer; font-weight: 600; }
.failure { border: 1px solid var(--bad); padding: .5rem .8rem; border-radius: 4px; }
`;

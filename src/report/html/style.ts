/** The report's stylesheet: two columns, stacked below 700 px, print-friendly, dark when asked. */
export const style = String.raw`
:root {
  color-scheme: light dark;
  --fg: #1f2328; --bg: #fff; --header: #fafbfc; --code: #eef0f3; --pre: #f6f8fa; --quote: #3d444d;
  --line: #e3e5e8; --muted: #5f6670; --ln: #9aa1a9; --band: #eef1f6; --focus: #6f42c1; --found: #fffdf7;
  --hatch: #f6f7f9; --hatch2: #eef0f3; --ok: #1a7f37;
  --error: #b3261e; --error-bg: #fde7e6; --error-mark: #ffc9c4;
  --warning: #8a5a00; --warning-bg: #fff1d6; --warning-mark: #ffe2a3;
  --info: #1d5fa8; --info-bg: #e3eefb; --info-mark: #cfe2fa;
  --ins: #d4f4dc; --del: #fbd9d7; --del-fg: #7d1d16;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --fg: #e6e8eb; --bg: #15181c; --header: #1b1f24; --code: #262b31; --pre: #1f242a; --quote: #c3c8ce;
    --line: #30363d; --muted: #9aa3ad; --ln: #6e7781; --band: #1f2630; --focus: #a78bfa; --found: #1d1b16;
    --hatch: #1b1f24; --hatch2: #22272e; --ok: #56d364;
    --error: #ff8a80; --error-bg: #3a1d1b; --error-mark: #6b2a26;
    --warning: #e3b341; --warning-bg: #33290f; --warning-mark: #5c4712;
    --info: #79b8ff; --info-bg: #15263a; --info-mark: #1f4470;
    --ins: #1b4d2b; --del: #5a1f1c; --del-fg: #ffb4ab;
  }
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--fg); background: var(--bg); }
header.top { padding: 14px 20px 10px; border-bottom: 1px solid var(--line); background: var(--header); }
h1 { font-size: 18px; margin: 0 0 4px; }
.files { margin: 0 0 8px; color: var(--muted); font-size: 13px; display: flex; flex-wrap: wrap; gap: 4px 10px; }
.files code { background: var(--code); padding: 1px 5px; border-radius: 4px; margin-left: 6px; word-break: break-all; }
.files .lang { color: var(--fg); }
#filters { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; font-size: 13px; }
.group { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.group legend { float: left; margin-right: 4px; color: var(--muted); }
.chip { display: inline-flex; align-items: center; gap: 5px; padding: 2px 8px 2px 4px; border-radius: 999px;
  border: 1px solid var(--line); background: var(--bg); cursor: pointer; user-select: none; }
.chip .count { font-weight: 600; }
.chip.sev-error { border-color: var(--error); color: var(--error); }
.chip.sev-warning { border-color: var(--warning); color: var(--warning); }
.chip.sev-info { border-color: var(--info); color: var(--info); }
.toggle { cursor: pointer; }
.keys, #status { color: var(--muted); }
.clean { margin: 0; color: var(--ok); font-weight: 600; }
.colheads, .row { display: grid; grid-template-columns: 1fr 1fr; column-gap: 0; }
.colheads { position: sticky; top: 0; z-index: 2; background: var(--bg); border-bottom: 2px solid var(--line);
  font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.colhead { padding: 6px 20px; }
#status { font-size: 12px; margin: 6px 0 0; }
.row { position: relative; border-bottom: 1px solid var(--line); scroll-margin: 60px;
  content-visibility: auto; contain-intrinsic-size: auto 90px; }
.row:focus { outline: 3px solid var(--focus); outline-offset: -3px; }
.row.has-findings { background: var(--found); }
.only-findings .row:not(.has-findings) { display: none; }
.cell { padding: 8px 20px; min-width: 0; hyphens: auto; overflow-wrap: anywhere; }
.cell.source { border-right: 1px solid var(--line); }
.cell.empty { background: repeating-linear-gradient(135deg, var(--hatch) 0 8px, var(--hatch2) 8px 16px); }
.none { color: var(--muted); font-size: 12px; font-style: italic; }
.block { margin: 0 0 6px; position: relative; padding-left: 34px; }
.block:last-child { margin-bottom: 0; }
.block.code { font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; white-space: pre-wrap;
  background: var(--pre); border-radius: 4px; padding-top: 4px; padding-bottom: 4px; hyphens: none; }
.block.list-item::before { content: "•"; color: var(--muted); margin-right: 6px; }
.block.quote { border-left: 3px solid var(--line); padding-left: 44px; color: var(--quote); }
.ln { position: absolute; left: 0; top: 3px; width: 28px; text-align: right; color: var(--ln); font-size: 11px;
  font-variant-numeric: tabular-nums; }
.band { background: var(--band); }
.band .block { font-weight: 650; }
.badges { grid-column: 1 / -1; list-style: none; margin: 0; padding: 8px 20px 0; display: flex; flex-direction: column; gap: 4px; }
.badge { display: flex; gap: 8px; align-items: baseline; padding: 4px 10px; border-radius: 6px; font-size: 13px;
  border-left: 4px solid; }
.badge .sev { font-weight: 700; text-transform: uppercase; font-size: 11px; }
.badge .rule { font-size: 12px; font-weight: 600; white-space: nowrap; }
.sev-error.badge { background: var(--error-bg); border-color: var(--error); }
.sev-error .sev { color: var(--error); }
.sev-warning.badge { background: var(--warning-bg); border-color: var(--warning); }
.sev-warning .sev { color: var(--warning); }
.sev-info.badge { background: var(--info-bg); border-color: var(--info); }
.sev-info .sev { color: var(--info); }
.badge.off { display: none; }
mark { border-radius: 3px; padding: 0 2px; color: inherit; }
mark.sev-error { background: var(--error-mark); box-shadow: inset 0 -2px var(--error); }
mark.sev-warning { background: var(--warning-mark); box-shadow: inset 0 -2px var(--warning); }
mark.sev-info { background: var(--info-mark); box-shadow: inset 0 -2px var(--info); }
mark.off { background: none; box-shadow: none; padding: 0; }
ins { background: var(--ins); text-decoration: none; box-shadow: inset 0 -2px var(--ok); }
del { background: var(--del); color: var(--del-fg); margin-right: 2px; }
ins.off, del.off { background: none; box-shadow: none; }
.score { position: absolute; right: 6px; bottom: 3px; font-size: 11px; color: var(--muted); background: var(--bg);
  border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; visibility: hidden; }
.row:hover .score, .row:focus .score, .row.weak .score { visibility: visible; }
.row.weak .score { color: var(--warning); border-color: var(--warning); }
@media (max-width: 700px) {
  header.top { padding: 10px 12px; }
  .colheads { display: none; }
  .row { grid-template-columns: 1fr; }
  .cell { padding: 6px 12px; }
  .cell.source { border-right: 0; }
  .cell::before { content: attr(data-label); display: block; font-size: 10px; font-weight: 700; color: var(--muted); }
  .cell.target { border-top: 1px dashed var(--line); }
  .badges { padding: 8px 12px 0; }
  .badge { flex-wrap: wrap; }
  .keys { display: none; }
  .files .arrow { display: none; }
  .block { padding-left: 26px; }
  .ln { width: 20px; }
}
@media print {
  #filters, .score { display: none; }
  .colheads { position: static; }
  .row { break-inside: avoid; content-visibility: visible; }
  .row.has-findings { background: none; }
  .badge { border: 1px solid; }
}
`

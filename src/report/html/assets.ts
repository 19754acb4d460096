// The report's own style and script, inlined into every report (no network, no external assets).

/** Anchor types in legend order, with the label shown to readers. */
export const anchorTypeLabels: ReadonlyArray<readonly [type: string, label: string]> = [
  ['number', 'number'],
  ['ordinal', 'ordinal'],
  ['date', 'date'],
  ['entity', 'name'],
  ['country', 'country'],
];

/** Severities, most severe first (the order of the filters and of the summary). */
export const severityOrder = ['error', 'warning', 'info'] as const;

/**
 * The stylesheet. Only the column count and the number of rules vary, both integers, so nothing
 * from the input ever reaches CSS.
 */
export function reportStyle(columnCount: number, ruleCount: number): string {
  const columnRules: string[] = [];
  for (let column = 0; column < columnCount; column++) {
    columnRules.push(`.c${column}{grid-column:${column + 2}}`);
  }
  const ruleFilters: string[] = [];
  for (let rule = 0; rule < ruleCount; rule++) {
    ruleFilters.push(`#findings.hide-r${rule} .r${rule}{display:none}`);
    for (const severity of severityOrder) {
      ruleFilters.push(`main.only-findings:not(.hide-r${rule}):not(.hide-sev-${severity}) .row.f${rule}-${severity}{display:grid}`);
    }
  }
  return `
:root{color-scheme:light;--line:#d8dbe0;--muted:#5b6270;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;color:#1c1f24;background:#fff}
body{margin:0}
header{padding:12px 16px 8px;border-bottom:1px solid var(--line)}
h1{font-size:1.25rem;margin:0 0 4px}
h2{font-size:1rem;margin:10px 0 4px}
.summary{color:var(--muted);margin:0}
.legend mark{margin-inline-end:6px}
.legend,.filters{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;margin:6px 0;font-size:.9rem}
.filters fieldset{border:1px solid var(--line);border-radius:6px;padding:2px 8px;margin:0;display:flex;flex-wrap:wrap;gap:2px 10px}
.filters legend{font-size:.8rem;color:var(--muted);padding:0 4px}
.filters label{white-space:nowrap;cursor:pointer}
#findings{max-height:32vh;overflow:auto;margin:4px 0 0;padding:0 0 0 2.2em;font-size:.92rem}
#findings li{margin:2px 0}
#findings a.go{color:inherit;text-decoration:none}
#findings a.go:hover .msg{text-decoration:underline}
.ev a{font-size:.8rem;color:var(--muted);margin-inline-start:6px}
.ev a.fix{color:#9b1c1c;font-weight:600}
.badge{display:inline-block;font-size:.72rem;font-weight:600;text-transform:uppercase;border-radius:4px;padding:0 5px;margin-inline-end:6px;color:#fff}
.badge.sev-error{background:#c62828}.badge.sev-warning{background:#b26a00}.badge.sev-info{background:#4a6fa5}
code{font-size:.85em;background:#f1f3f5;border-radius:3px;padding:0 3px}
.none{color:var(--muted)}
.grid{min-width:calc(3.2em + ${columnCount} * 14em)}
.row{display:grid;grid-template-columns:3.2em repeat(${columnCount},minmax(0,1fr));border-bottom:1px solid #eceef1;content-visibility:auto;contain-intrinsic-size:auto 4.5em;scroll-margin-top:4em}
.row.head{position:sticky;top:0;z-index:2;background:#f6f7f9;border-bottom:2px solid var(--line);font-weight:600;content-visibility:visible}
.row.aligned{background:#fcfdff}
.row.current{background:#fff8d6;box-shadow:inset 4px 0 #e0a800}
.row.has-f>.n{color:#c62828;font-weight:600}
main.only-findings .row:not(.head){display:none}
.n{grid-column:1;font-size:.75rem;color:var(--muted);text-align:end;padding:6px 6px 0 0;text-decoration:none}
.cell{padding:5px 10px;border-inline-start:1px solid #eceef1;min-width:0;overflow-wrap:anywhere}
.cell[dir=rtl]{text-align:right}
.k-caption,.k-boilerplate{opacity:.5}
.k-boilerplate{font-size:.88em}
.k-heading{font-weight:600}
.a{border-radius:3px;padding:0 1px}
.a-number{background:#d6e6ff}.a-ordinal{background:#cdeff0}.a-date{background:#d5f2d0}.a-entity{background:#ecdcff}.a-country{background:#ffe0c2}
mark{background:none;color:inherit}
mark.f{text-decoration:underline solid #4a6fa5 2px;text-underline-offset:3px;text-decoration-skip-ink:none}
mark.f.sev-error{text-decoration-color:#c62828}mark.f.sev-warning{text-decoration-color:#d08a00}
mark.f.fix{text-decoration-style:wavy;text-decoration-thickness:1.5px;background-color:#ffe4e1}
mark.f.target{box-shadow:0 0 0 3px #ffd43b;background-color:#fff3bf}
#findings.hide-sev-error .sev-error,#findings.hide-sev-warning .sev-warning,#findings.hide-sev-info .sev-info{display:none}
${columnRules.join('\n')}
${ruleFilters.join('\n')}
`;
}

/**
 * The script: the filters toggle classes on the findings list and on <main> (CSS does the hiding:
 * list items, and with "only rows with findings" the rows whose findings are all filtered out), and
 * a click on a finding scrolls its evidence to the middle of the screen and marks it.
 */
export const reportScript = `
(function () {
  var list = document.getElementById('findings');
  var rows = document.querySelector('main');
  var only = document.getElementById('only-findings');
  var filters = Array.prototype.slice.call(document.querySelectorAll('input[data-hide]'));
  // The rows follow the filters only while "only rows with findings" is on: a class change on <main>
  // restyles every row, so it is made only when it shows.
  function syncRows() {
    if (!rows || !only) return;
    if (only.checked) {
      filters.forEach(function (input) { rows.classList.toggle(input.getAttribute('data-hide'), !input.checked); });
    }
    rows.classList.toggle('only-findings', only.checked);
  }
  filters.forEach(function (input) {
    var apply = function () {
      if (list) list.classList.toggle(input.getAttribute('data-hide'), !input.checked);
      if (only && only.checked) syncRows();
    };
    input.addEventListener('change', apply);
    apply();
  });
  if (only) {
    only.addEventListener('change', syncRows);
    syncRows();
  }
  var current = null;
  var currentMarks = [];
  // Brings the row into view; with a piece of evidence named, that very mark goes to the middle of
  // the screen (rows of long clusters can be taller than the screen).
  function show(id, evidence) {
    var row = document.getElementById(id);
    if (!row) return false;
    if (current) current.classList.remove('current');
    currentMarks.forEach(function (mark) { mark.classList.remove('target'); });
    current = row;
    row.classList.add('current');
    // One piece of evidence can be several marks (cut where anchors begin and end).
    currentMarks = evidence ? Array.prototype.slice.call(row.querySelectorAll('mark[data-ev~="' + evidence + '"]')) : [];
    currentMarks.forEach(function (mark) { mark.classList.add('target'); });
    (currentMarks[0] || row).scrollIntoView({ block: 'center' });
    return true;
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#row-"]') : null;
    if (!link) return;
    var id = link.getAttribute('href').slice(1);
    if (show(id, link.getAttribute('data-ev'))) {
      event.preventDefault();
      history.replaceState(null, '', '#' + id);
    }
  });
  if (location.hash.indexOf('#row-') === 0) show(location.hash.slice(1), null);
})();
`;

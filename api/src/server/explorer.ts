// A small GraphQL explorer with no external assets: Apollo's landing page loads from a CDN,
// which an offline installation cannot reach. Its script and style are files of their own, so
// that it works under a Content-Security-Policy without inline scripts.
export const explorerPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plac GraphQL explorer</title>
<link rel="stylesheet" href="/graphql/explorer.css">
</head>
<body>
<header><strong>Plac GraphQL</strong><button id="run" type="button">Run (Ctrl+Enter)</button></header>
<div class="left">
  <label>Query<textarea id="query" spellcheck="false">{
  areas(kind: DISTRICT) { name slug terytCode }
  areaAt(point: { type: "Point", coordinates: [21.0122, 52.2297] }) { name }
}</textarea></label>
  <label>Variables (JSON)<textarea id="variables" spellcheck="false">{}</textarea></label>
  <details id="docs"><summary>Queries and mutations</summary><pre id="fields">…</pre></details>
</div>
<div class="right"><pre id="result" aria-live="polite">Press Run.</pre></div>
<script src="/graphql/explorer.js"></script>
</body>
</html>
`;

export const explorerStyle = `body { font: 14px/1.4 system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 1fr 1fr; grid-template-rows: auto 1fr; height: 100vh; }
header { grid-column: 1 / 3; padding: .5rem 1rem; background: #1d3557; color: #fff; display: flex; gap: 1rem; align-items: center; }
textarea, pre { font: 13px/1.4 ui-monospace, monospace; box-sizing: border-box; width: 100%; margin: 0; padding: .5rem; border: 1px solid #ccc; }
.left { display: grid; grid-template-rows: 2fr 1fr auto; gap: .25rem; padding: .5rem; }
.right { padding: .5rem; overflow: auto; }
button { font: inherit; padding: .3rem 1rem; }
:focus-visible { outline: 3px solid #f4a261; }
details { margin-top: .5rem; }
`;

export const explorerScript = `const $ = (id) => document.getElementById(id);
async function post(query, variables) {
  const res = await fetch(location.pathname, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return res.json();
}
async function run() {
  let variables;
  try { variables = JSON.parse($('variables').value || '{}'); } catch (e) { $('result').textContent = 'Variables are not valid JSON: ' + e.message; return; }
  $('result').textContent = '…';
  try { $('result').textContent = JSON.stringify(await post($('query').value, variables), null, 2); }
  catch (e) { $('result').textContent = 'Request failed: ' + e.message; }
}
$('run').onclick = run;
document.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
$('docs').addEventListener('toggle', async () => {
  const field = '{ name description args { name type { name kind ofType { name kind ofType { name } } } } }';
  const r = await post('{ __schema { queryType { fields ' + field + ' } mutationType { fields ' + field + ' } } }', {});
  const list = (t) => (t?.fields ?? []).map((f) => f.name + '(' + f.args.map((a) => a.name).join(', ') + ')' + (f.description ? '  # ' + f.description : '')).join('\\n');
  $('fields').textContent = 'Query\\n' + list(r.data.__schema.queryType) + '\\n\\nMutation\\n' + (list(r.data.__schema.mutationType) || '(none)');
}, { once: true });
`;

import { Html, html } from './html.js';

const style = `
  body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #111; max-width: 64rem;
         margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
  h3 { font-size: 1.05rem; margin-top: 1.5rem; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
  dl.facts dt { font-weight: bold; } dl.facts dd { margin: 0; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
  th, td { border: 1px solid #888; padding: .3rem .4rem; vertical-align: top; text-align: left; }
  th { background: #eee; } td.number { text-align: right; white-space: nowrap; }
  .body, .justification { white-space: pre-line; }
  .draft { border: 2px solid #b00; color: #b00; padding: .5rem 1rem; font-weight: bold; }
  .summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10pt; }
    a { color: inherit; text-decoration: none; }
    thead { display: table-header-group; }
    tr, .summary table { break-inside: avoid; }
    h2, h3 { break-after: avoid; }
    @page { size: A4 landscape; margin: 15mm; }
  }`;

/** A whole page in Polish: the document shell with its print stylesheet around `content`. */
export function page(title: string, content: Html): string {
  return html`<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new Html(style)}</style>
</head>
<body>
${content}
</body>
</html>
`.value;
}

/** The page for an unknown consultation or a report not published yet. */
export function notFoundPage(): string {
  return page(
    'Nie znaleziono raportu',
    html`<main>
<h1>Nie znaleziono raportu</h1>
<p>Nie ma takich konsultacji albo raport z nich nie został jeszcze opublikowany.</p>
<p><a href="/">Strona główna</a></p>
</main>`,
  );
}

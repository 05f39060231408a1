import type { Meeting } from '../consultations/consultation.type.js';
import { html } from './html.js';
import {
  decisionLabel,
  formatDate,
  formatDateTime,
  meetingLabel,
  propertyRightLabel,
  stanceLabel,
  statusLabel,
} from './report.labels.js';
import { page } from './report.page.js';
import type { ConsultationReport, ReportDistrict, ReportRemark } from './report.type.js';

const outside = 'Poza granicami dzielnic';

function countTable(caption: string, rows: [string, number][]) {
  return html`<table><caption>${caption}</caption>
<thead><tr><th scope="col">Kategoria</th><th scope="col">Liczba uwag</th></tr></thead>
<tbody>${rows.map(([label, n]) => html`<tr><td>${label}</td><td class="number">${n}</td></tr>`)}</tbody>
</table>`;
}

function summary(r: ConsultationReport) {
  const s = r.byStance;
  return html`<div class="summary">
${countTable('Według stanowiska', [
  [stanceLabel('SUPPORT'), s.support],
  [stanceLabel('OBJECTION'), s.objection],
  [stanceLabel('PROPOSAL'), s.proposal],
  [stanceLabel('QUESTION'), s.question],
])}
${countTable(
  'Według tematu',
  r.byTopic.map((t) => [t.topic?.name ?? 'Bez tematu', t.count]),
)}
${countTable(
  'Według dzielnicy',
  r.byDistrict.map((d) => [d.name ?? outside, d.count]),
)}
${countTable(
  'Według rozstrzygnięcia',
  r.byDecision.map((d) => [d.decision ? decisionLabel(d.decision) : 'Bez odpowiedzi', d.count]),
)}
</div>`;
}

function meetings(list: Meeting[]) {
  if (list.length === 0) return html`<p>Nie odbyły się spotkania.</p>`;
  return html`<ul>${list.map(
    (m) => html`<li><strong>${meetingLabel(m.kind)}</strong>: ${m.title},
${formatDateTime(m.startsAt)}${m.address ? html`, ${m.address}` : ''}${m.onlineUrl ? html`, online: ${m.onlineUrl}` : ''}</li>`,
  )}</ul>`;
}

function author(remark: ReportRemark) {
  if (!remark.formal) return '';
  const f = remark.formal;
  return html`<td>${f.name}<br>${f.address}<br>${propertyRightLabel(f.propertyRight)}</td>`;
}

// A hidden remark is listed all the same; the public copy withholds its text and says why.
function remarkBody(remark: ReportRemark) {
  if (remark.body === null) {
    return html`<p class="withheld"><em>Treść uwagi ukryta przez moderację; organizator zna jej pełne brzmienie.</em></p>`;
  }
  const note = remark.hidden
    ? html`<p><em>Uwaga ukryta przez moderację na stronie konsultacji.</em></p>`
    : '';
  return html`<div class="body">${remark.body}</div>${note}`;
}

function remarkRow(remark: ReportRemark, withPersonalData: boolean) {
  return html`<tr>
<td class="number">${remark.number}</td>
<td>${formatDate(remark.submittedAt)}</td>
${withPersonalData ? (remark.formal ? author(remark) : html`<td>—</td>`) : ''}
<td>${remarkBody(remark)}
${remark.formalRemark ? html`<p><em>Uwaga w trybie art. 8g</em></p>` : ''}</td>
<td>${stanceLabel(remark.stance)}${remark.topic ? html`<br>${remark.topic}` : ''}</td>
<td>${remark.zone ?? '—'}${remark.parcels.length ? html`<br>Działki: ${remark.parcels.join(', ')}` : ''}</td>
<td>${remark.decision ? decisionLabel(remark.decision) : 'Bez odpowiedzi'}</td>
<td><div class="justification">${remark.justification ?? ''}</div></td>
</tr>`;
}

function district(d: ReportDistrict, withPersonalData: boolean) {
  return html`<section>
<h3>${d.name ?? outside} (${d.remarks.length})</h3>
<table>
<thead><tr><th scope="col">Lp.</th><th scope="col">Data wpływu</th>
${withPersonalData ? html`<th scope="col">Wnoszący uwagę</th>` : ''}
<th scope="col">Treść uwagi</th><th scope="col">Stanowisko i temat</th>
<th scope="col">Strefa planu, działki</th><th scope="col">Rozstrzygnięcie</th>
<th scope="col">Uzasadnienie</th></tr></thead>
<tbody>${d.remarks.map((remark) => remarkRow(remark, withPersonalData))}</tbody>
</table>
</section>`;
}

/**
 * The report as a printable page. `withPersonalData` (the organiser's copy) adds the column
 * of formal remarks' authors, which the public copy leaves out.
 */
export function reportPage(r: ConsultationReport, withPersonalData: boolean): string {
  const c = r.consultation;
  const title = `Raport z konsultacji: ${c.title}`;
  return page(
    title,
    html`<header>
${r.published ? '' : html`<p class="draft">Wersja robocza: raport nie został opublikowany.</p>`}
<h1>Raport z przebiegu konsultacji społecznych</h1>
<p>${c.title}</p>
<dl class="facts">
<dt>Organizator</dt><dd>${r.unitName}</dd>
<dt>Okres konsultacji</dt><dd>${formatDate(c.opensAt)} – ${formatDate(c.closesAt)}</dd>
<dt>Status</dt><dd>${statusLabel(c.status)}</dd>
<dt>Data publikacji raportu</dt><dd>${r.publishedAt ? formatDate(r.publishedAt) : '—'}</dd>
<dt>Liczba uwag</dt><dd>${r.totalRemarks} (z odpowiedzią: ${r.answeredRemarks})</dd>
</dl>
</header>
<main>
<h2>Podsumowanie</h2>
${summary(r)}
<h2>Spotkania</h2>
${meetings(r.meetings)}
<h2>Uwagi i rozstrzygnięcia według dzielnic</h2>
${r.districts.length ? r.districts.map((d) => district(d, withPersonalData)) : html`<p>Nie zgłoszono uwag.</p>`}
</main>
<footer><p>Raport sporządzony na podstawie art. 8k ustawy z dnia 27 marca 2003 r.
o planowaniu i zagospodarowaniu przestrzennym.</p></footer>`,
  );
}

import { describe, expect, it } from 'vitest';
import { AddCommentPanel } from './AddCommentPanel';
import type { Consultation } from './consultation.queries';
import { consultation, render } from './testing';

function panel(status: Consultation['status']): string {
  return render(
    <AddCommentPanel
      consultation={{ ...consultation, status }}
      formOpen={false}
      onOpen={() => {}}
      onClose={() => {}}
      draft={null}
      onDraft={() => {}}
      drawShape={null}
      onDrawShape={() => {}}
      onAdded={() => {}}
    />,
  );
}

describe('AddCommentPanel', () => {
  it('tells when remarks open on an announced consultation', () => {
    expect(panel('ANNOUNCED')).toContain('Konsultacje rozpoczną się 1 mar 2026');
  });

  it('says a closed consultation takes no more remarks', () => {
    const html = panel('CLOSED');
    expect(html).toContain('uwag nie można już zgłaszać');
    expect(html).not.toContain('Zgłoś uwagę');
  });

  it('links a reported consultation to its report', () => {
    expect(panel('REPORTED')).toContain('href="/consultations/c1/report"');
  });
});

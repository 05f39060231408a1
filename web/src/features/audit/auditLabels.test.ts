import { describe, expect, it } from 'vitest';
import { auditTexts } from './audit.i18n';
import { actionLabel, typeLabel } from './auditLabels';

const pl = auditTexts.fixedT('pl');
const en = auditTexts.fixedT('en');

describe('audit labels', () => {
  it('word the actions and object types Plac records', () => {
    expect(actionLabel(pl, 'role.grant')).toBe('Nadanie roli');
    expect(actionLabel(en, 'user.verify')).toBe('Resident verified');
    expect(typeLabel(pl, 'Comment')).toBe('Uwaga');
  });

  it('show the code of an action or type recorded since this client was built', () => {
    expect(actionLabel(pl, 'file.upload')).toBe('file.upload');
    expect(typeLabel(en, 'StoredFile')).toBe('StoredFile');
  });
});

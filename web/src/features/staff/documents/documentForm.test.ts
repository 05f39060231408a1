import { describe, expect, it } from 'vitest';
import { type DocumentFormValues, documentInput } from './documentForm';

const form: DocumentFormValues = {
  title: ' Projekt planu ',
  kind: 'PLAN_TEXT',
  source: 'file',
  fileId: 'f1',
  url: 'https://example.org/old.pdf',
};

describe('documentInput', () => {
  it('sends the uploaded file and not the link typed before', () => {
    expect(documentInput(form)).toEqual({
      input: { title: 'Projekt planu', kind: 'PLAN_TEXT', fileId: 'f1' },
    });
  });

  it('sends the link and not a file uploaded before', () => {
    expect(documentInput({ ...form, source: 'link' })).toEqual({
      input: { title: 'Projekt planu', kind: 'PLAN_TEXT', url: 'https://example.org/old.pdf' },
    });
  });

  it('names what is missing', () => {
    expect(documentInput({ ...form, fileId: null })).toEqual({
      problem: { field: 'file', problem: 'fileMissing' },
    });
    expect(documentInput({ ...form, source: 'link', url: ' ' })).toEqual({
      problem: { field: 'url', problem: 'urlMissing' },
    });
  });
});

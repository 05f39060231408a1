import { describe, expect, it } from 'vitest';
import { errorText } from '../../../errors/errors.i18n';
import { uploadAnswer } from './upload';

describe('uploadAnswer', () => {
  it('gives the stored file', () => {
    const file = { id: 'f1', name: 'plan.pdf', size: 10, url: '/files/f1/plan.pdf' };
    expect(uploadAnswer(201, { file })).toEqual({ file });
  });

  it('words a refusal from its reason, like any API error', () => {
    const body = {
      errors: [
        {
          message: 'is larger than 1024 bytes',
          extensions: { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', params: { max: 1024 } },
        },
      ],
    };
    const result = uploadAnswer(413, body);
    if (!('error' in result)) throw new Error('expected a refusal');
    expect(errorText(result.error, 'en')).toContain('1,024');
    expect(errorText(result.error, 'pl')).not.toContain('larger than');
  });

  it('takes an answer without errors as a network failure', () => {
    const result = uploadAnswer(502, null);
    expect('error' in result && result.error.networkError).toBeTruthy();
  });
});

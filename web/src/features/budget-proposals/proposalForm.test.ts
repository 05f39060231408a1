import { describe, expect, it } from 'vitest';
import { draftOf, emptyDraft, inputOf, termsOf } from './proposalForm';
import type { Proposal } from './proposals.queries';

const point = { type: 'Point' as const, coordinates: [21.02, 52.19] };
const photo = { id: 'f1', name: 'skwer.png', size: 120, url: '/files/f1/skwer.png' };

describe("the proposal form's input", () => {
  it('sends amounts as grosze, leaving blank lines out', () => {
    const draft = {
      ...emptyDraft(),
      poolId: 'pool',
      title: 'Ławki',
      location: point,
      images: [photo],
      costLines: [
        { item: 'Ławki', amount: '1 200,50' },
        { item: '', amount: '' },
        { item: 'Montaż', amount: '300' },
      ],
    };
    expect(inputOf(draft, 'p1')).toEqual({
      input: expect.objectContaining({
        id: 'p1',
        locations: [point],
        imageIds: ['f1'],
        attachmentIds: [],
        costLines: [
          { item: 'Ławki', amountGrosze: '120050' },
          { item: 'Montaż', amountGrosze: '30000' },
        ],
      }),
    });
  });

  it('names the first line whose amount is not złoty, counting from 1', () => {
    const draft = {
      ...emptyDraft(),
      costLines: [
        { item: 'Ławki', amount: '100' },
        { item: '', amount: '' },
        { item: 'Montaż', amount: 'dużo' },
      ],
    };
    expect(inputOf(draft, null)).toEqual({ badAmount: 3 });
  });

  it('reads a saved proposal back with its amounts in the language', () => {
    const proposal = {
      title: 'Ławki',
      description: '',
      poolId: 'pool',
      locations: [{ geometry: point }],
      costLines: [{ item: 'Ławki', amount: { grosze: '120050' } }],
      categories: ['zieleń'],
      targetGroups: [],
      consentToPublish: true,
      images: [photo],
      attachments: [],
    } as unknown as Proposal;
    expect(draftOf(proposal, 'pl')).toMatchObject({
      location: point,
      costLines: [{ item: 'Ławki', amount: '1200,50' }],
      images: [photo],
    });
  });

  it('splits typed terms at commas', () => {
    expect(termsOf(' zieleń, ,sport ')).toEqual(['zieleń', 'sport']);
  });
});

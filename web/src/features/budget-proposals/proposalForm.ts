import type { CommentGeometry } from '../consultation/locationInput';
import type { UploadedFile } from '../staff/documents/upload';
import { groszeOf, zlotyText } from './money';
import type { Proposal } from './proposals.queries';

export type CostLineDraft = { item: string; amount: string };

/** The form as the resident fills it in: amounts as typed, terms as chosen or typed. */
export type ProposalDraft = {
  title: string;
  description: string;
  poolId: string;
  location: CommentGeometry | null;
  costLines: CostLineDraft[];
  categories: string[];
  targetGroups: string[];
  consentToPublish: boolean;
  images: UploadedFile[];
  attachments: UploadedFile[];
};

export const emptyDraft = (): ProposalDraft => ({
  title: '',
  description: '',
  poolId: '',
  location: null,
  costLines: [{ item: '', amount: '' }],
  categories: [],
  targetGroups: [],
  consentToPublish: false,
  images: [],
  attachments: [],
});

/** A saved proposal back in the form, its amounts written as złoty in the language. */
export function draftOf(proposal: Proposal, lang: 'pl' | 'en'): ProposalDraft {
  return {
    title: proposal.title,
    description: proposal.description,
    poolId: proposal.poolId,
    location: (proposal.locations[0]?.geometry as CommentGeometry | undefined) ?? null,
    costLines:
      proposal.costLines.length > 0
        ? proposal.costLines.map((line) => ({
            item: line.item,
            amount: zlotyText(line.amount.grosze, lang),
          }))
        : [{ item: '', amount: '' }],
    categories: [...proposal.categories],
    targetGroups: [...proposal.targetGroups],
    consentToPublish: proposal.consentToPublish,
    images: [...proposal.images],
    attachments: [...proposal.attachments],
  };
}

/** Terms typed in one field, comma-separated: trimmed, blanks left out. */
export const termsOf = (text: string) =>
  text
    .split(',')
    .map((term) => term.trim())
    .filter((term) => term !== '');

/**
 * The API's input for the draft; the number (from 1) of the first cost line whose amount is
 * not złoty, when one is not. Wholly blank lines are left out.
 */
export function inputOf(
  draft: ProposalDraft,
  id: string | null,
): { input: Record<string, unknown> } | { badAmount: number } {
  const lines = draft.costLines.filter((line) => line.item.trim() !== '' || line.amount !== '');
  const costLines = [];
  for (const line of lines) {
    const amountGrosze = groszeOf(line.amount);
    if (amountGrosze === null) return { badAmount: draft.costLines.indexOf(line) + 1 };
    costLines.push({ item: line.item, amountGrosze });
  }
  return {
    input: {
      ...(id ? { id } : {}),
      poolId: draft.poolId,
      title: draft.title,
      description: draft.description,
      locations: draft.location ? [draft.location] : [],
      costLines,
      categories: draft.categories,
      targetGroups: draft.targetGroups,
      consentToPublish: draft.consentToPublish,
      imageIds: draft.images.map((file) => file.id),
      attachmentIds: draft.attachments.map((file) => file.id),
    },
  };
}

import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** Residents propose budget projects: the form, drafts, co-authors. */
export const proposalTexts = defineNamespace('budgetProposals', pl, en);
export const useProposalT = proposalTexts.useT;

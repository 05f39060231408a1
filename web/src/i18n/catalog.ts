import { appMessages } from '../app/app.messages';
import { accountMessages } from '../features/account/account.messages';
import { budgetMessages } from '../features/budget/budget.messages';
import { voteMessages } from '../features/budget/vote.messages';
import { consultationMessages } from '../features/consultation/consultation.messages';
import { homeMessages } from '../features/home/home.messages';
import { plannerMessages } from '../features/planner/planner.messages';
import { mapMessages } from '../map/map.messages';

/** Every feature's messages; keys are prefixed by feature, so none collide. */
export const messageParts = [
  appMessages,
  mapMessages,
  homeMessages,
  consultationMessages,
  plannerMessages,
  budgetMessages,
  voteMessages,
  accountMessages,
] as const;

/** Polish, the default catalog. */
export const pl = {
  ...appMessages.pl,
  ...mapMessages.pl,
  ...homeMessages.pl,
  ...consultationMessages.pl,
  ...plannerMessages.pl,
  ...budgetMessages.pl,
  ...voteMessages.pl,
  ...accountMessages.pl,
};

export type MessageKey = keyof typeof pl;
export type Catalog = Record<MessageKey, string>;

export const en: Catalog = {
  ...appMessages.en,
  ...mapMessages.en,
  ...homeMessages.en,
  ...consultationMessages.en,
  ...plannerMessages.en,
  ...budgetMessages.en,
  ...voteMessages.en,
  ...accountMessages.en,
};

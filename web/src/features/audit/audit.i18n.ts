import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** The admins' audit log: filters, entries and the CSV export. */
export const auditTexts = defineNamespace('audit', pl, en);
export const useAuditT = auditTexts.useT;

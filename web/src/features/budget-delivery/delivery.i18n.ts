import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** Delivery of funded projects: the office's updates and what residents see of them. */
export const deliveryTexts = defineNamespace('budgetDelivery', pl, en);
export const useDeliveryT = deliveryTexts.useT;
export type DeliveryKey = Parameters<ReturnType<typeof useDeliveryT>>[0];

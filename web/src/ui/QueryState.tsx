import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useErrorText } from '../errors/errors.i18n';
import { useUiT } from './ui.i18n';

export type QueryStateProps = {
  fetching: boolean;
  error?: CombinedError;
  /** True when the data arrived and there is nothing to show. */
  empty?: boolean;
  emptyText?: string;
  onRetry?: () => void;
  children: ReactNode;
};

/**
 * Loading, error (with why, in the user's language, and a retry) and empty states around
 * content, each announced to assistive technology.
 */
export function QueryState({
  fetching,
  error,
  empty,
  emptyText,
  onRetry,
  children,
}: QueryStateProps) {
  const t = useUiT();
  const errorText = useErrorText();
  if (error) {
    return (
      <div className="query-state query-state-error" role="alert">
        <p>{t('state.error')}</p>
        <p className="query-state-detail">{errorText(error)}</p>
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {t('state.retry')}
          </button>
        )}
      </div>
    );
  }
  if (fetching && empty !== false) {
    return (
      <p className="query-state" role="status">
        {t('state.loading')}
      </p>
    );
  }
  if (empty) {
    return (
      <p className="query-state" role="status">
        {emptyText ?? t('state.empty')}
      </p>
    );
  }
  return <>{children}</>;
}

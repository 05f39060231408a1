import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
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
 * Loading, error (with the server's own message and a retry) and empty states around
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
  if (error) {
    return (
      <div className="query-state query-state-error" role="alert">
        <p>{t('state.error')}</p>
        <p className="query-state-detail">{errorMessage(error)}</p>
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

/** The API's message for the first GraphQL error, or the network failure. */
export function errorMessage(error: CombinedError): string {
  return error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
}

/** The API's error code (extensions.code) of the first GraphQL error, if any. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The input field the API named in a validation error (extensions.field), if any. */
export function errorField(error: CombinedError | undefined): string | undefined {
  const field = error?.graphQLErrors[0]?.extensions?.field;
  return typeof field === 'string' ? field : undefined;
}

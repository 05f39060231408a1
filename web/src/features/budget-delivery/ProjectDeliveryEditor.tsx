import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { QueryState } from '../../ui/QueryState';
import { DeliveryProgress } from './DeliveryProgress';
import { DeliveryTimeline } from './DeliveryTimeline';
import { DeliveryUpdateForm } from './DeliveryUpdateForm';
import { useDeliveryT } from './delivery.i18n';
import {
  type DeliveryUpdateData,
  ProjectDeliveryQuery,
  RemoveDeliveryUpdateMutation,
} from './delivery.queries';

/** One funded project on the office's screen: the update form, and its updates to correct or remove. */
export function ProjectDeliveryEditor({ projectId }: { projectId: string }) {
  const t = useDeliveryT();
  const errorText = useErrorText();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProjectDeliveryQuery,
    variables: { projectId },
  });
  const [editing, setEditing] = useState<DeliveryUpdateData | null>(null);
  const [removal, remove] = useMutation(RemoveDeliveryUpdateMutation);
  const [saved, setSaved] = useState('');
  const delivery = data?.projectDelivery;
  const done = (message: string) => {
    setEditing(null);
    setSaved(message);
  };
  const removeUpdate = async (update: DeliveryUpdateData) => {
    if (!window.confirm(t('editor.confirmRemove'))) return;
    const { error } = await remove({ updateId: update.id });
    if (!error) done(t('editor.removed'));
  };
  return (
    <section className="delivery-editor" aria-labelledby="delivery-editor-heading">
      <h2 id="delivery-editor-heading">{delivery?.title ?? t('heading')}</h2>
      <QueryState
        fetching={fetching && !data}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {delivery && (
          <>
            <DeliveryProgress delivery={delivery} />
            <p role="status">{saved}</p>
            {removal.error && (
              <p className="account-error" role="alert">
                {errorText(removal.error)}
              </p>
            )}
            <DeliveryUpdateForm
              key={editing?.id ?? 'new'}
              project={delivery}
              editing={editing ?? undefined}
              onSaved={() => done(editing ? t('editor.edited') : t('editor.added'))}
              onCancel={editing ? () => setEditing(null) : undefined}
            />
            <h3>{t('timeline.heading')}</h3>
            <DeliveryTimeline
              updates={delivery.updates}
              actions={(update) => (
                <div className="delivery-actions">
                  <button type="button" onClick={() => setEditing(update)}>
                    {t('editor.edit', { date: update.reportedOn })}
                  </button>
                  <button type="button" onClick={() => removeUpdate(update)}>
                    {t('editor.remove', { date: update.reportedOn })}
                  </button>
                </div>
              )}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}

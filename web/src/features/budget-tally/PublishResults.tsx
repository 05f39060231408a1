import { useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { useTallyT } from './tally.i18n';
import { PublishResultsMutation } from './tally.queries';

/** Publishing, after a confirm step: the results become public and final. */
export function PublishResults({ editionId }: { editionId: string }) {
  const t = useTallyT();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const [publishing, publish] = useMutation(PublishResultsMutation);
  if (!confirming) {
    return (
      <div className="tally-actions">
        <button type="button" onClick={() => setConfirming(true)}>
          {t('tally.publish')}
        </button>
      </div>
    );
  }
  return (
    <section className="tally-confirm" aria-labelledby="tally-confirm" role="alertdialog">
      <h2 id="tally-confirm">{t('tally.confirmHeading')}</h2>
      <p>{t('tally.confirmText')}</p>
      <p role="alert">{publishing.error && errorText(publishing.error)}</p>
      <div className="tally-actions">
        <button
          type="button"
          disabled={publishing.fetching}
          onClick={async () => {
            const result = await publish({ editionId });
            if (!result.error) setConfirming(false);
          }}
        >
          {t('tally.confirm')}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {t('tally.cancel')}
        </button>
      </div>
    </section>
  );
}

import { useState } from 'react';
import { useClient } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { useUiT } from '../../ui/ui.i18n';
import { useAccountT } from './account.i18n';
import { MyDataQuery } from './account.queries';
import { accountError } from './accountErrors';

/** Everything Plac holds about the user (`myData`), saved as a JSON file. */
export function DataDownload() {
  const { lang } = useI18n();
  const t = useAccountT();
  const tUi = useUiT();
  const client = useClient();
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [failure, setFailure] = useState<string | null>(null);

  const download = async () => {
    setState('busy');
    setFailure(null);
    const result = await client.query(MyDataQuery, {}, { requestPolicy: 'network-only' });
    if (result.error || !result.data) {
      setState('idle');
      setFailure(result.error ? accountError(result.error, lang).message : tUi('state.error'));
      return;
    }
    const file = new Blob([JSON.stringify(result.data.myData, null, 2)], {
      type: 'application/json',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = 'plac-my-data.json';
    link.click();
    URL.revokeObjectURL(link.href);
    setState('done');
  };

  return (
    <section className="account-section" aria-labelledby="account-data">
      <h2 id="account-data">{t('data')}</h2>
      <p>{t('dataInfo')}</p>
      <button type="button" onClick={download} disabled={state === 'busy'}>
        {state === 'busy' ? t('downloading') : t('download')}
      </button>
      <div role="status">
        {state === 'done' && <p>{t('downloaded')}</p>}
        {failure && <p className="account-error">{failure}</p>}
      </div>
    </section>
  );
}

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { QueryState } from '../../ui/QueryState';
import { FormError } from '../account/FormError';
import { ImportedPlanView } from './ImportedPlanView';
import { type ChosenPlan, PlanFileForm } from './PlanFileForm';
import { PlanPreviewResult } from './PlanPreviewResult';
import { planFields } from './planDraft';
import {
  type ImportedPlan,
  ImportPlanMutation,
  PlanImportPreviewQuery,
} from './planImport.queries';

/** Choose a file → the API's preview (nothing written) → confirm → the version imported. */
export function PlanImportFlow({ consultationId }: { consultationId: string }) {
  const errorText = useErrorText();
  const [chosen, setChosen] = useState<ChosenPlan | null>(null);
  const [imported, setImported] = useState<ImportedPlan | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const fields = chosen ? planFields(chosen.draft) : null;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PlanImportPreviewQuery,
    variables: {
      consultationId,
      input: { crs: fields?.crs ?? 'EPSG_4326', name: fields?.name, text: chosen?.text },
    },
    pause: !chosen,
    requestPolicy: 'network-only',
  });
  const [{ fetching: importing }, importPlan] = useMutation(ImportPlanMutation);

  const confirm = async () => {
    if (!chosen || !fields) return;
    const result = await importPlan({ consultationId, input: { ...fields, text: chosen.text } });
    if (result.error) return setImportError(errorText(result.error));
    setImportError(null);
    if (result.data) setImported(result.data.importPlan);
  };

  if (imported) return <ImportedPlanView imported={imported} />;
  return (
    <div className="plan-import-work">
      <PlanFileForm
        onPreview={(next) => {
          setImportError(null);
          setChosen(next);
        }}
        onFileChanged={() => setChosen(null)}
      />
      <div>
        {chosen && (
          <QueryState
            fetching={fetching}
            error={error}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          >
            {data && (
              <PlanPreviewResult
                preview={data.planImportPreview}
                importing={importing}
                onImport={confirm}
              />
            )}
          </QueryState>
        )}
        <FormError message={importError} />
      </div>
    </div>
  );
}

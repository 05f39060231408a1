import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { type CombinedError, useClient, useMutation } from 'urql';
import { refusalOf } from '../../errors/apiError';
import { useErrorText } from '../../errors/errors.i18n';
import { readFragment } from '../../graphql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import type { CommentGeometry } from '../consultation/locationInput';
import { Coauthors } from './Coauthors';
import { CostLines } from './CostLines';
import { ProposalFiles } from './ProposalFiles';
import { ProposalLocation } from './ProposalLocation';
import { draftOf, emptyDraft, inputOf, type ProposalDraft } from './proposalForm';
import { useProposalT } from './proposals.i18n';
import {
  type Proposal,
  ProposalFields,
  SaveProposalMutation,
  SubmitProposalMutation,
  SuggestPoolQuery,
  WithdrawProposalMutation,
} from './proposals.queries';
import { TermsField } from './TermsField';

type Pool = { id: string; kind: string; name: string };

type Props = {
  editionId: string;
  pools: readonly Pool[];
  vocabulary: { categories: readonly string[]; targetGroups: readonly string[] };
  proposal: Proposal | null;
  onChanged: () => void;
};

type Problem = { text: string; field: string | null };

/** `input.costLines[1].amountGrosze` → `costLines`: the form's field a refusal names. */
const fieldOf = (path: string | undefined) =>
  path?.replace(/^input\./, '').split(/[.[]/)[0] ?? null;

/** The proposal's fields; saving a draft, submitting it, and withdrawing it once submitted. */
export function ProposalForm({ editionId, pools, vocabulary, proposal, onChanged }: Props) {
  const t = useProposalT();
  const { lang } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const client = useClient();
  const id = useId();
  const [draft, setDraft] = useState<ProposalDraft>(() =>
    proposal ? draftOf(proposal, lang) : emptyDraft(),
  );
  const [suggested, setSuggested] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<'saved' | 'submitted' | 'withdrawn' | null>(null);
  const [saving, save] = useMutation(SaveProposalMutation);
  const [submitting, submit] = useMutation(SubmitProposalMutation);
  const [withdrawing, withdraw] = useMutation(WithdrawProposalMutation);
  const status = proposal?.status ?? 'DRAFT';
  const editable = status === 'DRAFT';
  const busy = saving.fetching || submitting.fetching || withdrawing.fetching;
  const errorId = `${id}-error`;
  const invalid = (field: string) => problem?.field === field;
  const update = (part: Partial<ProposalDraft>) => setDraft((old) => ({ ...old, ...part }));

  const refused = (error: CombinedError) =>
    setProblem({ text: errorText(error), field: fieldOf(refusalOf(error)?.field) });

  const locate = async (location: CommentGeometry | null) => {
    update({ location });
    setSuggested(null);
    if (!location) return;
    const answer = await client.query(SuggestPoolQuery, { editionId, location }).toPromise();
    const pool = pools.find((p) => p.id === answer.data?.suggestBudgetPool?.id);
    if (pool) {
      update({ poolId: pool.id });
      setSuggested(pool.name);
    }
  };

  /** Saves the draft; its id, or null when refused. */
  const saveDraft = async (): Promise<string | null> => {
    setProblem(null);
    setDone(null);
    const built = inputOf(draft, proposal?.id ?? null);
    if ('badAmount' in built) {
      setProblem({ text: t('costInvalid', { number: built.badAmount }), field: 'costLines' });
      return null;
    }
    const outcome = await save({ input: built.input as never });
    if (outcome.error) {
      refused(outcome.error);
      return null;
    }
    const saved = readFragment(ProposalFields, outcome.data?.saveProjectProposal);
    return saved?.id ?? null;
  };

  const afterSave = (savedId: string) => {
    if (proposal) onChanged();
    else void navigate(`/budget/${editionId}/propose/${savedId}`, { replace: true });
  };

  return (
    <>
      <form
        className="proposal-form"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const savedId = await saveDraft();
          if (!savedId) return;
          const outcome = await submit({ id: savedId });
          if (outcome.error) {
            refused(outcome.error);
            if (!proposal) afterSave(savedId);
            return;
          }
          setDone('submitted');
          afterSave(savedId);
        }}
      >
        <p className="proposal-status">
          {t(status === 'DRAFT' || status === 'SUBMITTED' ? `status.${status}` : 'status.other')}
        </p>
        <fieldset className="proposal-fields" disabled={!editable}>
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('title')}</label>
            <input
              id={`${id}-title`}
              value={draft.title}
              maxLength={300}
              required
              aria-invalid={invalid('title') || undefined}
              aria-describedby={invalid('title') ? errorId : undefined}
              onChange={(event) => update({ title: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-description`}>{t('description')}</label>
            <textarea
              id={`${id}-description`}
              value={draft.description}
              rows={6}
              aria-invalid={invalid('description') || undefined}
              aria-describedby={`${id}-description-hint${invalid('description') ? ` ${errorId}` : ''}`}
              onChange={(event) => update({ description: event.target.value })}
            />
            <p id={`${id}-description-hint`} className="hint">
              {t('descriptionHint')}
            </p>
          </div>
          <ProposalLocation
            location={draft.location}
            onLocation={(location) => void locate(location)}
            disabled={!editable}
            invalid={invalid('locations')}
            errorId={errorId}
          />
          <div className="field">
            <label htmlFor={`${id}-pool`}>{t('pool')}</label>
            <select
              id={`${id}-pool`}
              value={draft.poolId}
              aria-invalid={invalid('poolId') || undefined}
              aria-describedby={`${id}-pool-hint${invalid('poolId') ? ` ${errorId}` : ''}`}
              onChange={(event) => update({ poolId: event.target.value })}
            >
              <option value="">{t('chooseOne')}</option>
              {pools.map((pool) => (
                <option key={pool.id} value={pool.id}>
                  {pool.name}
                </option>
              ))}
            </select>
            <p id={`${id}-pool-hint`} className="hint" role="status">
              {suggested ? t('suggested', { pool: suggested }) : t('poolHint')}
            </p>
          </div>
          <CostLines
            lines={draft.costLines}
            onLines={(costLines) => update({ costLines })}
            disabled={!editable}
            invalid={invalid('costLines')}
            errorId={errorId}
          />
          <TermsField
            legend={t('categories')}
            vocabulary={vocabulary.categories}
            value={draft.categories}
            onChange={(categories) => update({ categories })}
            disabled={!editable}
          />
          <TermsField
            legend={t('targetGroups')}
            vocabulary={vocabulary.targetGroups}
            value={draft.targetGroups}
            onChange={(targetGroups) => update({ targetGroups })}
            disabled={!editable}
          />
          <ProposalFiles
            kind="IMAGE"
            files={draft.images}
            onChange={(images) => update({ images })}
            disabled={!editable}
            invalid={invalid('imageIds')}
            errorId={errorId}
          />
          <ProposalFiles
            kind="ATTACHMENT"
            files={draft.attachments}
            onChange={(attachments) => update({ attachments })}
            disabled={!editable}
            invalid={invalid('attachmentIds')}
            errorId={errorId}
          />
          <label className="proposal-consent">
            <input
              type="checkbox"
              checked={draft.consentToPublish}
              aria-invalid={invalid('consentToPublish') || undefined}
              aria-describedby={invalid('consentToPublish') ? errorId : undefined}
              onChange={(event) => update({ consentToPublish: event.target.checked })}
            />
            {t('consent')}
          </label>
        </fieldset>
        {problem && (
          <p role="alert" id={errorId} className="form-error">
            {problem.text}
          </p>
        )}
        {done && <p role="status">{t(done)}</p>}
        <div className="proposal-actions">
          {editable && (
            <>
              <button
                type="button"
                disabled={busy}
                onClick={async () => {
                  const savedId = await saveDraft();
                  if (!savedId) return;
                  setDone('saved');
                  afterSave(savedId);
                }}
              >
                {t('save')}
              </button>
              <button type="submit" className="primary" disabled={busy}>
                {t('submit')}
              </button>
            </>
          )}
          {proposal && status === 'SUBMITTED' && (
            <button
              type="button"
              disabled={busy}
              onClick={async () => {
                setProblem(null);
                const outcome = await withdraw({ id: proposal.id });
                if (outcome.error) refused(outcome.error);
                else {
                  setDone('withdrawn');
                  onChanged();
                }
              }}
            >
              {t('withdraw')}
            </button>
          )}
        </div>
      </form>
      {proposal ? (
        <Coauthors proposal={proposal} onInvited={onChanged} />
      ) : (
        <p className="hint">{t('inviteAfterSave')}</p>
      )}
    </>
  );
}

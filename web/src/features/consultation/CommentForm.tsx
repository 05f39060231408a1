import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { errorField } from '../../errors/apiError';
import { useErrorText } from '../../errors/errors.i18n';
import { readFragment } from '../../graphql/graphql';
import { upperFirst, useTerms } from '../../terms/terms.i18n';
import { AddCommentMutation } from './comment.mutations';
import { useConsultationT } from './consultation.i18n';
import { type Comment, CommentFields, type Consultation } from './consultation.queries';
import { emptyFormal, type Formal, FormalFields, parcelList } from './FormalFields';
import { LocationPicker } from './LocationPicker';
import type { CommentGeometry, Shape } from './locationInput';
import { StanceMark } from './StanceMark';
import { type Stance, stances } from './stancePalette';

type Props = {
  consultation: Consultation;
  draft: CommentGeometry | null;
  onDraft: (geometry: CommentGeometry | null) => void;
  drawShape: Shape | null;
  onDrawShape: (shape: Shape | null) => void;
  /** `clipped`: its line or area reached past the consultation area and was cut to it. */
  onAdded: (comment: Comment, clipped: boolean) => void;
  onCancel: () => void;
};

/** A new remark: where, stance, topic, text, and the formal-remark data when chosen. */
export function CommentForm(props: Props) {
  const t = useConsultationT();
  const errorText = useErrorText();
  const term = useTerms();
  const { consultation, draft } = props;
  const [stance, setStance] = useState<Stance | null>(null);
  const [topicId, setTopicId] = useState('');
  const [body, setBody] = useState('');
  const [formal, setFormal] = useState(false);
  const [formalData, setFormalData] = useState<Formal>(emptyFormal);
  const [missing, setMissing] = useState<string | null>(null);
  const [result, addComment] = useMutation(AddCommentMutation);
  const ids = { stance: useId(), topic: useId(), body: useId(), error: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return setMissing(t('needLocation'));
    if (!stance) return setMissing(t('needStance'));
    setMissing(null);
    const outcome = await addComment({
      input: {
        consultationId: consultation.id,
        geometry: draft,
        stance,
        topicId: topicId || null,
        body,
        ...(formal
          ? {
              formal: true,
              formalName: formalData.name,
              formalAddress: formalData.address,
              propertyRight: formalData.propertyRight,
              parcels: parcelList(formalData.parcels),
            }
          : {}),
      },
    });
    const added = outcome.data?.addComment;
    if (added) props.onAdded(readFragment(CommentFields, added), added.clippedToConsultation);
  };

  const problem = missing ?? (result.error ? errorText(result.error) : null);
  const field = errorField(result.error);
  return (
    <form
      className="comment-form"
      onSubmit={submit}
      aria-describedby={problem ? ids.error : undefined}
    >
      <h2>{t('newComment')}</h2>
      <LocationPicker {...props} />
      <fieldset className="stance-choice">
        <legend>{t('stanceLegend')}</legend>
        {stances.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={ids.stance}
              checked={stance === value}
              onChange={() => setStance(value)}
            />
            <StanceMark stance={value} />
            {upperFirst(term(`stance.${value}`))}
          </label>
        ))}
      </fieldset>
      {consultation.topics.length > 0 && (
        <div className="field">
          <label htmlFor={ids.topic}>{t('topic')}</label>
          <select
            id={ids.topic}
            value={topicId}
            onChange={(event) => setTopicId(event.target.value)}
          >
            <option value="">{t('noTopic')}</option>
            {consultation.topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.body}>{t('body')}</label>
        <textarea
          id={ids.body}
          required
          maxLength={5000}
          rows={5}
          value={body}
          aria-invalid={field === 'input.body'}
          onChange={(event) => setBody(event.target.value)}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={formal}
          onChange={(event) => setFormal(event.target.checked)}
        />
        {t('formalChoice')}
      </label>
      {formal && <FormalFields value={formalData} onChange={setFormalData} />}
      {problem && (
        <p id={ids.error} role="alert" className="form-error">
          {problem}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={result.fetching}>
          {result.fetching ? t('sending') : t('send')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

import { useDeferredValue } from 'react';
import { TextAreaField } from '../forms/fields';
import { useStaffT } from '../staff.i18n';
import { renderMarkdown } from './markdown';

type Props = {
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
};

/** The description in markdown, with a live preview of how residents will read it. */
export function MarkdownField({ value, onChange, error }: Props) {
  const t = useStaffT();
  const deferred = useDeferredValue(value);
  return (
    <div className="staff-markdown">
      <TextAreaField
        label={t('form.description')}
        hint={t('form.descriptionHint')}
        error={error}
        rows={12}
        maxLength={50000}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <section className="staff-preview" aria-label={t('form.preview')}>
        <p className="staff-preview-label" aria-hidden="true">
          {t('form.preview')}
        </p>
        <div
          className="staff-preview-body"
          // Rendered with html: false, as the API renders it (see markdown.ts).
          // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it escapes raw HTML
          dangerouslySetInnerHTML={{ __html: renderMarkdown(deferred) }}
        />
      </section>
    </div>
  );
}

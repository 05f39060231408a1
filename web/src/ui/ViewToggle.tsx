import { useUiT } from './ui.i18n';

export type View = 'list' | 'map';

/** List or map on narrow screens, where both do not fit: two buttons with aria-pressed. */
export function ViewToggle({
  view,
  onChange,
  className,
}: {
  view: View;
  onChange: (view: View) => void;
  className: string;
}) {
  const t = useUiT();
  return (
    <fieldset className={className}>
      <legend className="visually-hidden">{t('view.switch')}</legend>
      {(['list', 'map'] as const).map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={view === option}
          onClick={() => onChange(option)}
        >
          {t(option === 'list' ? 'view.list' : 'view.map')}
        </button>
      ))}
    </fieldset>
  );
}

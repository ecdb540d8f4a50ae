import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { PRINT_LAYOUTS, type PrintLayout } from '../../view-state/view-state';
import { PrintButton } from './PrintButton';

interface PrintChoiceProps {
  layout: PrintLayout;
  onChange: (layout: PrintLayout) => void;
}

/** What "Print / save as PDF" prints: a one-page A4 brief or the full brief; radio buttons, so keys work. */
export function PrintChoice({ layout, onChange }: PrintChoiceProps) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="print-choice">
      <legend>{t('briefing.printLayout.legend')}</legend>
      {/* One page first: it is what most readers hand out. */}
      {[...PRINT_LAYOUTS].reverse().map((value) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={layout === value}
            onChange={() => onChange(value)}
          />{' '}
          {value === 'one-page' ? t('briefing.printLayout.onePage') : t('briefing.printLayout.full')}
        </label>
      ))}
      <PrintButton />
    </fieldset>
  );
}

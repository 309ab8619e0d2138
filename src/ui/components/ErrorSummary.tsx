import type { Ref } from 'preact';
import { useI18n } from '../i18n/context';

export interface SummaryItem {
  /** Where the link goes: `#field-id`, or another step's URL with the field's `#id`. */
  href: string | null;
  text: string;
}

/**
 * The list of problems at the top of a form, each a link that moves focus into its field
 * (WCAG 3.3.1, 3.3.3). Receives focus when shown, so a screen reader reads it first.
 */
export function ErrorSummary(props: { items: SummaryItem[]; summaryRef: Ref<HTMLDivElement> }) {
  const { t } = useI18n();
  return (
    <div
      class="error-summary"
      ref={props.summaryRef}
      tabIndex={-1}
      role="alert"
      aria-labelledby="errors-heading"
    >
      <h2 id="errors-heading">{t('errors.summary')}</h2>
      <ul>
        {props.items.map((item) => (
          <li key={`${item.href}-${item.text}`}>
            {item.href ? <a href={item.href}>{item.text}</a> : item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

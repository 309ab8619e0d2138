import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/context';
import { TAGLINES } from './taglines';

/** "Help is available in your language", in the state's top 15 languages; linked from every page. */
export function TaglinesPage() {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="languages-heading">
      <h1 id="languages-heading" ref={heading} tabIndex={-1}>
        {t('languages.heading')}
      </h1>
      <p>{t('languages.intro')}</p>
      <ul class="taglines">
        {TAGLINES.map((tagline) => (
          <li key={tagline.lang}>
            <p class="ds-u-margin--0 ds-u-font-weight--bold" lang={tagline.lang} dir={tagline.dir}>
              {tagline.name}
            </p>
            <p class="ds-u-margin--0" lang={tagline.lang} dir={tagline.dir}>
              {tagline.text}
            </p>
          </li>
        ))}
      </ul>
      <p class="ds-c-hint">{t('languages.source')}</p>
    </section>
  );
}

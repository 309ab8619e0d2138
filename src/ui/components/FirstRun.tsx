import { Button } from '../ds';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/catalog';
import { useI18n } from '../i18n/context';

/** The first screen on a new device: the language, chosen by the person, each name in itself. */
export function FirstRun() {
  // main.tsx loads every catalog before this screen, as it greets in each language.
  const { setLanguage, catalogs } = useI18n();
  const greeted = LANGUAGES.flatMap((l) => {
    const catalog = catalogs[l];
    return catalog ? [{ lang: l, catalog }] : [];
  });
  return (
    <section aria-labelledby="first-run-heading">
      <h1 id="first-run-heading" tabIndex={-1}>
        {greeted.map(({ catalog }) => catalog['firstRun.heading']).join(' · ')}
      </h1>
      <div class="button-row">
        {LANGUAGES.map((l) => (
          <span lang={l} key={l}>
            <Button variation="solid" onClick={() => setLanguage(l)}>
              {LANGUAGE_NAMES[l]}
            </Button>
          </span>
        ))}
      </div>
      {greeted.map(({ lang, catalog }) => (
        <p lang={lang} key={lang} class="ds-c-hint">
          {catalog['firstRun.intro']}
        </p>
      ))}
    </section>
  );
}

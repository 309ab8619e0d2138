import { Button } from '../ds';
import { CATALOGS, LANGUAGE_NAMES, LANGUAGES } from '../i18n/catalog';
import { useI18n } from '../i18n/context';

/** The first screen on a new device: the language, chosen by the person, each name in itself. */
export function FirstRun() {
  const { setLanguage } = useI18n();
  return (
    <section aria-labelledby="first-run-heading">
      <h1 id="first-run-heading" tabIndex={-1}>
        {LANGUAGES.map((l) => CATALOGS[l]['firstRun.heading']).join(' · ')}
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
      {LANGUAGES.map((l) => (
        <p lang={l} key={l} class="ds-c-hint">
          {CATALOGS[l]['firstRun.intro']}
        </p>
      ))}
    </section>
  );
}

import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/catalog';
import { useI18n } from '../i18n/context';

export function LanguagePicker() {
  const { t, lang, setLanguage } = useI18n();
  return (
    <label class="language-picker">
      <span>{t('app.language')}</span>
      <select
        value={lang}
        onChange={(e) => setLanguage((e.currentTarget as HTMLSelectElement).value as Language)}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

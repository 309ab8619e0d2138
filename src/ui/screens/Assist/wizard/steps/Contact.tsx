import { US_STATES } from '../../../../../schema/us-states';
import { Select, TextInput } from '../../../../components/Fields';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../../i18n/catalog';
import { useI18n } from '../../../../i18n/context';
import { TAGLINES } from '../../../Languages/taglines';
import { usePrefill } from '../use-prefill';

/** Where the household lives and how the exchange reaches the applicant, in which language. */
export function ContactStep() {
  const { t, lang } = useI18n();
  usePrefill({ 'contact.preferredLanguage': lang });
  const letterLanguages = [
    ...LANGUAGES.map((l) => [l, LANGUAGE_NAMES[l]] as const),
    ...TAGLINES.filter((tl) => !(LANGUAGES as readonly string[]).includes(tl.lang)).map(
      (tl) => [tl.lang, `${tl.name} (${tl.english})`] as const,
    ),
  ];
  return (
    <>
      <TextInput path="address.street" label={t('address.street')} />
      <TextInput path="address.unit" label={t('address.unit')} maxLength={30} />
      <TextInput path="address.city" label={t('address.city')} maxLength={60} />
      <Select
        path="address.state"
        label={t('address.state')}
        placeholder={t('answer.choose')}
        options={US_STATES.map((s) => [s, s] as const)}
      />
      <TextInput path="address.zip" label={t('address.zip')} inputMode="numeric" maxLength={5} />
      <TextInput
        path="contact.phone"
        label={t('contact.phone')}
        type="tel"
        inputMode="tel"
        maxLength={20}
      />
      <TextInput
        path="contact.email"
        label={t('contact.email')}
        type="email"
        inputMode="email"
        maxLength={254}
      />
      <Select
        path="contact.preferredLanguage"
        label={t('contact.preferredLanguage')}
        placeholder={t('answer.choose')}
        options={letterLanguages}
      />
    </>
  );
}

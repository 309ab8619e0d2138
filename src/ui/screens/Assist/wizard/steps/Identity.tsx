import { useEffect, useRef, useState } from 'preact/hooks';
import { memberPath } from '../../../../../schema/draft-v2';
import { SSN_ABSENT_REASONS, ssnDigits } from '../../../../../schema/identity-v2';
import { RadioGroup, TextInput } from '../../../../components/Fields';
import { Button } from '../../../../ds';
import { useI18n } from '../../../../i18n/context';
import { useDraft } from '../draft-context';
import { applyingMembers, memberName } from '../steps';

/** The SSN of each member asking for coverage, optional, with the reason when there is none. */
export function IdentityStep() {
  const { t } = useI18n();
  const draft = useDraft();
  return (
    <>
      <p>{t('identity.intro')}</p>
      {applyingMembers(draft.fields).map((key) => {
        const name = memberName(draft.fields, key) ?? t('member.thisPerson');
        const ssn = memberPath(key, 'ssn');
        return (
          <div class="card" key={key}>
            <SsnField path={ssn} name={name} />
            {draft.get(ssn).trim() === '' && (
              <RadioGroup
                path={memberPath(key, 'ssnAbsentReason')}
                label={t('member.ssnAbsentReason', { name })}
                options={SSN_ABSENT_REASONS.map((r) => [r, t(`ssnReason.${r}`)] as const)}
              />
            )}
          </div>
        );
      })}
    </>
  );
}

/**
 * The SSN input, masked once typed (research/security-ux.md B6, M1: a screen at an event is seen
 * by others): only the last four digits show, with a button to change the number.
 */
function SsnField(props: { path: string; name: string }) {
  const { t } = useI18n();
  const draft = useDraft();
  const digits = ssnDigits(draft.get(props.path));
  const [editing, setEditing] = useState(digits === null);
  const input = useRef<HTMLInputElement>(null);
  const changed = useRef(false);
  useEffect(() => {
    if (editing && changed.current) input.current?.focus();
  }, [editing]);
  if (!editing && digits && !draft.problemFor(props.path)) {
    return (
      <div class="ds-u-clearfix">
        <p class="ds-c-label">{t('member.ssn', { name: props.name })}</p>
        <p data-testid="ssn-masked">{t('member.ssnMasked', { last4: digits.slice(5) })}</p>
        <Button
          onClick={() => {
            changed.current = true;
            setEditing(true);
          }}
        >
          {t('member.ssnChange', { name: props.name })}
        </Button>
      </div>
    );
  }
  return (
    <TextInput
      path={props.path}
      label={t('member.ssn', { name: props.name })}
      hint={t('member.ssnHint')}
      inputMode="numeric"
      maxLength={11}
      inputRef={input}
      onBlur={() => {
        if (ssnDigits(draft.get(props.path))) setEditing(false);
      }}
    />
  );
}

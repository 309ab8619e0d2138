import { act, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { SaveProblems, SaveState } from '../components/SaveFeedback';
import { CATALOGS } from '../i18n/catalogs';
import { I18nProvider } from '../i18n/context';
import { type FieldChanges, FieldSaves, useFieldSaves } from './use-field-saves';

/** A write that waits until the test says how it ends. */
function controlledWrites() {
  const ends: Array<{ ok: () => void; fail: (e: Error) => void; changes: FieldChanges }> = [];
  const write = (changes: FieldChanges) =>
    new Promise<void>((ok, fail) => {
      ends.push({ ok, fail, changes });
    });
  return { write, ends };
}

/** What a page needs to know of beforeunload listeners: how many are on. */
function fakePage() {
  const on = new Set<unknown>();
  return {
    on,
    addEventListener: (_type: string, listener: unknown) => void on.add(listener),
    removeEventListener: (_type: string, listener: unknown) => void on.delete(listener),
  } as unknown as Pick<Window, 'addEventListener' | 'removeEventListener'> & { on: Set<unknown> };
}

const quotaError = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });

describe('FieldSaves', () => {
  it('says saving until the write commits, asks before leaving meanwhile, then says saved', async () => {
    const { write, ends } = controlledWrites();
    const page = fakePage();
    const saves = new FieldSaves(write, page);
    let told = 0;
    saves.subscribe(() => {
      told += 1;
    });
    saves.save({ 'applicant.firstName': 'Ana' });
    expect(saves.state).toBe('saving');
    expect(page.on.size).toBe(1);
    ends[0]?.ok();
    await saves.settled();
    expect(saves.state).toBe('saved');
    expect(page.on.size).toBe(0);
    expect(told).toBe(2);
    expect(saves.unsaved).toEqual({});
  });

  it('a full disk keeps what was typed, says unsaved, and a retry saves it', async () => {
    const { write, ends } = controlledWrites();
    const saves = new FieldSaves(write, fakePage());
    saves.save({ 'applicant.firstName': 'Ana', 'applicant.ssn': null });
    ends[0]?.fail(quotaError());
    await saves.settled();
    expect(saves.storageFull).toBe(true);
    expect(saves.state).toBe('unsaved');
    expect(saves.unsaved).toEqual({ 'applicant.firstName': 'Ana' });
    saves.retry();
    expect(ends[1]?.changes).toEqual({ 'applicant.firstName': 'Ana', 'applicant.ssn': null });
    ends[1]?.ok();
    await saves.settled();
    expect(saves.storageFull).toBe(false);
    expect(saves.state).toBe('saved');
    expect(saves.unsaved).toEqual({});
  });

  it('another failure is said as it came; a newer value typed meanwhile stays unsaved', async () => {
    const { write, ends } = controlledWrites();
    const saves = new FieldSaves(write, fakePage());
    saves.save({ 'applicant.firstName': 'An' });
    saves.save({ 'applicant.firstName': 'Ana' });
    ends[0]?.ok();
    ends[1]?.fail(new Error('disk gave up'));
    await saves.settled();
    expect(saves.saveError).toBe('disk gave up');
    expect(saves.unsaved).toEqual({ 'applicant.firstName': 'Ana' });
  });
});

describe('useFieldSaves', () => {
  it('a commit re-renders only the lines that show it, not the form', async () => {
    const { write, ends } = controlledWrites();
    let formRenders = 0;
    let typed: (value: string) => void = () => {};
    function Form() {
      formRenders += 1;
      const [value, setValue] = useState('');
      const saves = useFieldSaves(write);
      typed = (v) => {
        setValue(v);
        saves.save({ 'applicant.firstName': v });
      };
      return (
        <form>
          <p>{value}</p>
          <SaveProblems saves={saves} applicationId="a" />
          <SaveState saves={saves} />
        </form>
      );
    }
    render(
      <I18nProvider catalogs={CATALOGS} initial="en">
        <Form />
      </I18nProvider>,
    );
    act(() => typed('A'));
    await waitFor(() =>
      expect(screen.getByTestId('save-state').textContent).toBe('Saving on this device…'),
    );
    const before = formRenders;
    await act(async () => {
      ends[0]?.ok();
    });
    await waitFor(() =>
      expect(screen.getByTestId('save-state').textContent).toBe(
        'All changes saved on this device.',
      ),
    );
    expect(formRenders).toBe(before);
    await act(async () => {
      typed('An');
      ends[1]?.fail(new Error('disk gave up'));
    });
    expect((await screen.findByRole('alert')).textContent).toContain('disk gave up');
  });
});

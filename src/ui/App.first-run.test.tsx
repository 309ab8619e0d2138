import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDeviceServices } from '../../test/fixtures/services';
import { App } from './App';
import { CATALOGS, translatorFor } from './i18n/catalogs';
import { I18nProvider } from './i18n/context';
import { ServicesContext } from './services';

/** Whether the assister's screens (their chunk in the app's build) have been imported. */
const assistArea = vi.hoisted(() => ({ imported: false }));
vi.mock('./screens/Assist/AssistArea', async (original) => {
  assistArea.imported = true;
  return original();
});

const t = translatorFor('en');
afterEach(() => {
  history.replaceState(null, '', '/');
});

describe("a new device's first screen", () => {
  it("loads the assister's screens only once a language is chosen, the status line in place from the start", async () => {
    render(
      <I18nProvider catalogs={CATALOGS} initial="en" chosen={false}>
        <ServicesContext.Provider value={freshDeviceServices()}>
          <App />
        </ServicesContext.Provider>
      </I18nProvider>,
    );
    await screen.findByRole('heading', { level: 1 });
    // Effects run and the store is there: still nothing of the assister's screens.
    await act(() => new Promise((ok) => setTimeout(ok, 50)));
    expect(assistArea.imported).toBe(false);
    const line = screen.getByTestId('status-line');
    expect(line.textContent).toBe(t.t('status.online'));

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: t.t('signIn.heading') });
    expect(assistArea.imported).toBe(true);
    // The same line, now the store's: it says what waits.
    expect(screen.getByTestId('status-line').textContent).toContain(t.t('status.allSent'));
  });
});

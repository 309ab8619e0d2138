import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { render as renderWithoutAct } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { ApplicationRecord } from '../../../store/records';
import { CATALOGS } from '../../i18n/catalogs';
import { I18nProvider } from '../../i18n/context';
import { ApplicationList, type ListProps, nameMatches } from './ApplicationList';

function app(i: number, firstName: string): ApplicationRecord {
  const at = new Date(Date.UTC(2026, 10, 1, 12) - i * 3_600_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    status: 'draft',
    schemaVersion: 2,
    createdAt: at,
    updatedAt: at,
    fields: { members: 'm1', 'member.m1.firstName': firstName, 'member.m1.lastName': 'Diaz' },
    attempts: 0,
  };
}

function renderList(props: Partial<ListProps>) {
  const all: ListProps = {
    applications: [],
    matching: 0,
    stored: 0,
    query: '',
    onQuery: () => {},
    onMore: () => {},
    onNew: () => {},
    ...props,
  };
  return render(
    <I18nProvider catalogs={CATALOGS} initial="en">
      <ApplicationList {...all} />
    </I18nProvider>,
  );
}

describe('ApplicationList', () => {
  it('draws the page it is given and says how many more the device holds', () => {
    const page = [app(0, 'Ana'), app(1, 'Leo')];
    const onMore = vi.fn();
    renderList({ applications: page, matching: 5000, stored: 5000, onMore });
    expect(document.querySelectorAll('li[data-application-id]')).toHaveLength(2);
    expect(screen.getByText(/Showing the newest 2 of 5,000/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(onMore).toHaveBeenCalledOnce();
  });

  it('draws a screenful of rows in the first frame and the rest of the page once it is painted', async () => {
    const page = Array.from({ length: 30 }, (_, i) => app(i, `Name${i}`));
    const container = document.body.appendChild(document.createElement('div'));
    // Not through testing-library's render: its act() runs the effects before returning.
    renderWithoutAct(
      <I18nProvider catalogs={CATALOGS} initial="en">
        <ApplicationList
          applications={page}
          matching={5000}
          stored={5000}
          query=""
          onQuery={() => {}}
          onMore={() => {}}
          onNew={() => {}}
        />
      </I18nProvider>,
      container,
    );
    try {
      const rows = () => [...container.querySelectorAll('li[data-application-id]')];
      expect(rows().map((li) => li.textContent?.split(' ')[0])).toEqual(
        page.slice(0, 12).map((_, i) => `Name${i}`),
      );
      expect(container.textContent).toContain('Showing the newest 30 of 5,000');
      await waitFor(() => expect(rows()).toHaveLength(30));
      expect(rows().map((li) => li.getAttribute('data-application-id'))).toEqual(
        page.map((a) => a.id),
      );
    } finally {
      renderWithoutAct(null, container);
      container.remove();
    }
  });

  it('offers no more when the page holds every application the search finds', () => {
    renderList({ applications: [app(0, 'Ana')], matching: 1, stored: 3, query: 'ana' });
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('tells an empty device from a search that finds nothing', () => {
    const { unmount } = renderList({ stored: 0 });
    expect(screen.getByText('No applications on this device yet.')).toBeTruthy();
    unmount();
    renderList({ stored: 12, matching: 0, query: 'zoe' });
    expect(screen.getByRole('status').textContent).toContain('zoe');
  });

  it('hands each change of the search to the screen that reads the store', () => {
    const onQuery = vi.fn();
    renderList({ applications: [app(0, 'Ana')], matching: 1, stored: 1, onQuery });
    fireEvent.input(screen.getByLabelText('Search by name'), { target: { value: 'jos' } });
    expect(onQuery).toHaveBeenLastCalledWith('jos');
  });
});

describe('nameMatches', () => {
  it('finds a name without minding case or accents', () => {
    expect(nameMatches(' jose ')(app(0, 'José'))).toBe(true);
    expect(nameMatches('ana')(app(0, 'Leo'))).toBe(false);
  });
});

import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Alert, Button } from '.';

// What the app's build does (vite.config.ts, designSystemStandIns): the design system's
// own components, with the stand-in for their analytics.
vi.mock(
  '../../../node_modules/@cmsgov/design-system/dist/preact-components/esm/Button/useButtonAnalytics.js',
  () => import('./no-analytics'),
);
vi.mock(
  '../../../node_modules/@cmsgov/design-system/dist/preact-components/esm/Alert/useAlertAnalytics.js',
  () => import('./no-analytics'),
);

describe("the design system's Button and Alert without analytics", () => {
  it('a button still says what it is and does what it does', () => {
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Send now</Button>);
    fireEvent.click(screen.getByRole('button', { name: 'Send now' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('an alert still shows its heading and text', () => {
    render(
      <Alert variation="error" heading="Not saved">
        Storage is full.
      </Alert>,
    );
    expect(screen.getByRole('heading', { name: 'Not saved' })).toBeTruthy();
    expect(screen.getByText('Storage is full.')).toBeTruthy();
  });
});

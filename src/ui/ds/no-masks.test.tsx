import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from '.';

// What the app's build does (vite.config.ts, designSystemStandIns): the design system's own
// TextField, with the stand-in for its input masks.
vi.mock(
  '../../../node_modules/@cmsgov/design-system/dist/preact-components/esm/TextField/Mask.js',
  () => import('./no-masks'),
);
vi.mock(
  '../../../node_modules/@cmsgov/design-system/dist/preact-components/esm/TextField/LabelMask.js',
  () => import('./no-masks'),
);

describe("the design system's TextField without its input masks", () => {
  it('a field with no mask is drawn, labelled, with its value', () => {
    render(<TextField label="Last name" name="lastName" value="Diaz" onChange={() => {}} />);
    expect((screen.getByRole('textbox', { name: 'Last name' }) as HTMLInputElement).value).toBe(
      'Diaz',
    );
  });

  it('a field that asks for a mask fails loudly instead of drawing one unmasked', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // The app's declaration of TextField (cmsds.d.ts) has no such props: the cast is the point.
    const phoneMask = { mask: 'phone' } as object;
    const ssnLabelMask = { labelMask: 'ssn' } as object;
    expect(() =>
      render(<TextField label="Phone" name="phone" {...phoneMask} value="" onChange={() => {}} />),
    ).toThrow(/input masks are left out/);
    expect(() =>
      render(<TextField label="SSN" name="ssn" {...ssnLabelMask} value="" onChange={() => {}} />),
    ).toThrow(/input masks are left out/);
  });
});

import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { ConfigErrorPage } from './config-error-page';

describe('ConfigErrorPage', () => {
  it('lists every problem with its key and names the file', () => {
    render(
      <ConfigErrorPage
        source="https://flyte.example.com/console/config.json"
        problems={[
          { key: 'auth.mode', message: 'must be one of auto, internal, external, none, got "magic"' },
          { key: 'adminUrl', message: 'must be an absolute http(s) URL' },
        ]}
      />,
    );
    expect(
      screen.getByRole('heading', { name: 'The console configuration has problems' }),
    ).toBeInTheDocument();
    expect(screen.getByText('https://flyte.example.com/console/config.json')).toBeInTheDocument();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'auth.mode must be one of auto, internal, external, none, got "magic"',
      'adminUrl must be an absolute http(s) URL',
    ]);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});

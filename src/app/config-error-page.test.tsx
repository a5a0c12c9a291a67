import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { validateConfig } from '../config/validate-config';
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

  it('shows the stricter rules: protocol parameters, plain http, forbidden headers', () => {
    const result = validateConfig({
      adminUrl: 'http://flyte.example.com',
      auth: { extraQueryParams: { prompt: 'login' }, authorizationHeader: 'Cookie' },
    });
    if (result.ok) throw new Error('expected problems');
    render(<ConfigErrorPage source="/console/config.json" problems={result.problems} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^adminUrl uses plain http on flyte\.example\.com/),
      expect.stringMatching(/^auth\.authorizationHeader "Cookie" is a header browsers do not let a page set/),
      expect.stringMatching(/^auth\.extraQueryParams "prompt" cannot be set here/),
    ]);
  });
});

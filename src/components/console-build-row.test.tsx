import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { setupMsw } from '../../test/msw/index.ts';
import { ConsoleBuildRow } from './console-build-row';

/** The auth panel's build row reads version.json (next to index.html) and says so plainly when it cannot. */
const msw = setupMsw();

function renderRow() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <dl>
        <ConsoleBuildRow />
      </dl>
    </QueryClientProvider>,
  );
}

describe('ConsoleBuildRow', () => {
  it('shows version, short commit and build time from /console/version.json', async () => {
    msw.server.use(
      http.get('*/version.json', () =>
        HttpResponse.json({
          version: '0.1.0',
          commit: 'abcdef1234567890abcd',
          builtAt: '2026-01-02T03:04:05.000Z',
        }),
      ),
    );
    renderRow();
    expect(
      await screen.findByText('0.1.0 (commit abcdef123456, built 2026-01-02T03:04:05.000Z)'),
    ).toBeInTheDocument();
  });

  it('says unknown when the server has no version.json (dev server)', async () => {
    msw.server.use(http.get('*/version.json', () => new HttpResponse(null, { status: 404 })));
    renderRow();
    expect(await screen.findByText('unknown (this server has no version.json)')).toBeInTheDocument();
  });

  it('says unknown with the reason when the answer is not a version document (an index.html fallback)', async () => {
    msw.server.use(http.get('*/version.json', () => HttpResponse.text('<!doctype html>', { status: 200 })));
    renderRow();
    expect(await screen.findByText('unknown (version.json is not JSON)')).toBeInTheDocument();
  });

  it('says unknown with the reason when version.json lacks a field', async () => {
    msw.server.use(http.get('*/version.json', () => HttpResponse.json({ version: '0.1.0', commit: 'abc' })));
    renderRow();
    expect(await screen.findByText(/^unknown \(.*builtAt/)).toBeInTheDocument();
  });
});

import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFocusRescue } from './use-focus-rescue';

function Page() {
  useFocusRescue();
  const [done, setDone] = useState(false);
  return (
    <main>
      <h1>Execution abc</h1>
      {!done && (
        <button type="button" onClick={() => setDone(true)}>
          Terminate
        </button>
      )}
    </main>
  );
}

describe('useFocusRescue', () => {
  it('moves focus to the main heading when the focused control disappears', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Terminate' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Execution abc' })).toHaveFocus());
  });
});

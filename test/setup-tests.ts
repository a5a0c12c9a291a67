import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after this long. The default (1 s) fails sign-in tests whose PKCE + token round trip
// runs through MSW when the 2-core machine is busy; a longer bound only matters when something is slow, and a
// real failure still fails. Timings themselves are measured by `npm run bench`, never here.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
});

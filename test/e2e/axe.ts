import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/**
 * axe-core in the e2e suite. `expectNoAxeViolations(page, label)` checks the page as it is now against the
 * WCAG 2.1 A/AA rules in the light and the dark theme, at the current width and at 390 px (a phone), and fails
 * with every violation listed. Other e2e files call it for their own screens.
 */
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const PHONE = { width: 390, height: 844 };

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * Evaluated through the DevTools protocol, not a <script> tag, so a strict Content-Security-Policy on the page
 * neither blocks axe nor has to be loosened for it.
 */
async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(AXE_SOURCE);
}

/** The WCAG 2.1 AA violations on the page as it is now (one theme, one width). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await injectAxe(page);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })) as { violations: AxeViolation[] };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, WCAG_21_AA);
}

function describeViolations(where: string, violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact ?? 'n/a'}) ${v.help}\n` +
        v.nodes
          .slice(0, 5)
          .map(
            (n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
          )
          .join('\n'),
    )
    .join('\n');
}

/**
 * Light and dark at the page's own width, then light and dark at 390 px, where the page must not scroll
 * sideways either; the viewport and colour scheme are
 * put back afterwards so the test can go on.
 */
/** The elements that stick out past the viewport's right edge, for a readable failure. */
async function widestElements(page: Page): Promise<string> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      if (element.getBoundingClientRect().right <= limit + 1) continue;
      // Report the outermost offender only.
      const parent = element.parentElement;
      if (parent && parent.getBoundingClientRect().right > limit + 1) continue;
      const classes = element.getAttribute('class');
      out.push(`${element.tagName.toLowerCase()}${classes ? `.${classes.split(' ').join('.')}` : ''}`);
    }
    return out.slice(0, 5).join(', ');
  });
}

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const original = page.viewportSize();
  const problems: string[] = [];
  const widths = original && original.width !== PHONE.width ? [original, PHONE] : [PHONE];
  try {
    for (const size of widths) {
      await page.setViewportSize(size);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const found = await axeViolations(page);
        if (found.length > 0)
          problems.push(describeViolations(`${label} [${colorScheme}, ${size.width}px]`, found));
      }
      // WCAG 1.4.10: only wide tables scroll sideways, inside their own container, never the page.
      if (size.width === PHONE.width && (await scrollsSideways(page)))
        problems.push(
          `${label} [${size.width}px]: the page scrolls sideways (${await widestElements(page)})`,
        );
    }
  } finally {
    await page.emulateMedia({ colorScheme: null });
    if (original) await page.setViewportSize(original);
  }
  assert.equal(problems.length, 0, `axe found WCAG 2.1 AA violations:\n${problems.join('\n')}`);
}

/** True when the document is wider than the viewport, i.e. the whole page scrolls sideways. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

import { describe, expect, it } from 'vitest';
import { formatOffset, tickStep, ticks } from './time-axis';

describe('time axis', () => {
  it('keeps 4-10 ticks for runs from seconds to days', () => {
    for (const span of [8_000, 95_000, 40 * 60_000, 5 * 3_600_000, 3 * 86_400_000, 20 * 86_400_000]) {
      const count = ticks(span).length;
      expect(count, `span ${span}`).toBeGreaterThanOrEqual(2);
      expect(count, `span ${span}`).toBeLessThanOrEqual(11);
    }
    expect(tickStep(60_000)).toBe(10_000);
    expect(tickStep(3 * 86_400_000)).toBe(12 * 3_600_000);
  });

  it('labels offsets with the two largest units', () => {
    expect(formatOffset(0)).toBe('+0s');
    expect(formatOffset(45_000)).toBe('+45s');
    expect(formatOffset(90 * 60_000)).toBe('+1h 30m');
    expect(formatOffset(2 * 86_400_000 + 6 * 3_600_000 + 5_000)).toBe('+2d 6h');
  });
});

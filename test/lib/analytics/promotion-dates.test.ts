// The Black Friday weekend the planner proposes: Friday after the fourth Thursday of November to Cyber Monday.
import { describe, expect, it } from 'vitest';
import { blackFridayWeekend, nextBlackFridayWeekend } from '@/lib/analytics/promotion-dates';

describe('Black Friday weekend', () => {
  it('follows the fourth Thursday of November', () => {
    expect(blackFridayWeekend(2026)).toEqual({ first: '2026-11-27', last: '2026-11-30' }); // Thanksgiving 26 Nov
    expect(blackFridayWeekend(2025)).toEqual({ first: '2025-11-28', last: '2025-12-01' }); // Thanksgiving 27 Nov
    expect(blackFridayWeekend(2029)).toEqual({ first: '2029-11-23', last: '2029-11-26' }); // 1 Nov is a Thursday
  });

  it('moves to next year once Cyber Monday is over on the team\'s clocks', () => {
    expect(nextBlackFridayWeekend(Date.parse('2026-11-30T15:00:00Z'), 'Asia/Shanghai').first).toBe('2026-11-27'); // 23:00 Monday
    expect(nextBlackFridayWeekend(Date.parse('2026-11-30T16:00:00Z'), 'Asia/Shanghai').first).toBe('2027-11-26'); // Tuesday
  });
});

// What the background hands the sidebar for templates: the stored team names and shifts, and the team's days
// off as dates (the country's holidays and the team's own), or the defaults when nothing is stored.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db';
import { DEFAULT_SETTINGS, saveSetting } from '@/lib/settings/team-settings';
import { DEFAULT_SHIFTS } from '@/lib/shifts/schedule';
import { loadTemplateContext } from '@/lib/templates/sidebar-context';

const NOW = Date.UTC(2026, 9, 1, 4, 0); // 1 October 2026: China's National Day holiday week

describe('the sidebar’s template context', () => {
  it('is the defaults when nothing is stored, with the default country’s holidays as days off', async () => {
    const db = openDatabase('sidebar-context-defaults');
    const context = await loadTemplateContext(db, NOW);
    expect(context.agentName).toBe('');
    expect(context.shopName).toBe('');
    expect(context.shifts).toEqual(DEFAULT_SHIFTS);
    expect(context.daysOff).toContain('2026-10-01');
    expect(context.daysOff).not.toContain('2026-10-12');
  });

  it('carries the stored names, shifts and the team’s own days off', async () => {
    const db = openDatabase('sidebar-context-stored');
    await saveSetting(db, 'team', { ...DEFAULT_SETTINGS.team, agentName: 'Mei Chen', shopName: 'Stellar Home Goods' });
    const shifts = [{ id: 'x', name: 'Only', start: '10:00', end: '19:00', days: [1, 2, 3, 4, 5], zone: 'Asia/Shanghai', agents: ['Mei'] }];
    await saveSetting(db, 'shifts', shifts);
    await saveSetting(db, 'teamHolidays', { country: '', customDaysOff: ['2026-10-05', '2027-03-01'] });
    const context = await loadTemplateContext(db, NOW);
    expect(context).toEqual({ agentName: 'Mei Chen', shopName: 'Stellar Home Goods', shifts, daysOff: ['2026-10-05'] });
  });
});

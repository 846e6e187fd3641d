// Team settings: defaults when nothing is stored, whole validation on save (nothing written on a bad value),
// reset, and the team's days off feeding shift arithmetic.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db';
import { DEFAULT_SETTINGS, loadSetting, loadSettings, resetSetting, saveSetting } from '../../../lib/settings/team-settings';
import { teamDayOffPredicate, teamDaysOff } from '../../../lib/shifts/team-days-off';

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'Asia/Shanghai' }).toMillis();

describe('team settings', () => {
  it('answers the defaults when nothing is stored', async () => {
    const db = openDatabase('settings-defaults');
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect((await loadSetting(db, 'notifications')).dueSoonTeamMinutes).toBe(30);
  });

  it('stores a valid section and reads it back', async () => {
    const db = openDatabase('settings-save');
    await saveSetting(db, 'team', { agentName: ' Lin ', shopName: 'Maple Goods', teamZone: 'Asia/Shanghai' });
    expect(await loadSetting(db, 'team')).toEqual({ agentName: 'Lin', shopName: 'Maple Goods', teamZone: 'Asia/Shanghai' });
  });

  it('rejects a bad value whole, naming the field, and keeps what was stored', async () => {
    const db = openDatabase('settings-reject');
    await saveSetting(db, 'nightWatch', { enabled: true, intervalMinutes: 7 });
    await expect(saveSetting(db, 'nightWatch', { enabled: true, intervalMinutes: 1 })).rejects.toThrow(/intervalMinutes/);
    await expect(saveSetting(db, 'team', { agentName: 'A', shopName: 'B', teamZone: 'Mars/Olympus' })).rejects.toThrow(/time zone/);
    await expect(saveSetting(db, 'notifications', { ...DEFAULT_SETTINGS.notifications, mode: 'sometimes' })).rejects.toThrow(/mode/);
    expect(await loadSetting(db, 'nightWatch')).toEqual({ enabled: true, intervalMinutes: 7 });
  });

  it('resets a section to the defaults', async () => {
    const db = openDatabase('settings-reset');
    await saveSetting(db, 'retention', { resolvedDays: 30 });
    await resetSetting(db, 'retention');
    expect(await loadSetting(db, 'retention')).toEqual({ resolvedDays: 180 });
  });
});

describe('team days off', () => {
  it("counts China's National Day and the team's own days, and nothing else", () => {
    const holidays = { country: 'CN', customDaysOff: ['2026-10-09'] };
    const days = teamDaysOff(holidays, 'Asia/Shanghai', at('2026-09-28T00:00'), at('2026-10-10T00:00')).map((d) => d.date);
    expect(days).toContain('2026-10-01');
    expect(days).toContain('2026-10-09');
    expect(days).not.toContain('2026-09-29');
    const isOff = teamDayOffPredicate(holidays, 'Asia/Shanghai', at('2026-09-28T00:00'));
    expect(isOff('2026-10-01')).toBe(true);
    expect(isOff('2026-10-08')).toBe(false);
  });

  it('with no country, only the custom days are off', () => {
    const days = teamDaysOff({ country: '', customDaysOff: ['2026-10-09'] }, 'Asia/Shanghai', at('2026-09-28T00:00'), at('2026-10-10T00:00'));
    expect(days.map((d) => d.date)).toEqual(['2026-10-09']);
  });
});

// The Settings section as a team lead uses it: a valid change is stored, a bad value is refused next to its
// field with nothing stored, policies reset to the defaults, the coverage chart shows the default schedule's
// 07:00–09:00 Beijing gap, upcoming holidays show what they cost, and a purge says how many it deletes first.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsView } from '@/components/dashboard/SettingsView';
import { openDatabase } from '@/lib/db';
import type { Conversation } from '@/lib/model';
import { DEFAULT_POLICIES } from '@/lib/sla/policies';
import { DEFAULT_SETTINGS, loadSetting } from '@/lib/settings/team-settings';
import { loadPolicies } from '@/lib/tracker/reply-clock';
import { conversation as storedConversation } from '../../conversation-factory';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 4); // Wednesday 25 November 2026, 12:00 in Beijing

afterEach(() => cleanup());

async function renderSettings(name: string, now = NOW) {
  const db = openDatabase(name);
  render(<SettingsView db={db} initialNow={now} />);
  await screen.findByRole('region', { name: 'Reply-clock policies' });
  return db;
}

const region = (name: string) => screen.getByRole('region', { name });
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

async function save(section: HTMLElement) {
  await act(async () => {
    fireEvent.click(within(section).getByRole('button', { name: 'Save' }));
  });
}

function closed(threadId: string, daysAgo: number): Conversation {
  return storedConversation(`etsy:US:${threadId}`, {
    platform: 'etsy',
    marketplace: 'US',
    threadId,
    subject: 'Thanks',
    url: `https://www.etsy.com/messages/${threadId}`,
    lastBuyerAt: NOW - daysAgo * DAY,
    awaitingSince: null,
    lastSellerAt: NOW - daysAgo * DAY,
    status: 'resolved',
    category: 'feedback',
    priority: 'C',
    firstSeenAt: NOW - (daysAgo + 2) * DAY,
    updatedAt: NOW - daysAgo * DAY,
  });
}

describe('SettingsView', () => {
  it('stores a valid change and says so', async () => {
    const db = await renderSettings('settings-valid');
    const team = region('Team');
    type(within(team).getByLabelText('Agent name'), 'Lin Mei');
    type(within(team).getByLabelText('Shop name'), 'Paper Crane Studio');
    await save(team);
    expect((await within(team).findByRole('status')).textContent).toBe('Saved.');
    expect(await loadSetting(db, 'team')).toEqual({ agentName: 'Lin Mei', shopName: 'Paper Crane Studio', teamZone: 'Asia/Shanghai' });

    const watch = region('Night watch');
    fireEvent.click(within(watch).getByLabelText('Night watch on'));
    type(within(watch).getByLabelText('Reload every (minutes)'), '10');
    await save(watch);
    await within(watch).findByRole('status');
    expect(await loadSetting(db, 'nightWatch')).toEqual({ enabled: true, intervalMinutes: 10 });

    const policies = region('Reply-clock policies');
    type(within(policies).getByLabelText('Dispute: first response in hours'), '0.5');
    type(within(policies).getByLabelText('eBay: deadline in business days'), '2');
    await save(policies);
    expect((await within(policies).findByRole('status')).textContent).toBe('Saved. Open conversations now follow the new due times.');
    const stored = await loadPolicies(db);
    expect(stored.categoryTargets.dispute.firstResponseHours).toBe(0.5);
    expect(stored.platformRules.find((rule) => rule.platform === 'ebay')!.window).toEqual({ kind: 'business-days', days: 2 });
  });

  it('refuses a 1-minute night watch, a 25:00 shift end and negative hours, with a message at the field, storing nothing', async () => {
    const db = await renderSettings('settings-invalid');
    const watch = region('Night watch');
    type(within(watch).getByLabelText('Reload every (minutes)'), '1');
    await save(watch);
    const interval = within(watch).getByLabelText('Reload every (minutes)');
    expect(interval.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(interval.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).toBe('Enter a whole number from 2 to 1440.');
    expect(within(watch).getByRole('alert').textContent).toBe('Not saved: correct the fields marked below.');

    const shifts = region('Shifts');
    type(within(shifts).getByLabelText('Day: End'), '25:00');
    await save(shifts);
    expect(within(shifts).getByText('Enter a 24-hour time such as 09:00 or 23:30.')).toBeTruthy();

    const policies = region('Reply-clock policies');
    type(within(policies).getByLabelText('Shipping: resolution in hours'), '-4');
    await save(policies);
    expect(within(policies).getByText('Enter a number of hours above 0 and at most 8784.')).toBeTruthy();

    const notifications = region('Notifications');
    fireEvent.click(within(notifications).getByLabelText('Except in quiet hours'));
    type(within(notifications).getByLabelText('Quiet hours end'), '25:00');
    await save(notifications);
    expect(within(notifications).getByText('Enter a 24-hour time such as 09:00 or 23:30.')).toBeTruthy();

    expect(await db.settings.toArray()).toEqual([]);
  });

  it('refuses a resolution target sooner than the first response', async () => {
    const db = await renderSettings('settings-resolution');
    const policies = region('Reply-clock policies');
    type(within(policies).getByLabelText('Order change: first response in hours'), '6');
    await save(policies);
    expect(within(policies).getByText('Resolution cannot be sooner than the first response.')).toBeTruthy();
    expect(await db.settings.get('policies')).toBeUndefined();
  });

  it('resets the policies to the defaults', async () => {
    const db = await renderSettings('settings-reset');
    const policies = region('Reply-clock policies');
    const dispute = within(policies).getByLabelText('Dispute: first response in hours') as HTMLInputElement;
    type(dispute, '3');
    fireEvent.change(within(policies).getByLabelText('Amazon: counted in'), { target: { value: 'business-days' } });
    await save(policies);
    await within(policies).findByRole('status');
    expect((await loadPolicies(db)).categoryTargets.dispute.firstResponseHours).toBe(3);
    await act(async () => {
      fireEvent.click(within(policies).getByRole('button', { name: 'Reset to defaults' }));
    });
    await waitFor(() => expect(within(policies).getByRole('status').textContent).toBe('Policies reset to the defaults.'));
    expect(await db.settings.get('policies')).toBeUndefined();
    expect(await loadPolicies(db)).toEqual(DEFAULT_POLICIES);
    expect(dispute.value).toBe('1');
    expect((within(policies).getByLabelText('Amazon: counted in') as HTMLSelectElement).value).toBe('elapsed');
  });

  it('marks 07:00–09:00 Beijing as a gap every day for the default shifts, busy on the US and Sydney', async () => {
    await renderSettings('settings-coverage');
    const table = within(region('Shifts')).getByRole('table', { name: /People on duty each hour, 2026-11-23 to 2026-11-29 \(Asia\/Shanghai\)/ });
    const cells = [...table.querySelectorAll('td')];
    expect(cells).toHaveLength(7 * 24);
    const open = cells.filter((cell) => cell.dataset.state !== 'covered').map((cell) => `${cell.dataset.date} ${cell.dataset.hour}`);
    expect(open).toEqual(['23', '24', '25', '26', '27', '28', '29'].flatMap((day) => [`2026-11-${day} 7`, `2026-11-${day} 8`]));
    expect(cells.filter((cell) => cell.dataset.state === 'busy-gap')).toHaveLength(14);
    const mondaySeven = cells.find((cell) => cell.dataset.date === '2026-11-23' && cell.dataset.hour === '7')!;
    expect(mondaySeven.getAttribute('title')).toBe('Mon 11-23 07:00: nobody on duty while US, AU is busy');
    expect(within(region('Shifts')).getByText('Mon 11-23 07:00–09:00')).toBeTruthy();

    // Without the US, Tokyo and Sydney overlays the same gap is a quiet one: London and Berlin sleep then.
    for (const market of ['US', 'JP', 'AU']) fireEvent.click(within(region('Shifts')).getByLabelText(new RegExp(`^${market} \\(`)));
    await waitFor(() => expect(table.querySelectorAll('td[data-state="busy-gap"]')).toHaveLength(0));
    expect(table.querySelectorAll('td[data-state="gap"]')).toHaveLength(14);

    // The chart previews an edit at once: a shift covering the gap closes it.
    fireEvent.click(within(region('Shifts')).getByRole('button', { name: 'Add shift' }));
    type(within(region('Shifts')).getByLabelText('Shift 4: Name'), 'Morning');
    type(within(region('Shifts')).getByLabelText('Morning: Start'), '07:00');
    type(within(region('Shifts')).getByLabelText('Morning: End'), '09:00');
    await waitFor(() => expect(table.querySelectorAll('td[data-state="covered"]')).toHaveLength(7 * 24));
    expect(within(region('Shifts')).getByText('No gaps: someone is on duty around the clock.')).toBeTruthy();
  });

  it('saves an added shift with its agents', async () => {
    const db = await renderSettings('settings-add-shift');
    const shifts = region('Shifts');
    fireEvent.click(within(shifts).getByRole('button', { name: 'Add shift' }));
    type(within(shifts).getByLabelText('Shift 4: Name'), 'Morning');
    type(within(shifts).getByLabelText('Morning: Start'), '07:00');
    type(within(shifts).getByLabelText('Morning: End'), '09:00');
    type(within(shifts).getByLabelText('Morning: Agents'), 'Wang Fang, Chen Jie');
    await save(shifts);
    await within(shifts).findByRole('status');
    const stored = await loadSetting(db, 'shifts');
    expect(stored).toHaveLength(4);
    expect(stored[3]).toMatchObject({ name: 'Morning', start: '07:00', end: '09:00', days: [1, 2, 3, 4, 5, 6, 7], zone: 'Asia/Shanghai', agents: ['Wang Fang', 'Chen Jie'] });
  });

  it('lists the coming team holidays with the shifts off and the hours left uncovered', async () => {
    await renderSettings('settings-holidays', Date.UTC(2026, 8, 20, 4)); // 20 September 2026
    const holidays = region('Team holidays');
    const rows = within(within(holidays).getByRole('table')).getAllByRole('row').slice(1);
    const national = rows.find((row) => row.textContent!.includes('Oct 1, 2026'))!;
    expect(national.textContent).toContain('National Day');
    expect(national.textContent).toContain('Day, Evening, Night');
    // The day, evening and night shifts of 1 October do not run: from 09:00 on the 1st to 07:00 on the 2nd
    // nobody is on (30 September's evening and night shifts still run into the morning; 07:00–09:00 is a
    // gap on any day, so it is not the holiday's cost).
    expect(national.textContent).toContain('22 h (09:00–07:00)');
    expect(DEFAULT_SETTINGS.teamHolidays.country).toBe('CN');
  });

  it('adds a team day off and refuses a country code that is not two letters', async () => {
    const db = await renderSettings('settings-days-off');
    const holidays = region('Team holidays');
    type(within(holidays).getByLabelText('Date to add'), '2026-12-24');
    fireEvent.click(within(holidays).getByRole('button', { name: 'Add date' }));
    type(within(holidays).getByLabelText('Public holidays of'), 'CHN');
    await save(holidays);
    expect(within(holidays).getByText('Enter a two-letter country code such as CN, or leave it empty.')).toBeTruthy();
    expect(await db.settings.get('teamHolidays')).toBeUndefined();
    type(within(holidays).getByLabelText('Public holidays of'), 'cn');
    await save(holidays);
    await within(holidays).findByRole('status');
    expect(await loadSetting(db, 'teamHolidays')).toEqual({ country: 'CN', customDaysOff: ['2026-12-24'] });
  });

  it('says how many conversations a purge will delete before deleting them', async () => {
    const db = openDatabase('settings-purge');
    await db.conversations.bulkPut([closed('A', 200), closed('B', 365), closed('C', 181), closed('D', 30)]);
    render(<SettingsView db={db} initialNow={NOW} />);
    const retention = await screen.findByRole('region', { name: 'Data retention' });
    await act(async () => {
      fireEvent.click(within(retention).getByRole('button', { name: 'Purge now…' }));
    });
    const dialog = await within(retention).findByRole('alertdialog');
    expect(dialog.textContent).toContain('3 resolved conversations untouched for more than 180 days will be deleted.');
    expect(await db.conversations.count()).toBe(4);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Delete 3 conversations' }));
    });
    expect((await within(retention).findByRole('status')).textContent).toBe('Deleted 3 conversations.');
    expect(await db.conversations.toCollection().primaryKeys()).toEqual(['etsy:US:D']);
  });

  it('shows each page’s last read, rows, variant and problems', async () => {
    const db = openDatabase('settings-health');
    await db.pageHealth.bulkPut([
      { key: 'ebay:DE:inbox', platform: 'ebay', marketplace: 'DE', page: 'inbox', variant: 'm2m-list', rows: 14, problems: [{ code: 'unparsed-time', detail: 'vor 3 Std.' }], url: 'https://www.ebay.de/cnt/ReplyToMessages', readAt: NOW - 60_000 },
      { key: 'amazon:US:inbox', platform: 'amazon', marketplace: 'US', page: 'inbox', variant: null, rows: 0, problems: [{ code: 'no-rows', detail: '' }], url: 'https://sellercentral.amazon.com/messaging/inbox', readAt: NOW },
    ]);
    render(<SettingsView db={db} initialNow={NOW} />);
    const health = await screen.findByRole('region', { name: 'Adapter health' });
    const rows = await waitFor(() => {
      const found = within(health).getAllByRole('row').slice(1);
      expect(found).toHaveLength(2);
      return found;
    });
    expect(rows[0]!.textContent).toContain('Amazon');
    expect(rows[0]!.textContent).toContain('not being clocked');
    expect(rows[1]!.textContent).toContain('m2m-list');
    expect(rows[1]!.textContent).toContain('14');
    expect(rows[1]!.textContent).not.toContain('not being clocked');
  });
});

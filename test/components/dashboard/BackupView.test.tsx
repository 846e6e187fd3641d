// The Backup section as an agent uses it: a bad file shows its own message and changes nothing; a good one
// shows what it holds, and after "Replace all current data" the database is the backup's. Export hands a
// backup file to the browser's download; the templates-only panel exports and imports a template file.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupView } from '@/components/dashboard/BackupView';
import { checkBackup } from '@/lib/backup/check-backup';
import { exportBackup } from '@/lib/backup/export-backup';
import { openDatabase, type ReplyclockDb } from '@/lib/db';
import { exportTemplates } from '@/lib/templates/exchange';
import { AWAITING, NOW, dump, editBackup, fillDatabase, tableRows } from '../../lib/backup/backup-fixture';

let downloads: { blob: Blob; name: string }[];

beforeEach(() => {
  downloads = [];
  const urls = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${urls.size}`;
    urls.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ blob: urls.get(this.href)!, name: this.download });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A database with the agent's current data: one conversation of its own and a team name. */
async function currentData(name: string): Promise<ReplyclockDb> {
  const db = openDatabase(name);
  await db.conversations.put({ ...AWAITING, id: 'etsy:US:CURRENT', platform: 'etsy', threadId: 'CURRENT', buyer: 'Current Buyer' });
  await db.settings.put({ key: 'team', value: { agentName: 'Ana', shopName: 'Now Shop', teamZone: 'UTC' } });
  return db;
}

/** A backup made from another database holding the fixture's data. */
async function backupFile(): Promise<{ file: Blob; source: ReplyclockDb }> {
  const source = openDatabase('backup-source');
  await fillDatabase(source);
  return { file: await exportBackup(source, NOW), source };
}

function choose(label: string, content: Blob, name = 'backup.json') {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('restore from a file', () => {
  it('a truncated file: its message, no summary, nothing changed', async () => {
    const db = await currentData('restore-truncated');
    const before = await dump(db);
    const text = await (await backupFile()).file.text();
    render(<BackupView db={db} initialNow={NOW} />);
    choose('Backup file', new Blob([text.slice(0, text.length / 2)]));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file cannot be read: it is not JSON, or it was cut off');
    expect(screen.queryByRole('button', { name: 'Replace all current data' })).toBeNull();
    expect(await dump(db)).toStrictEqual(before);
  });

  it('a file from a newer Replyclock: "update first", nothing changed', async () => {
    const db = await currentData('restore-newer');
    const before = await dump(db);
    const newer = await editBackup((await backupFile()).file, (json) => {
      json.data.databaseVersion = db.verno + 1;
    });
    render(<BackupView db={db} initialNow={NOW} />);
    choose('Backup file', newer);
    expect((await screen.findByRole('alert')).textContent).toContain('This backup was made by a newer Replyclock. Update Replyclock first');
    expect(await dump(db)).toStrictEqual(before);
  });

  it('a file with a wrong value: says where (table, row, field), nothing changed', async () => {
    const db = await currentData('restore-wrong');
    const before = await dump(db);
    const wrong = await editBackup((await backupFile()).file, (json) => {
      tableRows(json, 'conversations')[1].dueAt = 'tomorrow';
    });
    render(<BackupView db={db} initialNow={NOW} />);
    choose('Backup file', wrong);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This backup holds wrong data, so it was not restored. Nothing changed.');
    expect(alert.textContent).toContain('In Conversations, row 2, field “dueAt”.');
    expect(alert.textContent).toContain('found text "tomorrow"');
    expect(await dump(db)).toStrictEqual(before);
  });

  it('a template export is not a backup', async () => {
    const db = await currentData('restore-not-backup');
    render(<BackupView db={db} initialNow={NOW} />);
    choose('Backup file', new Blob([exportTemplates([])]));
    expect((await screen.findByRole('alert')).textContent).toContain('This file is not a Replyclock backup.');
  });

  it('a good file: shows what it holds, and "Replace all current data" makes the database the backup', async () => {
    const db = await currentData('restore-good');
    const { file, source } = await backupFile();
    render(<BackupView db={db} initialNow={NOW} />);
    choose('Backup file', file);
    const counts = await screen.findByRole('table', { name: 'This file holds' });
    const count = (what: string) => within(counts).getByRole('row', { name: new RegExp(`^${what}`) }).querySelector('td')?.textContent;
    expect(count('Conversations')).toBe('2');
    expect(count('History events')).toBe('3');
    expect(count('Templates')).toBe('3');
    expect(count('Settings')).toBe('5');
    expect(count('Page checks')).toBe('1');
    expect(screen.getByText(`Data version ${db.verno} (this Replyclock: ${db.verno}).`)).toBeTruthy();
    expect(screen.getByText(/^Exported .*2025/)).toBeTruthy();
    // Nothing is written before the agent confirms.
    expect(await db.conversations.get('etsy:US:CURRENT')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Replace all current data' }));
    await screen.findByText(/^Restored\. All data now comes from the backup exported/);
    expect(await dump(db)).toStrictEqual(await dump(source));
    expect(await db.conversations.get('etsy:US:CURRENT')).toBeUndefined();
  });

  it('cancel drops the chosen file without touching the data', async () => {
    const db = await currentData('restore-cancel');
    const before = await dump(db);
    render(<BackupView db={db} initialNow={NOW} />);
    choose('Backup file', (await backupFile()).file);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Replace all current data' })).toBeNull();
    expect(await dump(db)).toStrictEqual(before);
  });
});

describe('export', () => {
  it('"Export everything" downloads a dated backup of every table that restores', async () => {
    const db = openDatabase('export-view');
    await fillDatabase(db);
    render(<BackupView db={db} initialNow={NOW} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    await screen.findByText(/^Saved replyclock-backup-2025-03-1\d\.json\.$/);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^replyclock-backup-2025-03-1\d\.json$/);
    const backup = await checkBackup(db, downloads[0]!.blob);
    expect(backup.counts).toEqual({ conversations: 2, events: 3, templates: 3, settings: 5, pageHealth: 1 });
    expect(backup.exportedAt).toBe(NOW);
  });
});

describe('templates only', () => {
  it('exports the templates alone in the template exchange format', async () => {
    const db = openDatabase('templates-export');
    await fillDatabase(db);
    render(<BackupView db={db} initialNow={NOW} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export templates only' }));
    await screen.findByText(/^Saved 3 templates to replyclock-templates-/);
    const json = JSON.parse(await downloads[0]!.blob.text());
    expect(json.format).toBe('replyclock-templates');
    expect(json.templates.map((t: { name: string }) => t.name)).toEqual((await db.templates.toArray()).map((t) => t.name));
    expect(json).not.toHaveProperty('data');
  });

  it('imports a template file, and refuses a bad one changing nothing', async () => {
    const db = await currentData('templates-import');
    render(<BackupView db={db} initialNow={NOW} />);
    const shared = { name: 'Customs delay · en', body: 'Hi {{buyerFirstName}}, your parcel is at customs.', platforms: [], language: 'en', category: 'shipping', tags: [], shortcut: null };
    choose('Import templates', new Blob([JSON.stringify({ format: 'replyclock-templates', version: 1, templates: [shared] })]));
    await screen.findByText('Imported: 1 added, 0 replaced.');
    expect((await db.templates.toArray()).map((t) => t.name)).toEqual(['Customs delay · en']);

    const before = await dump(db);
    choose('Import templates', new Blob([JSON.stringify({ format: 'replyclock-templates', version: 1, templates: [{ ...shared, platforms: 'amazon' }] })]));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This template file was not imported, and nothing changed.');
    expect(alert.textContent).toContain('field "platforms"');
    await waitFor(async () => expect(await dump(db)).toStrictEqual(before));
  });
});

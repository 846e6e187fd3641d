// Backup and restore of the whole database: a valid backup round-trips exactly, and every kind of bad file is
// refused with its own code (the view's message) while the data already there stays exactly as it was.
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, BackupError, type BackupErrorCode } from '@/lib/backup/backup-format';
import { checkBackup } from '@/lib/backup/check-backup';
import { backupFileName, exportBackup } from '@/lib/backup/export-backup';
import { restoreBackup } from '@/lib/backup/restore-backup';
import { openDatabase, type ReplyclockDb } from '@/lib/db';
import { exportTemplates } from '@/lib/templates/exchange';
import { AWAITING, NOW, RESOLVED, dump, editBackup, fillDatabase, tableRows } from './backup-fixture';

async function filled(name: string): Promise<ReplyclockDb> {
  const db = openDatabase(name);
  await fillDatabase(db);
  return db;
}

async function emptyAll(db: ReplyclockDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}

/** The file is refused with `code`, and the database holds exactly what it held before. */
async function expectRefused(db: ReplyclockDb, file: Blob, code: BackupErrorCode): Promise<BackupError> {
  const before = await dump(db);
  const error = await checkBackup(db, file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).code).toBe(code);
  expect(await dump(db)).toStrictEqual(before);
  return error as BackupError;
}

describe('export', () => {
  it('writes one JSON file with our header, the open database’s schema version and every table', async () => {
    const db = await filled('export-header');
    const json = JSON.parse(await (await exportBackup(db, NOW)).text());
    expect(Object.keys(json)[0]).toBe('replyclock');
    expect(json.replyclock).toEqual({ format: 'replyclock-backup', formatVersion: 1, app: 'Replyclock', exportedAt: NOW });
    expect(json.data.databaseVersion).toBe(db.verno);
    expect(json.data.tables.map((t: { name: string; rowCount: number }) => [t.name, t.rowCount])).toEqual([
      ['conversations', 2],
      ['events', 3],
      ['templates', 3],
      ['settings', 5],
      ['pageHealth', 1],
    ]);
  });

  it('names the file by the day it was made', () => {
    expect(backupFileName(Date.UTC(2025, 0, 31, 20), 'Asia/Shanghai')).toBe('replyclock-backup-2025-02-01.json');
    expect(backupFileName(Date.UTC(2025, 0, 31, 20), 'America/New_York')).toBe('replyclock-backup-2025-01-31.json');
  });

  it('knows every table the database has', () => {
    expect(openDatabase('tables').tables.map((table) => table.name).sort()).toEqual([...BACKUP_TABLES].sort());
  });
});

describe('restore', () => {
  it('round-trips a valid backup exactly into an emptied database', async () => {
    const db = await filled('round-trip');
    const before = await dump(db);
    const file = await exportBackup(db, NOW);
    await emptyAll(db);
    const backup = await checkBackup(db, file);
    expect(backup.counts).toEqual({ conversations: 2, events: 3, templates: 3, settings: 5, pageHealth: 1 });
    expect(backup.exportedAt).toBe(NOW);
    expect(backup.schemaVersion).toBe(db.verno);
    await restoreBackup(db, backup);
    const after = await dump(db);
    expect(after).toStrictEqual(before);
    // Types JSON cannot hold come back as they were.
    const feature = (after.settings as { key: string; value: { at: unknown } }[]).find((s) => s.key === 'feature.lastRun');
    expect(feature?.value.at).toEqual(new Date(NOW));
  });

  it('replaces whatever the database held, and new rows continue the restored ids', async () => {
    const source = await filled('replace-source');
    const file = await exportBackup(source, NOW);
    const db = openDatabase('replace-target');
    await db.conversations.put({ ...AWAITING, id: 'etsy:US:X', platform: 'etsy', threadId: 'X' });
    await db.settings.put({ key: 'team', value: { agentName: 'Other', shopName: '', teamZone: 'UTC' } });
    await restoreBackup(db, await checkBackup(db, file));
    expect(await dump(db)).toStrictEqual(await dump(source));
    const id = await db.events.add({ conversationId: AWAITING.id, platform: 'amazon', marketplace: 'US', type: 'replied', at: NOW, approx: false });
    expect(id).toBe(4);
  });

  it('rolls everything back when a write fails part-way', async () => {
    const db = await filled('atomic');
    const backup = await checkBackup(db, await exportBackup(db, NOW));
    const first = backup.rows.events[0]!;
    // Two events with one id (checkBackup refuses this; here it is forced past it): bulkAdd fails on events,
    // after conversations were already cleared and rewritten in the same transaction.
    const broken = { ...backup, rows: { ...backup.rows, conversations: [], events: [first, { ...first }] } };
    const before = await dump(db);
    await expect(restoreBackup(db, broken)).rejects.toThrow();
    expect(await dump(db)).toStrictEqual(before);
  });
});

describe('refused files leave the data untouched', () => {
  it('a truncated file: unreadable', async () => {
    const db = await filled('truncated');
    const text = await (await exportBackup(db, NOW)).text();
    // Cut inside the last table's rows: the streaming reader alone would import what came before.
    const error = await expectRefused(db, new Blob([text.slice(0, text.length - 30)]), 'unreadable');
    expect(error.detail).toMatch(/JSON/);
    await expectRefused(db, new Blob(['not json at all']), 'unreadable');
    await expectRefused(db, new Blob(['']), 'unreadable');
  });

  it('a file that is not a Replyclock backup: not-backup', async () => {
    const db = await filled('not-ours');
    await expectRefused(db, new Blob([exportTemplates(await db.templates.toArray())]), 'not-backup');
    await expectRefused(db, new Blob(['[1,2]']), 'not-backup');
    // A bare Dexie export of some database, without our header.
    await expectRefused(db, await exportDB(db), 'not-backup');
  });

  it('a file from a newer Replyclock: newer-version', async () => {
    const db = await filled('newer');
    const file = await exportBackup(db, NOW);
    const newer = await editBackup(file, (json) => {
      json.data.databaseVersion = db.verno + 1;
    });
    expect((await expectRefused(db, newer, 'newer-version')).detail).toContain(`schema version ${db.verno + 1}`);
    const newerLayout = await editBackup(file, (json) => {
      json.replyclock.formatVersion = 2;
    });
    await expectRefused(db, newerLayout, 'newer-version');
  });

  it('a conversation whose dueAt is text: contents, naming the table, row and field', async () => {
    const db = await filled('wrong-conversation');
    const file = await editBackup(await exportBackup(db, NOW), (json) => {
      tableRows(json, 'conversations')[1].dueAt = '2025-03-14T10:30:00Z';
    });
    const error = await expectRefused(db, file, 'contents');
    expect(error.place).toEqual({ table: 'conversations', row: 2, key: RESOLVED.id, field: 'dueAt' });
    expect(error.detail).toBe(`conversations row 2 (${RESOLVED.id}), field "dueAt": expected a time (a number) or null, found text "2025-03-14T10:30:00Z"`);
  });

  it('a template whose platforms is not a list: contents', async () => {
    const db = await filled('wrong-template');
    const file = await editBackup(await exportBackup(db, NOW), (json) => {
      tableRows(json, 'templates')[2].platforms = 'amazon';
    });
    const error = await expectRefused(db, file, 'contents');
    expect(error.place).toMatchObject({ table: 'templates', row: 3, field: 'platforms' });
  });

  it('a template the template importer would refuse (unknown platform): contents, with its reason', async () => {
    const db = await filled('template-platform');
    const file = await editBackup(await exportBackup(db, NOW), (json) => {
      tableRows(json, 'templates')[0].platforms = ['amazon', 'shopify'];
    });
    const error = await expectRefused(db, file, 'contents');
    expect(error.place).toMatchObject({ table: 'templates', row: 1, field: 'platforms' });
    expect(error.detail).toContain('"shopify"');
  });

  it('bad values in other tables: contents, each naming its field', async () => {
    const db = await filled('wrong-others');
    const file = await exportBackup(db, NOW);
    const cases: [string, (json: any) => void, object][] = [
      ['event type', (json) => (tableRows(json, 'events')[0].type = 'opened'), { table: 'events', row: 1, field: 'type' }],
      ['status', (json) => (tableRows(json, 'conversations')[0].status = 'open'), { table: 'conversations', field: 'status' }],
      ['category', (json) => (tableRows(json, 'conversations')[0].category = 'spam'), { table: 'conversations', field: 'category' }],
      ['platform', (json) => (tableRows(json, 'conversations')[0].platform = 'shopify'), { table: 'conversations', field: 'platform' }],
      ['triage reason', (json) => (tableRows(json, 'conversations')[0].triage.reasons[0].kind = 3), { field: 'triage.reasons[1].kind' }],
      [
        'policies',
        (json) => (tableRows(json, 'settings').find((s: { key: string }) => s.key === 'policies').value.categoryTargets.order.tier = 'Z'),
        { table: 'settings', key: 'policies', field: 'value' },
      ],
      ['team zone', (json) => (tableRows(json, 'settings').find((s: { key: string }) => s.key === 'team').value.teamZone = 'Mars/Base'), { table: 'settings', key: 'team' }],
      ['page health rows', (json) => (tableRows(json, 'pageHealth')[0].rows = -1), { table: 'pageHealth', field: 'rows' }],
      ['duplicate key', (json) => (tableRows(json, 'events')[1].id = 1), { table: 'events', row: 2 }],
      ['a row that is not an object', (json) => (tableRows(json, 'events')[2] = 'hello'), { table: 'events', row: 3 }],
    ];
    for (const [what, edit, place] of cases) {
      const error = await expectRefused(db, await editBackup(file, edit), 'contents');
      expect(error.place, what).toMatchObject(place);
    }
  });

  it('an unknown or missing table, or row counts that disagree: contents', async () => {
    const db = await filled('tables');
    const file = await exportBackup(db, NOW);
    const unknown = await editBackup(file, (json) => {
      json.data.tables.push({ name: 'secrets', schema: 'id', rowCount: 0 });
      json.data.data.push({ tableName: 'secrets', inbound: true, rows: [] });
    });
    expect((await expectRefused(db, unknown, 'contents')).place).toEqual({ table: 'secrets' });
    const missing = await editBackup(file, (json) => {
      json.data.tables = json.data.tables.filter((t: { name: string }) => t.name !== 'events');
      json.data.data = json.data.data.filter((t: { tableName: string }) => t.tableName !== 'events');
    });
    expect((await expectRefused(db, missing, 'contents')).place).toEqual({ table: 'events' });
    const shortened = await editBackup(file, (json) => {
      tableRows(json, 'conversations').pop();
    });
    expect((await expectRefused(db, shortened, 'contents')).place).toEqual({ table: 'conversations' });
  });

  it('type annotations that cannot be revived, or revive to a wrong type: contents', async () => {
    const db = await filled('types');
    const file = await exportBackup(db, NOW);
    const unknownType = await editBackup(file, (json) => {
      tableRows(json, 'conversations')[0].$types = { dueAt: 'no-such-type' };
    });
    await expectRefused(db, unknownType, 'contents');
    const dateDue = await editBackup(file, (json) => {
      tableRows(json, 'conversations')[0].$types = { dueAt: 'date' };
    });
    expect((await expectRefused(db, dateDue, 'contents')).detail).toContain('found a date object');
  });

  it('an over-large file, before reading it: too-large', async () => {
    const db = await filled('too-large');
    const huge = { size: 300 * 1024 * 1024, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    await expectRefused(db, huge, 'too-large');
  });
});

describe('backups from older schema versions', () => {
  /** A backup as a version-`version` database would have written it: its own rows, that schema's version. */
  async function olderBackup(version: number, conversations: object[]): Promise<Blob> {
    const old = new Dexie(`old-v${version}`);
    old.version(version).stores({ conversations: 'id, dueAt', events: '++id, at', templates: '++id', settings: 'key', pageHealth: 'key' });
    await old.table('conversations').bulkPut(conversations);
    await old.table('events').add({ conversationId: 'amazon:US:T1', platform: 'amazon', marketplace: 'US', type: 'received', at: 1_000, approx: false });
    const file = await exportBackup(old as unknown as ReplyclockDb, NOW);
    old.close();
    return file;
  }

  it('a v3 backup is restored with the v4 upgrade applied (escalation: null)', async () => {
    const { escalation: _dropped, ...v3 } = AWAITING;
    const file = await olderBackup(3, [v3]);
    expect(JSON.parse(await file.text()).data.databaseVersion).toBe(3);
    const db = await filled('from-v3');
    const backup = await checkBackup(db, file);
    expect(backup.schemaVersion).toBe(3);
    await restoreBackup(db, backup);
    expect(await db.conversations.toArray()).toStrictEqual([{ ...v3, escalation: null }]);
    expect(await db.events.count()).toBe(1);
    expect(await db.templates.count()).toBe(0);
  });

  it('a v1 backup gets every upgrade’s defaults, as the database migration gives them', async () => {
    const { kind, firstInThread, teamDueAt, resolveBy, triage, categoryByAgent, caseSignal, escalation, ...v1 } = AWAITING;
    const db = openDatabase('from-v1');
    await restoreBackup(db, await checkBackup(db, await olderBackup(1, [v1])));
    expect(await db.conversations.get(AWAITING.id)).toStrictEqual({
      ...v1,
      kind: 'message',
      firstInThread: true,
      teamDueAt: v1.dueAt,
      resolveBy: null,
      triage: null,
      categoryByAgent: false,
      caseSignal: null,
      escalation: null,
    });
  });

  it('an older backup whose rows are still wrong after the upgrades is refused', async () => {
    const { escalation: _dropped, ...v3 } = AWAITING;
    const file = await olderBackup(3, [{ ...v3, priority: 'urgent' }]);
    const db = await filled('from-v3-bad');
    expect((await expectRefused(db, file, 'contents')).place).toMatchObject({ table: 'conversations', field: 'priority' });
  });
});

// The dashboard's template editor against a real (fake-indexeddb) database: create, edit with live checks
// (compliance rule named while typing, syntax, shortcut format and clashes), duplicate, delete after a
// confirmation, search and filters, import (a bad file changes nothing; a good one adds and replaces by name)
// and export (a download whose JSON imports back to the same templates).
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TemplatesView } from '@/components/dashboard/TemplatesView';
import { openDatabase, type ReplyclockDb } from '@/lib/db';
import type { Template } from '@/lib/model';
import { DEFAULT_SETTINGS, saveSetting } from '@/lib/settings/team-settings';
import { DEFAULT_TEMPLATES } from '@/lib/templates/default-pack';
import { parseTemplateImport } from '@/lib/templates/exchange';
import { seedOf } from '@/lib/templates/library';

const NOW = Date.UTC(2026, 10, 23, 3, 0);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function stored(extra: Partial<Template> & Pick<Template, 'name'>): Template {
  return {
    body: 'Hello {{buyerName}}, order {{orderId}}.',
    platforms: [],
    language: 'en',
    category: null,
    tags: [],
    shortcut: null,
    useCount: 0,
    lastUsedAt: null,
    updatedAt: NOW - 86_400_000,
    ...extra,
  };
}

async function library(name: string, templates: Template[]): Promise<ReplyclockDb> {
  const db = openDatabase(name);
  await db.templates.bulkAdd(templates);
  return db;
}

const sortedContent = (templates: Template[]) => templates.map(seedOf).sort((a, b) => a.name.localeCompare(b.name));

/** The library row showing `name` (a button: its accessible name is the name and its platforms, language…). */
async function row(name: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = screen.getAllByTestId('template-row').find((r) => r.querySelector('.templates__row-name')!.textContent === name);
    if (!found) throw new Error(`no row ${name}`);
    return found;
  });
}

async function openTemplate(name: string) {
  fireEvent.click(await row(name));
  return screen.findByRole('heading', { name: `Edit “${name}”` });
}

function chooseFile(content: string, name = 'team-templates.json') {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('the template editor', () => {
  it('creates a template: it appears in the list and in the database', async () => {
    const db = await library('tv-create', [stored({ name: 'Existing' })]);
    render(<TemplatesView db={db} initialNow={NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: 'New template' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '  Parcel delayed · en ' } });
    fireEvent.change(screen.getByLabelText('Body'), { target: { value: 'Hi {{buyerFirstName}}, your parcel for {{orderId}} is delayed.{{cursor}}' } });
    fireEvent.click(screen.getByLabelText('eBay'));
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'shipping' } });
    fireEvent.change(screen.getByLabelText('Tags'), { target: { value: 'delay, late ,' } });
    fireEvent.change(screen.getByLabelText('Keyboard shortcut'), { target: { value: 'Alt + 8' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create template' }));

    expect(await screen.findByText('Template “Parcel delayed · en” created.')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Templates' })).getByText('Parcel delayed · en')).toBeTruthy();
    const saved = await db.templates.where('id').above(1).toArray();
    expect(saved).toEqual([
      expect.objectContaining({
        name: 'Parcel delayed · en',
        platforms: ['ebay'],
        category: 'shipping',
        tags: ['delay', 'late'],
        shortcut: 'alt+8',
        useCount: 0,
        lastUsedAt: null,
      }),
    ]);
    // Now being edited, with its history shown read-only.
    expect(await screen.findByRole('heading', { name: 'Edit “Parcel delayed · en”' })).toBeTruthy();
    expect(screen.getByTestId('editor-use-count').textContent).toBe('0');
  });

  it('refuses to save a template whose field is wrong, saying which, and stores nothing', async () => {
    const db = await library('tv-refuse', [stored({ name: 'Existing' })]);
    render(<TemplatesView db={db} initialNow={NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: 'New template' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'existing' } });
    fireEvent.change(screen.getByLabelText('Body'), { target: { value: 'Hello' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create template' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/field "name": another template is already called "Existing"/);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Fresh' } });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'english' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create template' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/field "language": is "english", expected a two-letter/);
    expect(await db.templates.count()).toBe(1);
  });

  it('names the broken compliance rule while the body is typed, for the template’s platform', async () => {
    const db = await library('tv-compliance', [stored({ name: 'Write to us', platforms: ['amazon'], body: 'Hello {{buyerName}}.' })]);
    render(<TemplatesView db={db} initialNow={NOW} />);
    await openTemplate('Write to us');
    expect(screen.queryAllByTestId('editor-compliance')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Body'), { target: { value: 'Hello {{buyerName}}, please email help@shop-example.com about it.' } });
    const warnings = screen.getAllByTestId('editor-compliance');
    expect(warnings.map((w) => w.getAttribute('data-rule'))).toEqual(['amazon-contact-details']);
    expect(warnings[0]!.textContent).toBe('Amazon · Amazon policy: no email addresses or phone numbers: “help@shop-example.com”');
    // Nothing saved by typing.
    expect((await db.templates.toArray())[0]!.body).toBe('Hello {{buyerName}}.');

    // "Any platform" checks all three platforms' rules.
    fireEvent.click(screen.getByLabelText('Any platform'));
    expect(screen.getAllByTestId('editor-compliance').map((w) => w.getAttribute('data-rule'))).toEqual(['amazon-contact-details', 'ebay-contact-details']);
  });

  it('shows syntax problems and the preview’s gaps while typing, and the preview as text', async () => {
    const db = await library('tv-preview', [stored({ name: 'Greeting' })]);
    await saveSetting(db, 'team', { ...DEFAULT_SETTINGS.team, agentName: 'Mei Chen', shopName: '' });
    render(<TemplatesView db={db} initialNow={NOW} />);
    await openTemplate('Greeting');
    const body = screen.getByLabelText('Body');

    fireEvent.change(body, { target: { value: 'Hi {{#buyerName}}x{{/buyerName}}' } });
    expect(screen.getByTestId('editor-syntax').textContent).toMatch(/sections .* are not supported/);
    expect(screen.queryByTestId('editor-preview')).toBeNull();

    fireEvent.change(body, { target: { value: 'Dear {{buyerName}} <b>({{orderId}})</b>, tracking {{trackingNumber}} {{orderNumber}}\n{{agentName}}, {{shopName}}' } });
    expect(screen.queryByTestId('editor-syntax')).toBeNull();
    const preview = await screen.findByTestId('editor-preview');
    // The sample Amazon US buyer and order, the stored agent name; markup in the body stays text.
    await waitFor(() => expect(preview.textContent).toBe('Dear Jordan Avery <b>(114-2468013-5791357)</b>, tracking [trackingNumber] {{orderNumber}}\nMei Chen, [shopName]'));
    expect(preview.querySelector('b')).toBeNull();
    expect([...preview.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['[trackingNumber]', '{{orderNumber}}', '[shopName]']);
    expect(screen.getByTestId('editor-unknown').textContent).toContain('{{orderNumber}}');

    // Another sample marketplace: the German buyer and order.
    fireEvent.change(screen.getByLabelText('Marketplace'), { target: { value: 'DE' } });
    expect(screen.getByTestId('editor-preview').textContent).toContain('Lena Vogel <b>(303-9876543-2109876)</b>');
  });

  it('checks the shortcut’s format as the sidebar reads it and warns of one another template has', async () => {
    const db = await library('tv-shortcut', [stored({ name: 'First', shortcut: 'alt+1' }), stored({ name: 'Second' })]);
    render(<TemplatesView db={db} initialNow={NOW} />);
    await openTemplate('Second');
    const shortcut = screen.getByLabelText('Keyboard shortcut');
    fireEvent.change(shortcut, { target: { value: 'shift+k' } });
    expect(screen.getByTestId('editor-shortcut-problem').textContent).toMatch(/needs alt, ctrl or meta/);
    fireEvent.change(shortcut, { target: { value: 'alt-1' } });
    expect(screen.getByTestId('editor-shortcut-problem').textContent).toMatch(/key combination such as "alt\+1"/);
    fireEvent.change(shortcut, { target: { value: 'Alt+1' } });
    expect(screen.queryByTestId('editor-shortcut-problem')).toBeNull();
    expect(screen.getByTestId('editor-shortcut-taken').textContent).toContain('First');
    fireEvent.change(shortcut, { target: { value: 'alt+2' } });
    expect(screen.queryByTestId('editor-shortcut-taken')).toBeNull();
  });

  it('edits a template in place, keeping its use history', async () => {
    const db = await library('tv-edit', [stored({ name: 'Thanks', useCount: 7, lastUsedAt: NOW - 3_600_000 })]);
    render(<TemplatesView db={db} initialNow={NOW} />);
    await openTemplate('Thanks');
    expect(screen.getByTestId('editor-use-count').textContent).toBe('7');
    fireEvent.change(screen.getByLabelText('Body'), { target: { value: 'Thank you, {{buyerFirstName}}!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Template “Thanks” saved.')).toBeTruthy();
    const [saved] = await db.templates.toArray();
    expect(saved).toMatchObject({ name: 'Thanks', body: 'Thank you, {{buyerFirstName}}!', useCount: 7, lastUsedAt: NOW - 3_600_000 });
    expect(saved!.updatedAt).toBeGreaterThan(NOW - 86_400_000);
  });

  it('duplicates a template under a free name, without its shortcut', async () => {
    const db = await library('tv-duplicate', [stored({ name: 'Tracking', shortcut: 'alt+3', useCount: 4, tags: ['track'] }), stored({ name: 'Tracking (copy)' })]);
    render(<TemplatesView db={db} initialNow={NOW} />);
    await openTemplate('Tracking');
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(await screen.findByRole('heading', { name: 'Edit “Tracking (copy 2)”' })).toBeTruthy();
    const copy = (await db.templates.toArray()).find((t) => t.name === 'Tracking (copy 2)');
    expect(copy).toMatchObject({ body: 'Hello {{buyerName}}, order {{orderId}}.', tags: ['track'], shortcut: null, useCount: 0 });
    expect(await db.templates.count()).toBe(3);
  });

  it('deletes only after the agent confirms', async () => {
    const db = await library('tv-delete', [stored({ name: 'Old notice' }), stored({ name: 'Keep me' })]);
    render(<TemplatesView db={db} initialNow={NOW} />);
    await openTemplate('Old notice');
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    const confirm = screen.getByRole('alertdialog');
    expect(confirm.textContent).toContain('Delete “Old notice”?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await db.templates.count()).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete template' }));
    expect(await screen.findByText('Template “Old notice” deleted.')).toBeTruthy();
    expect((await db.templates.toArray()).map((t) => t.name)).toEqual(['Keep me']);
    await waitFor(() => expect(screen.getAllByTestId('template-row').map((r) => r.textContent)).toEqual([expect.stringMatching(/^Keep me/)]));
  });

  it('finds templates with the sidebar’s search and narrows them by platform, language and category', async () => {
    const db = await library('tv-search', [
      stored({ name: 'Refund issued', category: 'return', tags: ['refund'] }),
      stored({ name: 'Rückerstattung', language: 'de', category: 'return', tags: ['refund'] }),
      stored({ name: 'eBay return label', platforms: ['ebay'], category: 'return', tags: ['return'] }),
      stored({ name: 'Tracking', category: 'shipping', tags: ['tracking'] }),
    ]);
    render(<TemplatesView db={db} initialNow={NOW} />);
    const rows = async () => (await screen.findAllByTestId('template-row')).map((r) => r.querySelector('.templates__row-name')!.textContent);
    expect(await rows()).toEqual(['eBay return label', 'Refund issued', 'Rückerstattung', 'Tracking']);
    fireEvent.change(screen.getByLabelText('Search templates'), { target: { value: 'refnud' } }); // a typo
    expect(await rows()).toEqual(['Refund issued', 'Rückerstattung']);
    fireEvent.change(screen.getByLabelText('Search templates'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Filter by platform'), { target: { value: 'amazon' } });
    expect(await rows()).toEqual(['Refund issued', 'Rückerstattung', 'Tracking']);
    fireEvent.change(screen.getByLabelText('Filter by language'), { target: { value: 'en' } });
    fireEvent.change(screen.getByLabelText('Filter by category'), { target: { value: 'shipping' } });
    expect(await rows()).toEqual(['Tracking']);
    expect(screen.getByText('Showing 1 of 4')).toBeTruthy();
  });

  it('rejects a bad import file whole, with its message, and changes nothing stored', async () => {
    const before = [stored({ name: 'Mine', body: 'My own words.' })];
    const db = await library('tv-import-bad', before);
    const snapshot = await db.templates.toArray();
    render(<TemplatesView db={db} initialNow={NOW} />);
    await row('Mine');
    // Template #1 is fine (and would replace "Mine"), template #2 has a section: the whole file is refused.
    const file = JSON.stringify({
      format: 'replyclock-templates',
      version: 1,
      templates: [
        { ...seedOf(before[0]!), body: 'Replaced words.' },
        { ...seedOf(before[0]!), name: 'Broken', body: 'Hi {{#buyerName}}there{{/buyerName}}' },
      ],
    });
    chooseFile(file);
    const alert = await screen.findByTestId('templates-error');
    expect(alert.textContent).toMatch(/^Nothing imported from team-templates\.json: Template import rejected: template #2 \("Broken"\), field "body": /);
    expect(await db.templates.toArray()).toEqual(snapshot);

    chooseFile('{ not json', 'broken.json');
    await waitFor(() => expect(screen.getByTestId('templates-error').textContent).toMatch(/^Nothing imported from broken\.json: .*not valid JSON/));
    expect(await db.templates.toArray()).toEqual(snapshot);
  });

  it('imports a good file: new templates are added and one of the same name is replaced, keeping its history', async () => {
    const db = await library('tv-import-good', [stored({ name: 'Mine', body: 'Old words.', useCount: 5 })]);
    render(<TemplatesView db={db} initialNow={NOW} />);
    await row('Mine');
    const incoming = [
      { ...seedOf(stored({ name: 'MINE' })), body: 'New words.' },
      seedOf(stored({ name: 'From the team', platforms: ['etsy'], language: 'fr', tags: ['équipe'], shortcut: 'ctrl+shift+k' })),
    ];
    chooseFile(JSON.stringify({ format: 'replyclock-templates', version: 1, templates: incoming }));
    expect(await screen.findByText('Imported team-templates.json: 1 added, 1 replaced.')).toBeTruthy();
    const all = await db.templates.toArray();
    expect(all).toHaveLength(2);
    expect(all.find((t) => t.name === 'MINE')).toMatchObject({ body: 'New words.', useCount: 5 });
    expect(all.find((t) => t.name === 'From the team')).toMatchObject({ platforms: ['etsy'], language: 'fr', shortcut: 'ctrl+shift+k', useCount: 0 });
    expect(await row('From the team')).toBeTruthy();
  });

  it('exports all or the filtered templates as a JSON download that imports back to the same templates', async () => {
    const originals = [
      stored({ name: 'A · en', category: 'shipping', tags: ['a'], shortcut: 'alt+5' }),
      stored({ name: 'B · de', language: 'de', platforms: ['amazon', 'etsy'], body: 'Hallo {{buyerName}}' }),
    ];
    const db = await library('tv-export', originals);
    const downloads: { blob: Blob; name: string }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      downloads.push({ blob: blob as Blob, name: '' });
      return 'blob:replyclock-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    render(<TemplatesView db={db} initialNow={NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export all (2)' }));
    expect(clicked).toEqual([expect.stringMatching(/^replyclock-templates-\d{4}-\d{2}-\d{2}\.json$/)]);
    const json = await downloads[0]!.blob.text();
    expect(sortedContent(parseTemplateImport(json) as Template[])).toEqual(sortedContent(await db.templates.toArray()));

    // Re-imported into an empty library: the same templates.
    const other = openDatabase('tv-export-other');
    cleanup();
    render(<TemplatesView db={other} initialNow={NOW} />);
    await screen.findByRole('button', { name: 'New template' });
    chooseFile(json);
    expect(await screen.findByText('Imported team-templates.json: 2 added, 0 replaced.')).toBeTruthy();
    expect(sortedContent(await other.templates.toArray())).toEqual(sortedContent(originals));

    // Only the filtered ones.
    fireEvent.change(screen.getByLabelText('Filter by language'), { target: { value: 'de' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export shown (1)' }));
    expect(parseTemplateImport(await downloads[1]!.blob.text()).map((t) => t.name)).toEqual(['B · de']);
  });

  it('restores the default pack’s missing templates and leaves the agent’s edits alone', async () => {
    const pack = DEFAULT_TEMPLATES.slice(1).map((seed) => stored({ ...seedOf(seed) }));
    pack[0] = { ...pack[0]!, body: 'Edited by the team.' };
    const db = await library('tv-restore', pack);
    render(<TemplatesView db={db} initialNow={NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Restore default templates' }));
    expect(await screen.findByText('1 default templates restored.')).toBeTruthy();
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length);
    const all = await db.templates.toArray();
    expect(all.find((t) => t.name === DEFAULT_TEMPLATES[1]!.name)!.body).toBe('Edited by the team.');
    expect(all.find((t) => t.name === DEFAULT_TEMPLATES[0]!.name)).toMatchObject(seedOf(DEFAULT_TEMPLATES[0]!));
  });
});


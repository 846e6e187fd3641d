// What a seller page tells night watch right before a reload (lib/overlay/draft-watch.ts), on the hand-written
// fixtures: text in the reply box (a textarea, a contenteditable box, a KAT textarea in a shadow root) is a
// draft, whitespace is not, nor a search box or a hidden or read-only field; keys in an editor are typing,
// focus in the sidebar's frame too; the answer reaches the background, and stops with the content script.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ACTIVITY_REQUEST, parseTabActivity } from '@/lib/night-watch/tab-activity';
import { readActivity, startDraftWatch } from '@/lib/overlay/draft-watch';
import { startPageStore } from '@/lib/overlay/page-store';
import { HOST_TAG } from '@/lib/overlay/sidebar-host';
import { amazon } from '@/lib/platforms/amazon';
import { ebay } from '@/lib/platforms/ebay';
import { showFixture } from '../../fixtures/load-fixture';

const NOW = Date.UTC(2026, 10, 23, 15, 0);
const DE = { now: NOW, zone: 'Europe/Berlin', locale: 'de-DE' };
const EBAY_THREAD = 'https://www.ebay.de/cnt/ViewMessage?group_type=CORE&reference_id=5098765432&other_user_id=rheinland_retro';
const EBAY_INBOX = 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE';
const EBAY_ORDER = 'https://www.ebay.com/mesh/ord/details?orderid=14-12345-67890';
const AMAZON_THREAD = 'https://sellercentral.amazon.com/messaging/thread/amzn1.thread.FX0002';

function show(url: string, fixture: string, clock = DE) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  showFixture(document, fixture, clock);
}

const replyBox = () => document.querySelector<HTMLTextAreaElement>('#imageupload__sendmessage--textbox')!;
const activityOf = (adapter = ebay) => readActivity(adapter, adapter.replyBox(document), document, new URL(location.href), null, NOW);

let ctx: ContentScriptContext | undefined;
afterEach(() => {
  ctx?.abort();
  ctx = undefined;
  (document.activeElement as HTMLElement | null)?.blur?.();
});

describe('drafts', () => {
  it('an empty reply box is no draft; text in it is, until it is sent or cleared', () => {
    show(EBAY_THREAD, 'ebay/thread-return-request.html');
    expect(activityOf()).toMatchObject({ page: 'thread', hasDraft: false });
    replyBox().value = 'Hallo, die Rücksendung ist genehmigt.';
    expect(activityOf().hasDraft).toBe(true);
    replyBox().value = '  \n\u200b ';
    expect(activityOf().hasDraft).toBe(false);
  });

  it('sees a draft in a contenteditable reply box and in a KAT textarea inside a shadow root', () => {
    show('https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=2901234561', 'ebay/thread-redesigned.html');
    const editable = document.querySelector<HTMLElement>('[contenteditable="true"][role="textbox"]')!;
    expect(activityOf().hasDraft).toBe(false);
    editable.append(document.createElement('br'));
    expect(activityOf().hasDraft).toBe(false); // what an emptied rich editor leaves behind
    editable.append('Thanks, I will check the tracking.');
    expect(activityOf().hasDraft).toBe(true);

    show(AMAZON_THREAD, 'amazon/thread-v3.html', { now: NOW, zone: 'America/Los_Angeles', locale: 'en-US' });
    expect(activityOf(amazon).hasDraft).toBe(false);
    const inner = document.querySelector('kat-textarea')!.shadowRoot!.querySelector('textarea')!;
    inner.value = 'Hi Emma, a replacement is on its way.';
    expect(activityOf(amazon).hasDraft).toBe(true);
  });

  it('counts another visible message box with text, but not a search box, a hidden field or a read-only one', () => {
    show(EBAY_THREAD, 'ebay/thread-return-request.html');
    const search = document.createElement('input');
    search.type = 'search';
    search.value = 'rheinland';
    const hidden = document.createElement('textarea');
    hidden.style.display = 'none';
    hidden.value = '03AGdBq24-captcha-token';
    const readOnly = document.createElement('textarea');
    readOnly.readOnly = true;
    readOnly.value = 'Order 03-13579-24680';
    document.body.append(search, hidden, readOnly);
    expect(activityOf().hasDraft).toBe(false);

    const note = document.createElement('textarea');
    note.value = 'Ask the warehouse about the serial number';
    document.body.append(note);
    expect(activityOf().hasDraft).toBe(true);
  });
});

describe('the page kind', () => {
  it('is inbox, thread or none from the adapter’s URL predicates', () => {
    show(EBAY_INBOX, 'ebay/inbox.html', { now: NOW, zone: 'America/Los_Angeles', locale: 'en-US' });
    expect(activityOf().page).toBe('inbox');
    show(EBAY_THREAD, 'ebay/thread-return-request.html');
    expect(activityOf().page).toBe('thread');
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(EBAY_ORDER);
    expect(activityOf().page).toBe('none');
  });
});

describe('typing', () => {
  it('a key in the reply box is typing, with the caret there; a key outside an editor is not', () => {
    show(EBAY_THREAD, 'ebay/thread-return-request.html');
    let now = NOW;
    ctx = new ContentScriptContext('draft-watch-test');
    const watch = startDraftWatch(ctx, ebay, startPageStore(ctx, ebay), { now: () => now });

    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    expect(watch.activity()).toMatchObject({ lastKeyAt: null, editorFocused: false });

    replyBox().focus();
    now += 1000;
    replyBox().dispatchEvent(new KeyboardEvent('keydown', { key: 'H', bubbles: true }));
    expect(watch.activity()).toMatchObject({ lastKeyAt: NOW + 1000, editorFocused: true });

    replyBox().blur();
    expect(watch.activity()).toMatchObject({ lastKeyAt: NOW + 1000, editorFocused: false });
  });

  it('hears keys typed into a KAT textarea inside a shadow root', () => {
    show(AMAZON_THREAD, 'amazon/thread-v3.html', { now: NOW, zone: 'America/Los_Angeles', locale: 'en-US' });
    ctx = new ContentScriptContext('draft-watch-test');
    const watch = startDraftWatch(ctx, amazon, startPageStore(ctx, amazon), { now: () => NOW });
    const inner = document.querySelector('kat-textarea')!.shadowRoot!.querySelector('textarea')!;
    inner.focus();
    inner.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'H' }));
    expect(watch.activity()).toMatchObject({ lastKeyAt: NOW, editorFocused: true });
  });

  it('focus in the sidebar’s frame counts as typing now: its keys never reach the page', () => {
    show(EBAY_THREAD, 'ebay/thread-return-request.html');
    const host = document.createElement(HOST_TAG);
    host.tabIndex = -1;
    document.documentElement.append(host);
    host.focus();
    expect(readActivity(ebay, ebay.replyBox(document), document, new URL(location.href), null, NOW)).toMatchObject({ lastKeyAt: NOW, editorFocused: true });
    host.remove();
  });
});

describe('answering the background', () => {
  it('answers the night-watch question with the page’s state, and only while the content script lives', async () => {
    show(EBAY_THREAD, 'ebay/thread-return-request.html');
    ctx = new ContentScriptContext('draft-watch-test');
    startDraftWatch(ctx, ebay, startPageStore(ctx, ebay), { now: () => NOW });
    replyBox().value = 'Hallo';
    const answer = parseTabActivity(await fakeBrowser.runtime.sendMessage(ACTIVITY_REQUEST));
    expect(answer).toEqual({ page: 'thread', hasDraft: true, lastKeyAt: null, editorFocused: false });
    // Messages that are not night watch's are left to other listeners.
    expect(await fakeBrowser.runtime.sendMessage({ replyclockTab: 1, type: 'sidebar', data: { action: 'collapse' } })).toBeUndefined();

    ctx.abort();
    await expect(fakeBrowser.runtime.sendMessage(ACTIVITY_REQUEST)).rejects.toThrow();
  });
});

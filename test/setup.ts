// Runs before every unit/component test file: a clean fake browser, a fresh fake IndexedDB, and
// browser.i18n answering from the real English locale file (WXT's fake browser does not implement i18n).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../public/_locales/en/messages.json';
import { formatMessage, type LocaleMessages } from './locale-messages';

beforeEach(() => {
  fakeBrowser.reset();
  // Dexie keeps the factory it found at import: give it (and the global) a fresh, empty one per test.
  globalThis.indexedDB = new IDBFactory();
  Dexie.dependencies.indexedDB = globalThis.indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    formatMessage(en as LocaleMessages, key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
});

// The one way extension pages get user-visible text: browser.i18n over public/_locales (en, zh_CN).
// Keys are typed from the English file, so a missing key is a compile error, not a blank label.
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** The language the extension's strings are shown in, for formatting dates and numbers to match. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

// Localised names for platforms, page kinds, categories and read problems (codes in lib/, words here).
import type { Category, PageKind, Platform, ReadProblemCode } from '../lib/model';
import type { MessageKey } from './i18n';

export const PLATFORM_NAMES: Record<Platform, MessageKey> = {
  amazon: 'platformAmazon',
  ebay: 'platformEbay',
  etsy: 'platformEtsy',
};

export const PAGE_NAMES: Record<PageKind, MessageKey> = { inbox: 'pageInbox', thread: 'pageThread' };

export const PROBLEM_NAMES: Record<ReadProblemCode, MessageKey> = {
  'no-rows': 'problem_no_rows',
  'no-thread-id': 'problem_no_thread_id',
  'unparsed-time': 'problem_unparsed_time',
  'no-buyer': 'problem_no_buyer',
  'no-messages': 'problem_no_messages',
  'unreadable-row': 'problem_unreadable_row',
  'unreadable-message': 'problem_unreadable_message',
  'read-failed': 'problem_read_failed',
};

export const CATEGORY_NAMES: Record<Category, MessageKey> = {
  dispute: 'category_dispute',
  order: 'category_order',
  return: 'category_return',
  quality: 'category_quality',
  shipping: 'category_shipping',
  product: 'category_product',
  feedback: 'category_feedback',
  other: 'category_other',
};

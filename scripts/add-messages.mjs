// Adds locale strings to public/_locales/{en,zh_CN}/messages.json from a JSON file
// { "en": { "key": { "message": "...", "description"?: "..." } }, "zh_CN": { ... } }, under a lock so that
// several people adding strings at once never lose one another's. Refuses a key that exists with other text
// unless --replace is given; refuses a file whose en and zh_CN keys differ.
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/add-messages.mjs strings.json [--replace]');
  process.exit(2);
}
const incoming = JSON.parse(readFileSync(file, 'utf8'));
const enKeys = Object.keys(incoming.en ?? {}).sort();
const zhKeys = Object.keys(incoming.zh_CN ?? {}).sort();
if (enKeys.join() !== zhKeys.join()) {
  console.error('en and zh_CN must have the same keys; differing:', enKeys.filter((k) => !zhKeys.includes(k)).concat(zhKeys.filter((k) => !enKeys.includes(k))));
  process.exit(2);
}
const lock = path.join(root, '.messages.lock');
for (let tries = 0; ; tries++) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (tries > 200) throw new Error('messages lock held for 20 s; remove .messages.lock if no one is adding strings');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
try {
  for (const locale of ['en', 'zh_CN']) {
    const target = path.join(root, 'public', '_locales', locale, 'messages.json');
    const messages = JSON.parse(readFileSync(target, 'utf8'));
    for (const [key, entry] of Object.entries(incoming[locale])) {
      if (messages[key] && messages[key].message !== entry.message && flag !== '--replace') {
        throw new Error(`${locale}: "${key}" exists with other text ("${messages[key].message}"); pick another key or pass --replace`);
      }
      messages[key] = entry;
    }
    writeFileSync(target, `${JSON.stringify(messages, null, 2)}\n`);
  }
  console.log(`added ${enKeys.length} strings`);
} finally {
  rmdirSync(lock);
}

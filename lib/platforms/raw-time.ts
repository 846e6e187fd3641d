// Finding a time on a page without reading it: the text (and `datetime` attribute) of an element whose
// text has the shape of a message time (lib/time/time-shape.ts). The background reads it (interpret.ts).
import { looksLikeTime, type TimeShapeOptions } from '../time/time-shape';
import type { RawTime } from './raw-read';

/** The time `element` shows as raw strings, or null when neither its `datetime` nor `text` looks like one. */
export function rawTimeOf(element: Element, text: string, locale: string, options?: TimeShapeOptions): RawTime | null {
  const machine = element.getAttribute('datetime')?.trim();
  if (machine && looksLikeTime(machine, locale, options)) return { text, datetime: machine };
  return looksLikeTime(text, locale, options) ? { text } : null;
}

// When REPLYCLOCK_REPORT_DIR is set (by .ci/run), each Vitest run also writes a JSON report there,
// so CI can total every test it ran in one "N passed, N failed" line.
import path from 'node:path';

export function ciReporters(name: string): { reporters?: string[]; outputFile?: Record<string, string> } {
  const dir = process.env.REPLYCLOCK_REPORT_DIR;
  if (!dir) return {};
  return { reporters: ['default', 'json'], outputFile: { json: path.join(dir, `${name}.json`) } };
}

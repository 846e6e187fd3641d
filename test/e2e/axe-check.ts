// The end-to-end tests' accessibility check: axe-core run in an extension page, its serious and critical
// findings (what the tests require to be none), each with the rule, its help text and where it failed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
  failureSummary?: string;
}

/** The serious and critical findings in the page (or in the elements `selector` matches), as it is now. */
export async function seriousViolations(page: Page, selector?: string): Promise<AxeFinding[]> {
  // Evaluated rather than added as a <script>: the extension's CSP (script-src 'self') refuses inline scripts,
  // and a devtools-protocol evaluation is not subject to it.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async (include) => {
    type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] };
    const axe = (globalThis as unknown as { axe: { run(context: unknown): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(include ? { include: [include] } : document)).violations;
  }, selector ?? null);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.slice(0, 5).map((node) => node.target.join(' ')),
      failureSummary: nodes[0]?.failureSummary,
    }));
}

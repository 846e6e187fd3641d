// Where the sidebar goes on a seller page: on the agent's side of the window, unless that would cover the
// page's reply box or its send button; then on the other side, then shortened to the free band beside them,
// and only as a last resort collapsed to its tab. Pure: rectangles in, a placement out (viewport pixels).

export type Side = 'left' | 'right';

/** A box in viewport coordinates, as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacementInput {
  viewport: { width: number; height: number };
  /** What the sidebar must never cover: the reply box and its send button. */
  avoid: readonly Box[];
  /** The agent's choice of side. */
  side: Side;
  /** Collapsed by the agent, or because the page shows no conversation. */
  collapsed: boolean;
}

export interface Placement {
  side: Side;
  collapsed: boolean;
  /** The panel's (or, collapsed, the tab's) box. */
  box: Box;
  /** Why it is not exactly what was asked, or null when it is. Temporary: never stored as the agent's choice. */
  adjusted: 'moved' | 'shortened' | 'collapsed' | null;
}

export const PANEL = {
  width: 360,
  minWidth: 260,
  /** Below the seller centres' own top bars (account, search, help), which the agent needs too. */
  top: 56,
  margin: 8,
  /** Shorter than this, the sidebar is no use: collapse instead. */
  minHeight: 240,
} as const;

export const TAB = { width: 28, height: 120 } as const;

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

export function placeSidebar({ viewport, avoid, side, collapsed }: PlacementInput): Placement {
  const blockers = avoid.filter(hasArea);
  if (!collapsed) {
    for (const candidate of [side, otherSide(side)]) {
      const box = panelBox(viewport, candidate);
      if (!blockers.some((b) => overlaps(box, b))) return { side: candidate, collapsed: false, box, adjusted: candidate === side ? null : 'moved' };
    }
    for (const candidate of [side, otherSide(side)]) {
      const box = shortenedPanel(viewport, candidate, blockers);
      if (box) return { side: candidate, collapsed: false, box, adjusted: 'shortened' };
    }
  }
  for (const candidate of [side, otherSide(side)]) {
    const box = tabBox(viewport, candidate, blockers);
    if (box) return { side: candidate, collapsed: true, box, adjusted: collapsed ? null : 'collapsed' };
  }
  // Nowhere is free (a reply box as tall as the window): the tab at least stays small.
  const center = Math.max(0, Math.round((viewport.height - TAB.height) / 2));
  return { side, collapsed: true, box: tabAt(viewport, side, center), adjusted: collapsed ? null : 'collapsed' };
}

export function panelWidth(viewport: { width: number }): number {
  const wanted = Math.min(PANEL.width, Math.max(PANEL.minWidth, Math.floor(viewport.width * 0.4)));
  return Math.max(0, Math.min(wanted, viewport.width - 2 * PANEL.margin));
}

function panelBox(viewport: { width: number; height: number }, side: Side, top: number = PANEL.top, bottom?: number): Box {
  const width = panelWidth(viewport);
  const left = side === 'right' ? viewport.width - width - PANEL.margin : PANEL.margin;
  const end = bottom ?? viewport.height - PANEL.margin;
  return { left, top, right: left + width, bottom: Math.max(top, end) };
}

/** The tallest band of the side's column that nothing to avoid crosses, if it is tall enough. */
function shortenedPanel(viewport: { width: number; height: number }, side: Side, blockers: readonly Box[]): Box | null {
  const column = panelBox(viewport, side);
  const gaps = freeBands(column.top, column.bottom, blockers.filter((b) => b.left < column.right && b.right > column.left));
  const best = gaps.sort((a, b) => b[1] - b[0] - (a[1] - a[0]))[0];
  if (!best || best[1] - best[0] < PANEL.minHeight) return null;
  return panelBox(viewport, side, best[0], best[1]);
}

/** The tab on the side's edge: centred if free, else the free spot nearest the centre. */
function tabBox(viewport: { width: number; height: number }, side: Side, blockers: readonly Box[]): Box | null {
  const column = tabAt(viewport, side, 0);
  const crossing = blockers.filter((b) => b.left < column.right && b.right > column.left);
  const center = Math.round((viewport.height - TAB.height) / 2);
  let best: number | null = null;
  for (const [from, to] of freeBands(PANEL.margin, viewport.height - PANEL.margin, crossing)) {
    if (to - from < TAB.height) continue;
    const top = Math.min(Math.max(center, from), to - TAB.height);
    if (best === null || Math.abs(top - center) < Math.abs(best - center)) best = top;
  }
  return best === null ? null : tabAt(viewport, side, best);
}

function tabAt(viewport: { width: number }, side: Side, top: number): Box {
  const left = side === 'right' ? viewport.width - TAB.width : 0;
  return { left, top, right: left + TAB.width, bottom: top + TAB.height };
}

/** The vertical intervals of [top, bottom] that none of the boxes covers. */
function freeBands(top: number, bottom: number, boxes: readonly Box[]): [number, number][] {
  const bands: [number, number][] = [];
  let cursor = top;
  for (const box of [...boxes].sort((a, b) => a.top - b.top)) {
    if (box.bottom <= cursor) continue;
    if (box.top >= bottom) break;
    // A little air between the sidebar and what it must not cover.
    const blockedFrom = Math.max(top, box.top - PANEL.margin);
    if (blockedFrom > cursor) bands.push([cursor, blockedFrom]);
    cursor = Math.max(cursor, box.bottom + PANEL.margin);
  }
  if (cursor < bottom) bands.push([cursor, bottom]);
  return bands;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function hasArea(box: Box): boolean {
  return box.right > box.left && box.bottom > box.top;
}

/** Jaga's in-page badges live in closed shadow roots: read them through DevTools' pierced DOM. */
import type { Page } from 'playwright-core';
import { hasClass, textOf, type CdpNode } from './cdp-dom';

export interface Badge { hostNodeId: number; text: string; closed: boolean }

export async function badges(page: Page): Promise<Badge[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const found: Badge[] = [];
    const walk = (n: CdpNode) => {
      for (const s of n.shadowRoots ?? []) if (hasClass(s, 'badge')) found.push({ hostNodeId: n.nodeId, text: textOf(s).replace(/\s+/g, ' ').trim(), closed: s.shadowRootType === 'closed' });
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    return found;
  } finally {
    await cdp.detach();
  }
}

/** Click the badge's "This is fine" button (inside the closed shadow root) through DevTools. */
export async function dismissBadge(page: Page, badge: Badge): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    // A selector query on the host does not enter its shadow root: describe the host, pierced.
    const { node } = (await cdp.send('DOM.describeNode', { nodeId: badge.hostNodeId, depth: -1, pierce: true })) as { node: CdpNode };
    const shadow = node.shadowRoots?.[0];
    const button = findButton(shadow);
    if (!button) throw new Error('no button in the badge');
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: button })) as { object: { objectId: string } };
    await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { this.click(); }' });
  } finally {
    await cdp.detach();
  }
}

function findButton(n: CdpNode | undefined): number | undefined {
  if (!n) return undefined;
  if (n.nodeName === 'BUTTON') return n.backendNodeId;
  for (const c of n.children ?? []) {
    const b = findButton(c);
    if (b) return b;
  }
  return undefined;
}

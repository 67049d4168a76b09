/**
 * Find what Jaga's in-page guide points at. The guide lives in a CLOSED shadow root (pages cannot read
 * it), so the test looks through DevTools' DOM (pierce: true), finds the guide note for the target
 * step, and marks the element it sits after — the control — with a test-only attribute to click.
 */
import type { Page } from 'playwright-core';
import { hasClass, textOf, type CdpNode } from './cdp-dom';

export interface GuideNote {
  hostNodeId: number;
  text: string;
  target: boolean;
  done: boolean;
}

/** Every guide note on the page (hosts with a closed shadow root holding a `.guide`). */
export async function guideNotes(page: Page): Promise<GuideNote[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const notes: GuideNote[] = [];
    const walk = (node: CdpNode) => {
      for (const shadow of node.shadowRoots ?? []) {
        if (shadow.shadowRootType === 'closed' && hasClass(shadow, 'guide')) {
          notes.push({ hostNodeId: node.nodeId, text: textOf(shadow).replace(/\s+/g, ' ').trim(), target: hasClass(shadow, 'target'), done: hasClass(shadow, 'done') });
        }
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(root);
    return notes;
  } finally {
    await cdp.detach();
  }
}

/** Mark the element the given guide note sits after with data-test-guided, and return its selector. */
export async function markGuidedControl(page: Page, note: GuideNote): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId: note.hostNodeId })) as { object: { objectId: string } };
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { document.querySelectorAll("[data-test-guided]").forEach((e) => e.removeAttribute("data-test-guided")); this.previousElementSibling.setAttribute("data-test-guided", ""); }',
    });
    return '[data-test-guided]';
  } finally {
    await cdp.detach();
  }
}

/**
 * Jaga's notes and badges live in CLOSED shadow roots; tests read them through DevTools' DOM with
 * pierce: true. Shared by guide.ts and badges.ts.
 */
export interface CdpNode {
  nodeId: number;
  backendNodeId?: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>;
}

export function textOf(node: CdpNode): string {
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(textOf).join(' ');
}

/** The node or any descendant (not entering further shadow roots) has the class. */
export function hasClass(node: CdpNode, name: string): boolean {
  const attrs = node.attributes ?? [];
  const i = attrs.indexOf('class');
  if (i >= 0 && (attrs[i + 1] ?? '').split(/\s+/).includes(name)) return true;
  return (node.children ?? []).some((c) => hasClass(c, name));
}

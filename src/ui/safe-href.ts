import { OUTLINE } from '../sites/catalogue-outline';

/** Only https links to a supported platform's own hosts are ever rendered as links. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return null;
    return OUTLINE.some((s) => s.hosts.includes(parsed.hostname)) ? parsed.href : null;
  } catch {
    return null;
  }
}

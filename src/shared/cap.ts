/** At most `n` UTF-16 code units, never splitting a surrogate pair (no half emoji shown as "�"). */
export function cap(s: string, n: number): string {
  if (s.length <= n) return s;
  let end = Math.max(0, n);
  const last = s.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return s.slice(0, end);
}

/** The page strings the background sent in the parent's language; keys fall back to themselves. */
let table: Record<string, string> = {};

export function setStrings(strings: Record<string, string>): void {
  table = strings;
}

export function t(key: string, ...subs: Array<string | number>): string {
  const template = table[key] ?? key;
  return template.replace(/\$(\d)/g, (whole, n: string) => {
    const value = subs[Number(n) - 1];
    return value === undefined ? whole : String(value);
  });
}

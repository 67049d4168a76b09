/** A reading's raw value for people: switches read "on"/"off" and are shown in the parent's language. */
export function shownValue(value: string | null, t: (k: string) => string): string | null {
  if (value === null) return null;
  if (value === 'on') return t('value_on');
  if (value === 'off') return t('value_off');
  return value;
}

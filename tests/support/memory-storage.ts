import type { StorageArea } from '../../src/shared/storage';

/** storage.local in memory, with structured cloning like the real one, and a switch to make writes fail. */
export class MemoryStorage implements StorageArea {
  data: Record<string, unknown> = {};
  failWrites = false;
  writes = 0;

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const all = structuredClone(this.data);
    if (keys === null || keys === undefined) return all;
    const list = typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(list.filter((k) => k in all).map((k) => [k, all[k]]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw new Error('QUOTA_BYTES quota exceeded');
    this.writes++;
    Object.assign(this.data, structuredClone(items));
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const k of typeof keys === 'string' ? [keys] : keys) delete this.data[k];
  }
  async clear(): Promise<void> {
    this.data = {};
  }
}

/**
 * Serialised read-modify-write over storage.local: messages arrive concurrently (several tabs, batches
 * of posts), and each update must see the previous one's result.
 */
import { readState, writeKeys, type State, type Notice, type StorageArea } from '../shared/storage';

let queue: Promise<unknown> = Promise.resolve();

export function withState<T>(area: StorageArea, fn: (state: State, notices: Notice[]) => Promise<T> | T): Promise<T> {
  const run = queue.then(async () => {
    const { state, notices } = await readState(area);
    return fn(state, notices);
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function save(area: StorageArea, items: Record<string, unknown>): Promise<void> {
  await writeKeys(area, items);
}

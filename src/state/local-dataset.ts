// The last dataset opened from this computer, kept in the browser (IndexedDB) so a reload reopens it instead of the sample.

/** What is kept: the dataset's JSON text and the name it was opened under. */
export interface LocalDataset {
  name: string;
  text: string;
  /** When it was kept (ms since 1970), for the "local file" mark. */
  savedAt: number;
}

const DATABASE = 'alliance-atlas';
const STORE = 'local-dataset';
const KEY = 'last';

/** The browser's IndexedDB, or null where there is none (Node, some private modes). */
const indexedDb = (): IDBFactory | null => (typeof indexedDB === 'undefined' ? null : indexedDB);

function open(): Promise<IDBDatabase | null> {
  const factory = indexedDb();
  if (factory === null) return Promise.resolve(null);
  return new Promise((resolve) => {
    try {
      const request = factory.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      // A browser that refuses storage still runs the app: the dataset is then simply not kept.
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  const db = await open();
  if (db === null) return null;
  return new Promise((resolve) => {
    try {
      const transaction = db.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => {
        db.close();
        resolve(request.result ?? null);
      };
      transaction.onerror = transaction.onabort = () => {
        db.close();
        resolve(null);
      };
    } catch {
      db.close();
      resolve(null);
    }
  });
}

/** Keeps this dataset as the one to reopen; resolves to whether the browser kept it. */
export async function keepLocalDataset(name: string, text: string): Promise<boolean> {
  const kept: LocalDataset = { name, text, savedAt: Date.now() };
  return (await run('readwrite', (store) => store.put(kept, KEY))) !== null;
}

/** The kept dataset, or null when there is none (or the browser keeps nothing). */
export async function keptLocalDataset(): Promise<LocalDataset | null> {
  const found = await run<unknown>('readonly', (store) => store.get(KEY));
  if (found === null || typeof found !== 'object') return null;
  const { name, text, savedAt } = found as Partial<LocalDataset>;
  return typeof name === 'string' && typeof text === 'string' && typeof savedAt === 'number'
    ? { name, text, savedAt }
    : null;
}

/** Forgets the kept dataset (back to the sample). */
export async function forgetLocalDataset(): Promise<void> {
  await run('readwrite', (store) => store.delete(KEY));
}

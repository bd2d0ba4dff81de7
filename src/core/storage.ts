/**
 * Local storage that never throws. Storage can be missing, blocked (a
 * sandboxed iframe, some private modes), full, or hold anything at all;
 * in every such case the widget keeps working with in-memory state.
 * Reading never depends on writing: storage that the site has filled still
 * shows what was saved, and what could not be saved wins for the visit.
 *
 * `subscribe` keeps widgets that share a key in step: in other tabs through
 * the `storage` event, on the same page through an in-page channel (the
 * `storage` event never fires in the tab that wrote).
 */

export interface SafeStorage {
  /** True while values really reach local storage (and so survive a reload). */
  readonly persistent: boolean;
  read(key: string): string | null;
  /** Returns false when the value could only be kept in memory. */
  write(key: string, value: string): boolean;
  /** Returns false when the removal could only be made in memory. */
  remove(key: string): boolean;
  /** Calls `listener` with the new value when another widget or tab changes `key`. */
  subscribe(key: string, listener: (value: string | null) => void): () => void;
}

const channel = new EventTarget();

interface ChangeDetail {
  key: string;
  value: string | null;
  source: SafeStorage;
}

function browserStorage(): Storage | undefined {
  try {
    // Merely reading `localStorage` throws in sandboxed iframes and when the user blocks storage.
    // The probe only reads: a full storage still holds what was saved, and must still show it.
    const storage = globalThis.localStorage;
    storage?.getItem('__backcare_probe__');
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Whether a value can be written now (storage full or read-only says no). */
function canWrite(storage: Storage): boolean {
  const probe = '__backcare_probe__';
  try {
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** Longest key kept as written; a longer one is shortened with a hash of the whole, so no two keys meet. */
const KEY_LENGTH = 200;

/**
 * A storage key from any name: kept whole up to 200 characters; longer, its
 * first 160 characters and a 64-bit hash (FNV-1a) of the whole. Never cut: two
 * long names that share a beginning keep apart.
 */
export function storageKey(name: string): string {
  if (name.length <= KEY_LENGTH) return name;
  let low = 0x811c9dc5;
  let high = 0xcbf29ce4;
  for (let i = 0; i < name.length; i += 1) {
    low = Math.imul(low ^ name.charCodeAt(i), 0x01000193) >>> 0;
    high = Math.imul(high ^ low, 0x01000193) >>> 0;
  }
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `${name.slice(0, 160)}#${hex(high)}${hex(low)}`;
}

class FallbackStorage implements SafeStorage {
  /**
   * Values that could not reach local storage (full, blocked, missing), `null`
   * for a removal: for the rest of the visit they win over what it holds.
   */
  private readonly unsaved = new Map<string, string | null>();
  private readonly backing: Storage | undefined;
  /** Whether the last write (or the probe on opening) reached local storage. */
  private writable: boolean;

  constructor(backing: Storage | undefined) {
    this.backing = backing;
    this.writable = backing !== undefined && canWrite(backing);
  }

  get persistent(): boolean {
    return this.writable && this.unsaved.size === 0;
  }

  read(key: string): string | null {
    if (this.unsaved.has(key)) return this.unsaved.get(key)!;
    try {
      return this.backing?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  write(key: string, value: string): boolean {
    // Each write tries storage again: the site may have freed room since.
    const saved = this.attempt(key, value, (storage) => storage.setItem(key, value));
    this.announce(key, value);
    return saved;
  }

  /** Returns false when the removal could only be made in memory. */
  remove(key: string): boolean {
    const saved = this.attempt(key, null, (storage) => storage.removeItem(key));
    this.announce(key, null);
    return saved;
  }

  subscribe(key: string, listener: (value: string | null) => void): () => void {
    const onPageChange = (event: Event) => {
      const detail = (event as CustomEvent<ChangeDetail>).detail;
      if (detail.key === key && detail.source !== this) listener(detail.value);
    };
    const onOtherTab = (event: StorageEvent) => {
      if (event.key === key || event.key === null) listener(event.key === null ? null : event.newValue);
    };
    channel.addEventListener('change', onPageChange);
    globalThis.addEventListener?.('storage', onOtherTab);
    return () => {
      channel.removeEventListener('change', onPageChange);
      globalThis.removeEventListener?.('storage', onOtherTab);
    };
  }

  /** Runs a change on local storage; when it throws, keeps `value` in memory instead. */
  private attempt(key: string, value: string | null, change: (storage: Storage) => void): boolean {
    try {
      if (!this.backing) throw new Error('no local storage');
      change(this.backing);
      this.unsaved.delete(key);
      this.writable = true;
    } catch {
      this.unsaved.set(key, value);
      this.writable = false;
    }
    return this.writable;
  }

  private announce(key: string, value: string | null): void {
    channel.dispatchEvent(new CustomEvent<ChangeDetail>('change', { detail: { key, value, source: this } }));
  }
}

/** A fresh handle on local storage, or on memory where local storage cannot be used. */
export function openStorage(): SafeStorage {
  return new FallbackStorage(browserStorage());
}

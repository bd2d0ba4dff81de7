/**
 * Local storage that never throws. Storage can be missing, blocked (a
 * sandboxed iframe, some private modes), full, or hold anything at all;
 * in every such case the widget keeps working with in-memory state.
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
  remove(key: string): void;
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
    const storage = globalThis.localStorage;
    if (!storage) return undefined;
    const probe = '__backcare_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

class FallbackStorage implements SafeStorage {
  readonly #memory = new Map<string, string>();
  #backing: Storage | undefined;

  constructor(backing: Storage | undefined) {
    this.#backing = backing;
  }

  get persistent(): boolean {
    return this.#backing !== undefined;
  }

  read(key: string): string | null {
    if (this.#backing) {
      try {
        return this.#backing.getItem(key);
      } catch {
        this.#backing = undefined;
      }
    }
    return this.#memory.get(key) ?? null;
  }

  write(key: string, value: string): boolean {
    this.#memory.set(key, value);
    let saved = false;
    if (this.#backing) {
      try {
        this.#backing.setItem(key, value);
        saved = true;
      } catch {
        // Full or revoked: carry on in memory for the rest of the visit.
        this.#backing = undefined;
      }
    }
    this.#announce(key, value);
    return saved;
  }

  remove(key: string): void {
    this.#memory.delete(key);
    try {
      this.#backing?.removeItem(key);
    } catch {
      this.#backing = undefined;
    }
    this.#announce(key, null);
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

  #announce(key: string, value: string | null): void {
    channel.dispatchEvent(new CustomEvent<ChangeDetail>('change', { detail: { key, value, source: this } }));
  }
}

/** A fresh handle on local storage, or on memory where local storage cannot be used. */
export function openStorage(): SafeStorage {
  return new FallbackStorage(browserStorage());
}

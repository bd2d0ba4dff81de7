type VersionedElement = CustomElementConstructor & { readonly version?: string };

/**
 * Registers a custom element once. The script pasted twice, or the classic
 * and module builds on one page, must not throw: the second definition is
 * skipped, silently for the same version and with one warning for another.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, element);
    return;
  }
  if (existing !== element && existing.version !== element.version) {
    console.warn(
      `backcare-widgets: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
        `version ${element.version ?? 'unknown'} was not registered. Load the script only once.`,
    );
  }
}

/** Tags already warned about, shared by every copy of cso-widgets on the page (Symbol.for is page-wide). */
const WARNED = Symbol.for('cso-widgets.name-taken');

/**
 * Says in the console, once per tag for the whole page, that `tag` was
 * already defined by another script (a second copy of cso-widgets, or another
 * library using the name), so that script's element is the one used — and
 * what to do about it.
 */
export function warnNameTaken(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag) === element) return;
  const store = globalThis as { [WARNED]?: Set<string> };
  const warned = (store[WARNED] ??= new Set());
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `cso-widgets: <${tag}> is already defined by another script on this page, so that definition is used, not this one. ` +
      `If it is a second copy of cso-widgets, load only one copy; if it is another library, load cso-widgets first or remove the other <${tag}>.`,
  );
}

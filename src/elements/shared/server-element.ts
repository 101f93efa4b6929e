/**
 * Where there is no DOM at all (Node without a DOM shim): an element's
 * attributes and nothing else, for an element that is not a Lit element to
 * extend, so importing it never throws and a server can render it from its
 * attributes (see src/ssr.ts). The npm build only: the self-contained
 * bundles run in browsers and never reach it (see without-dom.ts).
 */
export class ServerElement {
  readonly #attributes = new Map<string, string>();
  shadowRoot: object | null = null;

  get attributes(): { name: string; value: string }[] {
    return [...this.#attributes].map(([name, value]) => ({ name, value }));
  }

  getAttribute(name: string): string | null {
    return this.#attributes.get(name.toLowerCase()) ?? null;
  }

  hasAttribute(name: string): boolean {
    return this.#attributes.has(name.toLowerCase());
  }

  setAttribute(name: string, value: unknown): void {
    this.#attributes.set(name.toLowerCase(), String(value));
  }

  removeAttribute(name: string): void {
    this.#attributes.delete(name.toLowerCase());
  }

  attachShadow(): object {
    return (this.shadowRoot = {});
  }
}

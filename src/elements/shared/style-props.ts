import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline styles through the CSSOM on every render, including the first.
 * Lit's styleMap writes a `style` attribute on first render, which a strict
 * Content-Security-Policy (`style-src 'self'`) blocks; CSSOM writes are
 * allowed. Use on the element: `<div ${styleProps({ width: '10px' })}>`.
 */
class StyleProps extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps goes on an element, not an attribute');
  }

  render(_styles: Readonly<Record<string, string | undefined>>) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Readonly<Record<string, string | undefined>>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (styles[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StyleProps);

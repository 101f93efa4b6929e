import { expect } from '@open-wc/testing';
import { minifyCss } from '../../build/minify-css-literals.mjs';

/** The declaration's value as the browser reads it: '' when the browser drops it as invalid. */
function parsed(property: string, value: string): string {
  const probe = document.createElement('div');
  probe.style.setProperty(property, value);
  return probe.style.getPropertyValue(property);
}

describe('the build’s CSS minifier', () => {
  it('keeps the spaces around + inside max(), min(), clamp() and nested calc() (without them the value is invalid)', () => {
    // The shipped ranking's row height was max(1.875rem,1.4em+.25rem): invalid, so the room a
    // ranking holds before drawing was 0 px and the page grew under a ResizeObserver callback.
    const css = ':host{--a:max(1.875rem, 1.4em + 0.25rem);--b:calc(var(--rows, 12) * 1.875rem + var(--room));width:clamp(1em, 2em + 1vw, 3em)}';
    const out = minifyCss(css);
    expect(out).to.contain('max(1.875rem,1.4em + .25rem)');
    expect(out).to.contain('calc(var(--rows,12) * 1.875rem + var(--room))');
    expect(out).to.contain('clamp(1em,2em + 1vw,3em)');
    expect(parsed('min-height', 'max(1.875rem,1.4em + .25rem)')).not.to.equal('');
    expect(parsed('min-height', 'max(1.875rem,1.4em+.25rem)')).to.equal('');
  });

  it('still writes the sibling combinators between selectors without spaces', () => {
    expect(minifyCss('.a + .b ~ .c { color: red; }')).to.equal('.a+.b~.c{color:red}');
  });
});

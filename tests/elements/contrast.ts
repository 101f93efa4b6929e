/**
 * WCAG contrast of what is actually painted: colours as the browser computed
 * them (color-mix and light-dark resolved), translucent ones composited over
 * the background behind them.
 */
type RGBA = [number, number, number, number];

export function parseColor(value: string): RGBA | undefined {
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(value);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  return undefined;
}

function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

function luminance([r, g, b]: RGBA): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function ratio(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The opaque background behind an element: its own and its ancestors' backgrounds, across shadow roots, over white. */
export function backgroundOf(element: Element): RGBA {
  const layers: RGBA[] = [];
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const color = parseColor(getComputedStyle(node).backgroundColor);
      if (color && color[3] > 0) layers.push(color);
      if (color && color[3] === 1) break;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  let result: RGBA = [255, 255, 255, 1];
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

/** Contrast of an element's text (or an SVG shape's `fill`/`stroke`) against what is behind it. */
export function contrastOf(element: Element, property: 'color' | 'fill' | 'stroke' | 'background-color' = 'color', against?: Element): number {
  const style = getComputedStyle(element);
  const raw = property === 'background-color' ? style.backgroundColor : style.getPropertyValue(property);
  const color = parseColor(raw);
  if (!color) throw new Error(`cannot read ${property}: ${raw}`);
  const background = backgroundOf(against ?? (property === 'background-color' ? element.parentElement ?? element : element));
  const opacity = property === 'fill' ? Number(style.fillOpacity) : 1;
  return ratio(over([color[0], color[1], color[2], color[3] * opacity], background), background);
}

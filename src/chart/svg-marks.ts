/**
 * An SVG element as plain data: its tag, its attributes, and either its text
 * or its children. Pure, so what a chart draws is tested without a browser;
 * `drawSvg` (src/elements/shared/draw-svg.ts) makes it into nodes.
 */
export type Mark = [tag: string, attributes: Readonly<Record<string, string | number>>, content?: string | readonly Mark[]];

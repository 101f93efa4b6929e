import type { Mark } from '../../chart/svg-marks.js';

/**
 * Makes a chart's marks into SVG nodes: exactly one node per element and one
 * per text, nothing else. Drawn through a Lit template, every label and
 * repeated mark also carried one or two comment markers, about half the nodes
 * of a drawn chart; a page of many charts pays style, layout and memory for
 * each (issue 19). Text goes in as text (`textContent`), never as markup.
 */
export function drawSvg([tag, attributes, content]: Mark): SVGElement {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  // setAttribute makes a number into its text itself.
  for (const name in attributes) node.setAttribute(name, attributes[name] as string);
  if (typeof content === 'string') node.textContent = content;
  else content?.forEach((child) => node.append(drawSvg(child)));
  return node;
}

import { html, noChange } from 'lit';
import { onServer } from '../shared/on-server.js';
import { mayRunWithoutDom } from '../shared/without-dom.js';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/** One bar of a ranking, as shown: every field already in words. */
export interface BarRow {
  /** "1", "2", or "" where places mean nothing (fewer than three forces with a figure). */
  rank: string;
  name: string;
  highlight: boolean;
  /** 0 to 1 of the longest bar. Only forces with a figure have a bar: those without are listed under the bars. */
  share: number;
  /** The figure as written ("628"). */
  value: string;
  /** Forces above it are folded away (a long ranking's highlighted force, in its place under the top ten). */
  afterGap: boolean;
}

/**
 * The ranking's bars, built with the DOM directly rather than a template per
 * row: a page of twenty 46-force rankings has nearly a thousand rows, and a
 * template instance per row doubled their memory and render time. Text goes
 * in as text (textContent), never as markup; the width through the CSSOM
 * (allowed under a strict CSP). The list is rebuilt only when what its rows
 * say changes (not on every render: a resize or a key press computes equal
 * rows anew), and only the active row's class when a keyboard user moves along it.
 */
class RankBars extends Directive {
  /** What the list's rows say, as text: equal rows computed anew (a resize, a key press) keep the list. */
  #said?: string;
  #list?: HTMLOListElement;
  #items: HTMLLIElement[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('rankBars goes in a child position');
  }

  render(rows: readonly BarRow[], _active: number | undefined) {
    // A server renders the same rows as a template (it runs no update()).
    return onServer ? serverBars(rows) : noChange;
  }

  override update(part: ChildPart, [rows, active]: [readonly BarRow[], number | undefined]) {
    /*
     * The npm build, hydrating a server's bars (the part's marker is still the
     * server's): the server's template, which Lit takes as it is. The next
     * update builds the list below, and Lit puts it in their place.
     */
    if (mayRunWithoutDom && this.#said === undefined && (part.startNode as Comment | null)?.data?.startsWith('lit-part')) {
      this.#said = 'drawn by the server';
      return serverBars(rows);
    }
    const said = JSON.stringify(rows);
    if (said !== this.#said) {
      this.#said = said;
      this.#list = document.createElement('ol');
      // With a force highlighted the other bars are neutral, so the one stands out (see the styles).
      this.#list.className = rows.some((row) => row.highlight) ? 'bars emphasis' : 'bars';
      this.#list.setAttribute('aria-hidden', 'true');
      this.#items = rows.map((row) => this.#list!.appendChild(rowElement(row)));
    }
    this.#items.forEach((item, i) => item.classList.toggle('active', i === active));
    return this.#list;
  }
}

function span(className: string, text?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function rowElement(row: BarRow): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `row${row.highlight ? ' highlight' : ''}${row.afterGap ? ' after-gap' : ''}`;
  const track = span('track');
  const bar = span('bar');
  bar.style.setProperty('--share', row.share.toFixed(4));
  // Spaces between the parts, as in text: copied or read without styles, a row reads "2 Lancashire 67".
  track.append(bar, ' ', span('value', row.value));
  item.append(span('rank', row.rank), ' ', span('name', row.name), ' ', track);
  return item;
}

export const rankBars = directive(RankBars);

/**
 * The bars as a template, for a server (npm build only): the same elements,
 * classes and text as the list update() builds, the width in a style attribute.
 */
function serverBars(rows: readonly BarRow[]) {
  return html`<ol class=${rows.some((row) => row.highlight) ? 'bars emphasis' : 'bars'} aria-hidden="true">${rows.map(
    (row) =>
      html`<li class=${`row${row.highlight ? ' highlight' : ''}${row.afterGap ? ' after-gap' : ''}`}><span class="rank">${row.rank}</span> <span class="name">${row.name}</span> <span class="track"><span class="bar" style=${`--share:${row.share.toFixed(4)}`}></span> <span class="value">${row.value}</span></span></li>`,
  )}</ol>`;
}

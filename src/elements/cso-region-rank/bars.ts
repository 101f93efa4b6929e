import { noChange } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/** One bar of a ranking, as shown: every field already in words. */
export interface BarRow {
  /** "1", "2", or "–" for a force with no figure. */
  rank: string;
  name: string;
  highlight: boolean;
  /** 0 to 1 of the longest bar; undefined for no figure. */
  share?: number;
  /** The figure as written ("628"), or the words for no figure. */
  value: string;
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
  #rows?: readonly BarRow[];
  #list?: HTMLOListElement;
  #items: HTMLLIElement[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('rankBars goes in a child position');
  }

  render(_rows: readonly BarRow[], _active: number | undefined) {
    return noChange;
  }

  override update(_part: ChildPart, [rows, active]: [readonly BarRow[], number | undefined]) {
    if (!this.#list || !sameRows(rows, this.#rows!)) {
      this.#rows = rows;
      this.#list = document.createElement('ol');
      this.#list.className = 'bars';
      this.#list.setAttribute('aria-hidden', 'true');
      this.#items = rows.map((row) => this.#list!.appendChild(rowElement(row)));
    }
    this.#items.forEach((item, i) => item.classList.toggle('active', i === active));
    return this.#list;
  }
}

function sameRows(a: readonly BarRow[], b: readonly BarRow[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((r, i) => r.rank === b[i]!.rank && r.name === b[i]!.name && r.highlight === b[i]!.highlight && r.share === b[i]!.share && r.value === b[i]!.value))
  );
}

function span(className: string, text?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function rowElement(row: BarRow): HTMLLIElement {
  const item = document.createElement('li');
  item.className = row.highlight ? 'row highlight' : 'row';
  const track = span('track');
  if (row.share === undefined) track.append(span('no-figure', row.value));
  else {
    const bar = span('bar');
    bar.style.setProperty('--share', row.share.toFixed(4));
    // Spaces between the parts, as in text: copied or read without styles, a row reads "2 Lancashire 67".
    track.append(bar, ' ', span('value', row.value));
  }
  item.append(span('rank', row.rank), ' ', span('name', row.name), ' ', track);
  return item;
}

export const rankBars = directive(RankBars);

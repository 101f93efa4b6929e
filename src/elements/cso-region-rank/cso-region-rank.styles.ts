import { css } from '../shared/sheet.js';

/** Horizontal bars as HTML, not SVG: long force names wrap at spaces like any text, and never get cut. */
export const rankStyles = css`
  /*
   * An undrawn ranking off screen is held at about the height it will take
   * once drawn in a box of 480px or more (a 1.875rem row per bar, and the
   * lines around them: measured 227px, 255px with the "Illustrative" line),
   * not the 480px guess, so the page is as long as it will be. The element
   * sets --_rows on itself once drawn (its bars, and the line under them).
   * Not a typed attr(): only Chromium has it, and with a var() beside it the
   * declaration is not dropped elsewhere but becomes 'none' (0px off screen).
   */
  :host {
    --_lines-room: 14.25rem;
    contain-intrinsic-block-size: auto calc(var(--_rows, 12) * 1.875rem + var(--_lines-room));
  }
  :host([illustrative]) {
    --_lines-room: 16rem;
  }
  /* "Lancashire: 2nd of 2 forces with a figure in the North West" takes two lines; three in a narrow box. */
  .caption {
    --_headline-lines: 2;
  }
  /*
   * One row's height, for the room reserved while loading: at least 1.875rem,
   * a line and its padding. A line under the bars ("Show all 46 forces", "No
   * figure for 33 forces") is 1.875rem at any width.
   */
  .frame {
    --_row-block: max(1.875rem, 1.4em + 0.25rem);
  }
  @container (max-width: 26.25em) {
    .caption {
      --_headline-lines: 3;
    }
  }
  @container (max-width: 19em) {
    .caption {
      --_headline-lines: 4;
    }
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /*
   * Every row has the same columns, so every bar starts at one x, whatever
   * the row's weight: the rank column is in em, not ch (a bold row's ch is
   * wider), and the name column reaches its 14em wherever it fits.
   */
  .row {
    display: grid;
    grid-template-columns: 1.75em minmax(7em, 14em) 1fr;
    gap: 0 0.5rem;
    align-items: center;
    min-height: 1.875rem;
    padding: 0.125rem 0;
  }
  .rank {
    text-align: end;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .name {
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
  }
  .track {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    min-width: 0;
  }
  .bar {
    display: block;
    /* --share (0 to 1) is set per bar; room is kept for the figure beside the longest bar. */
    width: calc((100% - 5em) * var(--share, 0));
    height: 1.125rem;
    background: var(--_accent);
    flex: none;
  }
  .value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* With a force highlighted the other bars are neutral, as news graphics draw them; the accent colour is for the one. */
  .emphasis .bar {
    background: light-dark(var(--cso-bar-color, #858585), var(--cso-bar-color-dark, #707070));
  }
  /* The highlighted force: one solid colour, and also bold text, a marker and a tinted row, so colour is never the only cue. */
  .row.highlight {
    background-color: var(--_panel);
    font-weight: 700;
  }
  .row.highlight .bar {
    background: var(--_highlight);
  }
  .row.highlight .name::before {
    content: '▶';
    margin-inline-end: 0.25em;
  }
  /* Forces above it folded away: a rule over the row, a shadow rather than a border, so the row is no taller. */
  .after-gap {
    box-shadow: inset 0 1px var(--_muted);
  }
  .row.active {
    outline: 2px solid currentColor;
    outline-offset: -1px;
  }
  /* The lines under the bars: each exactly 1.875rem tall while closed, so the room reserved for them holds. */
  .controls {
    font-size: 0.875em;
  }
  .show-all,
  .missing > summary {
    /* Said outright: a summary's parent in the flat tree is the details' own slot, which does not pass on border-box. */
    box-sizing: border-box;
    min-height: 1.875rem;
  }
  .show-all {
    display: block;
    text-align: start;
  }
  .missing {
    color: var(--_muted);
  }
  /* On a phone: name on its own line above the bar, so neither is squeezed. */
  @container (max-width: 420px) {
    /* A row: the name's line above the bar's line, and 0.25rem padding above and below. */
    .frame {
      --_row-block: calc(2.8em + 0.5rem);
    }
    .row {
      grid-template-columns: 1.75em 1fr;
      padding-block: 0.25rem;
    }
    .track {
      grid-column: 2;
    }
  }
  /*
   * Forced colours: every bar in CanvasText, the one colour a palette
   * promises against Canvas, solid (hatching reads as "estimate"). The
   * highlighted force's row is outlined in Highlight, besides its bold text
   * and marker.
   */
  @media (forced-colors: active) {
    .bar,
    .row.highlight .bar {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .row.highlight {
      outline: 2px solid Highlight;
    }
  }
`;

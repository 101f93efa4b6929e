import { css } from 'lit';

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
  /* One row's height, for the room reserved while loading: at least 1.875rem, a line and its padding. */
  .chart-box {
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
  @container (max-width: 420px) {
    /* The name's line above the bar's line, and 0.25rem padding above and below. */
    .chart-box {
      --_row-block: calc(2.8em + 0.5rem);
    }
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .row {
    display: grid;
    grid-template-columns: 2.5ch minmax(7em, 14em) 1fr;
    gap: 0 0.5rem;
    align-items: center;
    min-height: 1.875rem;
    padding: 0.125rem 0.25rem;
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
  .no-figure {
    font-style: italic;
    color: var(--_muted);
  }
  /* The highlighted force: colour, and also bold text, a marker and a tinted row, so colour is never the only cue. */
  .row.highlight {
    background: var(--_panel);
    font-weight: 700;
  }
  .row.highlight .bar {
    background: var(--_highlight);
    background-image: repeating-linear-gradient(135deg, transparent 0 4px, rgb(255 255 255 / 0.35) 4px 6px);
  }
  .row.highlight .name::before {
    content: '▶';
    margin-inline-end: 0.25em;
  }
  .row.active {
    outline: 2px solid currentColor;
    outline-offset: -1px;
  }
  .missing,
  .rates-note {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* On a phone: name on its own line above the bar, so neither is squeezed. */
  @container (max-width: 420px) {
    .row {
      grid-template-columns: 2.5ch 1fr;
      padding-block: 0.25rem;
    }
    .track {
      grid-column: 2;
    }
  }
  /*
   * Forced colours: every bar in CanvasText, the one colour a palette
   * promises against Canvas. The highlighted bar keeps its stripes (in Canvas)
   * rather than taking Highlight, which is only promised against
   * HighlightText: Firefox on Linux paints it at 2.57:1 against its row.
   */
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .row.highlight .bar {
      background-color: CanvasText;
      background-image: repeating-linear-gradient(135deg, transparent 0 4px, Canvas 4px 6px);
    }
    .row.highlight {
      outline: 2px solid Highlight;
    }
  }
`;

import { css } from './sheet.js';

/** Layout shared by every chart: headline block, chart box, table, source. */
export const chartStyles = css`
  /*
   * Colours follow the page's color-scheme (light-dark()), so a page that
   * says it is dark gets colours made for dark, and a light page never gets
   * pale ones because the reader's system happens to be dark.
   */
  :host {
    --_accent: light-dark(var(--cso-accent-color, #1d70b8), var(--cso-accent-color-dark, #5ea5e6));
    /* A ranking's highlighted force: the accent colour unless a page gives its own. */
    --_highlight: light-dark(var(--cso-highlight-color, var(--cso-accent-color, #1d70b8)), var(--cso-highlight-color-dark, var(--cso-accent-color-dark, #5ea5e6)));
    --_grid: var(--cso-grid-color, color-mix(in srgb, currentColor 18%, transparent));
    --_rule: var(--cso-rule-color, color-mix(in srgb, currentColor 25%, transparent));
    /* The page's own background, for label halos; Canvas follows color-scheme. */
    --_background: var(--cso-background, Canvas);
  }
  /* The focus ring of tokens.styles.ts, on what only a chart has. */
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid transparent;
    box-shadow: var(--_focus-ring);
    background-color: var(--_focus);
    color: #0b0c0c;
  }
  @media (forced-colors: active) {
    summary:focus-visible,
    [tabindex]:focus-visible {
      outline: 3px solid Highlight;
      box-shadow: none;
    }
  }
  /* Charts never animate; should anything come to, reduced motion stops it. (The helpline has nothing that moves.) */
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  /*
   * The chart's box is a size container: its headline, source and bars follow
   * its own width. A container gives no width of its own, so where a page's
   * layout sizes the chart by its content (flex, grid auto columns, floats,
   * inline-blocks, table cells) the width hint beside it does: an empty
   * wrapping row of two 3rem blocks 12rem apart (its ::before and ::after, so
   * one node), which asks for 18rem and wraps down to 3rem.
   * Never the host: Firefox ignores contain-intrinsic-block-size on an element
   * that is both a size container and content-visibility: auto, so off screen
   * such a chart is 0px tall and the page jumps as it draws.
   */
  .box {
    container-type: inline-size;
  }
  /* Also what a chart measures its width by: as wide as the box, never taller (see figures-element.ts). */
  .width-hint {
    display: flex;
    flex-wrap: wrap;
    column-gap: 12rem;
    height: 0;
    overflow: hidden;
    visibility: hidden;
  }
  .width-hint::before,
  .width-hint::after {
    content: '';
    width: 3rem;
  }
  /*
   * Off-screen charts are not laid out or drawn until a reader scrolls near
   * them (they stay in the accessibility tree and find-in-page): a page of
   * many charts costs what its visible ones cost. Only once the figures are
   * in: loading and error states are small and must paint at once.
   */
  :host([data-status='ready']) {
    content-visibility: auto;
  }
  /*
   * Set in every state, so the browser remembers the height the loading state
   * took and holds an off-screen chart at that height once drawn (rather than
   * a guess): what follows it does not move.
   */
  :host {
    contain-intrinsic-block-size: auto 480px;
    /* Off screen (skipped) in a layout sized by content: the hint's 18rem (not "auto": remembering the width made Chromium report a ResizeObserver loop when a chart became a message). */
    contain-intrinsic-inline-size: 18rem;
  }
  /* The light state (see renderLight), laid out: as tall as the host is held while skipped (above), so nothing moves. */
  .light {
    min-height: 480px;
  }
  .frame {
    margin: 0;
  }
  /*
   * A chart whose figures come from a URL (class "reserve") keeps one height
   * in its loading, drawn and error states: each block that holds words only
   * known once the file arrives reserves its lines (the headline's, the
   * source's and the notes' line), so the page never moves under a reader.
   * flow-root keeps every margin inside, the same in each state.
   */
  .frame.reserve {
    display: flow-root;
  }
  .caption {
    /* A trend's headline takes one line ("Up 525% since 2018/19"), a ranking's two; one more each in a narrow box. */
    --_headline-lines: 1;
    /* The data's title ("Online child sexual offences recorded by police") takes a line, two in a narrow box. */
    --_title-lines: 1;
  }
  /* The caption's words over its room (see renderCaptionRoom): as tall as the taller, words at the foot, so spare room reads as spacing above. */
  .reserve .caption {
    display: grid;
  }
  .reserve .caption > * {
    grid-area: 1 / 1;
  }
  .caption-text {
    align-self: end;
  }
  .caption-room.hidden {
    visibility: hidden;
  }
  .caption-room .headline {
    min-height: calc(var(--_headline-lines) * 1lh);
  }
  .caption-room .title.unknown {
    min-height: calc(var(--_title-lines) * 1lh);
  }
  .reserve .caption .title {
    margin-bottom: 0;
  }
  .meta {
    --_source-lines: 2;
  }
  .reserve .meta {
    /*
     * The footer's room: the source in up to two lines (three in a narrow
     * box) and a line for Notes and "Get the data" where they wrap, with
     * the margins between (1.4em is a line of the footer's small type).
     */
    min-height: calc(3rem + var(--_source-lines) * 1.4em);
  }
  .skeleton {
    visibility: hidden;
  }
  /*
   * The error state (see renderError): the words over the caption's room,
   * the helpline, the fallback over the chart's room. A dashed hairline, not
   * a fill or a border, so a failed chart is a quiet outline, not a slab (an
   * outline takes no room: the rows stay as tall as the loading state's).
   */
  /* In forced colours the outline is CanvasText, as every outline is. */
  .error-room {
    outline: 1px dashed var(--_rule);
    outline-offset: -1px;
    /* The last row takes the room left over (a row an item spans with a flexible row grows only that row). */
    grid-template-rows: auto auto 1fr;
  }
  /* Blocks over the room they keep (see renderError and holdRoom). */
  .stack {
    display: grid;
  }
  .stack > * {
    grid-area: 1 / 1;
  }
  .error-room > .skeleton {
    grid-row: 1 / 4;
    margin-bottom: var(--_strip, 0px);
  }
  .error-room > [part='helpline'] {
    grid-row: 2;
  }
  .error-room > slot {
    grid-row: 3;
    align-self: start;
    display: block;
    padding: 0 1rem;
  }
  /* Narrow boxes wrap more lines: measured in em, so larger text counts as narrower (26.25em is 420px at 16px). */
  @container (max-width: 26.25em) {
    .caption {
      --_headline-lines: 2;
      --_title-lines: 2;
    }
    .meta {
      --_source-lines: 3;
    }
  }
  @container (max-width: 19em) {
    .meta {
      --_source-lines: 4;
    }
  }
  .frame p {
    margin: 0;
  }
  .kicker {
    font-weight: 700;
    color: var(--_muted);
    font-size: 0.875em;
    text-transform: var(--cso-kicker-transform, none);
  }
  .frame .headline {
    font-size: var(--cso-headline-size, 1.5em);
    font-weight: 700;
    line-height: 1.2;
    margin: 0.1em 0 0.2em;
  }
  .frame .title {
    color: var(--_muted);
    margin-bottom: 0.5rem;
  }
  .frame .illustrative {
    display: inline-block;
    font-weight: 700;
    font-size: 0.875em;
    border: 2px solid currentColor;
    padding: 0 0.4em;
    margin-bottom: 0.25rem;
  }
  .chart-box {
    position: relative;
    margin: 0.5rem 0;
  }
  .chart-box.loading {
    display: grid;
    place-items: center;
    background: var(--_panel);
    color: var(--_muted);
  }
  .error {
    padding: 1rem 1rem 0;
  }
  svg {
    display: block;
    overflow: visible;
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  svg text {
    fill: currentColor;
  }
  .grid {
    stroke: var(--_grid);
  }
  .grid.baseline {
    stroke: currentColor;
  }
  .x-tick,
  .y-tick,
  .unit {
    fill: var(--_muted);
  }
  .rates-note {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .area {
    fill: var(--_accent);
    fill-opacity: 0.15;
  }
  .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .point {
    fill: var(--_accent);
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .point.active {
    stroke: currentColor;
    stroke-width: 3;
  }
  .value-label {
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .gap-mark {
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }
  .gap-label {
    fill: var(--_muted);
    font-style: italic;
  }
  .cursor {
    stroke: currentColor;
    stroke-width: 1.5;
  }
  /* Keyboard focus on a chart: a ring around it and a cursor line at the figure read, never a fill over the plot. */
  .chart-box[tabindex]:focus-visible {
    background-color: transparent;
    outline: none;
    box-shadow: var(--_focus-ring);
  }
  .coverage-mark line {
    stroke: var(--_muted);
    stroke-dasharray: 4 3;
  }
  .coverage-mark text {
    fill: var(--_muted);
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
  }
  .frame .subhead {
    font-size: 1.1em;
    font-weight: 700;
    color: var(--_muted);
    margin: 0 0 0.25rem;
  }
  .single-figure {
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: flex-start;
    gap: 0.25rem;
  }
  .single-value {
    font-size: 3em;
    font-weight: 700;
    line-height: 1;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .single-period {
    color: var(--_muted);
  }
  .tooltip.below {
    transform: translate(-50%, 10px);
  }
  .tooltip {
    position: absolute;
    transform: translate(-50%, calc(-100% - 10px));
    background: var(--cso-tooltip-background, #0b0c0c);
    color: var(--cso-tooltip-color, #fff);
    padding: 0.25rem 0.5rem;
    font-size: 0.875em;
    white-space: nowrap;
    pointer-events: none;
  }
  details.table,
  details.dropped,
  .placeholder.table {
    margin: 0.5rem 0;
  }
  .placeholder.table {
    min-height: 1.75rem;
  }
  summary {
    cursor: pointer;
    min-height: 1.75rem;
    color: var(--cso-link-color, inherit);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  table {
    border-collapse: collapse;
    margin-top: 0.5rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 1rem 0.25rem 0;
    border-bottom: 1px solid var(--_rule);
  }
  td.number,
  th.number {
    text-align: end;
  }
  /*
   * The footer reads like a news graphic's: "Source: … · Chart: … · Notes ·
   * Get the data" on one line where it fits, wrapping between items, in small
   * muted type. Opened notes take a line of their own under it.
   */
  .meta {
    font-size: 0.875em;
    color: var(--_muted);
    margin: 0.25rem 0;
  }
  .meta > p,
  .meta > .sep {
    display: inline;
  }
  .meta .notes {
    display: inline-block;
  }
  .meta .notes[open] {
    display: block;
  }
  .meta .notes p {
    margin: 0.25rem 0;
  }
  .meta summary,
  .get-data {
    min-height: 1.5rem;
  }
  .get-data,
  .show-all {
    font: inherit;
    color: var(--cso-link-color, inherit);
    background: none;
    border: 0;
    padding: 0.25rem 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  /* The table control is no louder than the source line. */
  details.table > summary {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .line,
    .cursor {
      stroke: CanvasText;
    }
    .area {
      fill: none;
    }
    .point {
      fill: CanvasText;
      stroke: Canvas;
    }
    .point.active {
      fill: Highlight;
    }
    .grid {
      stroke: GrayText;
    }
    .tooltip {
      border: 1px solid CanvasText;
      forced-color-adjust: auto;
    }
  }
`;

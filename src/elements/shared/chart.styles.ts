import { css } from 'lit';

/** Layout shared by every chart: headline block, chart box, table, source. */
export const chartStyles = css`
  /*
   * Colours follow the page's color-scheme (light-dark()), so a page that
   * says it is dark gets colours made for dark, and a light page never gets
   * pale ones because the reader's system happens to be dark.
   */
  :host {
    --_accent: light-dark(var(--cso-accent-color, #1d70b8), var(--cso-accent-color-dark, #5ea5e6));
    --_highlight: light-dark(var(--cso-highlight-color, #d4351c), var(--cso-highlight-color-dark, #ff8a75));
    --_grid: var(--cso-grid-color, color-mix(in srgb, currentColor 18%, transparent));
    container-type: inline-size;
  }
  /*
   * Off-screen charts are not laid out or drawn until a reader scrolls near
   * them (they stay in the accessibility tree and find-in-page): a page of
   * many charts costs what its visible ones cost. Only once the figures are
   * in: loading and error states are small and must paint at once.
   */
  :host([data-status='ready']) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 480px;
  }
  .frame {
    margin: 0;
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
  .chart-box.error {
    border-inline-start: 0.3125rem solid var(--cso-error-color, #d4351c);
    background: var(--_panel);
    padding: 1rem;
  }
  .frame .error-title {
    font-weight: 700;
    font-size: 1.15em;
    margin: 0 0 0.25rem;
  }
  .frame .error-message {
    margin: 0 0 0.5rem;
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
  .grid line {
    stroke: var(--_grid);
  }
  .grid line.baseline {
    stroke: currentColor;
  }
  .axis text {
    fill: var(--_muted);
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
    stroke-dasharray: 2 2;
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
  .get-data {
    font: inherit;
    color: var(--cso-link-color, inherit);
    background: none;
    border: 0;
    padding: 0.25rem 0;
    margin-inline-start: 0.75rem;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    min-height: 1.5rem;
  }
  .meta p {
    margin: 0.25rem 0;
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
    .grid line {
      stroke: GrayText;
    }
    .chart-box.error {
      border: 2px solid CanvasText;
    }
    .tooltip {
      border: 1px solid CanvasText;
      forced-color-adjust: auto;
    }
  }
`;

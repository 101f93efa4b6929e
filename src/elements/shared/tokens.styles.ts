import { css } from './sheet.js';

/**
 * What every widget shares: the page's font and colour flow in, custom
 * properties let a publication restyle without touching code, and forced
 * colours are honoured. What only charts use (their rule and halo colours,
 * the focus ring on summary and [tabindex], reduced motion) is in
 * chart.styles.ts, so <helpline-box>, loaded alone on a charity page, does
 * not carry it.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--cso-font-family, inherit);
    font-size: var(--cso-font-size, 1rem);
    line-height: 1.4;
    color: var(--cso-text-color, inherit);
    /* Works on light and dark pages alike: a tint of the page's own text colour. */
    --_muted: var(--cso-muted-color, color-mix(in srgb, currentColor 72%, transparent));
    --_panel: var(--cso-panel-background, color-mix(in srgb, currentColor 6%, transparent));
    --_focus: var(--cso-focus-color, #fd0);
    --_focus-ring: 0 0 0 3px var(--_focus), 0 0 0 5px #0b0c0c;
    box-sizing: border-box;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  /* theme="light" / theme="dark": a box of its own colours, whatever the page's. */
  :host([theme='light']),
  :host([theme='dark']) {
    background: var(--cso-background, Canvas);
    color: var(--cso-text-color, CanvasText);
    padding: var(--cso-theme-padding, 0.75rem);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--cso-link-color, inherit);
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid transparent;
    box-shadow: var(--_focus-ring);
    background-color: var(--_focus);
    color: #0b0c0c;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible {
      outline: 3px solid Highlight;
      box-shadow: none;
    }
  }
`;

import { css } from '../shared/sheet.js';

export const helplineStyles = css`
  .panel {
    border-inline-start: 0.3125rem solid var(--cso-helpline-accent, #00703c);
    background: var(--_panel);
    padding: var(--cso-helpline-padding, 1rem 1.25rem);
    margin: var(--cso-helpline-margin, 1rem 0 0);
    position: relative;
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  .services {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
  }
  .service-name {
    font-weight: 700;
    font-size: 1.1em;
    margin: 0;
  }
  .service p {
    margin: 0.25rem 0;
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0.5rem 0;
  }
  /* Large touch targets: at least 44px tall (WCAG 2.5.5). */
  .contact a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    font-weight: 700;
    font-size: 1.15em;
  }
  .phone-number {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .muted {
    color: var(--_muted);
  }
  .emergency {
    margin: 0.75rem 0 0;
    font-weight: 700;
  }
  .emergency a {
    display: inline-block;
    min-height: 2.75rem;
    line-height: 2.75rem;
  }
  .problem {
    border-inline-start: 0.3125rem solid var(--cso-error-color, #d4351c);
    padding: 0.25rem 0.75rem;
    margin: 0 0 0.75rem;
  }
  .quick-exit {
    float: inline-end;
    margin: 0 0 0.75rem 1rem;
    font: inherit;
    font-weight: 700;
    color: #fff;
    background: var(--cso-quick-exit-background, #b10e1e);
    border: 2px solid transparent;
    border-radius: 0;
    box-shadow: 0 2px 0 #55150b;
    padding: 0.5rem 1rem;
    min-height: 2.75rem;
    cursor: pointer;
  }
  .quick-exit:hover {
    background: #8a0b17;
  }
  .quick-exit:focus-visible {
    color: #0b0c0c;
  }
  .quick-exit-hint {
    font-size: 0.875em;
  }
  /* Compact: one line under a chart. */
  :host([variant='compact']) .panel {
    padding: 0.5rem 0.75rem;
    margin: var(--cso-helpline-margin, 0.75rem 0 0);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75rem;
  }
  :host([variant='compact']) .compact-lead {
    font-weight: 700;
  }
  :host([variant='compact']) .contact {
    margin: 0;
    gap: 0 0.75rem;
  }
  :host([variant='compact']) .contact a {
    font-size: 1em;
  }
  :host([variant='compact']) .quick-exit {
    float: none;
    margin: 0 0 0 auto;
  }
  @media (forced-colors: active) {
    .panel {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.3125rem;
    }
    .quick-exit {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
      forced-color-adjust: auto;
    }
  }
`;

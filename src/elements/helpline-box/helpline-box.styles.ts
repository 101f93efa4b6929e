import { css } from '../shared/sheet.js';

/*
 * Mobile first: most readers are on a phone. Nothing floats beside the text
 * (a floated Exit squeezed the services into a column); words wrap only
 * between words (no hyphens, no breaks inside a word, in Welsh too).
 */
export const helplineStyles = css`
  .panel {
    border-inline-start: 0.3125rem solid var(--cso-helpline-accent, #00703c);
    background: var(--_panel);
    padding: var(--cso-helpline-padding, min(1rem, 5vw));
    margin: var(--cso-helpline-margin, 1rem 0 0);
  }
  .heading {
    font-size: 1.25em;
  }
  p {
    margin: 0.25rem 0;
  }
  /*
   * At 200% text in a 320px phone a whole number or e-mail address was wider
   * than the column: the call and the address are sized against the column
   * (cqi), shrinking only where they would not fit. The panel's padding stays
   * within 5% of the screen, so the column is not eaten by it.
   */
  .services {
    list-style: none;
    padding: 0;
    container-type: inline-size;
  }
  .service + .service {
    margin-top: 1.25rem;
  }
  p.service-name {
    font-size: 1.1em;
  }
  /* The main call: a full-width tap target at least 44px tall that says what it does. */
  .call {
    margin: 0.5rem 0 0.25rem;
    padding: 0.5rem 0.75em;
    text-decoration: none;
    color: #fff;
    background: var(--cso-call-background, #00703c);
    max-width: 24rem;
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  /*
   * E-mail and website: secondary, but still 44px tall to tap; so is every
   * link in the compact strip (below). All are flex items, so flex, not inline-flex.
   */
  .call,
  .contact a {
    display: flex;
    align-items: center;
    min-height: 2.75rem;
  }
  .call,
  .contact a {
    font-size: min(1em, 12cqi);
  }
  /*
   * While the words of a page's language are on their way (.w, at most 3 s):
   * the numbers, addresses and Exit show at once, the words hold their place
   * unseen. Not the compact strip: its words are in the bundle, drawn at once.
   */
  .w * {
    visibility: hidden;
  }
  .w [part='phone'],
  .w [part='email'],
  .w .quick-exit {
    visibility: visible;
  }
  .muted {
    color: var(--_muted);
  }
  .problem {
    border-inline-start: 0.3125rem solid var(--cso-error-color, #d4351c);
    padding: 0.25rem 0.75rem;
  }
  /*
   * GOV.UK's Exit this page: first in the panel, at the end of the line
   * (full width on a phone, below), and
   * sticky, so it stays in view while the panel is on screen; one tap.
   */
  .quick-exit {
    position: sticky;
    top: 0;
    display: block;
    margin: 0 0 0.75rem auto;
    font: inherit;
    color: #fff;
    background: var(--cso-quick-exit-background, #b10e1e);
    border: 0;
    box-shadow: 0 2px 0 #55150b;
    padding: 0 0.75rem;
    min-height: 2.75rem;
  }
  .quick-exit-hint {
    font-size: 0.875em;
  }
  /* No Shift key on a touch-only phone: Shift x3 still works where there is one. */
  @media (hover: none) and (pointer: coarse) {
    .quick-exit-hint {
      display: none;
    }
  }
  /*
   * Compact (.c): one line under a chart where it fits (in a 42rem article
   * column: the lead, the service's name at text size, the number in bold
   * as the tap target, the e-mail address as secondary); on a phone the lead
   * and the number only ("Worried about a child? 0808 800 5000"), the
   * number bold, never split. There the words size against the strip (cqi),
   * from 14px down to no less than 11px, so the line holds at 320px in a
   * wide font (DejaVu Sans) and in Welsh; at large text sizes it may wrap
   * between the lead and the number.
   */
  .c {
    padding: 0.25rem 0.5rem;
    margin: var(--cso-helpline-margin, 0.75rem 0 0);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.4em;
  }
  /*
   * The strip's links, one line each, made 44px tall by their line height, not
   * by a flex box centring them: in Safari (WebKitGTK), under a chart (which
   * skips its layout off screen, content-visibility), the underline of a
   * number sized by the strip's width (cqi, on a phone) stopped two digits
   * short in a flex or grid box, and runs its whole length in a block.
   */
  .c a {
    white-space: nowrap;
    line-height: 2.75rem;
  }
  /* Bold: the heading, the 999 line, each service's name, the call, Exit and the strip's number (after .quick-exit's font). */
  .heading,
  .emergency,
  p.service-name,
  .call,
  .quick-exit,
  .c [part='phone'] {
    font-weight: 700;
  }
  @media (max-width: 40rem) {
    .quick-exit {
      width: 100%;
    }
    /*
     * Exit kept in view while the article around the panel is on screen
     * (.f, see #listen): fixed at the foot of the screen, its place in the
     * panel held by the heading's margin (the Exit's 2.75rem and the .75rem
     * under it), so nothing in the panel moves.
     */
    .f {
      position: fixed;
      top: auto;
      bottom: 0;
      left: 0;
      margin: 0;
      z-index: 1000;
    }
    .f + .heading {
      margin-top: 3.5rem;
    }
    .c {
      container-type: inline-size;
    }
    .c > * {
      font-size: clamp(0.6875em, 4.8cqi, 0.875em);
    }
    .compact-lead + .service-name,
    .c [part='email'] {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .panel {
      border: 1px solid CanvasText;
      border-inline-start-width: 0.3125rem;
    }
    /*
     * Keeps its emphasis: a button in reverse, with a thick highlight border.
     * The reader's own button pair, swapped, contrasts as their buttons do;
     * Highlight/HighlightText did not (white on #3399ff in Firefox, 2.9:1).
     */
    .quick-exit {
      forced-color-adjust: none;
      color: ButtonFace;
      background: ButtonText;
      border: 3px solid Highlight;
    }
  }
`;

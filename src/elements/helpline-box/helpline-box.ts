import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { resolveServices, type HelplineOverrides, type HelplineProblem, type ResolvedService } from '../../helpline/resolve.js';
import { EMERGENCY } from '../../helpline/presets.js';
import { safeWebUrl, telHref } from '../../helpline/sanitise.js';
import { ShiftCounter } from '../../helpline/shift-counter.js';
import { helplineLanguageReady, helplineMessagesFor } from '../../i18n/helpline.js';
import { langOf } from '../../i18n/lang.js';
import type { HelplineMessages as Messages } from '../../i18n/messages.js';
import { baseStyles } from '../shared/tokens.styles.js';
import { helplineStyles } from './helpline-box.styles.js';

/** Where "Exit this page" goes unless a page says otherwise: GOV.UK Frontend's own default, a neutral weather page. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/**
 * Panels with the same attributes share one resolution (the preset looked up,
 * every address checked): every chart on a page carries the same compact
 * panel, and checking a web address parses a URL. The results are never
 * changed after, so sharing them is safe.
 */
const resolvedByAttributes = new Map<string, ReturnType<typeof resolveServices>>();
function resolveOnce(preset: string | null | undefined, attributes: HelplineOverrides): ReturnType<typeof resolveServices> {
  const a = attributes;
  const key = JSON.stringify([preset, a.name, a.phone, a.email, a.url, a.hours, a.audience, a.message]);
  let resolved = resolvedByAttributes.get(key);
  if (!resolved) {
    if (resolvedByAttributes.size >= 100) resolvedByAttributes.clear();
    resolved = resolveServices(preset, attributes);
    resolvedByAttributes.set(key, resolved);
  }
  return resolved;
}

/**
 * Where to get help: phone as a `tel:` link, e-mail as `mailto:`, hours and
 * who the service is for, with an optional quick exit.
 *
 * @summary A helpline panel that always shows something a reader can call.
 *
 * @attr preset - Services in the order written, e.g. `"nspcc childline"`. Known:
 *   `nspcc`, `childline`, `stop-it-now`, `ceop`, `iwf`. Default `nspcc`.
 * @attr name - Overrides the first service's name (or names your own service).
 * @attr phone - Overrides the phone number; must be a phone number.
 * @attr email - Overrides the e-mail address; must be a single address.
 * @attr url - Overrides the web address; only `http:` and `https:`.
 * @attr hours - Overrides the opening hours text.
 * @attr audience - `adults`, `children` or `all`: the wording speaks to them.
 * @attr message - A line of your own under the heading.
 * @attr variant - `full` (default) or `compact` (one line, as under charts).
 * @attr quick-exit - Shows "Exit this page" and listens for Shift pressed 3 times.
 *   On by default when a service is for children; `quick-exit="off"` turns it off.
 * @attr exit-url - Where quick exit goes (http/https only). Default a neutral weather page.
 * @attr heading - The panel heading, instead of "Worried about a child?" / "Need to talk?".
 * @attr heading-level - Level of the panel heading, 2–6 (default 2).
 * @attr theme - `light` or `dark`: a box in its own colours; without it the widget takes the page's colours and color-scheme.
 * @attr lang - Language of the widget's words (`en`, `cy`), else the nearest ancestor's `lang`.
 *
 * @fires helpline-exit - Just before quick exit replaces the page; `detail.url` is the destination.
 * @fires cso-error - An attribute was refused (`detail.reason`: `unknown-preset` or `unsafe-url`, with `field`); the panel still shows every safe field.
 *
 * @csspart base - The panel.
 * @csspart heading - The panel heading.
 * @csspart service - One service.
 * @csspart phone - A phone link.
 * @csspart email - An e-mail link.
 * @csspart quick-exit - The "Exit this page" button.
 * @csspart problem - The message shown when an attribute was refused.
 *
 * @cssprop --cso-helpline-accent - Colour of the panel's side rule.
 * @cssprop --cso-helpline-padding - Padding inside the panel.
 * @cssprop --cso-helpline-margin - Space above the panel.
 * @cssprop --cso-panel-background - Panel background (default a tint of the text colour).
 * @cssprop --cso-quick-exit-background - Quick exit button colour.
 * @cssprop --cso-font-family - Font (default inherited from the page).
 * @cssprop --cso-background - Background with `theme`, and behind labels (default Canvas).
 * @cssprop --cso-theme-padding - Padding of the box with `theme` (default 0.75rem).
 */
export class HelplineBox extends LitElement {
  static override styles = [baseStyles, helplineStyles];

  static override properties = {
    preset: { reflect: false },
    name: {},
    phone: {},
    email: {},
    url: {},
    hours: {},
    audience: {},
    message: {},
    variant: { reflect: true },
    quickExit: { attribute: 'quick-exit' },
    exitUrl: { attribute: 'exit-url' },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    // Re-renders when the language changes; reflected so a property set from script is seen like the attribute.
    lang: { reflect: true },
    announcement: { state: true },
    exiting: { state: true },
  };

  declare preset: string | null | undefined;
  declare name: string | null | undefined;
  declare phone: string | null | undefined;
  declare email: string | null | undefined;
  declare url: string | null | undefined;
  declare hours: string | null | undefined;
  declare audience: string | null | undefined;
  declare message: string | null | undefined;
  declare variant: string | null | undefined;
  declare quickExit: string | null | undefined;
  declare exitUrl: string | null | undefined;
  declare heading: string | null | undefined;
  declare headingLevel: string | null | undefined;
  declare private announcement: string;
  declare private exiting: boolean;

  #services: ResolvedService[] = [];
  #problems: HelplineProblem[] = [];
  readonly #shiftCounter = new ShiftCounter();
  #listening = false;

  constructor() {
    super();
    // The attributes' properties start undefined (absent), not set one by one:
    // every chart on a page carries a panel, so its construction is kept lean.
    this.announcement = '';
    this.exiting = false;
  }

  /** Whether quick exit is on: the attribute when given, else on for services aimed at children. */
  get quickExitEnabled(): boolean {
    const value = this.quickExit?.trim().toLowerCase();
    if (value === 'off' || value === 'false' || value === 'no') return false;
    if (value !== undefined) return true;
    return this.#services.some((s) => s.audience === 'children');
  }

  /** Where quick exit goes: `exit-url` when it is a web address, else the neutral default. */
  get exitDestination(): string {
    return safeWebUrl(this.exitUrl) ?? DEFAULT_EXIT_URL;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listen(false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a move: listen again if quick exit was on.
    if (this.hasUpdated) this.#listen(this.quickExitEnabled);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || [...changed.keys()].some((key) => key !== 'announcement' && key !== 'exiting')) {
      const resolved = resolveOnce(this.preset, this);
      this.#services = resolved.services;
      this.#problems = resolved.problems;
    }
  }

  #reported = '';

  protected override updated(): void {
    this.#listen(this.quickExitEnabled && this.isConnected);
    // A refused attribute is said in the panel and reported once to the page, as the charts do.
    const key = JSON.stringify(this.#problems);
    if (key === this.#reported) return;
    this.#reported = key;
    const problem = this.#problems[0];
    if (!problem) return;
    const detail =
      problem.kind === 'unknown-preset'
        ? { reason: 'unknown-preset', field: 'preset', value: problem.name, partial: true }
        : { reason: 'unsafe-url', field: problem.field, partial: true };
    this.dispatchEvent(new CustomEvent('cso-error', { bubbles: true, composed: true, detail }));
  }

  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    if (on) document.addEventListener('keyup', this.#onKeyup);
    else document.removeEventListener('keyup', this.#onKeyup);
  }

  readonly #onKeyup = (event: KeyboardEvent): void => {
    const left = this.#shiftCounter.keyup(event.key, event.shiftKey, performance.now());
    if (left === undefined) {
      if (this.announcement) this.announcement = '';
      return;
    }
    if (left === 0) this.exit();
    else this.announcement = this.#messages.quickExitPressesLeft(left);
  };

  /**
   * Leaves the page at once for a neutral site. `location.replace` takes this
   * page out of the session history, so Back does not return to it.
   */
  exit(): void {
    const url = this.exitDestination;
    this.exiting = true;
    this.announcement = this.#messages.quickExitLeaving;
    this.dispatchEvent(new CustomEvent('helpline-exit', { bubbles: true, composed: true, detail: { url } }));
    window.location.replace(url);
  }

  get #messages(): Messages {
    return helplineMessagesFor(langOf(this));
  }

  /** On a page in a shipped language other than English, draws once its words are in, never first in English. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = helplineLanguageReady(langOf(this));
    return words ? words.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  get #panelAudience() {
    return this.#services[0]?.audience ?? 'adults';
  }

  #renderPhone(service: ResolvedService, m: Messages) {
    if (!service.phone || !service.telHref) return nothing;
    // The number as written, in its groups ("0808 800 5000"): the spaces are what a screen reader reads the groups by.
    return html`<a part="phone" href=${service.telHref}
      ><span class="visually-hidden">${m.call(service.name || m.serviceNameFallback)}: </span
      ><span class="phone-number">${service.phone}</span></a
    >`;
  }

  #renderContacts(service: ResolvedService, m: Messages) {
    const name = service.name || m.serviceNameFallback;
    return html`<span class="contact">
      ${this.#renderPhone(service, m)}
      ${service.email && service.mailtoHref
        ? html`<a part="email" href=${service.mailtoHref}><span class="visually-hidden">${m.email(name)}: </span>${service.email}</a>`
        : nothing}
      ${service.webHref ? html`<a part="website" href=${service.webHref}>${m.website(name)}</a>` : nothing}
    </span>`;
  }

  #renderService(service: ResolvedService, m: Messages, heading: number) {
    const name = service.name || m.serviceNameFallback;
    const level = Math.min(6, heading + 1);
    return html`<li class="service" part="service">
      <p class="service-name" role="heading" aria-level=${level}>${name}</p>
      ${service.message ? html`<p>${service.message}</p>` : nothing}
      ${service.for ? html`<p>${service.for}</p>` : nothing}
      ${this.#renderContacts(service, m)}
      ${service.cost ? html`<p class="muted">${service.cost}</p>` : nothing}
      ${service.hours
        ? html`<p class="muted"><span class="visually-hidden">${m.hours}: </span>${service.hours}${service.hoursAsOf ? html` ${m.hoursAsOf(service.hoursAsOf)}` : nothing}</p>`
        : nothing}
      ${service.other ? html`<p class="muted">${service.other}</p>` : nothing}
    </li>`;
  }

  #renderProblems(m: Messages) {
    if (!this.#problems.length) return nothing;
    return html`<div class="problem" part="problem" role="alert">
      ${this.#problems.map((p) => html`<p>${p.kind === 'unknown-preset' ? m.unknownPreset(p.name) : m.unsafeField(p.field)}</p>`)}
    </div>`;
  }

  #renderQuickExit(m: Messages): TemplateResult | typeof nothing {
    if (!this.quickExitEnabled) return nothing;
    return html`<button class="quick-exit" part="quick-exit" type="button" @click=${() => this.exit()}>${m.quickExit}</button>`;
  }

  /** One service on one line; a website only when there is no number or address to show instead. */
  #renderCompactService(service: ResolvedService, m: Messages) {
    const name = service.name || m.serviceNameFallback;
    const website = service.phone || service.email ? undefined : service.webHref;
    return html`<span class="compact-service" part="service"
      ><span class="service-name">${name}</span>
      <span class="contact"
        >${this.#renderPhone(service, m)}
        ${service.email && service.mailtoHref
          ? html`<a part="email" href=${service.mailtoHref}><span class="visually-hidden">${m.email(name)}: </span>${service.email}</a>`
          : nothing}
        ${website ? html`<a part="website" href=${website}>${m.website(name)}</a>` : nothing}</span
      ></span
    >`;
  }

  // Every chart carries a compact panel, so a page of 200 charts renders 200 of them:
  // its template is kept flat (few nested templates), which is most of what it costs.
  protected override render() {
    const m = this.#messages;
    const compact = this.variant === 'compact';
    const level = Math.min(6, Math.max(2, Number(this.headingLevel) || 2));
    if (compact) {
      return html`<aside class="panel" part="base" aria-label=${m.helplineHeading(this.#panelAudience)}>
        ${this.#renderProblems(m)}
        <span class="compact-lead">${this.#services[0]?.message ?? m.compactLead(this.#panelAudience)}</span>
        ${this.#services.map((s) => this.#renderCompactService(s, m))} ${this.#renderQuickExit(m)}
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
        ${this.exiting ? html`<div class="overlay"></div>` : nothing}
      </aside>`;
    }
    const emergencyHref = telHref(EMERGENCY.phone);
    return html`<aside class="panel" part="base" aria-labelledby="heading">
      ${this.#renderQuickExit(m)}
      <p class="heading" part="heading" id="heading" role="heading" aria-level=${level}>${this.heading?.trim() || m.helplineHeading(this.#panelAudience)}</p>
      ${this.#renderProblems(m)}
      <ul class="services" role="list">
        ${this.#services.map((s) => this.#renderService(s, m, level))}
      </ul>
      <p class="emergency">${m.emergency(html`<a href=${emergencyHref!}>${EMERGENCY.phone}</a>`)}</p>
      ${this.quickExitEnabled ? html`<p class="quick-exit-hint muted">${m.quickExitHint}</p>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.exiting ? html`<div class="overlay"></div>` : nothing}
    </aside>`;
  }
}

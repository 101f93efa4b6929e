import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import { resolveServices, type HelplineOverrides, type HelplineProblem, type ResolvedService } from '../../helpline/resolve.js';
import { EMERGENCY } from '../../helpline/presets.js';
import { safeWebUrl, telHref } from '../../helpline/sanitise.js';
import { ShiftCounter } from '../../helpline/shift-counter.js';
import { exitPage, QUICK_EXIT_OFF } from '../../helpline/quick-exit.js';
import { helplineLanguageReady, helplineMessagesFor, helplineWordsWait } from '../../i18n/helpline.js';
import { langOf } from '../../i18n/lang.js';
import type { HelplineMessages as Messages } from '../../i18n/messages.js';
import { baseStyles } from '../shared/tokens.styles.js';
import { mayRunWithoutDom } from '../shared/without-dom.js';
import { helplineStyles } from './helpline-box.styles.js';
import { ServerElement } from '../shared/server-element.js';

/** Where "Exit this page" goes unless a page says otherwise: GOV.UK Frontend's own default, a neutral weather page. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/**
 * The panel's shadow root, with the styles every panel shares. In the npm
 * build, a panel a server drew keeps that root, and what it shows, until it
 * draws its own (see #draw): on a Welsh page that waits for its words, the
 * server's panel stays meanwhile instead of an empty box.
 */
function openStyledRoot(host: HTMLElement): void {
  const root = (mayRunWithoutDom && host.shadowRoot) || host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [baseStyles, helplineStyles];
}

/** The panel's template for a server to render (npm build only; see src/ssr.ts). */
export let serverPanel: ((box: HelplineBox) => TemplateResult) | undefined;

/** The panel's attributes, by the name of the property that reads and writes each. */
const PROPERTIES = ['preset', 'name', 'phone', 'email', 'url', 'hours', 'audience', 'message', 'variant', 'quickExit', 'exitUrl', 'heading', 'headingLevel'] as const;
/** Each property's attribute: `quickExit` → `quick-exit`. */
const attributeOf = (property: string) => property.replace(/[A-Z]/g, '-$&').toLowerCase();

/**
 * Panels with the same attributes share one resolution (the preset looked up,
 * every address checked): every chart on a page carries the same compact
 * panel, and checking a web address parses a URL. The results are never
 * changed after, so sharing them is safe.
 */
const resolvedByAttributes = new Map<string, ReturnType<typeof resolveServices>>();
function resolveOnce(preset: string | null | undefined, attributes: HelplineOverrides, m: Messages): ReturnType<typeof resolveServices> {
  // The attributes that choose the services (preset to message, the first eight), the variant (a compact strip's
  // Welsh words may be only its own, see cy-strip.ts: never a full panel's), and the language of their words.
  const key = JSON.stringify(PROPERTIES.slice(1, 9).map((property) => attributes[property as keyof HelplineOverrides]).concat(preset, m.locale));
  let resolved = resolvedByAttributes.get(key);
  if (!resolved) {
    if (resolvedByAttributes.size >= 100) resolvedByAttributes.clear();
    resolved = resolveServices(preset, attributes, m.services);
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
 * @tagname helpline-box
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
 *   On a small screen the button stays in view: sticky while the panel is on screen,
 *   and at the foot of the screen while the article (or main) around it is and the panel is not.
 * @attr exit-url - Where quick exit goes (http/https only). Default a neutral weather page.
 * @attr heading - The panel heading, instead of "Worried about a child?" / "Need to talk?".
 * @attr heading-level - Level of the panel heading, 2–6 (default 2).
 * @attr theme - `light` or `dark`: a box in its own colours; without it the widget takes the page's colours and color-scheme.
 * @attr lang - Language of the widget's words (`en`, `cy`), else the nearest ancestor's `lang`.
 *
 * @fires {CustomEvent<{ url: string }>} helpline-exit - Just before quick exit replaces the page; `detail.url` is the destination.
 * @fires {CustomEvent<{ reason: 'unknown-preset' | 'unsafe-url'; field: string; value?: string; partial: true }>} cso-error - An attribute was refused (`detail.reason`: `unknown-preset` or `unsafe-url`, with `field`); the panel still shows every safe field.
 *
 * @csspart base - The panel.
 * @csspart heading - The panel heading.
 * @csspart service - One service.
 * @csspart phone - A phone link.
 * @csspart email - An e-mail link.
 * @csspart website - A service's web address.
 * @csspart quick-exit - The "Exit this page" button.
 * @csspart problem - The message shown when an attribute was refused.
 *
 * @cssprop [--cso-helpline-accent=#00703c] - Colour of the panel's side rule.
 * @cssprop [--cso-helpline-padding=1rem 1.25rem] - Padding inside the panel.
 * @cssprop [--cso-helpline-margin=1rem 0 0] - Space above the panel (0.75rem 0 0 for the compact one under a chart).
 * @cssprop [--cso-panel-background=color-mix(in srgb, currentColor 6%, transparent)] - Panel background (default a tint of the text colour).
 * @cssprop [--cso-quick-exit-background=#b10e1e] - Quick exit button colour.
 * @cssprop [--cso-font-family=inherit] - Font (default inherited from the page).
 * @cssprop [--cso-background=Canvas] - Background with `theme`, and behind labels (default Canvas).
 * @cssprop [--cso-theme-padding=0.75rem] - Padding of the box with `theme` (default 0.75rem).
 * @cssprop [--cso-font-size=1rem] - Base text size.
 * @cssprop [--cso-text-color=inherit] - Text colour.
 * @cssprop [--cso-muted-color=color-mix(in srgb, currentColor 72%, transparent)] - Secondary text colour.
 * @cssprop [--cso-link-color=inherit] - Link colour.
 * @cssprop [--cso-focus-color=#fd0] - Keyboard focus ring.
 * @cssprop [--cso-error-color=#d4351c] - The rule of the message shown when an attribute was refused.
 */
// HTMLElement, or a stand-in where there is none (Node), so importing never throws; Lit's Node build does the same for the charts.
export class HelplineBox extends (mayRunWithoutDom && !globalThis.HTMLElement ? (ServerElement as unknown as typeof HTMLElement) : HTMLElement) {
  /*
   * Why not LitElement: this is the element a charity page loads on its own,
   * on a budget of 8 kB brotli. Lit's templates (lit-html) render it, as they
   * render the charts; LitElement's reactive base would add 2.4 kB (measured:
   * lit-html 2,749 B, with LitElement 5,185 B), and the panel needs only a
   * little of it: attributes that re-render, batched to one render per task,
   * and `updateComplete`. Those are here, in a few lines.
   */
  static observedAttributes = [...PROPERTIES.map(attributeOf), 'lang'];

  declare preset: string | null;
  declare name: string | null;
  declare phone: string | null;
  declare email: string | null;
  declare url: string | null;
  declare hours: string | null;
  declare audience: string | null;
  declare message: string | null;
  declare variant: string | null;
  declare quickExit: string | null;
  declare exitUrl: string | null;
  declare heading: string | null;
  declare headingLevel: string | null;

  #services: ResolvedService[] = [];
  #problems: HelplineProblem[] = [];
  readonly #shiftCounter = new ShiftCounter();
  #listening = false;
  #announcement = '';
  #pending?: Promise<boolean>;

  constructor() {
    super();
    openStyledRoot(this);
  }

  /** Resolves once the panel shows its current attributes, as a Lit element's does. */
  get updateComplete(): Promise<boolean> {
    return this.#pending ? this.#pending.then(() => this.updateComplete) : Promise.resolve(true);
  }

  attributeChangedCallback(): void {
    this.#requestRender();
  }

  /** One render for all the changes made in one task (a page setting several attributes). */
  #requestRender(): void {
    this.#pending ??= this.#renderSoon();
  }

  async #renderSoon(): Promise<boolean> {
    await null;
    /*
     * On a page in a shipped language other than English the words come from
     * a second file. The numbers and addresses need no words: they show at
     * once (the rest of the panel holds its place, unseen), the words when
     * they come. The compact strip under a chart has its few words in the
     * charts' bundle (cy-strip.ts): it is drawn whole at once, and again the
     * same (the template leaves out "w" when its catalogue has the services'
     * words: only English, the fallback, has none). A slow or stalled host gets English after 3 s, then its
     * language if the file arrives. The wait is shared: a panel made late
     * in it (a chart drawing again) waits only what is left.
     */
    const words = helplineLanguageReady(langOf(this));
    if (words !== this.#words && (this.#words = words)) {
      void words.then(() => this.#requestRender());
      this.#draw('w');
      await helplineWordsWait(words);
    }
    this.#pending = undefined;
    this.#draw('');
    return true;
  }

  #words?: Promise<void>;
  /** "w" while the words are awaited: only the numbers, addresses and Exit are seen. */
  #waiting = '';

  static {
    // The npm build only (see without-dom.ts): how a server renders the panel (src/ssr.ts), as #draw does.
    if (mayRunWithoutDom) {
      serverPanel = (box) => {
        ({ services: box.#services, problems: box.#problems } = resolveOnce(box.preset, box, box.#messages));
        return box.#template();
      };
    }
  }

  #draw(waiting: string): void {
    this.#waiting = waiting;
    // The server's panel (npm build) gives way to this one: one panel, never two. Until its first draw a panel has
    // no services (after it, never none: resolveServices).
    if (mayRunWithoutDom && !this.#services.length) this.shadowRoot!.replaceChildren();
    // Panels with the same attributes share one resolution.
    ({ services: this.#services, problems: this.#problems } = resolveOnce(this.preset, this, this.#messages));
    render(this.#template(), this.shadowRoot!);
    this.#updated();
  }

  /** Whether quick exit is on: the attribute when given, else on for services aimed at children. */
  get quickExitEnabled(): boolean {
    const value = this.quickExit?.trim().toLowerCase();
    if (value !== undefined) return !QUICK_EXIT_OFF.includes(value);
    return this.#services.some((s) => s.audience === 'children');
  }

  /** Where quick exit goes: `exit-url` when it is a web address, else the neutral default. */
  get exitDestination(): string {
    return safeWebUrl(this.exitUrl) ?? DEFAULT_EXIT_URL;
  }

  disconnectedCallback(): void {
    this.#listen(false);
  }

  connectedCallback(): void {
    // A property a framework set before this element was defined sits on the
    // instance, hiding the attribute's accessor: pass it through the accessor.
    for (const property of PROPERTIES) {
      if (Object.hasOwn(this, property)) {
        const value = this[property];
        delete this[property];
        this[property] = value;
      }
    }
    // Reconnected after a move, it listens again (#updated) if quick exit is on.
    this.#requestRender();
  }

  #reported = '';

  #updated(): void {
    this.#listen(this.quickExitEnabled && this.isConnected);
    // A refused attribute is said in the panel and reported once to the page, as the charts do.
    const key = JSON.stringify(this.#problems);
    if (key === this.#reported) return;
    this.#reported = key;
    const problem = this.#problems[0];
    if (problem) this.dispatchEvent(new CustomEvent('cso-error', { bubbles: true, composed: true, detail: { ...problem, partial: true } }));
  }

  /** The nearest article or main around the panel while quick exit is on (see #listen). */
  #article?: Element | null | false;

  /**
   * Shift x3 is heard while quick exit is on, and Exit is kept in view.
   *
   * GOV.UK's Exit this page sits at the top of the page's content and is
   * sticky on a small screen, so a reader can leave from anywhere. A panel in
   * an article (the nearest article or main) cannot sit at its top: while the
   * article is on screen and the panel is not, the panel's Exit (.f) is fixed
   * at the foot of a small screen (CSS), one tap away, and its place in the
   * panel is held, so nothing moves. The foot, not the top: at the top of the
   * page a fixed Exit covered the publisher's own header and links, and a
   * panel at the article's end comes up from the foot, so the Exit settles
   * into its place there instead of jumping down the screen. It is still the
   * one Exit, where it was in the tab order and to a screen reader.
   */
  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    const listen = on ? addEventListener : removeEventListener;
    // On the window, in the capture phase (as GOV.UK does): a component that stops keyup from bubbling cannot hide
    // Shift from us; and a scroll of any box the article sits in is heard too.
    listen('keyup', this.#onKeyup, true);
    listen('scroll', this.#place, true);
    listen('resize', this.#place);
    this.#article = on && this.closest('article,main');
    // Placed now, before the first paint: Exit is drawn where it belongs from the first frame.
    this.#place();
  }

  /**
   * "On screen" leaves out a 60 px band at the top and bottom: about the height
   * of the Exit and the padding above it, so the panel counts as on screen once
   * its own Exit can be seen whole in it. Two boxes read per scroll event, with
   * no writes before them: no forced layout.
   */
  readonly #place = (): void => {
    const seen = (element: Element) => {
      const { top, bottom } = element.getBoundingClientRect();
      return bottom > 60 && top < innerHeight - 60;
    };
    const article = this.#article;
    // Lit never rewrites the button's class (it has no binding), so the class set here stays.
    this.shadowRoot!.querySelector('.quick-exit')?.classList.toggle('f', !!article && seen(article) && !seen(this));
  };

  readonly #onKeyup = (event: KeyboardEvent): void => {
    const left = this.#shiftCounter.keyup(event.key, event.shiftKey, performance.now());
    if (left === undefined) {
      if (this.#announcement) this.#announce('');
      return;
    }
    if (left === 0) this.exit();
    else this.#announce(this.#messages.quickExitPressesLeft(left));
  };

  #announce(words: string): void {
    this.#announcement = words;
    this.#requestRender();
  }

  /**
   * Leaves the page at once for a neutral site: covers the whole viewport,
   * then replaces the whole tab (the top page too, from inside a frame) with
   * `location.replace`, so Back does not return to it. See quick-exit.ts.
   */
  exit(): void {
    const url = this.exitDestination;
    this.#announce(this.#messages.quickExitLeaving);
    this.dispatchEvent(new CustomEvent('helpline-exit', { bubbles: true, composed: true, detail: { url } }));
    exitPage(url);
  }

  /** A compact strip under a chart has its words in the bundle (see cy-strip.ts): drawn at once in the page's language, never moving when the word file comes. */
  get #messages(): Messages {
    return helplineMessagesFor(langOf(this), this.variant === 'compact');
  }

  /** The address may wrap before its "@" on a narrow screen at large text, never inside a word. */
  #renderEmail(service: ResolvedService, name: string, m: Messages) {
    const [user, domain] = service.email?.split('@') ?? [];
    return service.mailtoHref
      ? html`<a part="email" href=${service.mailtoHref}><span class="visually-hidden">${m.email(name)}: </span>${user}<wbr>@${domain}</a>`
      : nothing;
  }

  #renderWebsite(href: string | undefined, name: string, m: Messages) {
    return href ? html`<a part="website" href=${href}>${m.website(name)}</a>` : nothing;
  }

  /**
   * One service. The main call first after who it is for: a full-width
   * button that says what it does ("Call 0808 800 5000"), the number as
   * written, in its groups (the spaces are what a screen reader reads the
   * groups by). E-mail and website follow, smaller. No white space between
   * the parts: each is a block or in a flex row, where white space shows
   * nothing and would cost a text node.
   */
  #renderService(service: ResolvedService, m: Messages, heading: number) {
    const name = service.name || m.serviceNameFallback;
    const level = Math.min(6, heading + 1);
    const call = service.telHref
      ? html`<a class="call" part="phone" href=${service.telHref}>${this.#waiting ? service.phone : m.call(service.phone!.replace(/ /g, '\u00a0'))}</a>`
      : nothing;
    const hours = service.hours
      ? html`<p class="muted"><span class="visually-hidden">${m.hours}: </span>${service.hours}${service.hoursAsOf ? html` ${m.hoursAsOf(service.hoursAsOf)}` : nothing}</p>`
      : nothing;
    return html`<li class="service" part="service"><p class="service-name" role="heading" aria-level=${level}>${name}</p>${
      service.message ? html`<p>${service.message}</p>` : nothing
    }${service.for ? html`<p>${service.for}</p>` : nothing}${call}<span class="contact">${this.#renderEmail(service, name, m)}${this.#renderWebsite(
      service.webHref,
      name,
      m,
    )}</span>${service.cost ? html`<p class="muted">${service.cost}</p>` : nothing}${hours}${service.other ? html`<p class="muted">${service.other}</p>` : nothing}</li>`;
  }

  #renderProblems(m: Messages) {
    if (!this.#problems.length) return nothing;
    return html`<div class="problem" part="problem" role="alert">
      ${this.#problems.map((p) => html`<p>${p.field === 'preset' ? m.unknownPreset(p.value) : m.unsafeField(p.field)}</p>`)}
    </div>`;
  }

  // Exit says what the strip's shipped words say (cy-strip.ts) while a panel's word file is on its way: kept in view
  // at the top of a phone's screen, words changing there would move on screen.
  #renderQuickExit(): TemplateResult | typeof nothing {
    if (!this.quickExitEnabled) return nothing;
    return html`<button class="quick-exit" part="quick-exit" type="button" @click=${() => this.exit()}>${helplineMessagesFor(langOf(this), true).quickExit}</button>`;
  }

  /**
   * One service on one line: its name, the number, the address; a website only
   * when there is no number or address. On a phone only the number stays
   * (with the name still said to a screen reader): one line under each chart.
   */
  #renderCompactService(service: ResolvedService, m: Messages) {
    const name = service.name || m.serviceNameFallback;
    // A number that is not a phone number is left out, with no telHref (resolveServices). The number as written, in
    // its groups ("0808 800 5000"): the spaces are what a screen reader reads the groups by; never split (CSS).
    const phone = service.telHref
      ? html`<a part="phone" href=${service.telHref}><span class="visually-hidden">${m.call(name)}: </span>${service.phone}</a>`
      : nothing;
    return html`<span class="service-name">${name}</span>${phone}${this.#renderEmail(service, name, m)}${this.#renderWebsite(service.phone || service.email ? undefined : service.webHref, name, m)}`;
  }

  // Every chart carries a compact panel, so a page of 200 charts renders 200 of them:
  // its template is kept flat (few nested templates), which is most of what it costs.
  #template() {
    const m = this.#messages;
    const compact = this.variant === 'compact';
    const level = Math.min(6, Math.max(2, Number(this.headingLevel) || 2));
    // Drawn after the services are resolved: never an empty list (resolveServices).
    const heading = m.helplineHeading(this.#services[0]!.audience);
    if (compact) {
      // No white space between the strip's parts: it is a flex row (spaced by its gap), where white space shows
      // nothing and would cost a text node per gap under every chart.
      const lead = this.#services[0]!.message ?? heading;
      return html`<aside class="panel c ${m.services ? '' : this.#waiting}" part="base" aria-label=${heading}>${this.#renderProblems(m)}<span class="compact-lead">${lead}</span>${this.#services.map((s) => this.#renderCompactService(s, m))}${this.#renderQuickExit()}<p class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</p></aside>`;
    }
    const emergencyHref = telHref(EMERGENCY.phone);
    // The 999 line straight under the heading, seen before the reader scrolls past the panel.
    return html`<aside class="panel ${this.#waiting}" part="base" aria-labelledby="heading">
      ${this.#renderQuickExit()}
      <p class="heading" part="heading" id="heading" role="heading" aria-level=${level}>${this.heading?.trim() || heading}</p>
      ${this.#renderProblems(m)}
      <p class="emergency">${m.emergency(html`<a href=${emergencyHref!}>${EMERGENCY.phone}</a>`)}</p>
      <ul class="services" role="list">
        ${this.#services.map((s) => this.#renderService(s, m, level))}
      </ul>
      ${this.quickExitEnabled ? html`<p class="quick-exit-hint muted">${m.quickExitHint}</p>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</p>
    </aside>`;
  }
}

// Each attribute's property reads and writes the attribute, as a built-in element's do.
for (const property of PROPERTIES) {
  const attribute = attributeOf(property);
  Object.defineProperty(HelplineBox.prototype, property, {
    get(this: HelplineBox) {
      return this.getAttribute(attribute);
    },
    set(this: HelplineBox, value: string | null | undefined) {
      if (value == null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value);
    },
  });
}

import { LitElement, html, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import { rowsFromLists, rowsFromTable, type LabelKind } from '../../data/inline.js';
import { loadFigures, timeoutFor } from '../../data/load.js';
import { cleanLabel } from '../../data/parse.js';
import type { DataProblem, FiguresDocument, ParseResult, Source } from '../../data/types.js';
import { formatCount } from '../../chart/format.js';
import { perNumber, withRates } from '../../chart/rates.js';
import { csvFilename, toCsv } from '../../data/csv.js';
import { safeWebUrl } from '../../helpline/sanitise.js';
import { langOf, languageReady, messagesFor, wordsWithinWait, type Messages } from '../../i18n/index.js';
import { HELPLINE_TAG } from '../helpline-box/define.js';
import type { HelplineBox } from '../helpline-box/helpline-box.js';
import { resolveServices } from '../../helpline/resolve.js';
import { helplineMessagesFor } from '../../i18n/helpline.js';
import { mayRunWithoutDom } from './without-dom.js';
import { hydrating, onServer, SERVER_WIDTH } from './on-server.js';

/** What a chart shows once its data is in: computed by each element from the document. */
export interface ChartView {
  /** Small line above the headline, e.g. the force's name. */
  kicker?: string;
  headline: string;
  /** A second line under the headline (e.g. the longer change, when the latest goes the other way). */
  subhead?: string;
  /** The sentence a screen reader hears as the chart's name. */
  summary: string;
  /** How many points a keyboard user steps through with the arrow keys. */
  stopCount: number;
  /** The label and value announced for one of those points. */
  stop: (index: number) => { label: string; value: string };
  /*
   * What a reader may never ask for is made only when asked: the table when
   * opened, the CSV when downloaded. A page of many charts then pays for
   * what is on screen, not for every row of every chart.
   */
  /** The chart at a width in pixels; 0 while the width is not known (off screen): draw nothing costly then. */
  chart: (width: number, active: number | undefined) => unknown;
  table: () => TemplateResult;
  /**
   * Controls under the chart, outside its focusable picture (nothing
   * interactive inside role="img"), e.g. "Show all 46 forces". Drawn in
   * every ready state, the width known or not, so the frame the chart first
   * draws in changes no height but the chart's own.
   */
  afterChart?: () => unknown;
  /** The figures shown, header row first, for "Get the data". */
  csv: () => (string | number | null)[][];
  /** Words for the CSV's file name, e.g. the title and area. */
  csvName: string;
  /** Drawn, but something asked for is missing (e.g. the highlighted force): reported with `cso-error`, `partial: true`. */
  warning?: DataProblem;
}

export type ViewResult = { ok: true; view: ChartView } | { ok: false; error: DataProblem };

/** A failed selection (an area, period or region the data lacks) as the view's error; the value as a label, never a whole essay. */
export function selectionError(selected: { reason: DataProblem['reason']; value?: string }): ViewResult {
  const value = cleanLabel(selected.value);
  return { ok: false, error: value === undefined ? { reason: selected.reason } : { reason: selected.reason, value } };
}

/** The tallest plot a `chart-height` may ask for, in px: a typo's extra digits must not make a page kilometres long. */
export const MAX_CHART_HEIGHT = 1600;
/** Below this width (px) a chart cannot be read: it says so, with the helpline, instead of drawing. */
export const MIN_CHART_WIDTH = 150;
/** Headings and source names longer than this are cut (with an ellipsis): a title, not an essay. */
const MAX_HEADING_LENGTH = 300;
/** Notes an editor writes (`notes`) longer than this are cut: a few paragraphs, not a page. */
const MAX_NOTES_LENGTH = 2000;

/**
 * A value set from script, made into what the attribute would have given, as
 * built-in elements do: text with String(value), numbers with Number(value),
 * booleans with Boolean(value). A value that cannot be made text (its
 * toString throws) is refused.
 */
function fromScript(value: unknown, type: unknown): { ok: true; value: unknown } | { ok: false } {
  if (type === Number) return { ok: true, value: value == null ? value : Number(value) };
  if (type === Boolean) return { ok: true, value: Boolean(value) };
  if (value == null || typeof value === 'string') return { ok: true, value };
  try {
    return { ok: true, value: String(value) };
  } catch {
    return { ok: false };
  }
}

/** Between the footer's items: seen, not read (a screen reader reads each item on its own). */
const SEPARATOR = html`<span class="sep" aria-hidden="true"> · </span>`;

/** Holds an empty line's height where a line may come (a string: no template needed for one character). */
const NO_BREAK_SPACE = '\u00a0';

/** Events cross shadow roots so a page can listen on any ancestor. */
function emit(target: EventTarget, type: 'cso-load' | 'cso-error', detail: object): void {
  target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
}

/** Whether a look for light charts near the screen is queued (see FiguresElement's lookSoon). */
let lookQueued = false;

type State =
  | { status: 'loading' }
  | { status: 'ready'; document: FiguresDocument; dropped: DataProblem[] }
  | { status: 'error'; error: DataProblem; dropped: DataProblem[] };

/**
 * What every chart shares, so no element copies it: reading data from a URL,
 * attributes or a child table; loading and error states that keep their
 * height; the source line; the table for screen readers; arrow-key reading;
 * and the helpline, which shows in every state.
 */
export abstract class FiguresElement extends LitElement {
  static override properties = {
    src: {},
    area: {},
    measure: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    heading: {},
    headline: {},
    notes: {},
    credit: {},
    per: {},
    helpline: {},
    timeout: { type: Number },
    chartHeight: { attribute: 'chart-height', type: Number },
    illustrative: { type: Boolean },
    // Re-renders when the language changes; reflected so a property set from script is seen like the attribute.
    lang: { reflect: true },
    state: { state: true },
    width: { state: true },
    active: { state: true },
    tableOpen: { state: true },
  };

  declare src: string | null | undefined;
  declare area: string | null | undefined;
  declare measure: string | null | undefined;
  declare source: string | null | undefined;
  declare sourceUrl: string | null | undefined;
  declare heading: string | null | undefined;
  /** The editor's own headline: replaces the computed one on screen (the computed one stays in the chart's spoken summary). */
  declare headline: string | null | undefined;
  declare notes: string | null | undefined;
  declare helpline: string | null | undefined;
  /** Who made the chart, said in the footer: `credit="Lancashire Telegraph"` reads "Chart: Lancashire Telegraph". */
  declare credit: string | null | undefined;
  /** Rates per this many people (e.g. "100000"), from each row's `denominator`; counts without it. */
  declare per: string | null | undefined;
  declare timeout: number;
  declare chartHeight: number;
  declare illustrative: boolean;
  declare protected state: State;
  declare protected width: number;
  declare protected active: number | undefined;
  // The figures table is built when a reader opens it: most never do, and a page may hold hundreds of charts.
  declare protected tableOpen: boolean;

  /** Whether a table's or attribute's labels are periods (a trend) or areas (a ranking). */
  protected abstract readonly labelKind: LabelKind;
  /** The attribute that lists labels, e.g. `data-periods`. */
  protected abstract readonly labelsAttribute: string;
  /** Whether the caption reserves a line under the headline while loading: a trend's or ranking's headline may have a second line. */
  protected readonly reservesSubhead: boolean = true;
  /** Computes what to show; an area or period the data lacks is an error here. */
  protected abstract view(document: FiguresDocument, m: Messages): ViewResult;
  /** The chart box's natural height before it has data, as a CSS length, so nothing moves when data arrives. */
  protected abstract reservedHeight(): string;

  /**
   * The height the drawn chart keeps (a CSS length), so the page does not
   * move when the loading state (or the page's fallback table) gives way to
   * the chart. None for a chart whose drawn height is only known once drawn
   * (a ranking's rows): its box then fits what it draws, and a chart from a
   * URL keeps its loading state's room under its footer instead (see render).
   */
  protected readyMinHeight(): string | undefined {
    return this.reservedHeight();
  }

  /**
   * Every attribute's property takes any value, as a built-in element's
   * does: `el.src = new URL(…)`, `el.area = ['Kent']`, `el.chartHeight =
   * '200'`. Lit keeps what it is given, so each setter converts first.
   */
  protected static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration): PropertyDescriptor | undefined {
    const descriptor = super.getPropertyDescriptor(name, key, options);
    if (!descriptor?.set || options.state) return descriptor;
    const set = descriptor.set;
    return {
      ...descriptor,
      set(this: FiguresElement, value: unknown) {
        const converted = fromScript(value, options.type);
        if (converted.ok) {
          this.#refused.delete(String(name));
          set.call(this, converted.value);
        } else {
          this.#refused.add(String(name));
          set.call(this, undefined);
        }
      },
    };
  }

  /*
   * The npm build only (see without-dom.ts): the first update of a chart a
   * server drew (its shadow root already holds that DOM). With Lit's
   * hydration support loaded before Lit, Lit takes the server's DOM as it is;
   * without it, Lit would draw a second copy beside it, so the server's goes
   * first. Should the page's figures differ from the server's (a table only
   * the browser can read, words only the browser has), hydration throws: the
   * chart is then drawn afresh, once, instead. The server's styles stay.
   */
  static {
    // A server's charts are drawn SERVER_WIDTH wide: its page scales one down to a narrower column until the browser measures.
    if (onServer) {
      const finalize = (LitElement as unknown as { finalizeStyles(styles: unknown): unknown[] }).finalizeStyles;
      (FiguresElement as unknown as { finalizeStyles(styles: unknown): unknown[] }).finalizeStyles = function (this: unknown, styles: unknown) {
        return [...finalize.call(this, styles), { cssText: 'svg{max-width:100%;height:auto}' }];
      };
    }
    if (mayRunWithoutDom) {
      const update = (LitElement.prototype as unknown as { update(changed: PropertyValues): void }).update;
      (FiguresElement.prototype as unknown as { update(changed: PropertyValues): void }).update = function (this: FiguresElement, changed: PropertyValues) {
        // The server's nodes: all but its <style> and the width hint (this element's own).
        const served = () => [...this.renderRoot.childNodes].filter((node) => node.nodeName !== 'STYLE' && node !== this.#sizer);
        if (this.hasUpdated || !served().length) return update.call(this, changed);
        const dropServerDom = () => served().forEach((node) => node.remove());
        if (!('litElementHydrateSupport' in globalThis)) dropServerDom();
        else hydrating!.add(this);
        try {
          update.call(this, changed);
        } catch {
          hydrating!.delete(this);
          dropServerDom();
          update.call(this, changed);
        } finally {
          hydrating!.delete(this);
        }
      };
    }
  }

  /** Properties given a value that cannot be used: the chart says so instead of drawing. */
  #refused = new Set<string>();

  #loadController?: AbortController;
  #resizeObserver?: ResizeObserver;
  #tableObserver?: MutationObserver;
  #lastEventKey = '';

  constructor() {
    super();
    // Text attributes start undefined (absent) rather than set one by one: a
    // page may hold hundreds of charts, and each property set queues work.
    this.timeout = NaN;
    this.chartHeight = 0;
    this.illustrative = false;
    this.state = { status: 'loading' };
    // Drawn by a server (declarative shadow DOM is here before this runs): at
    // the server's width, as it was drawn there, so Lit's hydration takes that
    // DOM as it is; the measured width then draws it again. Otherwise nothing
    // is drawn until the width is known.
    this.width = mayRunWithoutDom && (onServer || this.shadowRoot) ? SERVER_WIDTH : 0;
    this.active = undefined;
    this.tableOpen = false;
  }

  /** `loading`, `ready` (drawn) or `error` (a message and the helpline are shown), as of the last render. */
  get status(): 'loading' | 'ready' | 'error' {
    if (this.#awaitingWords) return 'loading';
    if (this.state.status !== 'ready') return this.state.status;
    return this.#currentError ? 'error' : 'ready';
  }

  /** Why the figures could not be shown, as carried by `cso-error`; undefined otherwise. */
  get error(): DataProblem | undefined {
    return this.state.status === 'error' ? this.state.error : this.#currentError;
  }

  /** The words for this element's language, looked up once per update (finding `lang` walks up the page). */
  protected get messages(): Messages {
    return (this.#words ??= messagesFor(langOf(this)));
  }

  #words: Messages | undefined;

  /**
   * On a page in a shipped language other than English the words come from a
   * second file. Until they arrive the chart shows its loading room with no
   * words, and its helpline (whose numbers need none) at once; if they take
   * longer than WORDS_WAIT_MS (a slow or stalled host) it draws in English,
   * and in its language when they come.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.#words = undefined;
    const words = languageReady(langOf(this));
    const wait = this.#wordsWait ? undefined : wordsWithinWait(words);
    if (wait) {
      this.#awaitingWords = true;
      this.#wordsWait = wait.then(() => {
        this.#awaitingWords = false;
        this.#wordsWait = undefined;
        this.requestUpdate();
      });
    }
    // Words that come after the wait: draw again, now in the page's language.
    if (words && words !== this.#wordsAwaited) {
      this.#wordsAwaited = words;
      void words.then(() => this.requestUpdate());
    }
    return super.scheduleUpdate();
  }

  /** `updateComplete` resolves once the chart shows its words (or, past the wait, English). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#wordsWait) {
      await this.#wordsWait;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  #awaitingWords = false;
  #wordsWait: Promise<void> | undefined;
  #wordsAwaited: Promise<void> | undefined;

  protected format = (n: number) => formatCount(n, this.messages.locale);

  /**
   * Rates, when `per` asks for them and the data gives populations: the rows
   * made rates (each keeps its `count`), what they are per ("per 100,000
   * children"), or else why counts are shown (`note`: `per` refused, or no
   * population in the data), empty when no rates were asked for.
   */
  protected rates<T extends { value: number | null; denominator?: number | undefined }>(rows: readonly T[], document: FiguresDocument, m: Messages) {
    const per = perNumber(this.per);
    const rated = withRates(rows, per);
    return {
      rated,
      per: rated ? m.perLabel(this.format(per!), document.denominatorLabel ?? 'people') : '',
      note: rated || !this.per?.trim() ? '' : per === undefined ? m.perRefused(cleanLabel(this.per) ?? '') : m.ratesUnavailable,
    };
  }

  /**
   * Every chart on the page, for printing: charts off screen draw only when
   * scrolled near, and a printed article must show them all. One listener
   * for the page, added with the first chart.
   */
  static #charts = new Set<FiguresElement>();
  static #printListener?: () => void;

  /** Whether this chart has taken its full state (see lookSoon); it never goes back. */
  #full = false;
  /** Whether it shows its light state now. */
  #light = false;

  #takeFullState(): void {
    if (!this.#full) {
      this.#full = true;
      this.requestUpdate();
    }
  }

  /**
   * Before the browser lays out the next frame, every chart in its light state
   * that is near the screen, or not laid out at all (a hidden tab: where it
   * will be is unknown), takes its full state. So the browser lays out the
   * full chart the first time it lays out its contents, and the width it
   * reports then draws it in that same frame, as it always did: the light
   * state is not laid out on screen, nor seen by a page observing its own
   * size. "Near" reaches two screens past each edge, further than the
   * browsers' own reach for content-visibility (about one and a half).
   *
   * Looked for in a microtask: after a batch of charts took their light state
   * (one layout for them all; their figures may come in a frame's animation
   * callbacks, after its layout is due), and after a scroll or resize event
   * (the browser sends those in the frame they happen in, before its layout).
   */
  static #lookSoon(): void {
    if (lookQueued) return;
    lookQueued = true;
    queueMicrotask(() => {
      lookQueued = false;
      const reach = 2 * innerHeight;
      for (const chart of FiguresElement.#charts) {
        if (!chart.#light) continue;
        const box = chart.getBoundingClientRect();
        if (!box.height || (box.bottom > -reach && box.top < innerHeight + reach)) chart.#takeFullState();
      }
    });
  }

  /**
   * A page opened at a #fragment below some charts, its script late (a slow
   * host): the browser jumps to the section while the charts above it are
   * still empty elements, 0px tall, then they take their room. Chromium and
   * Firefox keep the section in place (scroll anchoring); WebKit has none, and
   * left the reader thousands of pixels above it. Where the browser has none,
   * the linked section, if where a jump leaves it when the first chart comes,
   * is held where it was as the page's height changes, until the page is
   * scrolled by anyone else (the reader's wheel, keys, finger or scroll bar,
   * or a script).
   */
  static #holdLinkedSection(): void {
    const section = document.querySelector(':target');
    if (!section || CSS.supports('overflow-anchor:auto')) return;
    const top = section.getBoundingClientRect().top;
    let y = scrollY;
    // Where a jump leaves it: the page scrolled, the section in the screen's upper half (under a sticky
    // header's scroll margin or padding, or lower where the page ends). A reader back at the top is left there.
    if (!y || top < 0 || top > innerHeight / 2) return;
    const hold = new ResizeObserver(() => {
      if (scrollY != y) return hold.disconnect();
      scrollBy(0, section.getBoundingClientRect().top - top);
      y = scrollY;
    });
    hold.observe(document.documentElement);
  }

  override connectedCallback(): void {
    // Before this chart's styles come in (with its render root), so the linked section is measured where the browser put it.
    if (!FiguresElement.#printListener) {
      FiguresElement.#printListener = () => FiguresElement.#charts.forEach((chart) => chart.#measure());
      addEventListener('beforeprint', FiguresElement.#printListener);
      // Any scrolling (the page's or a box's: captured, as a box's scroll does not bubble) or resizing may bring a light chart near.
      const look = () => FiguresElement.#lookSoon();
      addEventListener('scroll', look, true);
      addEventListener('resize', look);
      FiguresElement.#holdLinkedSection();
    }
    super.connectedCallback();
    FiguresElement.#charts.add(this);
    // A CMS may fill in the fallback table after the element upgrades.
    this.#tableObserver = new MutationObserver(() => {
      if (!this.src && !this.hasAttribute(this.labelsAttribute)) this.reload();
    });
    this.#tableObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.hasUpdated) {
      this.#observeSize();
      this.reload();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    FiguresElement.#charts.delete(this);
    // A widget removed mid-fetch aborts its share of the request and reports nothing.
    this.#loadController?.abort();
    this.#loadController = undefined;
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#tableObserver?.disconnect();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // data-* lists are read straight from the attributes, so watch them here.
    if (name.startsWith('data-') && old !== value && this.hasUpdated) this.reload();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'data-periods', 'data-areas', 'data-values'];
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Inline rows take their area, period and region from the element, so those re-read them too.
    const inlineChanged = !this.src && ['area', 'period', 'region', 'measure', 'source', 'sourceUrl'].some((key) => changed.has(key));
    if (!this.hasUpdated || changed.has('src') || changed.has('timeout') || inlineChanged) this.reload();
  }

  /** Reads the data again from wherever it comes from; a newer call always wins. */
  protected reload(): void {
    this.#loadController?.abort();
    const controller = new AbortController();
    this.#loadController = controller;
    const refused = [...this.#refused][0];
    if (refused) {
      this.#settle({ ok: false, error: { reason: 'invalid-attribute', field: refused }, dropped: [] });
      return;
    }
    const src = this.src?.trim();
    if (src) {
      this.state = { status: 'loading' };
      // A server renders the loading state; the browser fetches.
      if (onServer) return;
      void loadFigures(src, controller.signal, timeoutFor(this.timeout)).then((result) => {
        // A stale answer (src changed, or the element left the page) is dropped silently.
        if (!result || controller !== this.#loadController) return;
        this.#settle(result);
      });
      return;
    }
    this.#settle(this.#readInline());
  }

  /** The period and region inline rows belong to (a ranking's `period` and `region`); none for a trend. */
  protected inlinePlace(): { period?: string; region?: string } {
    return {};
  }

  #readInline(): ParseResult {
    const place = this.inlinePlace();
    const meta = {
      area: this.area ?? undefined,
      period: place.period || undefined,
      region: place.region || undefined,
      measure: this.measure ?? undefined,
      sourceName: this.source ?? undefined,
      sourceUrl: this.sourceUrl ?? undefined,
    };
    const labels = this.getAttribute(this.labelsAttribute);
    const values = this.getAttribute('data-values');
    if (labels !== null || values !== null) return rowsFromLists(labels ?? '', values ?? '', this.labelKind, meta);
    // A server has no light DOM to read: a chart given its figures in a table shows them once in the browser.
    const table = onServer ? null : this.querySelector('table');
    if (!table) return { ok: false, error: { reason: 'no-rows' }, dropped: [] };
    const cells = [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent ?? ''));
    const hasHeader = Boolean(table.tHead?.rows.length) || [...(table.rows[0]?.cells ?? [])].every((cell) => cell.tagName === 'TH');
    const caption = table.caption?.textContent?.trim();
    return rowsFromTable(cells, hasHeader, this.labelKind, caption ? { ...meta, title: caption } : meta);
  }

  #settle(result: ParseResult): void {
    this.#outcome++;
    this.state = result.ok
      ? { status: 'ready', document: result.document, dropped: result.dropped }
      : { status: 'error', error: result.error, dropped: result.dropped };
    this.active = undefined;
  }

  /** Title, measure and source from attributes win over the document's own. */
  #withOverrides(document: FiguresDocument): FiguresDocument {
    const doc = { ...document };
    const measure = cleanLabel(this.measure);
    const heading = cleanLabel(this.heading, MAX_HEADING_LENGTH);
    const source = cleanLabel(this.source, MAX_HEADING_LENGTH);
    const notes = cleanLabel(this.notes, MAX_NOTES_LENGTH);
    if (measure) doc.measure = measure;
    if (heading) doc.title = heading;
    if (notes) doc.notes = notes;
    if (source) doc.source = this.sourceUrl ? { name: source, url: this.sourceUrl } : { name: source };
    return doc;
  }

  protected override firstUpdated(): void {
    this.#observeSize();
  }

  /**
   * A zero-height element as wide as the chart, outside what Lit renders:
   * the width hint below, beside the box Lit renders. Its size changes
   * only with the container's width, never with what the chart draws, so
   * drawing can never set off another resize in the same frame (the
   * "ResizeObserver loop" error a page would otherwise log). None on a server.
   */
  readonly #sizer = onServer ? (undefined as unknown as HTMLDivElement) : document.createElement('div');

  /**
   * A page may put a chart where nothing gives it a width: a flex row, a grid
   * cell of an `auto` column, a float, an inline-block, a table cell, a
   * `<dialog>`. Those size it by its content, and the chart's box, a size
   * container (its layout follows its own width), has none to give: it was
   * 0 px wide. So the shadow root holds, beside that box, an empty element
   * (`.width-hint`, two 3rem blocks 12rem apart that wrap, drawn by CSS): a
   * chart asks for 18rem and can be squeezed to 3rem, and a page that gives
   * it a width decides as before.
   *
   * The box is part of each state's template (render), so it is made anew
   * when the state changes: the shadow root keeps no lasting child with a
   * size. Chromium counts such a child as a layout shift when
   * content-visibility first applies to the host (once the figures are in):
   * with one lasting box, every chart on screen scored 0.1 to 0.4 as its
   * figures arrived, though nothing moved.
   */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // The hint is also the sizer (one node fewer in every chart): a block beside the box, so as wide as it.
    const hint = this.#sizer;
    hint.className = 'width-hint';
    hint.setAttribute('aria-hidden', 'true');
    root.append(hint);
    return root;
  }

  /**
   * The chart draws to the sizer's width. ResizeObserver reports after layout,
   * once per frame for every chart on the page together, so a page of many
   * charts reads sizes in one batch instead of forcing layout per chart.
   */
  #observeSize(): void {
    if (this.#resizeObserver) return;
    this.#resizeObserver = new ResizeObserver((entries) => {
      // Drawn in this same frame. The sizer's size depends only on the
      // container, and a chart keeps its height in the frame it draws in (a
      // trend's is reserved; a ranking holds its rows' room), so drawing here
      // changes no observed size: no "ResizeObserver loop" (tested with the
      // page observing the charts too).
      this.#drawAt(entries[entries.length - 1]!.contentRect.width);
    });
    this.#resizeObserver.observe(this.#sizer);
  }

  #drawAt(width: number, nextFrame = false): void {
    width = Math.floor(width);
    if (width <= 0 || width === this.width) return;
    /*
     * Too narrow, or no longer: the chart becomes a message or the message a
     * chart, which changes the element's status and with it its off-screen
     * skipping (content-visibility), and so the sizer's layout. Done in the
     * next frame, outside the size callback, so no "ResizeObserver loop".
     */
    /*
     * So does a chart in its light state that the browser laid out before it
     * could take its full state (see lookSoon): a scroll it made itself (an
     * anchor link, scrollIntoView) lays the chart out at once, and content
     * above it that collapses brings it near with no event. The full chart's
     * height differs, and the browser observes that height too.
     */
    const roomChanges = this.#light || width < MIN_CHART_WIDTH || (this.width > 0 && this.width < MIN_CHART_WIDTH);
    if (roomChanges && !nextFrame) {
      // The width reported, not read again: a page of many light charts laid out at once (a browser that does not
      // skip off-screen content) would lay out the page once per chart. Should it change meanwhile, it is reported again.
      requestAnimationFrame(() => this.#drawAt(width, true));
      return;
    }
    this.width = width;
  }

  /** Laid out, but narrower than a chart can be read at (a squeezed flex item, a tiny column). */
  get #noRoom(): boolean {
    return this.width > 0 && this.width < MIN_CHART_WIDTH;
  }

  /**
   * Before printing: reads the width now, which lays out even a chart the
   * browser is skipping off screen, so that it draws (in the microtask right
   * after, before the printed layout), a light one too (not outside a size
   * callback here, so at once). Only charts not drawn yet: a drawn one
   * already has its width.
   */
  #measure(): void {
    if (this.width === 0 && this.hasUpdated) this.#drawAt(this.#sizer.getBoundingClientRect().width, true);
  }

  /**
   * One event per outcome, not per re-render: `cso-load` when drawn, and
   * `cso-error` when the figures cannot be shown — or, with `partial: true`,
   * when they are drawn but some rows were left out or the highlighted force
   * is missing.
   */
  protected override updated(): void {
    // For styles only (e.g. off-screen skipping once drawn); the `status` property is the API.
    if (this.dataset.status !== this.status) this.dataset.status = this.status;
    // Nothing is reported while the words are on their way: the chart has said nothing yet.
    if (this.#awaitingWords) return;
    const s = this.state;
    // Reported when the figures are read, not when drawn: an off-screen chart draws only when a reader scrolls near it.
    if (s.status === 'loading') return;
    const key = `${this.#outcome}:${JSON.stringify(this.#currentError ?? this.#currentWarning ?? null)}`;
    if (key === this.#lastEventKey) return;
    this.#lastEventKey = key;
    const error = s.status === 'error' ? s.error : this.#currentError;
    if (error) {
      // The reason in words, once per outcome, for whoever set the page up; readers see a plain sentence.
      console.warn(`<${this.localName}>: ${this.messages.problem(error)}`, { ...error });
      emit(this, 'cso-error', { ...error });
      return;
    }
    emit(this, 'cso-load', { dropped: s.dropped.length });
    const warning = this.#currentWarning ?? s.dropped[0];
    if (warning) emit(this, 'cso-error', { ...warning, partial: true, dropped: s.dropped.length });
  }

  #currentError: DataProblem | undefined;
  #currentWarning: DataProblem | undefined;
  /** Counts settled loads, so a second identical outcome still reports. */
  #outcome = 0;

  #onChartKeydown(event: KeyboardEvent, count: number): void {
    if (count === 0) return;
    const current = this.active;
    let next: number | undefined = current;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = current === undefined ? 0 : Math.min(count - 1, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = current === undefined ? count - 1 : Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Escape':
        // Only to unselect a point; otherwise Escape is the page's (a chart in a <dialog> must let it close).
        if (current === undefined) return;
        next = undefined;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.active = next;
  }

  /**
   * The compact helpline every chart carries, in every state. In our own
   * panel element whatever the page registered as `<helpline-box>` (see define.ts).
   */
  #renderHelpline() {
    const preset = this.helpline ?? 'nspcc';
    return HELPLINE_TAG === 'helpline-box'
      ? html`<helpline-box part="helpline" exportparts="base: helpline-base" variant="compact" preset=${preset}></helpline-box>`
      : html`<cso-helpline-box part="helpline" exportparts="base: helpline-base" variant="compact" preset=${preset}></cso-helpline-box>`;
  }

  /**
   * "Get the data": the figures shown, made into a file in the browser (no
   * request), through a Blob URL that lives only for the click.
   */
  #download(view: ChartView): void {
    const url = URL.createObjectURL(new Blob([toCsv(view.csv())], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFilename(view.csvName);
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** "Source: " and the source's name, linked when its address is a safe web address; unlinked, one text node. */
  #renderSource(source: Source | undefined, m: Messages) {
    const lead = `${m.source}: `;
    if (!source) return lead + m.sourceNotStated;
    const href = safeWebUrl(source.url);
    if (!href) return lead + source.name;
    return html`${lead}<a href=${href} target="_blank" rel="noopener noreferrer">${source.name}<span class="visually-hidden"> ${m.opensInNewTab}</span></a>`;
  }

  #renderDropped(dropped: DataProblem[], m: Messages) {
    if (!dropped.length) return nothing;
    return html`<details class="dropped" part="dropped">
      <summary>${m.dropped(dropped.length)}</summary>
      <ul>
        ${dropped.slice(0, 20).map((p) => html`<li>${m.problem(p)}</li>`)}
      </ul>
    </details>`;
  }

  /**
   * The lines a chart from a URL shows before its figures arrive, empty: the
   * same blocks, with the same reserved heights, as the drawn chart, so
   * nothing moves when the figures (or an error) replace them. Only what is
   * known from attributes is written in (the heading, "Illustrative figures").
   * In two parts, the caption's and the chart's with its footer: a drawn
   * ranking keeps the second under its bars (see holdRoom).
   */
  #renderSkeleton(m: Messages, chartBox = html`<div class="chart-box" ${styleProps({ 'min-height': this.reservedHeight() })}></div>`) {
    return [
      html`${this.illustrative ? html`<p class="illustrative" part="illustrative">${m.illustrative}</p>` : nothing}
        <div class="caption">${this.#renderCaptionRoom(false)}</div>`,
      html`${chartBox}
        <p class="placeholder table">&nbsp;</p>
        <div class="meta" part="meta"><p class="source">&nbsp;</p></div>`,
    ];
  }

  /**
   * The caption's room: the kicker's line, the headline's reserved lines and
   * the title (the heading when the page gives one, else its reserved lines).
   * The loading state shows it; the drawn chart keeps it, hidden, under its
   * caption, which then takes whichever is taller: the same height as while
   * loading unless its words need more lines than were reserved.
   */
  #renderCaptionRoom(hidden: boolean) {
    return html`<div class="caption-room ${hidden ? 'hidden' : ''}" aria-hidden=${hidden ? 'true' : nothing}>
      <p class="kicker" part="kicker">&nbsp;</p>
      <p class="headline" part="headline">${this.headline?.trim() || html`&nbsp;`}</p>
      ${this.reservesSubhead && !this.headline?.trim() ? html`<p class="subhead" part="subhead">&nbsp;</p>` : nothing}
      <p class="title ${this.heading ? '' : 'unknown'}" part="title">${this.heading || html`&nbsp;`}</p>
    </div>`;
  }

  /**
   * What a reader sees when the figures cannot be shown: one plain sentence
   * and the source when it is known, the helpline right under them, then the
   * page's own fallback, in a quiet box (a dashed hairline, no fill). Why it
   * failed (setup words such as "the server answered 404") is for the page's
   * developer: the `cso-error` event and one console warning carry it, never
   * the screen.
   *
   * A chart that showed a loading state keeps its height: the words, the
   * helpline right under them and the fallback are three rows over the
   * loading state's room (hidden: its caption and chart room, and the
   * strip's height under them, see #holdStripRoom), the last row taking
   * what is left. The box is as tall as the loading state was, so nothing
   * after the chart moves, and the words and helpline are at the top, with
   * no gap between them.
   * Once the chart is wholly below the screen (or when the figures fail while
   * it is), that room is given back: the box is then as tall as its words,
   * helpline and fallback, and nothing a reader sees moves.
   */
  #renderError(document: FiguresDocument | undefined, m: Messages) {
    const source = document?.source ?? (this.source ? { name: this.source, ...(this.sourceUrl ? { url: this.sourceUrl } : {}) } : undefined);
    // The loading state's room, held while a reader may see the chart, given back once it is wholly below the screen.
    const held = this.#reserves && !this.#roomGiven;
    if (held) {
      this.#giveRoomBackBelow();
      this.#holdStripRoom();
    }
    return html`<div class="box stack error-room">
      ${held ? html`<div class="frame reserve skeleton" aria-hidden="true">${this.#renderSkeleton(m)}</div>` : nothing}
      <figure class="frame" part="base">
        <div class="error" part="error" role="alert">
          <p class="error-message">${m.errorTitle}</p>
          ${source ? html`<p class="meta">${this.#renderSource(source, m)}</p>` : nothing}
        </div>
      </figure>
      ${this.#renderHelpline()}
      <slot></slot>
    </div>`;
  }

  /**
   * The error state's held room ends with the strip's height (its margins
   * included), as the loading state's did: read once the strip has drawn,
   * in the same task, before the browser paints. Only while the room is
   * held, so once per failure. The error state has one strip (its room has
   * none); had the state changed meanwhile, the variable would go unused.
   */
  #holdStripRoom(): void {
    void this.updateComplete.then(async () => {
      const strip = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('[part=helpline]');
      if (!strip) return;
      await strip.updateComplete;
      const style = getComputedStyle(strip);
      strip.parentElement!.style.setProperty('--_strip', `${strip.offsetHeight + parseFloat(style.marginTop) + parseFloat(style.marginBottom)}px`);
    });
  }

  /**
   * A drawn chart from a URL whose box fits what it draws (a ranking: fewer
   * forces with a figure than the region has take fewer rows than were
   * held) keeps the room its loading state held: that state's chart and
   * footer room, hidden, under the drawn chart and footer, so the helpline
   * and the page after the chart stay where they were, and the spare room is
   * under the footer, not a gap under the bars. Once the chart is wholly
   * below the screen, where giving the room back moves nothing a reader
   * sees, it gives it back (#roomGiven).
   */
  #holdRoom(drawn: TemplateResult) {
    if (!this.#reserves || this.readyMinHeight() || this.#roomGiven) return drawn;
    this.#giveRoomBackBelow();
    return html`<div class="stack">
      <div>${drawn}</div>
      <div class="frame reserve skeleton" aria-hidden="true">${this.#renderSkeleton(this.messages)[1]}</div>
    </div>`;
  }

  /** The drawn chart or error no longer holds its loading state's room (see #holdRoom, renderError); it holds it again for new figures. */
  #roomGiven = false;
  #below?: IntersectionObserver;

  /** Gives the held room back once the chart is wholly below the screen, where that moves nothing a reader sees. */
  #giveRoomBackBelow(): void {
    // One observer for the chart's life (observing again is a no-op): new figures hold the room again, and may give it back again.
    this.#below ??= new IntersectionObserver(([entry]) => {
      if (!entry!.isIntersecting && entry!.boundingClientRect.top > 0) {
        this.#roomGiven = true;
        this.requestUpdate();
      }
    });
    this.#below.observe(this);
  }

  /**
   * Figures from a URL arrive after the chart first shows: then the loading,
   * drawn and error states reserve the same heights (headline lines, chart,
   * source and notes lines), so the page does not move when they arrive.
   */
  get #reserves(): boolean {
    return Boolean(this.src?.trim());
  }

  protected override render() {
    const m = this.messages;
    const s = this.state;
    this.#currentError = undefined;
    this.#currentWarning = undefined;
    this.#light = false;
    if (s.status === 'loading' || this.#awaitingWords) {
      this.#roomGiven = false;
      // Waiting for the words too: the room, with no words yet, and the helpline.
      return html`<div class="box"><figure class="frame reserve" part="base" aria-busy="true">
          ${this.#renderSkeleton(
            m,
            // No words yet, an empty line (no box): the centred words then appear rather than a blank that widens and moves (Chromium counts that).
            html`<div class="chart-box loading" role="status" ${styleProps({ 'min-height': this.reservedHeight() })}><span class="loading-text">${this.#awaitingWords ? '' : m.loading}</span></div>`,
          )}
        </figure>
        ${this.#renderHelpline()}</div>`;
    }
    if (s.status === 'error') return this.#renderError(undefined, m);
    if (this.#noRoom) {
      const error: DataProblem = { reason: 'no-room', value: String(this.width) };
      this.#currentError = error;
      return this.#renderError(undefined, m);
    }
    const document = this.#withOverrides(s.document);
    const result = this.view(document, m);
    if (!result.ok) {
      this.#currentError = result.error;
      return this.#renderError(this.#withOverrides(s.document), m);
    }
    const view = result.view;
    this.#currentWarning = view.warning;
    const active = this.active !== undefined && this.active < view.stopCount ? this.active : undefined;
    const stop = active === undefined ? undefined : view.stop(active);
    // The live region's words are a property, not a child part: one marker node fewer in every chart (the controls' part costs one).
    // The editor's words replace the computed headline and its second line on screen; the computed one is still said.
    const editorHeadline = this.headline?.trim();
    const spoken = `${editorHeadline ? `${view.headline}. ` : ''}${view.summary} ${m.chartKeys}`;
    if ((this.#light = this.width === 0 && !this.#full && !onServer && !(mayRunWithoutDom && hydrating!.has(this)))) {
      FiguresElement.#lookSoon();
      /*
       * The light state: for a chart whose figures are in but which the
       * browser has not laid out yet (off screen, or not drawn yet on a page
       * of many charts), what a reader tabbing or reading through meets, and
       * nothing more (issue 19: at most 30 nodes; it is 16, where the full
       * chart is 76 before it draws). "Illustrative figures" where they are,
       * the kicker, headline and title; the chart's box, focusable, with its spoken summary;
       * and one line of help, the words and number the strip under the chart
       * shows, resolved as it resolves them. Its own nodes take their text as a
       * property: no comment marker for a binding. It takes its full state
       * before the browser lays it out near the screen (see lookSoon), when focus
       * comes into it (the full state's same place then takes focus), and when
       * its width is known (the width hint is here too). Laid out before that
       * (see drawAt), it is as tall as an off-screen chart is held (480px), and
       * is full in the next frame.
       */
      // Not painted but in the rare case drawAt names: no parts or room for styles; the classes only of what tests read.
      const words = helplineMessagesFor(langOf(this), true);
      const service = resolveServices(this.helpline ?? 'nspcc', {}, words.services).services[0]!;
      const lead = service.message ?? words.helplineHeading(service.audience);
      // Focus coming in (the browser scrolls it near): the full state's same place takes it, before the frame is painted.
      return html`<div class="box light" @focusin=${(e: FocusEvent) => {
        const link = (e.target as Element).localName == 'a';
        this.#takeFullState();
        void this.updateComplete.then(async () => {
          const strip = this.renderRoot.querySelector(HELPLINE_TAG) as HelplineBox;
          await strip.updateComplete;
          // The strip's first link is the one the light line has: its phone, or its email or website where it has none.
          (link ? strip.shadowRoot! : this.renderRoot).querySelector<HTMLElement>(link ? 'a' : '[role="img"]')?.focus();
        });
      }}><p class="kicker" .textContent=${this.illustrative ? `${m.illustrative}. ${view.kicker ?? ''}` : view.kicker}></p><p class="headline" .textContent=${editorHeadline || view.headline}></p><p class="title" .textContent=${document.title}></p><div class="chart-box" tabindex="0" role="img" aria-label=${spoken}></div><p><span .textContent=${lead}></span> <a href=${service.telHref ?? service.mailtoHref ?? service.webHref} .textContent=${service.phone ?? service.email ?? service.name}></a></p></div>`;
    }
    return html`<div class="box"><figure class="frame ${this.#reserves ? 'reserve' : ''}" part="base">
        ${this.illustrative ? html`<p class="illustrative" part="illustrative">${m.illustrative}</p>` : nothing}
        <figcaption class="caption">
          <div class="caption-text">
            <p class="kicker" part="kicker">${view.kicker ?? NO_BREAK_SPACE}</p>
            <p class="headline" part="headline">${editorHeadline || view.headline}</p>
            ${
              /* One binding for two lines a chart may lack: a binding is a comment node in every chart. */
              [
                view.subhead && !editorHeadline && html`<p class="subhead" part="subhead">${view.subhead}</p>`,
                (document.title || this.src) && html`<p class="title" part="title">${document.title ?? NO_BREAK_SPACE}</p>`,
              ].filter(Boolean)
            }
          </div>
          ${this.#reserves ? this.#renderCaptionRoom(true) : nothing}
        </figcaption>
        ${this.#holdRoom(html`<div
          class="chart-box"
          part="chart"
          tabindex="0"
          role="img"
          aria-label=${spoken}
          ${styleProps({ 'min-height': this.readyMinHeight() })}
          @keydown=${(e: KeyboardEvent) => this.#onChartKeydown(e, view.stopCount)}
          @blur=${() => (this.active = undefined)}
        >
          ${view.chart(this.width, active)}
        </div>
        ${view.afterChart?.() ?? nothing}
        <p class="visually-hidden" role="status" aria-live="polite" .textContent=${stop ? m.pointAnnouncement(stop.label, stop.value) : ''}></p>
        <details class="table" part="table" @toggle=${(e: Event) => (this.tableOpen = (e.target as HTMLDetailsElement).open)}>
          <summary>${m.showTable}</summary>
          ${this.tableOpen ? view.table() : nothing}
        </details>
        ${this.#renderDropped(s.dropped, m)}
        <div class="meta" part="meta">
          <p class="source" part="source">${this.#renderSource(document.source, m)}</p>${
            /* Lines most charts lack, in one binding: each binding is a comment node in every chart, shown or not. */
            [
              this.credit?.trim() && html`${SEPARATOR}<p class="credit" part="credit">${m.credit(this.credit.trim())}</p>`,
              document.figuresTo && html`${SEPARATOR}<p class="figures-to">${m.figuresTo(document.figuresTo)}</p>`,
              document.notes &&
                html`${SEPARATOR}<details class="notes" part="notes">
                    <summary>${m.notes}</summary>
                    <p>${document.notes}</p>
                  </details>`,
            ].filter(Boolean)
          }<span class="sep" aria-hidden="true"> · </span><button class="get-data" part="get-data" type="button" @click=${() => this.#download(view)}>${m.getData}</button>
        </div>`)}
      </figure>
      ${this.#renderHelpline()}</div>`;
  }
}

// The embed builder: choose a widget and its words, see it at three column
// widths, copy the exact HTML for a CMS — as a module script, a classic
// script, or an iframe for a CMS that forbids scripts. Built into
// dist/builder.js (Lit bundled in: no bare import for a static host to fail
// on), a classic script, so dist/builder.html also works opened as a file.
// The widgets it previews are the page's own (cso-widgets.iife.js).
import { LitElement, html, css, nothing } from 'lit';
import { elementHtml, embedUrl, snippet } from '../embed/snippets.ts';
import { HEIGHT_MESSAGE, acceptedHeight } from '../embed/query.ts';

/** Where this script was loaded from: the built files' folder, the snippets' default base URL. */
const SCRIPT_URL = document.currentScript?.src || document.baseURI;
const HOSTED_AT = new URL('./', SCRIPT_URL).href;

const SOURCES = {
  press: { label: 'Press-reported figures', hint: 'figures-press.json: 87 force-years, 2014/15 to 2019/20, with national totals', file: 'figures-press.json' },
  seed: { label: 'The two news articles’ figures', hint: 'figures-seed.json: Lancashire and Lincolnshire', file: 'figures-seed.json' },
  url: { label: 'Your own figures file', hint: 'A JSON file in the widgets’ format, on the host the files are served from', file: '' },
};
const PRESETS = { nspcc: 'NSPCC Helpline', childline: 'Childline', 'nspcc childline': 'NSPCC Helpline and Childline', 'stop-it-now': 'Stop It Now', ceop: 'CEOP Safety Centre', iwf: 'Internet Watch Foundation' };
/** Presets whose first service speaks to children: their panels have quick exit on by default. */
const FOR_CHILDREN = new Set(['childline']);
const PREVIEW_WIDTHS = [320, 400, 640];
/** Below this first figure, a percentage change says more than the counts can bear (as the headlines' rule). */
const SMALL_BASE = 20;
/** A ranking longer than this needs `chart-height`: without it the widget reserves 12 rows. */
const RESERVED_ROWS = 12;

const byPeriod = (a, b) => a.localeCompare(b, 'en', { numeric: true });
const known = (row) => typeof row.value === 'number';

/** The version and hashes: written into dist/builder.html at build, else read from integrity.json beside this script. */
async function readIntegrity() {
  const inline = document.getElementById('cso-integrity');
  if (inline) {
    try {
      return JSON.parse(inline.textContent);
    } catch {
      // Fall through to the file.
    }
  }
  const response = await fetch(new URL('integrity.json', SCRIPT_URL));
  if (!response.ok) throw new Error(`integrity.json: the server answered ${response.status}`);
  return response.json();
}

export class CsoEmbedBuilder extends LitElement {
  static properties = {
    kind: {},
    base: {},
    widget: {},
    source: {},
    customUrl: {},
    area: {},
    region: {},
    period: {},
    from: {},
    to: {},
    heading: {},
    headline: {},
    credit: {},
    sourceName: {},
    notes: {},
    chartHeight: {},
    preset: {},
    quickExit: {},
    lang: {},
    theme: {},
    frameWidth: {},
    loader: {},
    document: { state: true },
    loadProblem: { state: true },
    integrity: { state: true },
    heights: { state: true },
    copied: { state: true },
  };

  static styles = css`
    :host {
      display: block;
      font: 1rem/1.5 system-ui, sans-serif;
    }
    form {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
      gap: 1rem 2rem;
      align-items: start;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
      display: grid;
      gap: 0.75rem;
      min-width: 0;
    }
    legend {
      font-weight: 700;
      font-size: 1.1rem;
      padding: 0;
      margin-bottom: 0.5rem;
    }
    label,
    .field {
      display: grid;
      gap: 0.25rem;
      font-weight: 600;
    }
    label.inline {
      display: flex;
      gap: 0.5rem;
      align-items: baseline;
      font-weight: 400;
    }
    select,
    input:not([type='checkbox']):not([type='radio']),
    textarea {
      box-sizing: border-box;
      width: 100%;
      min-width: 0;
      font: inherit;
      font-weight: 400;
      padding: 0.375rem;
      border: 2px solid currentColor;
      min-height: 2.5rem;
    }
    .hint {
      font-weight: 400;
      font-size: 0.875rem;
    }
    .pair {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0.75rem;
    }
    .problem,
    .warning {
      font-weight: 600;
      border-left: 4px solid;
      padding-left: 0.5rem;
      margin: 0 0 0.5rem;
    }
    .problem {
      color: #b10e1e;
    }
    .warning {
      color: #6b4300;
      border-color: #b26f00;
    }
    @media (prefers-color-scheme: dark) {
      .problem {
        color: #ff8a75;
      }
      .warning {
        color: #ffcf70;
      }
    }
    .previews {
      display: flex;
      gap: 1rem;
      align-items: flex-start;
      overflow-x: auto;
      padding-bottom: 0.5rem;
    }
    .preview {
      flex: none;
      margin: 0;
    }
    .preview > div,
    .preview iframe {
      display: block;
      outline: 1px dashed #888;
    }
    .preview figcaption {
      font-size: 0.875rem;
      font-weight: 600;
    }
    .preview iframe {
      border: 0;
    }
    textarea.code {
      min-height: 9rem;
      font: 0.8125rem/1.4 ui-monospace, monospace;
    }
    button {
      font: inherit;
      font-weight: 600;
      padding: 0.5rem 1rem;
      min-height: 2.75rem;
    }
    h2 {
      font-size: 1.1rem;
      margin: 1rem 0 0.5rem;
    }
  `;

  constructor() {
    super();
    this.kind = 'module';
    this.base = HOSTED_AT;
    this.widget = 'trend';
    this.source = 'press';
    this.customUrl = '';
    this.area = 'Lancashire';
    this.region = 'North West';
    this.period = '';
    this.from = '';
    this.to = '';
    this.heading = '';
    this.headline = '';
    this.credit = '';
    this.sourceName = '';
    this.notes = '';
    this.chartHeight = '';
    this.preset = 'nspcc';
    this.quickExit = false;
    this.lang = 'en';
    this.theme = '';
    this.frameWidth = '400';
    this.loader = true;
    this.document = undefined;
    this.loadProblem = '';
    this.integrity = undefined;
    this.heights = {};
    this.copied = '';
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('message', this.#onMessage);
    this.loadRows();
    readIntegrity().then(
      (integrity) => (this.integrity = integrity),
      (error) => (this.loadProblem = `The scripts’ hashes could not be read (${error.message}): snippets have no integrity check.`),
    );
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('message', this.#onMessage);
  }

  /** The preview frames post their heights, as the embed loader would receive them: sized here, and the chosen width's height goes into the snippet. */
  #onMessage = (event) => {
    if (!event.data || event.data.type !== HEIGHT_MESSAGE) return;
    const height = acceptedHeight(event.data.height);
    if (height === undefined) return;
    for (const frame of this.renderRoot.querySelectorAll('.preview iframe')) {
      if (frame.contentWindow !== event.source) continue;
      const width = frame.dataset.width;
      if (this.heights[width] !== height) this.heights = { ...this.heights, [width]: height };
    }
  };

  /** The base URL as typed, always ending in a slash; undefined when it is not a web address. */
  get baseUrl() {
    try {
      const url = new URL(this.base.trim());
      if (!['http:', 'https:', 'file:'].includes(url.protocol)) return undefined;
      if (!url.pathname.endsWith('/')) url.pathname += '/';
      return url.href;
    } catch {
      return undefined;
    }
  }

  get dataUrl() {
    if (this.source === 'url') return this.customUrl.trim();
    return this.baseUrl ? new URL(`../data/${SOURCES[this.source].file}`, this.baseUrl).href : '';
  }

  /** The builder reads the same file as the widget, to offer only forces and periods it has. */
  async loadRows() {
    const url = this.dataUrl;
    this.loadProblem = '';
    if (!url) {
      this.document = undefined;
      return;
    }
    if (!/^(https?|file):\/\//i.test(url)) {
      this.document = undefined;
      this.loadProblem = 'The address must start with https:// (or http://).';
      return;
    }
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const json = await response.json();
      const rows = Array.isArray(json) ? json : json.rows;
      if (!Array.isArray(rows)) throw new Error('it has no list of rows');
      if (url !== this.dataUrl) return;
      const usable = (list) => (Array.isArray(list) ? list.filter((row) => row && typeof row.area === 'string' && typeof row.period === 'string') : []);
      this.document = { rows: usable(rows), totals: usable(json.totals) };
    } catch (error) {
      if (url !== this.dataUrl) return;
      this.document = undefined;
      this.loadProblem = location.protocol === 'file:'
        ? 'Opened as a file, the builder cannot read figures: the snippets still work, but the lists of forces and periods and the previews need the files on a web server.'
        : `That file could not be used: ${error.message}. It must be a figures JSON file on the host the files are served from (or one that allows CORS).`;
    }
  }

  get rows() {
    return this.document?.rows ?? [];
  }

  get areas() {
    return [...new Set(this.rows.map((row) => row.area))].sort();
  }

  get regions() {
    return [...new Set(this.rows.map((row) => row.region).filter(Boolean))].sort();
  }

  get periods() {
    const rows = this.widget === 'rank' && this.region ? this.rows.filter((row) => row.region === this.region) : this.rows;
    const totals = this.widget === 'trend' && !this.area ? this.document?.totals ?? [] : [];
    return [...new Set([...rows, ...totals].map((row) => row.period))].sort(byPeriod);
  }

  /** The rows a trend shows: the force's, or the national totals without a force; within from/to. */
  get trendRows() {
    const rows = this.area ? this.rows.filter((row) => row.area === this.area) : this.document?.totals ?? [];
    return rows.filter((row) => (!this.from || byPeriod(row.period, this.from) >= 0) && (!this.to || byPeriod(row.period, this.to) <= 0)).sort((a, b) => byPeriod(a.period, b.period));
  }

  get rankPeriod() {
    return this.period || this.periods[this.periods.length - 1];
  }

  /** The forces a ranking lists: of the region (or all), for its period. */
  get rankRows() {
    return this.rows.filter((row) => row.period === this.rankPeriod && (!this.region || row.region === this.region));
  }

  /** Problems that make the snippet wrong, in words. */
  get problems() {
    const problems = [];
    if (this.loadProblem) problems.push(this.loadProblem);
    if (!this.baseUrl) problems.push('The base URL must be a web address, such as https://example.org/cso-widgets/dist/.');
    if (this.widget === 'trend' && this.area && this.rows.length && !this.areas.includes(this.area)) problems.push(`${this.area} has no figures in this file.`);
    if (this.widget === 'rank' && this.area && this.rows.length && !this.rankRows.some((row) => row.area === this.area))
      problems.push(`${this.area} has no figure for ${this.rankPeriod}${this.region ? ` in the ${this.region} list` : ''}: the ranking will not highlight it.`);
    return problems;
  }

  /** What an editor should think about before copying: the snippet works, but a reader could be misled. */
  get warnings() {
    const warnings = [];
    if (this.baseUrl?.startsWith('file:')) warnings.push('The base URL is a file on this computer: readers cannot load it. Enter the web address where the files are hosted.');
    if (!this.document) return warnings;
    if (this.widget === 'rank') {
      const withFigure = this.rankRows.filter(known).length;
      if (withFigure < 3)
        warnings.push(`Only ${withFigure} ${withFigure === 1 ? 'force has' : 'forces have'} a figure for ${this.rankPeriod}${this.region ? ` in the ${this.region}` : ''}: a ranking of fewer than 3 says little. Consider a trend for one force instead.`);
      const listed = new Set(this.rankRows.map((row) => row.area)).size;
      if (!this.chartHeight && (!this.region || listed > RESERVED_ROWS))
        warnings.push(`This ranking lists ${this.region ? listed : 'every'} force${this.region ? 's' : ''} but has no chart height: the widget reserves room for ${RESERVED_ROWS} rows, so the page moves when it draws. Give a chart height (measure the drawn bars in the preview).`);
    }
    if (this.widget === 'trend') {
      const points = this.trendRows.filter(known);
      const first = points[0];
      if (first && points.length > 1 && first.value < SMALL_BASE && !this.headline.trim())
        warnings.push(`The first figure shown is ${first.value} (${first.period}), under ${SMALL_BASE}: a percentage change from so small a base misleads. Write a headline with the counts, or start from a later period.`);
      const coverage = [...new Set(this.trendRows.map((row) => row.forces ?? row.coverage).filter(Boolean))];
      if (coverage.length > 1)
        warnings.push(`Coverage changes across the periods shown (${coverage.join('; ')}): the figures do not compare like with like. Say so in the headline or notes, or choose periods with the same coverage.`);
    }
    return warnings;
  }

  get tag() {
    return { trend: 'cso-trend', rank: 'cso-region-rank', helpline: 'helpline-box' }[this.widget];
  }

  get quickExitDefault() {
    return FOR_CHILDREN.has(this.preset.split(/\s+/)[0]) || this.preset.split(/\s+/).some((p) => FOR_CHILDREN.has(p));
  }

  /** The element's attributes, in the order a reader of the snippet expects. */
  get attributes() {
    const attributes = [];
    const add = (name, value) => {
      const text = String(value ?? '').trim();
      if (text !== '') attributes.push([name, text]);
    };
    if (this.widget === 'helpline') {
      add('preset', this.preset);
      // Only what differs from the panel's own default: on for children's services.
      if (this.quickExit && !this.quickExitDefault) attributes.push(['quick-exit', '']);
      if (!this.quickExit && this.quickExitDefault) add('quick-exit', 'off');
    } else {
      add('src', this.dataUrl);
      if (this.widget === 'trend') {
        add('area', this.area);
        add('from', this.from);
        add('to', this.to);
      } else {
        add('region', this.region);
        add('period', this.period);
        add('highlight', this.area);
      }
      add('heading', this.heading);
      add('headline', this.headline);
      add('credit', this.credit);
      add('source', this.sourceName);
      add('notes', this.notes);
      add('chart-height', this.chartHeight);
      if (this.preset !== 'nspcc') add('helpline', this.preset);
    }
    if (this.lang !== 'en') add('lang', this.lang);
    add('theme', this.theme);
    return attributes;
  }

  /** What a screen reader announces for the frame. */
  get frameTitle() {
    if (this.widget === 'helpline') return `${PRESETS[this.preset] ?? 'Helpline'}: where to get help`;
    const what = this.heading.trim() || 'Online child sexual offences recorded by police';
    const where = this.widget === 'trend' ? this.area || 'all responding forces' : this.region || 'all forces';
    return `Chart: ${what} (${where})`;
  }

  /** The frame's first height: the widget's height measured in the preview at the chosen column width. */
  get frameHeight() {
    return this.heights[this.frameWidth];
  }

  get snippet() {
    if (!this.baseUrl) return '';
    return snippet({
      kind: this.kind,
      base: this.baseUrl,
      integrity: this.integrity ?? { version: '', files: {} },
      tag: this.tag,
      attributes: this.attributes,
      title: this.frameTitle,
      height: this.frameHeight ?? 600,
      loader: this.loader,
    });
  }

  /**
   * The same element, for the previews of the script snippets: one per
   * preview width, made again only when the element or its attributes
   * change (not on every keystroke elsewhere in the form).
   */
  renderElement(width) {
    const key = JSON.stringify([this.tag, this.attributes]);
    if (this.#previewKey !== key) {
      this.#previewKey = key;
      this.#previewElements = new Map();
    }
    let element = this.#previewElements.get(width);
    if (!element) {
      element = document.createElement(this.tag);
      for (const [name, value] of this.attributes) element.setAttribute(name, value);
      this.#previewElements.set(width, element);
    }
    return element;
  }

  #previewKey = '';
  #previewElements = new Map();

  renderPreviews() {
    const iframe = this.kind === 'iframe';
    const url = iframe && this.baseUrl ? embedUrl(this.baseUrl, this.integrity?.version ?? '', this.tag, this.attributes) : '';
    return html`<div class="previews">
      ${PREVIEW_WIDTHS.map(
        (width) => html`<figure class="preview" data-width=${width}>
          <figcaption>${width} px${iframe && this.heights[width] ? html`, ${this.heights[width]} px tall` : nothing}</figcaption>
          ${iframe
            ? html`<iframe data-width=${width} title=${`${this.frameTitle}, ${width} px preview`} src=${url} style=${`width:${width}px;height:${this.heights[width] ?? 600}px`}></iframe>`
            : html`<div style=${`width:${width}px`}>${this.renderElement(width)}</div>`}
        </figure>`,
      )}
    </div>`;
  }

  async copy() {
    const warnings = this.warnings.length;
    const note = warnings ? ` Read the ${warnings === 1 ? 'warning' : `${warnings} warnings`} above before you publish.` : '';
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.copied = `Copied. Paste it into your page’s HTML.${note}`;
    } catch {
      this.renderRoot.querySelector('textarea.code').select();
      this.copied = `Your browser did not allow copying: the code is selected, press Ctrl+C (or ⌘C).${note}`;
    }
  }

  set(field) {
    return (event) => {
      const target = event.target;
      this[field] = target.type === 'checkbox' ? target.checked : target.value;
      this.copied = '';
      if (field === 'source' || field === 'customUrl' || field === 'base') this.loadRows();
      if (field === 'region') this.period = '';
      if (field === 'preset') this.quickExit = this.quickExitDefault;
      if (field !== 'frameWidth' && field !== 'loader' && field !== 'kind') this.heights = {};
    };
  }

  #text(name, label, value, hint = '') {
    return html`<label>${label}${hint ? html` <span class="hint">${hint}</span>` : nothing}
      <input name=${name} .value=${value} @change=${this.set(name)} />
    </label>`;
  }

  #periodSelect(name, label, value, empty) {
    return html`<label>${label}
      <select name=${name} @change=${this.set(name)}>
        <option value="" ?selected=${!value}>${empty}</option>
        ${this.periods.map((p) => html`<option ?selected=${value === p}>${p}</option>`)}
      </select>
    </label>`;
  }

  #renderDataFields() {
    return html`<fieldset>
      <legend>Figures</legend>
      <div class="field" role="radiogroup" aria-label="Data">
        ${Object.entries(SOURCES).map(
          ([key, s]) => html`<label class="inline"
            ><input type="radio" name="source" value=${key} .checked=${this.source === key} @change=${this.set('source')} />
            <span>${s.label}<br /><span class="hint">${s.hint}</span></span></label
          >`,
        )}
      </div>
      ${this.source === 'url'
        ? html`<label>Figures file URL
            <input name="customUrl" type="url" .value=${this.customUrl} @change=${this.set('customUrl')} placeholder="https://…/figures.json" />
          </label>`
        : nothing}
      ${this.widget === 'rank'
        ? html`<label>Region
              <select name="region" @change=${this.set('region')}>
                <option value="" ?selected=${!this.region}>All forces</option>
                ${this.regions.map((r) => html`<option ?selected=${this.region === r}>${r}</option>`)}
              </select>
            </label>
            ${this.#periodSelect('period', 'Period', this.period, 'Latest in the data')}`
        : nothing}
      <label>${this.widget === 'rank' ? 'Highlight' : 'Police force'}
        <select name="area" @change=${this.set('area')}>
          <option value="" ?selected=${!this.area}>${this.widget === 'rank' ? 'None' : 'National total'}</option>
          ${this.areas.map((a) => html`<option ?selected=${this.area === a}>${a}</option>`)}
        </select>
      </label>
      ${this.widget === 'trend'
        ? html`<div class="pair">${this.#periodSelect('from', 'From', this.from, 'First')} ${this.#periodSelect('to', 'To', this.to, 'Last')}</div>`
        : nothing}
    </fieldset>`;
  }

  #renderWordFields() {
    return html`<fieldset>
      <legend>Words</legend>
      ${this.#text('heading', 'Title', this.heading, 'instead of the file’s title')}
      ${this.#text('headline', 'Headline', this.headline, 'your own words instead of the computed one')}
      ${this.#text('credit', 'Credit', this.credit, 'e.g. Chart: Lancashire Telegraph')}
      ${this.#text('sourceName', 'Source', this.sourceName, 'instead of the file’s source')}
      <label>Notes <span class="hint">instead of the file’s notes</span>
        <textarea name="notes" .value=${this.notes} @change=${this.set('notes')}></textarea>
      </label>
      <label>Chart height in px <span class="hint">${this.widget === 'rank' ? 'the bars’ height: needed for a long ranking' : 'the plot’s height (default 260)'}</span>
        <input name="chartHeight" type="number" min="80" max="1600" inputmode="numeric" .value=${this.chartHeight} @change=${this.set('chartHeight')} />
      </label>
    </fieldset>`;
  }

  render() {
    const chart = this.widget !== 'helpline';
    const problems = this.problems;
    const warnings = this.warnings;
    const iframe = this.kind === 'iframe';
    return html`
      <form @submit=${(e) => e.preventDefault()}>
        <fieldset>
          <legend>Code</legend>
          <div class="field" role="radiogroup" aria-label="Kind of code">
            <label class="inline"><input type="radio" name="kind" value="module" .checked=${this.kind === 'module'} @change=${this.set('kind')} /> Module script <span class="hint">(most CMSs)</span></label>
            <label class="inline"><input type="radio" name="kind" value="classic" .checked=${this.kind === 'classic'} @change=${this.set('kind')} /> Classic script <span class="hint">(CMSs that strip type="module")</span></label>
            <label class="inline"><input type="radio" name="kind" value="iframe" .checked=${this.kind === 'iframe'} @change=${this.set('kind')} /> Iframe <span class="hint">(CMSs that forbid scripts)</span></label>
          </div>
          <label>Base URL <span class="hint">where the files are hosted: this copy, your own, or a CDN’s</span>
            <input name="base" type="url" .value=${this.base} @change=${this.set('base')} />
          </label>
          ${iframe
            ? html`<label>Starting height for a column of
                  <select name="frameWidth" @change=${this.set('frameWidth')}>
                    ${PREVIEW_WIDTHS.map((w) => html`<option value=${w} ?selected=${String(w) === this.frameWidth}>${w} px</option>`)}
                  </select>
                  <span class="hint">The frame starts at the widget’s height at this width; with the resize script it then follows the content.</span>
                </label>
                <label class="inline"
                  ><input name="loader" type="checkbox" .checked=${this.loader} @change=${this.set('loader')} />
                  <span>Add the resize script <span class="hint">(leave it out where scripts are stripped: the frame keeps its starting height and scrolls)</span></span></label
                >`
            : nothing}
        </fieldset>
        <fieldset>
          <legend>Widget</legend>
          <label>Widget
            <select name="widget" @change=${this.set('widget')}>
              <option value="trend" ?selected=${this.widget === 'trend'}>Trend for one force</option>
              <option value="rank" ?selected=${this.widget === 'rank'}>Ranking of forces</option>
              <option value="helpline" ?selected=${this.widget === 'helpline'}>Helpline panel</option>
            </select>
          </label>
        </fieldset>
        ${chart ? this.#renderDataFields() : nothing} ${chart ? this.#renderWordFields() : nothing}
        <fieldset>
          <legend>Help and look</legend>
          <label>Helpline
            <select name="preset" @change=${this.set('preset')}>
              ${Object.entries(PRESETS).map(([key, label]) => html`<option value=${key} ?selected=${this.preset === key}>${label}</option>`)}
            </select>
          </label>
          ${this.widget === 'helpline'
            ? html`<label class="inline"
                ><input name="quickExit" type="checkbox" .checked=${this.quickExit} @change=${this.set('quickExit')} />
                <span>Quick exit button <span class="hint">(on by default for services for children, such as Childline)</span></span></label
              >`
            : nothing}
          <label>Language
            <select name="lang" @change=${this.set('lang')}>
              <option value="en" ?selected=${this.lang === 'en'}>English</option>
              <option value="cy" ?selected=${this.lang === 'cy'}>Cymraeg (Welsh)</option>
            </select>
          </label>
          <label>Colours
            <select name="theme" aria-describedby="theme-hint" @change=${this.set('theme')}>
              <option value="" ?selected=${!this.theme}>Your page’s colours</option>
              <option value="light" ?selected=${this.theme === 'light'}>Light box</option>
              <option value="dark" ?selected=${this.theme === 'dark'}>Dark box</option>
            </select>
            <span class="hint" id="theme-hint"
              >${this.theme
                ? `A box in ${this.theme} colours of its own, whatever your page looks like.`
                : 'Takes your page’s text colour and follows your page’s CSS color-scheme: dark only where your page declares color-scheme: dark (or light dark, for a reader whose device is in dark mode), not from the reader’s setting alone. In an iframe the page is light.'}</span
            >
          </label>
        </fieldset>
      </form>
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview at 320, 400 and 640 px</h2>
        ${this.renderPreviews()}
        <div id="problems" role="status">
          ${problems.map((p) => html`<p class="problem">${p}</p>`)}
          ${warnings.length ? html`<h2>Before you copy</h2>${warnings.map((w) => html`<p class="warning">${w}</p>`)}` : nothing}
        </div>
        <h2><label for="snippet">Code to paste into your page</label></h2>
        <textarea id="snippet" class="code" readonly .value=${this.snippet}></textarea>
        ${iframe && this.frameHeight === undefined ? html`<p class="hint" id="measuring">Measuring the widget’s height at ${this.frameWidth} px…</p>` : nothing}
        <button type="button" id="copy" @click=${() => this.copy()}>Copy code</button>
        <span role="status" id="copied">${this.copied}</span>
        <p class="hint">The element alone: <code>${elementHtml(this.tag, this.attributes)}</code></p>
      </section>
    `;
  }
}

if (!customElements.get('cso-embed-builder')) customElements.define('cso-embed-builder', CsoEmbedBuilder);

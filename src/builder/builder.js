// The embed builder: choose a widget and its options, see it live, copy the
// exact HTML to paste into a CMS. Built from the widgets themselves and Lit,
// nothing else. Plain JavaScript so the demo needs no build step of its own
// (the dev server resolves the bare 'lit' import).
import { LitElement, html, css, nothing } from 'lit';

const SCRIPT_URL = new URL('../dist/cso-widgets.js', import.meta.url).href;
const SOURCES = {
  press: { label: 'Press-reported figures, 2014/15 to 2019/20 (figures-press.json)', url: new URL('data/figures-press.json', import.meta.url).href },
  seed: { label: 'Figures the two seed articles quote (figures-seed.json)', url: new URL('data/figures-seed.json', import.meta.url).href },
  url: { label: 'Another URL', url: '' },
};
const PRESETS = { nspcc: 'NSPCC Helpline', childline: 'Childline', 'nspcc childline': 'NSPCC Helpline and Childline', 'stop-it-now': 'Stop It Now', ceop: 'CEOP Safety Centre', iwf: 'Internet Watch Foundation' };

/** Attribute-safe text for the snippet. */
const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const byPeriod = (a, b) => a.localeCompare(b, 'en', { numeric: true });

export class CsoEmbedBuilder extends LitElement {
  static properties = {
    widget: {},
    source: {},
    customUrl: {},
    area: {},
    region: {},
    period: {},
    preset: {},
    quickExit: {},
    lang: {},
    theme: {},
    rows: { state: true },
    loadProblem: { state: true },
    copied: { state: true },
  };

  static styles = css`
    :host {
      display: grid;
      grid-template-columns: minmax(0, 22rem) minmax(0, 1fr);
      gap: 2rem;
      font: 1rem/1.5 system-ui, sans-serif;
    }
    @media (max-width: 760px) {
      :host {
        grid-template-columns: 1fr;
      }
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 0.75rem;
    }
    label {
      display: grid;
      gap: 0.25rem;
      font-weight: 600;
    }
    label.inline {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    select,
    input[type='url'] {
      width: 100%;
      min-width: 0;
      font: inherit;
      padding: 0.375rem;
      border: 2px solid currentColor;
      min-height: 2.5rem;
    }
    .hint {
      font-weight: 400;
      font-size: 0.875rem;
    }
    .problem {
      font-weight: 600;
      color: #b10e1e;
      border-left: 4px solid #b10e1e;
      padding-left: 0.5rem;
    }
    @media (prefers-color-scheme: dark) {
      .problem {
        color: #ff8a75;
        border-color: #ff8a75;
      }
    }
    textarea {
      width: 100%;
      min-height: 7rem;
      font: 0.8125rem/1.4 ui-monospace, monospace;
    }
    button {
      font: inherit;
      font-weight: 600;
      padding: 0.5rem 1rem;
      min-height: 2.75rem;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    h2 {
      font-size: 1.1rem;
      margin: 0 0 0.5rem;
    }
  `;

  constructor() {
    super();
    this.widget = 'trend';
    this.source = 'press';
    this.customUrl = '';
    this.area = 'Lancashire';
    this.region = 'North West';
    this.period = '';
    this.preset = 'nspcc';
    this.quickExit = false;
    this.lang = 'en';
    this.theme = '';
    this.rows = [];
    this.loadProblem = '';
    this.copied = '';
  }

  connectedCallback() {
    super.connectedCallback();
    this.loadRows();
  }

  get dataUrl() {
    return this.source === 'url' ? this.customUrl.trim() : SOURCES[this.source].url;
  }

  /** The builder reads the same file as the widget, to offer only forces and periods it has. */
  async loadRows() {
    const url = this.dataUrl;
    this.loadProblem = '';
    if (!url) {
      this.rows = [];
      return;
    }
    if (!/^https?:\/\//i.test(url)) {
      this.rows = [];
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
      this.rows = rows.filter((row) => row && typeof row.area === 'string' && typeof row.period === 'string');
    } catch (error) {
      this.rows = [];
      this.loadProblem = `That file could not be used: ${error.message}. It must be a figures JSON file on this site or one that allows CORS.`;
    }
  }

  get areas() {
    return [...new Set(this.rows.map((row) => row.area))].sort();
  }

  get regions() {
    return [...new Set(this.rows.map((row) => row.region).filter(Boolean))].sort();
  }

  get periods() {
    const rows = this.region ? this.rows.filter((row) => row.region === this.region) : this.rows;
    return [...new Set(rows.map((row) => row.period))].sort(byPeriod);
  }

  /** Problems with the current choices, in words, shown beside the form. */
  get problems() {
    const problems = [];
    if (this.loadProblem) problems.push(this.loadProblem);
    if (this.widget === 'trend' && this.area && this.rows.length && !this.areas.includes(this.area))
      problems.push(`${this.area} has no figures in this file.`);
    if (this.widget === 'rank' && this.area && this.rows.length) {
      const period = this.period || this.periods[this.periods.length - 1];
      const match = this.rows.find((row) => row.area === this.area && row.period === period && (!this.region || row.region === this.region));
      if (!match) problems.push(`${this.area} has no figure for ${period}${this.region ? ` in the ${this.region} list` : ''}: the ranking will not highlight it.`);
    }
    return problems;
  }

  /** The element's attributes, in the order a reader of the snippet expects. */
  get attributes() {
    const attributes = [];
    const add = (name, value) => value !== '' && value !== undefined && value !== null && attributes.push([name, value]);
    if (this.widget === 'helpline') {
      add('preset', this.preset);
      if (this.quickExit) attributes.push(['quick-exit', '']);
      else if (this.preset.includes('childline')) add('quick-exit', 'off');
    } else {
      add('src', this.dataUrl);
      if (this.widget === 'trend') add('area', this.area);
      else {
        add('region', this.region);
        add('period', this.period);
        add('highlight', this.area);
      }
      if (this.preset !== 'nspcc') add('helpline', this.preset);
    }
    if (this.lang !== 'en') add('lang', this.lang);
    add('theme', this.theme);
    return attributes;
  }

  get tag() {
    return { trend: 'cso-trend', rank: 'cso-region-rank', helpline: 'helpline-box' }[this.widget];
  }

  get snippet() {
    const attributes = this.attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
    return `<script type="module" src="${SCRIPT_URL}"></script>\n<${this.tag}${attributes}></${this.tag}>`;
  }

  /** The live preview: the same element with the same attributes. */
  renderPreview() {
    const preview = document.createElement(this.tag);
    for (const [name, value] of this.attributes) preview.setAttribute(name, value);
    return preview;
  }

  async copy() {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.copied = 'Copied. Paste it into your page’s HTML.';
    } catch {
      this.shadowRoot.querySelector('textarea').select();
      this.copied = 'Your browser did not allow copying: the code is selected, press Ctrl+C (or ⌘C).';
    }
  }

  set(field) {
    return (event) => {
      const target = event.target;
      this[field] = target.type === 'checkbox' ? target.checked : target.value;
      this.copied = '';
      if (field === 'source' || field === 'customUrl') this.loadRows();
      if (field === 'region') this.period = '';
    };
  }

  render() {
    const chart = this.widget !== 'helpline';
    const problems = this.problems;
    return html`
      <form @submit=${(e) => e.preventDefault()} aria-describedby="problems">
        <fieldset>
          <legend class="visually-hidden">Embed options</legend>
          <label>Widget
            <select name="widget" @change=${this.set('widget')}>
              <option value="trend" ?selected=${this.widget === 'trend'}>Trend for one force</option>
              <option value="rank" ?selected=${this.widget === 'rank'}>Ranking of forces</option>
              <option value="helpline" ?selected=${this.widget === 'helpline'}>Helpline panel</option>
            </select>
          </label>
          ${chart
            ? html`<label>Data
                  <select name="source" @change=${this.set('source')}>
                    ${Object.entries(SOURCES).map(([key, s]) => html`<option value=${key} ?selected=${this.source === key}>${s.label}</option>`)}
                  </select>
                </label>
                ${this.source === 'url'
                  ? html`<label>Figures file URL <span class="hint">A JSON file in the widgets’ format</span>
                      <input name="url" type="url" .value=${this.customUrl} @change=${this.set('customUrl')} placeholder="https://…/figures.json" />
                    </label>`
                  : nothing}
                ${this.widget === 'rank'
                  ? html`<label>Region
                        <select name="region" @change=${this.set('region')}>
                          <option value="" ?selected=${!this.region}>All forces</option>
                          ${this.regions.map((r) => html`<option ?selected=${this.region === r}>${r}</option>`)}
                        </select>
                      </label>
                      <label>Period
                        <select name="period" @change=${this.set('period')}>
                          <option value="" ?selected=${!this.period}>Latest in the data</option>
                          ${this.periods.map((p) => html`<option ?selected=${this.period === p}>${p}</option>`)}
                        </select>
                      </label>`
                  : nothing}
                <label>${this.widget === 'rank' ? 'Highlight' : 'Police force'}
                  <select name="area" @change=${this.set('area')}>
                    <option value="" ?selected=${!this.area}>${this.widget === 'rank' ? 'None' : 'National total'}</option>
                    ${this.areas.map((a) => html`<option ?selected=${this.area === a}>${a}</option>`)}
                  </select>
                </label>`
            : nothing}
          <label>Helpline
            <select name="preset" @change=${this.set('preset')}>
              ${Object.entries(PRESETS).map(([key, label]) => html`<option value=${key} ?selected=${this.preset === key}>${label}</option>`)}
            </select>
          </label>
          ${this.widget === 'helpline'
            ? html`<label class="inline"><input name="quick-exit" type="checkbox" .checked=${this.quickExit} @change=${this.set('quickExit')} /> Quick exit button
                  <span class="hint">(always on for Childline unless turned off)</span></label>`
            : nothing}
          <label>Language
            <select name="lang" @change=${this.set('lang')}>
              <option value="en" ?selected=${this.lang === 'en'}>English</option>
              <option value="cy" ?selected=${this.lang === 'cy'}>Cymraeg (Welsh)</option>
            </select>
          </label>
          <label>Theme
            <select name="theme" @change=${this.set('theme')}>
              <option value="" ?selected=${!this.theme}>Follow the reader’s setting</option>
              <option value="light" ?selected=${this.theme === 'light'}>Light</option>
              <option value="dark" ?selected=${this.theme === 'dark'}>Dark</option>
            </select>
          </label>
          <div id="problems" role="status">${problems.map((p) => html`<p class="problem">${p}</p>`)}</div>
        </fieldset>
      </form>
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview</h2>
        <div class="preview">${this.renderPreview()}</div>
        <h2><label for="snippet">Code to paste into your page</label></h2>
        <textarea id="snippet" readonly .value=${this.snippet}></textarea>
        <button type="button" @click=${() => this.copy()}>Copy snippet</button>
        <span role="status">${this.copied}</span>
      </section>
    `;
  }
}

customElements.define('cso-embed-builder', CsoEmbedBuilder);

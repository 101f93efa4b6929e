/**
 * The bad-input corpus: what a CMS editor might paste, what a server might
 * send. For each: the state a reader must see, in plain words, with the
 * helpline; a `cso-error` event with a machine-readable reason; and no
 * uncaught exception or unhandled rejection.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { FiguresElement } from '../../src/elements/shared/figures-element.js';
import { clearFiguresCache } from '../../src/data/load.js';
import { settled, shadow, text } from './helpers.js';

type Tag = 'cso-trend' | 'cso-region-rank';

interface Case {
  name: string;
  tag: Tag;
  attrs?: Record<string, string>;
  /** Rows of a child table, header first. */
  table?: string[][];
  /** JSON (or any text) served at a same-origin URL for `src`. */
  body?: string;
  /** `ready` (drawn, maybe with dropped rows said) or `error` (message + helpline). */
  state: 'ready' | 'error';
  /** The reason a `cso-error` must carry; undefined when none may fire. */
  reason?: string;
  /** Words the reader must see. */
  says?: RegExp;
}

const served = (body: string) => `/__fixtures/text/case.json?body=${encodeURIComponent(body)}`;
const doc = (rows: unknown[]) => JSON.stringify({ source: { name: 'Test source' }, rows });
const row = (value: unknown, period = '2019/20', area = 'Kent') => ({ area, region: 'South East', period, value });
const crossOrigin = () => `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}/data/figures-press.json`;

const trendUrl = (body: string, extra: Record<string, string> = {}): Partial<Case> => ({ tag: 'cso-trend', attrs: { src: served(body), area: 'Kent', ...extra } });

const cases: Case[] = [
  // A JSON URL that does not hold usable figures.
  { name: 'invalid JSON', ...trendUrl('{"rows": [') , state: 'error', reason: 'invalid-json', says: /not valid JSON/ } as Case,
  { name: 'JSON without rows', ...trendUrl('{"data": []}'), state: 'error', reason: 'wrong-shape', says: /does not have a list of rows/ } as Case,
  { name: 'a JSON string', ...trendUrl('"figures"'), state: 'error', reason: 'wrong-shape' } as Case,
  { name: 'JSON null', ...trendUrl('null'), state: 'error', reason: 'wrong-shape' } as Case,
  { name: 'a JSON number', ...trendUrl('42'), state: 'error', reason: 'wrong-shape' } as Case,
  { name: 'an empty array', ...trendUrl('[]'), state: 'error', reason: 'no-rows', says: /no figures to show/ } as Case,
  { name: 'empty rows', ...trendUrl('{"rows": []}'), state: 'error', reason: 'no-rows' } as Case,
  { name: 'rows that are not objects', ...trendUrl('{"rows": [1, 2]}'), state: 'error', reason: 'invalid-row', says: /row 1/ } as Case,
  { name: 'a row without a period', ...trendUrl(doc([{ area: 'Kent', value: 3 }])), state: 'error', reason: 'invalid-row', says: /row 1, period/ } as Case,
  { name: 'a row without an area', tag: 'cso-region-rank', attrs: { src: served(doc([{ period: '2019/20', value: 3 }])) }, state: 'error', reason: 'invalid-row', says: /row 1, area/ },
  { name: 'a row without a value', ...trendUrl(doc([{ area: 'Kent', period: '2019/20' }])), state: 'error', reason: 'invalid-value' } as Case,
  { name: 'a value that is a word', ...trendUrl(doc([row('lots')])), state: 'error', reason: 'invalid-value', says: /“lots”/ } as Case,
  { name: 'a value "NaN"', ...trendUrl(doc([row('NaN')])), state: 'error', reason: 'invalid-value' } as Case,
  { name: 'a value "Infinity"', ...trendUrl(doc([row('Infinity')])), state: 'error', reason: 'invalid-value' } as Case,
  { name: 'a value too large for a double (1e400)', ...trendUrl('{"rows":[{"area":"Kent","period":"2019/20","value":1e400}]}'), state: 'error', reason: 'invalid-value' } as Case,
  { name: 'a negative value', ...trendUrl(doc([row(-5)])), state: 'error', reason: 'invalid-value', says: /“-5”/ } as Case,
  { name: 'a fractional value', ...trendUrl(doc([row(1.5)])), state: 'error', reason: 'invalid-value' } as Case,
  { name: 'a value of 1e20', ...trendUrl(doc([row(1e20)])), state: 'error', reason: 'invalid-value' } as Case,
  { name: 'a boolean value', ...trendUrl(doc([row(true)])), state: 'error', reason: 'invalid-value' } as Case,
  { name: 'an object as value', ...trendUrl(doc([row({ n: 1 })])), state: 'error', reason: 'invalid-value' } as Case,
  { name: 'one bad row among good ones', ...trendUrl(doc([row(10, '2017/18'), row('x', '2018/19'), row(30)])), state: 'ready', reason: 'invalid-value', says: /1 row was left out/ } as Case,
  { name: 'duplicate periods', ...trendUrl(doc([row(10), row(20)])), state: 'ready', reason: 'duplicate-period', says: /1 row was left out/ } as Case,
  { name: 'periods that are not years', ...trendUrl(doc([row(1, 'Spring'), row(2, 'Autumn')])), state: 'ready' } as Case,
  { name: 'an area absent from the data', ...trendUrl(doc([row(1)]), { area: 'Atlantis' }), state: 'error', reason: 'area-not-found', says: /“Atlantis”/ } as Case,
  { name: 'a from period absent from the data', ...trendUrl(doc([row(1)]), { from: '1999/00' }), state: 'error', reason: 'period-not-found' } as Case,
  { name: 'an empty body', ...trendUrl(''), state: 'error', reason: 'empty-response', says: /was empty/ } as Case,
  { name: '10,001 rows, one over the limit', tag: 'cso-trend', attrs: { src: '/__fixtures/many/10001', area: 'Force 1' }, state: 'error', reason: 'too-many-rows', says: /too many rows/ },

  // What a server or network might do.
  { name: 'HTTP 404', tag: 'cso-trend', attrs: { src: '/__fixtures/status/404', area: 'Kent' }, state: 'error', reason: 'http-error', says: /answered 404/ },
  { name: 'HTTP 500', tag: 'cso-region-rank', attrs: { src: '/__fixtures/status/500' }, state: 'error', reason: 'http-error', says: /answered 500/ },
  { name: 'HTTP 204', tag: 'cso-trend', attrs: { src: '/__fixtures/status/204', area: 'Kent' }, state: 'error', reason: 'empty-response' },
  { name: 'a redirect to the figures', tag: 'cso-trend', attrs: { src: '/__fixtures/redirect/x', area: 'Kent' }, state: 'ready' },
  { name: 'a web page instead of JSON', tag: 'cso-trend', attrs: { src: '/__fixtures/html/x', area: 'Kent' }, state: 'error', reason: 'wrong-content-type', says: /did not return a figures file/ },
  { name: 'a body that never finishes', tag: 'cso-trend', attrs: { src: '/__fixtures/stall/x', area: 'Kent', timeout: '400' }, state: 'error', reason: 'timeout', says: /took too long/ },
  { name: 'a server that refuses CORS', tag: 'cso-trend', attrs: { src: crossOrigin(), area: 'Kent' }, state: 'error', reason: 'network-error', says: /could not be reached/ },
  { name: 'a src that is not a URL', tag: 'cso-trend', attrs: { src: 'http://[::1', area: 'Kent' }, state: 'error', reason: 'unsafe-url', says: /not a web address/ },
  { name: 'a javascript: src', tag: 'cso-trend', attrs: { src: 'javascript:alert(1)', area: 'Kent' }, state: 'error', reason: 'unsafe-url' },
  { name: 'a data: src', tag: 'cso-trend', attrs: { src: 'data:application/json,{"rows":[]}', area: 'Kent' }, state: 'error', reason: 'unsafe-url' },
  { name: 'a vbscript: src', tag: 'cso-region-rank', attrs: { src: 'vbscript:msgbox(1)' }, state: 'error', reason: 'unsafe-url' },

  // Attributes a CMS editor might paste.
  { name: 'data-values without data-periods', tag: 'cso-trend', attrs: { 'data-values': '1,2', area: 'Kent' }, state: 'error', reason: 'attribute-mismatch', says: /do not match/ },
  { name: 'more periods than values', tag: 'cso-trend', attrs: { 'data-periods': '2018/19,2019/20', 'data-values': '1', area: 'Kent' }, state: 'error', reason: 'attribute-mismatch' },
  { name: 'values that are words', tag: 'cso-trend', attrs: { 'data-periods': '2018/19,2019/20', 'data-values': 'abc,def', area: 'Kent' }, state: 'error', reason: 'invalid-value', says: /“abc”/ },
  { name: 'negative values', tag: 'cso-trend', attrs: { 'data-periods': '2019/20', 'data-values': '-3', area: 'Kent' }, state: 'error', reason: 'invalid-value' },
  { name: 'every value blank (no figures)', tag: 'cso-trend', attrs: { 'data-periods': '2018/19,2019/20', 'data-values': ',', area: 'Kent' }, state: 'ready', says: /No figures published/ },
  { name: 'a period given twice', tag: 'cso-trend', attrs: { 'data-periods': '2018/19,2018/19', 'data-values': '1,2', area: 'Kent' }, state: 'ready', reason: 'duplicate-period' },
  { name: 'no data at all', tag: 'cso-trend', attrs: { area: 'Kent' }, state: 'error', reason: 'no-rows' },
  { name: 'a javascript: source-url', tag: 'cso-trend', attrs: { 'data-periods': '2019/20', 'data-values': '1', area: 'Kent', source: 'S', 'source-url': 'javascript:alert(1)' }, state: 'ready' },
  { name: 'a data: source-url', tag: 'cso-trend', attrs: { 'data-periods': '2019/20', 'data-values': '1', area: 'Kent', source: 'S', 'source-url': 'data:text/html,<script>alert(1)</script>' }, state: 'ready' },
  { name: 'a vbscript: source-url', tag: 'cso-trend', attrs: { 'data-periods': '2019/20', 'data-values': '1', area: 'Kent', source: 'S', 'source-url': 'vbscript:msgbox(1)' }, state: 'ready' },
  { name: 'an unknown helpline preset', tag: 'cso-trend', attrs: { 'data-periods': '2019/20', 'data-values': '1', area: 'Kent', helpline: 'nope' }, state: 'ready', reason: 'unknown-preset' },
  { name: 'rank: a highlight absent from the data', tag: 'cso-region-rank', attrs: { 'data-areas': 'Kent,Essex', 'data-values': '1,2', period: '2019/20', highlight: 'Atlantis' }, state: 'ready', reason: 'area-not-found', says: /Atlantis is not in these figures/ },
  { name: 'rank: a region absent from the data', tag: 'cso-region-rank', attrs: { src: '/data/figures-press.json', region: 'Narnia' }, state: 'error', reason: 'region-not-found' },
  { name: 'rank: a period absent from the data', tag: 'cso-region-rank', attrs: { src: '/data/figures-press.json', period: '1066/67' }, state: 'error', reason: 'period-not-found' },
  { name: 'rank: every force without a figure', tag: 'cso-region-rank', attrs: { 'data-areas': 'Kent,Essex', 'data-values': '-,-', period: '2019/20' }, state: 'ready', says: /No figures for 2019\/20/ },
  { name: 'rank: fewer values than areas', tag: 'cso-region-rank', attrs: { 'data-areas': 'Kent,Essex', 'data-values': '1', period: '2019/20' }, state: 'error', reason: 'attribute-mismatch' },

  // Labels with markup, other scripts and sheer length: shown as text, never run.
  { name: 'a label with an img onerror', tag: 'cso-trend', attrs: { 'data-periods': '2019/20', 'data-values': '1', area: '<img src=x onerror="window.__pwned=1">' }, state: 'ready', says: /<img src=x/ },
  { name: 'a label with a script element', tag: 'cso-region-rank', attrs: { 'data-areas': '<script>window.__pwned=1</script>', 'data-values': '1', period: '2019/20' }, state: 'ready', says: /<script>/ },
  { name: 'a right-to-left label', tag: 'cso-region-rank', attrs: { 'data-areas': 'شرطة لندن,Kent', 'data-values': '5,3', period: '2019/20' }, state: 'ready', says: /شرطة لندن/ },
  { name: 'an emoji label', tag: 'cso-trend', attrs: { 'data-periods': '2019/20', 'data-values': '7', area: 'Kent 🚓👮' }, state: 'ready', says: /🚓/ },
  { name: 'a 500-character name', tag: 'cso-region-rank', attrs: { 'data-areas': `${'Long '.repeat(100)},Kent`, 'data-values': '5,3', period: '2019/20' }, state: 'ready', says: /Long Long.*…/ },
  { name: 'a period label with markup', tag: 'cso-trend', attrs: { 'data-periods': '<b>2019</b>', 'data-values': '7', area: 'Kent' }, state: 'ready', says: /<b>2019<\/b>/ },

  // A child table, as a CMS might write it.
  { name: 'an empty table', tag: 'cso-trend', attrs: { area: 'Kent' }, table: [], state: 'error', reason: 'no-rows' },
  { name: 'a table with only a header', tag: 'cso-trend', attrs: { area: 'Kent' }, table: [['Period', 'Offences']], state: 'error', reason: 'no-rows' },
  { name: 'a table of words', tag: 'cso-trend', attrs: { area: 'Kent' }, table: [['Period', 'Offences'], ['2019/20', 'many']], state: 'error', reason: 'invalid-value', says: /“many”/ },
  { name: 'a ragged table', tag: 'cso-trend', attrs: { area: 'Kent' }, table: [['Period', 'Offences', 'Extra'], ['2018/19', '5'], ['2019/20', '7', 'x', 'y']], state: 'ready' },
  { name: 'a table with a footnote mark', tag: 'cso-trend', attrs: { area: 'Kent' }, table: [['Period', 'Offences'], ['2018/19', '5*'], ['2019/20', '7']], state: 'ready', says: /From 5 in 2018\/19 to 7 in 2019\/20/ },
  { name: 'a table with markup as text', tag: 'cso-region-rank', attrs: { period: '2019/20' }, table: [['Force', 'Offences'], ['<img src=x onerror="window.__pwned=1">', '3']], state: 'ready' },
];

function build(c: Case): FiguresElement {
  const element = document.createElement(c.tag) as FiguresElement;
  for (const [name, value] of Object.entries(c.attrs ?? {})) element.setAttribute(name, value);
  if (c.table) {
    const table = document.createElement('table');
    for (const cells of c.table) {
      const tr = table.insertRow();
      for (const cell of cells) {
        const td = document.createElement(c.table.indexOf(cells) === 0 ? 'th' : 'td');
        td.textContent = cell;
        tr.append(td);
      }
    }
    element.append(table);
  }
  return element;
}

describe('bad input corpus', () => {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    clearFiguresCache();
    uncaught.length = 0;
    delete (window as { __pwned?: number }).__pwned;
  });

  it('has at least 60 cases across the elements', () => {
    expect(cases.length + helplineCases.length + 1).to.be.at.least(60);
  });

  for (const c of cases) {
    it(`${c.tag}: ${c.name} → ${c.state}${c.reason ? ` (${c.reason})` : ''}`, async () => {
      const element = build(c);
      const events: CustomEvent[] = [];
      element.addEventListener('cso-error', (e) => events.push(e as CustomEvent));
      const box = document.createElement('div');
      box.style.width = '480px';
      box.append(element);
      // Why it failed is for the page's developer: one console warning, never the screen.
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      document.body.append(box);
      try {
        const outcome = await settled(element);
        const root = shadow(element);
        expect(outcome.status, text(root)).to.equal(c.state);
        if (c.state === 'error') {
          const alert = root.querySelector('[role="alert"]');
          expect(alert, 'an alert the reader hears').to.exist;
          expect(text(alert)).to.contain('These figures can’t be shown right now.');
          expect(warnings.length, 'one console warning').to.equal(1);
          if (c.says) {
            expect(warnings[0]).to.match(c.says);
            expect(text(root), 'no setup words on screen').not.to.match(c.says);
          }
        } else {
          expect(root.querySelector('[part="chart"]')).to.exist;
          if (c.says) expect(text(root)).to.match(c.says);
        }
        if (c.reason) {
          expect(events.length, 'a cso-error event').to.be.at.least(1);
          expect(events[0]!.detail.reason).to.equal(c.reason);
          if (c.state === 'ready') expect(events[0]!.detail.partial).to.equal(true);
        } else {
          expect(events.map((e) => e.detail)).to.deep.equal([]);
        }
        // The helpline, in every state.
        const help = shadow(root.querySelector('helpline-box')!);
        expect(help.querySelector('a[href="tel:+448088005000"]'), 'NSPCC Helpline link').to.exist;
        // Nothing ran, nothing was thrown.
        expect(root.querySelector('img, script')).to.equal(null);
        expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
        expect(uncaught).to.deep.equal([]);
        for (const link of root.querySelectorAll('a')) expect(link.protocol).to.match(/^(https?|tel|mailto):$/);
      } finally {
        console.warn = warn;
        box.remove();
      }
    });
  }
});

interface HelplineCase {
  name: string;
  attrs: Record<string, string>;
  reason: 'unsafe-url' | 'unknown-preset';
  /** Every link the panel may still show, in order (the 999 line comes first, under the heading). */
  links: string[];
}

const nspccLinks = ['tel:999', 'tel:+448088005000', 'mailto:help@nspcc.org.uk', 'https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/'];
const ours = { name: 'Our line', phone: '0800 123 4567' };
const helplineCases: HelplineCase[] = [
  { name: 'a javascript: url', attrs: { ...ours, url: 'javascript:alert(1)' }, reason: 'unsafe-url', links: ['tel:999', 'tel:+448001234567'] },
  { name: 'a data: url', attrs: { ...ours, url: 'data:text/html,<script>alert(1)</script>' }, reason: 'unsafe-url', links: ['tel:999', 'tel:+448001234567'] },
  { name: 'a vbscript: url', attrs: { ...ours, url: 'vbscript:msgbox(1)' }, reason: 'unsafe-url', links: ['tel:999', 'tel:+448001234567'] },
  { name: 'a javascript: phone', attrs: { name: 'Our line', phone: 'javascript:alert(1)', email: 'help@example.org' }, reason: 'unsafe-url', links: ['tel:999', 'mailto:help@example.org'] },
  { name: 'an e-mail with extra headers', attrs: { ...ours, email: 'help@example.org?bcc=spy@example.com' }, reason: 'unsafe-url', links: ['tel:999', 'tel:+448001234567'] },
  { name: 'nothing safe left at all', attrs: { name: 'Our line', url: 'javascript:alert(1)' }, reason: 'unsafe-url', links: nspccLinks },
  { name: 'an unknown preset', attrs: { preset: 'samaritans' }, reason: 'unknown-preset', links: nspccLinks },
];

describe('bad input corpus: <helpline-box>', () => {
  for (const c of helplineCases) {
    it(`helpline-box: ${c.name} → a visible note, every safe link, cso-error ${c.reason}`, async () => {
      const element = document.createElement('helpline-box');
      for (const [name, value] of Object.entries(c.attrs)) element.setAttribute(name, value);
      const error = new Promise<CustomEvent>((resolve) => element.addEventListener('cso-error', (e) => resolve(e as CustomEvent), { once: true }));
      document.body.append(element);
      try {
        await element.updateComplete;
        expect((await error).detail.reason).to.equal(c.reason);
        const root = shadow(element);
        expect(root.querySelector('[part="problem"][role="alert"]')).to.exist;
        expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(c.links);
      } finally {
        element.remove();
      }
    });
  }

  it('a javascript: exit-url is never used', async () => {
    const element = document.createElement('helpline-box');
    element.setAttribute('preset', 'childline');
    element.setAttribute('exit-url', 'javascript:alert(1)');
    document.body.append(element);
    await element.updateComplete;
    expect(element.exitDestination).to.equal('https://www.bbc.co.uk/weather');
    element.remove();
  });
});

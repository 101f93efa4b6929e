/**
 * Property-based tests: for any input the parsers return a typed result or a
 * typed error and never throw; geometry never produces NaN coordinates.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCount, parseFigures, parseFiguresText } from '../../src/data/parse.js';
import { rowsFromLists, rowsFromTable } from '../../src/data/inline.js';
import { periodTimeline, comparePeriods } from '../../src/data/periods.js';
import { selectSeries } from '../../src/data/select.js';
import { rankRows, selectForRanking, standing } from '../../src/chart/rank.js';
import { trendGeometry } from '../../src/chart/trend-geometry.js';
import { trendHeadline } from '../../src/chart/headline.js';
import { csvCell } from '../../src/data/csv.js';
import { mailtoHref, safeWebUrl, telHref } from '../../src/helpline/sanitise.js';

const RUNS = { numRuns: 300 };

const period = fc.oneof(
  fc.integer({ min: 1990, max: 2040 }).map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`),
  fc.integer({ min: 1990, max: 2040 }).map(String),
  fc.string({ maxLength: 12 }),
);
const value = fc.oneof(
  fc.integer({ min: 0, max: 100000 }),
  fc.constant(null),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.constant(undefined),
);
const row = fc.record({ area: fc.oneof(fc.constantFrom('Kent', 'Essex', 'Gwent'), fc.string({ maxLength: 20 })), region: fc.option(fc.constantFrom('South East', 'Wales')), period, value });
const isTyped = (result: { ok: boolean }) => typeof result.ok === 'boolean';

describe('fuzz: parsers', () => {
  it('parseFigures returns a typed result for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = parseFigures(json);
        expect(isTyped(result)).to.equal(true);
        if (!result.ok) expect(result.error.reason).to.be.a('string');
      }),
      RUNS,
    );
  });

  it('parseFigures keeps only whole, non-negative counts or null, for any rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const result = parseFigures({ rows });
        if (!result.ok) return;
        for (const r of result.document.rows) expect(r.value === null || (Number.isInteger(r.value) && r.value >= 0)).to.equal(true);
        expect(result.document.rows.length + result.dropped.length).to.equal(rows.length);
      }),
      RUNS,
    );
  });

  it('parseFiguresText never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => void expect(isTyped(parseFiguresText(text))).to.equal(true)), RUNS);
  });

  it('parseCount never throws and never returns NaN', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseCount(input);
        if (result.ok && result.value !== null) expect(Number.isFinite(result.value)).to.equal(true);
      }),
      RUNS,
    );
  });

  it('inline lists and tables give typed results for any strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom('period', 'area') as fc.Arbitrary<'period' | 'area'>, (labels, values, kind) => {
        expect(isTyped(rowsFromLists(labels, values, kind, { area: 'Kent', period: '2019/20' }))).to.equal(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }), { maxLength: 10 }), fc.boolean(), (cells, header) => {
        expect(isTyped(rowsFromTable(cells, header, 'period', { area: 'Kent' }))).to.equal(true);
      }),
      RUNS,
    );
  });

  it('periods sort consistently and timelines never explode', () => {
    fc.assert(
      fc.property(fc.array(period, { maxLength: 20 }), (labels) => {
        const timeline = periodTimeline(labels);
        expect(timeline.length).to.be.at.most(Math.max(labels.length, 202));
        const sorted = [...labels].sort(comparePeriods);
        expect(sorted.length).to.equal(labels.length);
      }),
      RUNS,
    );
  });

  it('link checks only ever give tel:, mailto: and http(s): links', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.emailAddress(), fc.constantFrom('javascript:alert(1)', 'data:,x', ' vbscript:x')), (text) => {
        const web = safeWebUrl(text, 'https://example.org/');
        if (web) expect(web).to.match(/^https?:/);
        const tel = telHref(text);
        if (tel) expect(tel).to.match(/^tel:\+?\d+$/);
        const mail = mailtoHref(text);
        if (mail) expect(mail).to.match(/^mailto:[^?&,;]+$/);
      }),
      RUNS,
    );
  });

  it('CSV cells never start a formula', () => {
    fc.assert(fc.property(fc.string(), (text) => void expect(csvCell(text).replace(/^"/, '')).not.to.match(/^[=+\-@]/)), RUNS);
  });
});

describe('fuzz: geometry', () => {
  const points = fc.array(fc.record({ period, value: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 1e9 })) }), { maxLength: 40 });

  it('trendGeometry never produces NaN or Infinity, for any series and box', () => {
    fc.assert(
      fc.property(points, fc.double({ min: -100, max: 5000 }), fc.double({ min: -100, max: 2000 }), (series, width, height) => {
        const g = trendGeometry(series, { width, height });
        const numbers = [g.width, g.height, ...g.points.flatMap((p) => [p.x, p.y ?? 0, p.label?.y ?? 0]), ...g.yTicks.map((t) => t.y), ...g.xTicks.map((t) => t.x)];
        for (const n of numbers) expect(Number.isFinite(n)).to.equal(true);
        expect(g.linePath).not.to.match(/NaN|Infinity/);
        expect(g.areaPath).not.to.match(/NaN|Infinity/);
        trendHeadline(series);
      }),
      RUNS,
    );
  });

  it('rankRows gives finite bar lengths between 0 and 100 and ranks that never decrease', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ area: fc.string({ maxLength: 10 }), value: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 1e9 })) }), { maxLength: 50 }), (rows) => {
        const ranked = rankRows(rows);
        let last = 0;
        for (const r of ranked) {
          expect(r.share).to.be.within(0, 100);
          if (r.rank !== undefined) {
            expect(r.rank).to.be.at.least(last);
            last = r.rank;
          }
        }
        standing(ranked, rows[0]?.area, 0);
      }),
      RUNS,
    );
  });

  it('selections give a typed result for any document', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.option(fc.string({ maxLength: 8 })), fc.option(period), (rows, area, from) => {
        const parsed = parseFigures({ rows });
        if (!parsed.ok) return;
        expect(isTyped(selectSeries(parsed.document, area ?? undefined, from ?? undefined))).to.equal(true);
        expect(isTyped(selectForRanking(parsed.document, from ?? undefined, area ?? undefined))).to.equal(true);
      }),
      RUNS,
    );
  });
});

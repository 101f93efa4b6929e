import { expect } from '@open-wc/testing';
import { formatCount } from '../../src/chart/format.js';
import { trendHeadline } from '../../src/chart/headline.js';
import { trendGeometry } from '../../src/chart/trend-geometry.js';
import { en } from '../../src/i18n/en.js';

const f = (n: number) => formatCount(n);
const points = (values: (number | null)[], first = 2000) =>
  values.map((value, i) => ({ period: `${first + i}/${String((first + i + 1) % 100).padStart(2, '0')}`, value }));

describe('format', () => {
  it('formats counts en-GB', () => {
    expect(formatCount(10391)).to.equal('10,391');
    expect(formatCount(0)).to.equal('0');
  });
  it('writes English and Welsh counts exactly as Intl does, without asking Intl', () => {
    const values = [0, 0.4, 0.5, 1, 9, 10, 99.5, 100, 999, 1000, 1234.5, 9999, 10391, 99999, 100000, 123456, 1234567, 2 ** 31, 1e12 + 0.5, 999999999999999];
    for (let i = 0; i < 200; i++) values.push(Math.floor(10 ** (i / 20)) + (i % 3) * 0.25);
    for (const locale of ['en-GB', 'en', 'cy', 'cy-GB']) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
      for (const v of values) expect(formatCount(v, locale), `${v} in ${locale}`).to.equal(intl.format(v));
    }
  });
  it('leaves other locales, negatives and huge numbers to Intl', () => {
    expect(formatCount(1234567, 'de-DE')).to.equal(new Intl.NumberFormat('de-DE').format(1234567));
    expect(formatCount(-1234)).to.equal(new Intl.NumberFormat('en-GB').format(-1234));
    expect(formatCount(1e21)).to.equal(new Intl.NumberFormat('en-GB').format(1e21));
  });
});

describe('trendHeadline', () => {
  it('computes the change as the seed articles do: 67 → 419 is up 525%', () => {
    const h = trendHeadline([
      { period: '2018/19', value: 67 },
      { period: '2019/20', value: 419 },
    ]);
    expect(h).to.deep.include({ kind: 'change', direction: 'up', percent: 525 });
    expect(en.trendHeadline(h, f)).to.equal('Up 525% since 2018/19');
    expect(en.trendSummary('Lancashire', 'offences', h, f)).to.equal('Lancashire: 419 offences in 2019/20, up 525% from 67 in 2018/19.');
  });
  it('112 → 58 is down 48%', () => {
    const h = trendHeadline([
      { period: '2015/16', value: 112 },
      { period: '2016/17', value: 58 },
    ]);
    expect(en.trendHeadline(h, f)).to.equal('Down 48% since 2015/16');
  });
  it('compares the first and last known figures, skipping gaps', () => {
    const h = trendHeadline([
      { period: '2014/15', value: null },
      { period: '2015/16', value: 100 },
      { period: '2016/17', value: null },
    ]);
    expect(h).to.deep.include({ kind: 'single' });
    expect(en.trendHeadline(h, f)).to.equal('100 in 2015/16');
  });
  it('says no change, a rise from zero, and no figures without inventing a percentage', () => {
    expect(en.trendHeadline(trendHeadline(points([5, 9, 5])), f)).to.equal('No change since 2000/01');
    expect(en.trendHeadline(trendHeadline(points([0, 12])), f)).to.equal('Up from 0 to 12 since 2000/01');
    expect(en.trendHeadline(trendHeadline(points([null, null])), f)).to.equal('No figures published for these years');
    expect(en.trendHeadline(trendHeadline(points([1000, 1003])), f)).to.equal('Up less than 1% since 2000/01');
  });
});

describe('trendGeometry', () => {
  it('breaks the line at a period with no figure instead of drawing through it', () => {
    const g = trendGeometry(points([10, null, 30]), { width: 400, height: 200 });
    // Two separate sub-paths, each a lone point: "M…Z" for d3's single-point segments.
    expect(g.linePath.match(/M/g)).to.have.length(2);
    expect(g.points[1]!.y).to.equal(null);
    expect(g.areaPath.match(/M/g)).to.have.length(2);
  });
  it('labels both values of a two-point series and formats y ticks en-GB', () => {
    const g = trendGeometry(points([3903, 10391]), { width: 600, height: 260 });
    expect(g.points.map((p) => p.label?.text)).to.deep.equal(['3,903', '10,391']);
    expect(g.yTicks[0]!.value).to.equal(0);
    expect(g.yTicks.some((t) => t.label.includes(','))).to.equal(true);
  });
  it('puts y ticks on whole numbers only, so a series of small counts does not repeat labels', () => {
    for (const max of [1, 2, 3, 7]) {
      const labels = trendGeometry(points([0, max]), { width: 400, height: 260 }).yTicks.map((t) => t.label);
      expect(new Set(labels).size, labels.join(' ')).to.equal(labels.length);
      expect(labels[0]).to.equal('0');
    }
  });
  it('keeps every coordinate inside the box, also for one point and a flat series', () => {
    for (const series of [points([419]), points([5, 5, 5]), points([0, 0]), points([null])]) {
      const g = trendGeometry(series, { width: 300, height: 200 });
      for (const p of g.points) {
        expect(p.x).to.be.within(0, 300);
        if (p.y !== null) expect(p.y).to.be.within(0, 200);
      }
      expect(g.linePath).not.to.contain('NaN');
    }
  });
  it('thins period labels so 25 years never overlap, always keeping the latest', () => {
    const series = points(Array.from({ length: 25 }, (_, i) => i * 10), 1995);
    const g = trendGeometry(series, { width: 320, height: 200 });
    const xs = g.xTicks.map((t) => t.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).to.be.greaterThan(7 * 12 * 0.6);
    expect(g.xTicks[g.xTicks.length - 1]!.period).to.equal(series[24]!.period);
    const labelled = g.points.filter((p) => p.label);
    expect(labelled.length).to.be.lessThan(25);
    expect(labelled.some((p) => p.period === series[24]!.period)).to.equal(true);
  });
});

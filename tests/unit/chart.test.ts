import { expect } from '@open-wc/testing';
import { formatCount } from '../../src/chart/format.js';
import { trendHeadline } from '../../src/chart/headline.js';
import { linePaths, trendGeometry } from '../../src/chart/trend-geometry.js';
import { pointMarks } from '../../src/chart/point-marks.js';
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
    expect(h.lead).to.deep.include({ kind: 'change', direction: 'up', percent: 525 });
    expect(h.second).to.equal(undefined);
    expect(en.trendLine(h.lead, f)).to.equal('Up 525% since 2018/19');
    expect(en.trendSummary('Lancashire', 'offences', h, f)).to.equal('Lancashire: 419 offences in 2019/20, up 525% from 67 in 2018/19.');
  });
  it('112 → 58 is down 48%', () => {
    const h = trendHeadline([
      { period: '2015/16', value: 112 },
      { period: '2016/17', value: 58 },
    ]);
    expect(en.trendLine(h.lead, f)).to.equal('Down 48% since 2015/16');
  });
  it('compares the first and last known figures, skipping gaps', () => {
    const h = trendHeadline([
      { period: '2014/15', value: null },
      { period: '2015/16', value: 100 },
      { period: '2016/17', value: null },
    ]);
    expect(h.lead).to.deep.include({ kind: 'figure' });
    expect(en.trendLine(h.lead, f)).to.equal('100 in 2015/16');
  });
  it('says no change, a rise from zero, and no figures without inventing a percentage', () => {
    expect(en.trendLine(trendHeadline(points([30, 30])).lead, f)).to.equal('No change since 2000/01');
    expect(en.trendLine(trendHeadline(points([0, 12])).lead, f)).to.equal('From 0 in 2000/01 to 12 in 2001/02');
    expect(en.trendLine(trendHeadline(points([null, null])).lead, f)).to.equal('No figures published for these years');
    expect(en.trendLine(trendHeadline(points([1000, 1003])).lead, f)).to.equal('Up less than 1% since 2000/01');
  });
});

describe('linePaths', () => {
  const at = (...ys: (number | null)[]) => ys.map((y, i) => ({ x: i * 10, y }));
  it('draws straight segments through the figures, and the area under them down to the base', () => {
    expect(linePaths(at(5, 3, 8), 20)).to.deep.equal({ linePath: 'M0,5L10,3L20,8', areaPath: 'M0,5L10,3L20,8L20,20L10,20L0,20Z' });
  });
  it('breaks both at a missing figure, never drawing through the gap', () => {
    const { linePath, areaPath } = linePaths(at(5, 3, null, 8, 9), 20);
    expect(linePath).to.equal('M0,5L10,3M30,8L40,9');
    expect(areaPath).to.equal('M0,5L10,3L10,20L0,20ZM30,8L40,9L40,20L30,20Z');
  });
  it('a figure alone between gaps is a closed point (the round cap shows it), as d3-shape draws it', () => {
    expect(linePaths(at(null, 4, null), 20)).to.deep.equal({ linePath: 'M10,4Z', areaPath: 'M10,4L10,20Z' });
  });
  it('nothing to draw without figures', () => {
    expect(linePaths(at(null, null), 20)).to.deep.equal({ linePath: '', areaPath: '' });
    expect(linePaths([], 20)).to.deep.equal({ linePath: '', areaPath: '' });
  });
});

describe('trendGeometry', () => {
  it('breaks the line at a period with no figure instead of drawing through it', () => {
    const g = trendGeometry(points([10, null, 30]), { width: 400, height: 200 });
    // Two separate sub-paths, each a lone point: "M…Z", as d3-shape draws single-point segments.
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
  it('labels the first and the latest period and figure at every width, and no two value labels overlap', () => {
    const gwent = [
      { period: '2015/16', value: 59 },
      { period: '2016/17', value: null },
      { period: '2017/18', value: null },
      { period: '2018/19', value: 229 },
      { period: '2019/20', value: 128 },
    ];
    for (const width of [280, 320, 343, 375, 608, 1000]) {
      for (const series of [gwent, points([3903, 5653, 8224, 10391, 9000, 12000, 15000, 14000], 2012)]) {
        const g = trendGeometry(series, { width, height: 260 });
        const periods = g.xTicks.map((t) => t.period);
        expect(periods[0], `first period at ${width}`).to.equal(series[0]!.period);
        expect(periods[periods.length - 1], `latest period at ${width}`).to.equal(series[series.length - 1]!.period);
        const labelled = g.points.filter((p) => p.label);
        const known = g.points.filter((p) => p.y !== null);
        expect(known[0]!.label, `first figure at ${width}`).to.not.equal(undefined);
        expect(known[known.length - 1]!.label, `latest figure at ${width}`).to.not.equal(undefined);
        // Only the first, latest, highest and lowest are candidates: never a label on every point.
        expect(labelled.length).to.be.at.most(4);
        const boxes = labelled.map((p) => {
          const half = (p.label!.text.length * 12 * 0.6) / 2;
          return [p.x - half, p.label!.y - 12, p.x + half, p.label!.y] as const;
        });
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i]!, boxes[j]!];
            const overlap = a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
            // The first and latest may only meet when nothing else fits, which these widths never force.
            expect(overlap, `labels ${labelled[i]!.period} and ${labelled[j]!.period} at ${width}`).to.equal(false);
          }
        // Period labels do not overlap either.
        const xs = g.xTicks.map((t) => t.x);
        for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!, `period labels at ${width}`).to.be.greaterThan(7 * 12 * 0.6);
        for (const p of labelled) expect(p.label!.y).to.be.within(12, g.plot.bottom);
      }
    }
  });
  it('puts a value label below a dip and above a peak, away from the line', () => {
    const g = trendGeometry(points([500, 100, 500, 900, 500]), { width: 600, height: 260 });
    const dip = g.points[1]!;
    const peak = g.points[3]!;
    expect(dip.label!.y).to.be.greaterThan(dip.y!);
    expect(peak.label!.y).to.be.lessThan(peak.y!);
  });
  it('marks each change of coverage between the two periods, its label reading away from the nearer edge', () => {
    const g = trendGeometry(points([10, 20, 30, 40]), { width: 400, height: 200, coverageChanges: ['2001/02', '2003/04'] });
    expect(g.coverageMarks).to.have.length(2);
    expect(g.coverageMarks[0]!.x).to.be.closeTo((g.points[0]!.x + g.points[1]!.x) / 2, 0.1);
    expect(g.coverageMarks[0]!.anchor).to.equal('start');
    expect(g.coverageMarks[1]!.anchor).to.equal('end');
  });
});

describe('pointMarks', () => {
  const at = (step: number, ys: (number | null)[]) => ys.map((y, i) => ({ x: 10 + i * step, y }));
  const count = (path: string) => path.split('M').length - 1;

  it('pointMarks(points, r) dots every figure where they stand apart, and none for a period without one', () => {
    const path = pointMarks(at(40, [5, null, 7, 9]), 4);
    expect(count(path)).to.equal(3);
    expect(path.startsWith('M10,5')).to.equal(true);
  });

  it('pointMarks(points, r) draws no dots once points stand closer than a dot and its margin (a long series is its line)', () => {
    expect(pointMarks(at(11.9, [5, 6, 7, 8]), 4)).to.equal('');
    expect(count(pointMarks(at(12, [5, 6, 7, 8]), 4))).to.equal(4);
    expect(pointMarks(at(0.05, Array.from({ length: 10000 }, (_, i) => i % 50)), 4)).to.equal('');
  });

  it('pointMarks(points, r) still dots a figure alone between gaps, which its line cannot show', () => {
    const path = pointMarks(at(1, [5, 6, null, 7, null, 8, 9]), 4);
    expect(count(path)).to.equal(1);
    expect(path.startsWith('M13,7')).to.equal(true);
  });
});

import { expect } from '@open-wc/testing';
import { formatRate } from '../../src/chart/format.js';
import { trendHeadline } from '../../src/chart/headline.js';
import { perNumber, rateOf, withRates } from '../../src/chart/rates.js';
import { trendGeometry } from '../../src/chart/trend-geometry.js';
import { parseFigures } from '../../src/data/parse.js';
import { selectSeries } from '../../src/data/select.js';
import { en } from '../../src/i18n/en.js';

// Test-only, illustrative figures: the shipped data gives no population.
describe('rates', () => {
  it('perNumber takes a whole number of people from 1 to a billion, as text or a number; anything else is refused', () => {
    expect(perNumber('100000')).to.equal(100000);
    expect(perNumber(100000)).to.equal(100000);
    expect(perNumber(' 1000 ')).to.equal(1000);
    for (const bad of ['', ' ', null, undefined, 'Infinity', '1e400', 'lots', '0', '-5', '2.5', 1e10]) expect(perNumber(bad), String(bad)).to.equal(undefined);
  });

  it('rateOf: a figure per so many people; unknown (null) without the figure or its population, never 0', () => {
    expect(rateOf(50, 200000, 100000)).to.equal(25);
    expect(rateOf(null, 200000, 100000)).to.equal(null);
    expect(rateOf(50, undefined, 100000)).to.equal(null);
    expect(rateOf(50, 0, 100000)).to.equal(null);
    expect(rateOf(0, 200000, 100000)).to.equal(0);
  });

  it('withRates keeps each count beside its rate, and gives nothing when no row has a population', () => {
    const rows = [
      { period: 'a', value: 50, denominator: 200000 },
      { period: 'b', value: 70 },
    ];
    expect(withRates(rows, 100000)).to.deep.equal([
      { period: 'a', value: 25, count: 50, denominator: 200000 },
      { period: 'b', value: null, count: 70 },
    ]);
    expect(withRates([{ value: 5 }], 100000)).to.equal(undefined);
    expect(withRates(rows, undefined)).to.equal(undefined);
  });

  it('a trend series carries each row’s denominator (or population) to its point', () => {
    const parsed = parseFigures({
      rows: [
        { area: 'A', period: '2018/19', value: 5, denominator: 1000 },
        { area: 'A', period: '2019/20', value: 6, population: 2000 },
      ],
    });
    if (!parsed.ok) throw new Error('fixture did not parse');
    const selected = selectSeries(parsed.document, 'A');
    if (!selected.ok) throw new Error('no series');
    expect(selected.series.points.map((p) => p.denominator)).to.deep.equal([1000, 2000]);
  });

  it('the small-base rule looks at the count behind a rate: a rate from 5 offences is said as two rates', () => {
    const f = (n: number) => formatRate(n);
    const small = withRates(
      [
        { period: '2018/19', value: 5, denominator: 10000 },
        { period: '2019/20', value: 50, denominator: 10000 },
      ],
      100000,
    )!;
    // The first rate (50.0) is above 20, but it stands on 5 offences.
    expect(en.trendLine(trendHeadline(small).lead, f)).to.equal('From 50.0 in 2018/19 to 500.0 in 2019/20');
    const large = withRates(
      [
        { period: '2018/19', value: 40, denominator: 4000000 },
        { period: '2019/20', value: 80, denominator: 4000000 },
      ],
      100000,
    )!;
    // The first rate (1.0) is tiny, but it stands on 40 offences: a percentage, written whole.
    expect(en.trendLine(trendHeadline(large).lead, f)).to.equal('Up 100% since 2018/19');
  });

  it('a trend of rates: ticks keep their decimals when the scale needs them, value labels have one, and stay clear of the unit', () => {
    const points = [
      { period: '2018/19', value: 0.4 },
      { period: '2019/20', value: 1.2 },
    ];
    const g = trendGeometry(points, { width: 320, height: 260, format: (n) => formatRate(n), unit: 'Offences per 100,000 children' });
    expect(g.yTicks.some((t) => !Number.isInteger(t.value))).to.equal(true);
    expect(g.yTicks.map((t) => t.label)).to.include.members(['0.0', '0.6', '1.2']);
    expect(g.points.map((p) => p.label?.text)).to.deep.equal(['0.4', '1.2']);
    expect(g.unit).to.deep.equal({ text: 'Offences per 100,000 children', y: 12 });
    // The unit's box, top left, is never under a value label.
    const unitRight = Math.ceil('Offences per 100,000 children'.length * 12 * 0.6);
    for (const p of g.points) {
      const half = Math.ceil(p.label!.text.length * 12 * 0.6) / 2 + 3;
      const clear = p.x - half >= unitRight || p.label!.y - 12 >= 12 * 1.2;
      expect(clear, p.period).to.equal(true);
    }
    // Counts keep whole ticks only.
    const counts = trendGeometry([{ period: 'a', value: 1 }, { period: 'b', value: 2 }], { width: 320, height: 260 });
    expect(counts.yTicks.every((t) => Number.isInteger(t.value))).to.equal(true);
    expect(counts.unit).to.equal(undefined);
  });
});

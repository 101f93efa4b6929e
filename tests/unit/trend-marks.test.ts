import { expect } from '@open-wc/testing';
import { trendGeometry } from '../../src/chart/trend-geometry.js';
import { trendMarks } from '../../src/chart/trend-marks.js';
import type { Mark } from '../../src/chart/svg-marks.js';

const words = { noFigure: 'No figure', coverageMark: 'Coverage changes' };
const series = (values: (number | null)[]) =>
  values.map((value, i) => ({ period: values.length <= 90 ? `${2010 + i}/${String((11 + i) % 100).padStart(2, '0')}` : String(i).padStart(4, '0'), value }));
const geometry = (values: (number | null)[], options: { coverageChanges?: string[] } = {}) =>
  trendGeometry(series(values), { width: 480, height: 260, coverageLabel: words.coverageMark, ...options });

/** Nodes the marks become: one per element, one per text. */
const nodes = ([, , content]: Mark): number => 1 + (typeof content === 'string' ? 1 : (content ?? []).reduce((n, child) => n + nodes(child), 0));
/** Every mark in the tree, depth first. */
const all = (mark: Mark): Mark[] => [mark, ...(typeof mark[2] === 'string' ? [] : (mark[2] ?? []).flatMap(all))];
const withClass = (mark: Mark, name: string) => all(mark).filter(([, a]) => String(a.class ?? '').split(' ').includes(name));
const texts = (mark: Mark) => all(mark).filter(([tag]) => tag === 'text').map(([, , t]) => t);

describe('trendMarks', () => {
  const ten = [120, 95, 140, 180, 160, 210, 190, 230, 250, 240];

  it('draws ten figures as one line, one area and one path of dots, in under 40 nodes', () => {
    const svg = trendMarks(geometry(ten), undefined, words);
    expect(svg[0]).to.equal('svg');
    expect(svg[1]['aria-hidden']).to.equal('true');
    expect(withClass(svg, 'line')).to.have.length(1);
    expect(withClass(svg, 'area')).to.have.length(1);
    const dots = withClass(svg, 'point');
    expect(dots).to.have.length(1);
    // Ten circles, each drawn as two arcs in the one path.
    expect(String(dots[0]![1].d).match(/M/g)).to.have.length(10);
    expect(nodes(svg)).to.be.below(40);
  });

  it('labels the axes and the first and latest figures, each as one text element', () => {
    const g = geometry(ten);
    const svg = trendMarks(g, undefined, words);
    const labels = texts(svg);
    for (const t of g.yTicks) expect(labels).to.include(t.label);
    expect(labels).to.include('2010/11');
    expect(labels).to.include('2019/20');
    expect(withClass(svg, 'value-label').map(([, , t]) => t)).to.include.members(['120', '240']);
  });

  it('5,000 figures are as few nodes as ten: no mark per figure, no dots', () => {
    const long = Array.from({ length: 5000 }, (_, i) => 100 + ((i * 37) % 200));
    const svg = trendMarks(geometry(long), undefined, words);
    expect(nodes(svg)).to.be.below(45);
    expect(withClass(svg, 'point')[0]![1].d).to.equal('');
  });

  it('the figure read by the keys gets a cursor line and a ring; none without one', () => {
    expect(withClass(trendMarks(geometry(ten), undefined, words), 'cursor')).to.have.length(0);
    const svg = trendMarks(geometry(ten), 3, words);
    expect(withClass(svg, 'cursor')).to.have.length(1);
    expect(withClass(svg, 'active')).to.have.length(1);
    // A period with no figure: the cursor alone, no ring at a height it does not have.
    const gap = trendMarks(geometry([1, 2, null, 4]), 2, words);
    expect(withClass(gap, 'cursor')).to.have.length(1);
    expect(withClass(gap, 'active')).to.have.length(0);
  });

  it('a period with no figure is marked, and labelled where there is room', () => {
    const svg = trendMarks(geometry([100, 120, null, 140]), undefined, words);
    expect(withClass(svg, 'gap-mark')).to.have.length(1);
    expect(withClass(svg, 'gap-label').map(([, , t]) => t)).to.deep.equal(['No figure']);
  });

  it('a change of coverage is a dashed line with its words', () => {
    const svg = trendMarks(geometry([100, 120, 130, 140], { coverageChanges: ['2012/13'] }), undefined, words);
    const marks = withClass(svg, 'coverage-mark');
    expect(marks).to.have.length(1);
    expect(texts(marks[0]!)).to.deep.equal(['Coverage changes']);
  });
});

import { pointMarks } from './point-marks.js';
import type { Mark } from './svg-marks.js';
import type { TrendGeometry } from './trend-geometry.js';

export interface TrendWords {
  /** Under a period with no figure, where there is room. */
  noFigure: string;
  /** Beside a line where what is counted changes. */
  coverageMark: string;
}

/**
 * What a trend draws, as data (see Mark): the grid and its labels, the area,
 * coverage marks, the line, gaps, the dots, the cursor at the figure read
 * (`active`), the value labels and the periods. One path each for the grid,
 * area, line and dots, however many figures; a label is one text element.
 */
export function trendMarks(g: TrendGeometry, active: number | undefined, words: TrendWords): Mark {
  const { plot } = g;
  const step = g.points.length > 1 ? g.points[1]!.x - g.points[0]!.x : g.width;
  const roomForGapLabel = step > 60;
  const point = active === undefined ? undefined : g.points[active];
  const marks: Mark[] = [
    // No <g> around the grid or an axis: a node fewer each; the labels carry their class.
    ['path', { class: 'grid', d: g.yTicks.map((t) => (t.value ? `M${plot.left},${t.y}H${plot.right}` : '')).join('') }],
    ['path', { class: 'grid baseline', d: `M${plot.left},${plot.bottom}H${plot.right}` }],
    ...g.yTicks.map((t): Mark => ['text', { class: 'y-tick', x: plot.left - 6, y: t.y, dy: '0.32em', 'text-anchor': 'end' }, t.label]),
    ['path', { class: 'area', d: g.areaPath }],
    ...g.coverageMarks.map(
      (c): Mark => [
        'g',
        { class: 'coverage-mark' },
        [
          ['line', { x1: c.x, x2: c.x, y1: plot.top, y2: plot.bottom }],
          ...(c.labelled ? [['text', { x: c.labelX, y: plot.bottom - 6, 'text-anchor': c.anchor }, words.coverageMark] as Mark] : []),
        ],
      ],
    ),
    ['path', { class: 'line', d: g.linePath }],
    ...g.points
      .filter((p) => p.y === null)
      .flatMap((p): Mark[] => [
        ['line', { class: 'gap-mark', x1: p.x, x2: p.x, y1: plot.bottom, y2: plot.bottom - 24 }],
        ...(roomForGapLabel ? [['text', { class: 'gap-label', x: p.x, y: plot.bottom - 28, 'text-anchor': 'middle' }, words.noFigure] as Mark] : []),
      ]),
    ['path', { class: 'point', d: pointMarks(g.points, 4) }],
  ];
  if (point) {
    marks.push(['line', { class: 'cursor', x1: point.x, x2: point.x, y1: plot.top, y2: plot.bottom }]);
    if (point.y !== null) marks.push(['circle', { class: 'point active', cx: point.x, cy: point.y, r: 6 }]);
  }
  for (const p of g.points) if (p.label) marks.push(['text', { class: 'value-label', x: p.x, y: p.label.y, 'text-anchor': 'middle' }, p.label.text]);
  if (g.unit) marks.push(['text', { class: 'unit', x: 0, y: g.unit.y }, g.unit.text]);
  for (const t of g.xTicks) marks.push(['text', { class: 'x-tick', x: t.x, y: g.height - 6, 'text-anchor': 'middle' }, t.period]);
  return ['svg', { width: g.width, height: g.height, viewBox: `0 0 ${g.width} ${g.height}`, 'aria-hidden': 'true' }, marks];
}

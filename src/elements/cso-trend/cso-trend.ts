import { html, nothing } from 'lit';
import { styleProps } from '../shared/style-props.js';
import { capitalise, formatRate } from '../../chart/format.js';
import { trendGeometry } from '../../chart/trend-geometry.js';
import { trendMarks } from '../../chart/trend-marks.js';
import { drawSvg } from '../shared/draw-svg.js';
import { serverSvg } from '../shared/server-svg.js';
import { hydrating, onServer } from '../shared/on-server.js';
import { mayRunWithoutDom } from '../shared/without-dom.js';
import { coverageChanges, knownPoints, trendHeadline } from '../../chart/headline.js';
import { estimateTextWidth } from '../../chart/scales.js';
import { selectSeries, type Series, type SeriesPoint } from '../../data/select.js';
import type { FiguresDocument } from '../../data/types.js';
import type { Messages } from '../../i18n/index.js';
import { FiguresElement, MAX_CHART_HEIGHT, selectionError, type ViewResult } from '../shared/figures-element.js';
import { baseStyles } from '../shared/tokens.styles.js';
import { chartStyles } from '../shared/chart.styles.js';

const DEFAULT_CHART_HEIGHT = 260;

/**
 * One police force (or the nation) across years: a line and area chart with
 * a headline computed from the figures ("Up 525% since 2018/19"), the source,
 * a table of the figures and the NSPCC Helpline.
 *
 * Data comes from `src` (a figures JSON file), from `data-periods` and
 * `data-values`, or from a `<table>` written inside the element, which is
 * what a reader sees without JavaScript.
 *
 * @summary A trend for one force, with its headline and a way to get help.
 *
 * @attr src - URL of a figures JSON document (same origin, or one that allows CORS).
 * @attr area - The force (or region / national total) to show. Optional when the data has one area or national totals.
 * @attr from - First period to show, e.g. `2018/19`; the headline compares from here.
 * @attr to - Last period to show.
 * @attr data-periods - Comma-separated periods, with `data-values` (use `;` to separate if values carry commas).
 * @attr data-values - Figures for those periods; empty or `-` means no figure.
 * @attr measure - What is counted (default `offences`).
 * @attr source - Source name, overriding the document's.
 * @attr source-url - Source link (http/https only).
 * @attr heading - A title over the chart, overriding the document's.
 * @attr headline - The editor's headline, replacing the computed one on screen (the computed one stays in the spoken summary).
 * @attr notes - Notes under the chart (behind "Notes"), overriding the document's.
 * @attr credit - Who made the chart, in the footer: `credit="Lancashire Telegraph"` reads "Chart: Lancashire Telegraph".
 * @attr helpline - Helpline preset(s) shown under the chart (default `nspcc`).
 * @attr chart-height - Height of the plot in pixels (default 260).
 * @attr per - Show rates per this many people, e.g. `100000`, from each row's `denominator` (or `population`): the line, value labels, tooltip, headline ("…, per 100,000 children"), axis ("Offences per 100,000 children"), spoken summary and table (count and rate side by side) say so. A year without one is an unknown rate (a gap, never 0, never compared with a count). Data with no denominator, or a `per` that is not a whole number, shows counts and says why. Counts are the default.
 * @attr timeout - Milliseconds to wait for `src` before saying it failed (default 15000).
 * @attr illustrative - Labels the chart "Illustrative figures" on screen.
 * @attr theme - `light` or `dark`: a box in its own colours; without it the widget takes the page's colours and color-scheme.
 * @attr lang - Language of the widget's words (`en`, `cy`), else the nearest ancestor's `lang`.
 *
 * @fires {CustomEvent<{ dropped: number }>} cso-load - The figures were read (an off-screen chart draws when scrolled near); `detail.dropped` counts rows left out.
 * @fires {CustomEvent<{ reason: string; row?: number; field?: string; value?: string; status?: number; partial?: boolean; dropped?: number }>} cso-error - The figures could not be shown; `detail.reason` says why (e.g. `http-error`, `invalid-json`, `area-not-found`).
 *
 * @slot - Fallback content (e.g. a `<table>` of the figures) shown without JavaScript and if the data fails.
 *
 * @csspart base - The figure around the chart.
 * @csspart kicker - The area name over the headline.
 * @csspart headline - The headline: the editor's `headline`, else the computed one.
 * @csspart subhead - The computed headline's second line (the longer change, or a change of coverage), when it has one.
 * @csspart title - The data's title.
 * @csspart chart - The chart box (focusable; arrow keys read each figure).
 * @csspart table - The "show the figures as a table" disclosure.
 * @csspart source - The source line.
 * @csspart credit - The footer's "Chart: …" credit.
 * @csspart meta - The footer: source, credit, notes and "Get the data".
 * @csspart notes - The data's notes, under a "Notes" line that opens them.
 * @csspart error - The error message: one sentence and the source (the box round the chart's room is a dashed hairline in `--cso-rule-color`).
 * @csspart helpline - The compact helpline under the chart.
 * @csspart illustrative - The "Illustrative figures" label, with `illustrative`.
 * @csspart meta - The source, notes and "Get the data" line under the chart.
 * @csspart get-data - The "Get the data (CSV)" button.
 * @csspart dropped - The list of rows left out, when some were.
 *
 * @cssprop [--cso-accent-color=#1d70b8] - Line and area colour.
 * @cssprop [--cso-accent-color-dark=#5ea5e6] - Line colour when the page's color-scheme is dark.
 * @cssprop [--cso-headline-size=1.5em] - Headline size (default 1.5em).
 * @cssprop [--cso-font-family=inherit] - Font (default inherited from the page).
 * @cssprop [--cso-background=Canvas] - Background with `theme`, and behind labels (default Canvas).
 * @cssprop [--cso-theme-padding=0.75rem] - Padding of the box with `theme` (default 0.75rem).
 * @cssprop [--cso-text-color=inherit] - Text colour (default inherited).
 * @cssprop [--cso-muted-color=color-mix(in srgb, currentColor 72%, transparent)] - Secondary text colour.
 * @cssprop [--cso-grid-color=color-mix(in srgb, currentColor 18%, transparent)] - Grid line colour.
 * @cssprop [--cso-font-size=1rem] - Base text size.
 * @cssprop [--cso-focus-color=#fd0] - Keyboard focus ring.
 * @cssprop [--cso-link-color=inherit] - Link colour.
 * @cssprop [--cso-rule-color=color-mix(in srgb, currentColor 25%, transparent)] - Rules between the figures table’s rows, and the dashed outline of a chart that cannot show its figures.
 * @cssprop [--cso-kicker-transform=none] - `text-transform` of the kicker (e.g. `uppercase`).
 * @cssprop [--cso-tooltip-background=#0b0c0c] - Background of the figure read out on hover and keys.
 * @cssprop [--cso-tooltip-color=#fff] - Text of that tooltip.
 * @cssprop [--cso-panel-background=color-mix(in srgb, currentColor 6%, transparent)] - Background of the loading box and of the helpline panel.
 */
export class CsoTrend extends FiguresElement {
  static override styles = [baseStyles, chartStyles];

  static override properties = {
    ...FiguresElement.properties,
    from: {},
    to: {},
  };

  declare from: string | null | undefined;
  declare to: string | null | undefined;

  protected readonly labelKind = 'period' as const;
  protected readonly labelsAttribute = 'data-periods';

  /** The plot's height in pixels: `chart-height` (at most MAX_CHART_HEIGHT), or 260. */
  private plotHeight(): number {
    return this.chartHeight > 0 ? Math.min(Math.round(this.chartHeight), MAX_CHART_HEIGHT) : DEFAULT_CHART_HEIGHT;
  }

  protected reservedHeight(): string {
    return `${this.plotHeight()}px`;
  }

  protected view(document: FiguresDocument, m: Messages): ViewResult {
    const selected = selectSeries(document, this.area ?? undefined, this.from ?? undefined, this.to ?? undefined);
    if (!selected.ok) return selectionError(selected);
    const { series } = selected;
    const rates = this.rates(series.points, document, m);
    // With `per`, the rates are the series: a year without a population is a gap (an unknown rate), so no
    // headline ever compares a rate with a count. The counts stay beside them in the table and the CSV.
    const rated = rates.rated;
    const points = rated ?? series.points;
    // A rate has one decimal ("12.3"); a percentage change stays whole (the catalogues write it as a count).
    const f = rated ? (n: number) => formatRate(n, m.locale) : this.format;
    const headline = trendHeadline(points, series.ordered);
    const counted = document.measure;
    // "offences per 100,000 children": the unit over the axis, the spoken summary, each figure read out and the table say it.
    const measure = rated ? `${counted} ${rates.per}` : counted;
    const lead = m.trendLine(headline.lead, f);
    const plotted = { ...series, points };
    // The table's and the CSV's figure columns: the count, and with rates the rate beside it.
    const heads = (rated ? [counted, measure] : [counted]).map((h) => capitalise(m.measureName(h), m.locale));
    const figures = (p: SeriesPoint) => (rated ? [p.count!, p.value] : [p.value]);
    return {
      ok: true,
      view: {
        kicker: series.area,
        // A rate's headline says what it is per (a line that states a figure or a change; not "no figures").
        headline: rated && ('to' in headline.lead || 'point' in headline.lead) ? `${lead}, ${rates.per}` : lead,
        ...(headline.second ? { subhead: m.trendLine(headline.second, f) } : {}),
        summary: m.trendSummary(series.area, measure, headline, f),
        stopCount: points.length,
        stop: (i) => {
          const p = points[i]!;
          return { label: `${series.area}, ${p.period}`, value: p.value === null ? m.noFigure : m.figureSaid(f(p.value), measure) };
        },
        chart: (width, active) => (width > 0 ? this.renderChart(plotted, width, active, m, f, rated && heads[1]) : nothing),
        // Why counts are shown though `per` asked for rates: under the chart, drawn with the ready state so the chart's first frame moves nothing.
        ...(rates.note ? { afterChart: () => html`<p class="rates-note">${rates.note}</p>` } : {}),
        table: () => this.renderTable(plotted, heads, figures, f, m),
        csv: () => [
          [m.area, m.period, ...heads, m.notes, m.source],
          ...points.map((p) => [
            series.area,
            p.period,
            // A rate to one decimal place, as shown.
            ...figures(p).map((v, i) => (i && v ? Math.round(v * 10) / 10 : v)),
            p.note ?? (p.value === null ? m.noFigure : ''),
            p.cite ?? document.source?.name ?? '',
          ]),
        ],
        csvName: `${document.title ?? counted} ${series.area}`,
      },
    };
  }

  /** The figures, a row a period: the count, and with rates the rate (written by `f`) beside it; "no figure" where either is unknown. */
  private renderTable(series: Series, heads: string[], figures: (p: SeriesPoint) => (number | null)[], f: (n: number) => string, m: Messages) {
    // When figures come with caveats (e.g. how many forces answered), the table says them beside each figure.
    const withNotes = series.points.some((p) => p.note);
    return html`<table>
      <caption>
        ${m.tableCaption(series.area)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.period}</th>
          ${heads.map((h) => html`<th scope="col" class="number">${h}</th>`)}
          ${withNotes ? html`<th scope="col">${m.notes}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${series.points.map(
          (p) => html`<tr>
            <th scope="row">${p.period}</th>
            ${figures(p).map((v, i) => html`<td class="number">${v === null ? m.noFigure : (i ? f : this.format)(v)}</td>`)}
            ${withNotes ? html`<td>${p.note ?? ''}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** `f` writes a figure; `unit`, with rates, goes over the axis ("Offences per 100,000 children"). */
  private renderChart(series: Series, width: number, active: number | undefined, m: Messages, f: (n: number) => string, unit: string | false | undefined) {
    const height = this.plotHeight();
    const known = knownPoints(series.points);
    // One figure is a number and its period, not a lone dot in an empty plot.
    if (known.length === 1) {
      const only = known[0]!;
      return html`<p class="single-figure" ${styleProps({ height: `${height}px` })}>
        <span class="single-value">${f(only.value)}</span>
        <span class="single-period">${only.period}${unit ? ` · ${unit}` : ''}</span>
      </p>`;
    }
    const g = trendGeometry(series.points, { width, height, locale: m.locale, coverageChanges: coverageChanges(series.points), coverageLabel: m.coverageMark, ...(unit ? { unit, format: f } : {}) });
    const activePoint = active === undefined ? undefined : g.points[active];
    const tip = activePoint ? `${activePoint.period}: ${activePoint.value === null ? m.noFigure : f(activePoint.value)}` : '';
    // The tooltip stays wholly inside the chart: its centre is held half its width from each edge, and it goes under a point near the top.
    const tipHalf = estimateTextWidth(tip, 14) / 2 + 10;
    const tipX = activePoint ? Math.min(Math.max(activePoint.x, tipHalf), g.width - tipHalf) : 0;
    const tipY = activePoint ? activePoint.y ?? g.plot.bottom - 24 : 0;
    // The SVG is made as nodes, not through a template: no comment markers (see drawSvg). A server has no
    // nodes to make, and hydrating what it drew must meet its templates: there the same marks as templates.
    const drawing = onServer || (mayRunWithoutDom && hydrating!.has(this)) ? serverSvg(trendMarks(g, active, m)) : drawSvg(trendMarks(g, active, m));
    return activePoint
      ? html`${drawing}<div class="tooltip ${tipY < 40 ? 'below' : ''}" ${styleProps({ left: `${tipX}px`, top: `${tipY}px` })}>${tip}</div>`
      : drawing;
  }
}

import { html, nothing, type PropertyValues } from 'lit';
import { rankBars, type BarRow } from './bars.js';
import { capitalise, formatRate } from '../../chart/format.js';
import { FEWEST_TO_RANK, TOP_COUNT, folds, rankRows, selectForRanking, shownBars, standing, type RankedRow } from '../../chart/rank.js';
import { forcesInScope, knownForces, missingForces } from '../../data/forces.js';
import { compareNames, sameName } from '../../data/names.js';
import type { FiguresDocument } from '../../data/types.js';
import type { Messages } from '../../i18n/index.js';
import { FiguresElement, MAX_CHART_HEIGHT, selectionError, type ViewResult } from '../shared/figures-element.js';
import { styleProps } from '../shared/style-props.js';
import { baseStyles } from '../shared/tokens.styles.js';
import { chartStyles } from '../shared/chart.styles.js';
import { rankStyles } from './cso-region-rank.styles.js';


/** The space between the bars and the lines under them (the chart box's bottom margin). */
const CONTROLS_GAP = '0.5rem';

/**
 * Police forces ranked by their figure for one period, largest first, one
 * force highlighted, optionally within one region, with a computed headline
 * ("Lancashire: 2nd of 5 in the North West"). A long ranking shows its top
 * ten and the highlighted force in its place, with a "Show all" button.
 * Forces with no figure (a null figure, or none in the data) are never
 * drawn as 0: one line under the bars counts them and opens to their names.
 *
 * @summary Where a force stands among its neighbours and the nation.
 *
 * @attr src - URL of a figures JSON document.
 * @attr period - The period to rank, e.g. `2019/20` (default: the latest in the data; when its periods are not all years, the last given, and the kicker says so).
 * @attr region - Only forces in this region, e.g. `North West`.
 * @attr highlight - The force to mark and to state in the headline.
 * @attr per - Show a rate per this many people, e.g. `100000`, from each row's `denominator` (or `population`): the headline, the figures' unit under the bars, the table and the spoken summary say "per 100,000 …". A row without one has no rate (unknown, never 0). Data with no denominator at all shows counts, and says why. Counts are the default.
 * @attr data-areas - Comma-separated force names, with `data-values`.
 * @attr data-values - Figures for those forces; empty or `-` means no figure.
 * @attr measure - What is counted (default `offences`).
 * @attr source - Source name, overriding the document's.
 * @attr source-url - Source link (http/https only).
 * @attr heading - A title over the chart.
 * @attr headline - The editor's headline, replacing the computed one on screen (the computed one stays in the spoken summary).
 * @attr notes - Notes under the chart (behind "Notes"), overriding the document's.
 * @attr credit - Who made the chart, in the footer: `credit="Lancashire Telegraph"` reads "Chart: Lancashire Telegraph".
 * @attr helpline - Helpline preset(s) shown under the chart (default `nspcc`).
 * @attr chart-height - Height reserved for the bars while loading, in pixels (default: a row for each force of the region, 12 without one). Once drawn the bars take what they need; the rest stays under the footer while on screen, and is given back once the ranking is below the screen.
 * @attr timeout - Milliseconds to wait for `src` (default 15000).
 * @attr illustrative - Labels the chart "Illustrative figures" on screen.
 * @attr theme - `light` or `dark`: a box in its own colours; without it the widget takes the page's colours and color-scheme.
 * @attr lang - Language of the widget's words (`en`, `cy`), else the nearest ancestor's `lang`.
 *
 * @fires {CustomEvent<{ dropped: number }>} cso-load - The figures were read (an off-screen chart draws when scrolled near); `detail.dropped` counts rows left out.
 * @fires {CustomEvent<{ reason: string; row?: number; field?: string; value?: string; status?: number; partial?: boolean; dropped?: number }>} cso-error - The figures could not be shown; `detail.reason` says why (e.g. `period-not-found`, `region-not-found`).
 *
 * @slot - Fallback content shown without JavaScript and if the data fails.
 *
 * @csspart base - The figure around the chart.
 * @csspart kicker - Region and period over the headline.
 * @csspart headline - The headline: the editor's `headline`, else the computed one.
 * @csspart subhead - The computed headline's second line, when it has one.
 * @csspart chart - The bars (focusable; arrow keys read each force).
 * @csspart table - The "show the figures as a table" disclosure.
 * @csspart source - The source line.
 * @csspart credit - The footer's "Chart: …" credit.
 * @csspart meta - The footer: source, credit, notes and "Get the data".
 * @csspart error - The error message: one sentence and the source (the box round the chart's room is a dashed hairline in `--cso-rule-color`).
 * @csspart helpline - The compact helpline under the chart.
 * @csspart title - The data's title (or `heading`).
 * @csspart notes - The data's notes, under a "Notes" line that opens them.
 * @csspart illustrative - The "Illustrative figures" label, with `illustrative`.
 * @csspart meta - The source, notes and "Get the data" line under the chart.
 * @csspart get-data - The "Get the data (CSV)" button.
 * @csspart dropped - The list of rows left out, when some were.
 * @csspart show-all - The "Show all 46 forces" button under a long ranking (a real button with `aria-expanded`; "Show the top 10" once opened).
 * @csspart no-figure - The "No figure for 33 forces" line under the bars, which opens to their names (forces with a null figure and forces the data lacks alike).
 *
 * @cssprop [--cso-accent-color=#1d70b8] - The highlighted force's bar colour (unless `--cso-highlight-color` is set), and every bar's when no force is highlighted.
 * @cssprop [--cso-highlight-color=var(--cso-accent-color)] - The highlighted force's bar colour: one solid colour.
 * @cssprop [--cso-bar-color=#858585] - The other bars, when a force is highlighted: neutral, so the one stands out.
 * @cssprop [--cso-accent-color-dark=#5ea5e6] - The accent colour when the page's color-scheme is dark.
 * @cssprop [--cso-highlight-color-dark=var(--cso-accent-color-dark)] - Highlighted bar colour when the page's color-scheme is dark.
 * @cssprop [--cso-bar-color-dark=#707070] - The other bars when the page's color-scheme is dark.
 * @cssprop [--cso-headline-size=1.5em] - Headline size (default 1.5em).
 * @cssprop [--cso-font-family=inherit] - Font (default inherited from the page).
 * @cssprop [--cso-background=Canvas] - Background with `theme`, and behind labels (default Canvas).
 * @cssprop [--cso-theme-padding=0.75rem] - Padding of the box with `theme` (default 0.75rem).
 * @cssprop [--cso-text-color=inherit] - Text colour.
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
export class CsoRegionRank extends FiguresElement {
  static override styles = [baseStyles, chartStyles, rankStyles];

  static override properties = {
    ...FiguresElement.properties,
    period: {},
    region: {},
    highlight: {},
  };

  declare period: string | null | undefined;
  declare region: string | null | undefined;
  declare highlight: string | null | undefined;

  protected readonly labelKind = 'area' as const;
  protected readonly labelsAttribute = 'data-areas';

  /*
   * The bars are HTML sized in percentages and need no width to draw; they
   * still wait for one, as a trend does, because the width arrives only once
   * the ranking is on screen or near it: a page of many rankings builds only
   * the rows a reader can see. Until then the ranking holds the room its rows
   * will take (#barsRoom, and off screen `--_rows` in the styles).
   */

  /** Rows of room an undrawn ranking holds off screen: a row per bar, and one for each line under them. */
  #estimatedRows?: number;
  /** Lines of controls under the bars ("Show all 46 forces", "No figure for 33 forces"), each 1.875rem tall. */
  #controlLines = 0;
  /** A long ranking shows its top ten until the reader asks for all. */
  #showAll = false;
  /** True for the frame in which the bars are first drawn (see #barsRoom). */
  #firstDraw = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.get('width') === 0 && this.width > 0) this.#firstDraw = true;
  }

  protected override updated(): void {
    super.updated();
    // For styles only: an undrawn ranking off screen is held at about its drawn height, a row per bar.
    // A custom property, not attr(): a typed attr() is Chromium-only (see the styles).
    const rows = this.status === 'ready' && this.#estimatedRows ? String(this.#estimatedRows) : '';
    if (this.style.getPropertyValue('--_rows') !== rows) {
      if (rows) this.style.setProperty('--_rows', rows);
      else this.style.removeProperty('--_rows');
    }
    if (this.#firstDraw) {
      requestAnimationFrame(() => {
        this.#firstDraw = false;
        this.requestUpdate();
      });
    }
  }

  /**
   * Room for a row for every force the region has (or a page of them
   * nationally), so the page does not jump when data arrives. A row's height
   * (--_row-block) is set in the styles: taller in a narrow box, where each
   * name sits above its bar.
   */
  /** Inline rows belong to the `period` and `region` given, as attributes or properties alike. */
  protected override inlinePlace(): { period?: string; region?: string } {
    return { period: this.period ?? undefined, region: this.region ?? undefined };
  }

  protected reservedHeight(): string {
    if (this.chartHeight > 0) return `${Math.min(Math.round(this.chartHeight), MAX_CHART_HEIGHT)}px`;
    // A region: a row for each of its forces (one without a figure is a line, no taller than a row, under the bars).
    // All forces: the top ten and the highlighted force, then "Show all" and "No figure for …".
    if (this.region) return `calc(${knownForces(this.region)?.length ?? 8} * var(--_row-block) + ${CONTROLS_GAP})`;
    return `calc(${TOP_COUNT + 1} * var(--_row-block) + 2 * 1.875rem + ${CONTROLS_GAP})`;
  }

  /** The bars' box fits its rows: a ranking from a URL keeps its loading room under its footer instead (see FiguresElement). */
  protected override readyMinHeight(): undefined {
    return undefined;
  }

  /**
   * The bars' room. Until drawn it holds a row per bar. The bars first draw
   * inside the callback that reports the width, before the frame is painted.
   * Changing the page's layout there would change the size of whatever the
   * page itself observes (the body, for an iframe resizer) at a depth that
   * callback cannot reach: the browser's "ResizeObserver loop" error. So in
   * that frame the room keeps exactly its height, and in the next the bars
   * take their own: the same, unless a force's name wraps onto a second line.
   */
  #barsRoom(rows: number): Record<string, string | undefined> {
    const height = `calc(${rows} * var(--_row-block))`;
    if (this.width === 0) return { 'min-height': height };
    return this.#firstDraw ? { height, overflow: 'clip' } : {};
  }

  protected view(document: FiguresDocument, m: Messages): ViewResult {
    const selected = selectForRanking(document, this.period || undefined, this.region || undefined);
    if (!selected.ok) return selectionError(selected);
    const { period, region } = selected;
    // No period asked for and none can be called the latest: the kicker and the summary say which one this is.
    const periodSaid = selected.unordered ? m.periodsUnordered(period) : period;
    const rates = this.rates(selected.rows, document, m);
    const rated = rates.rated;
    // "offences per 100,000 children": the table's column, the spoken summary and each figure read out say it.
    const measure = rated ? `${document.measure} ${rates.per}` : document.measure;
    // Under the bars, where a chart's axis says its unit: what a rate is per, or why counts are shown.
    const ratesNote = rated ? capitalise(m.measureName(measure), m.locale) : rates.note;
    const show = rated ? (n: number) => formatRate(n, m.locale) : this.format;
    const ranked = rankRows(rated ?? selected.rows);
    const missing = missingForces(
      selected.rows.map((r) => r.area),
      region,
    );
    const where = standing(ranked, this.highlight || undefined, missing.length);
    const known = ranked.filter((r) => r.value !== null);
    // Forces with a null row and forces the data lacks are alike to a reader: no figure, listed last in the table and the CSV.
    const noFigure = [...ranked.filter((r) => r.value === null).map((r) => r.area), ...missing].sort(compareNames);
    const all: RankedRow[] = [...known, ...noFigure.map((area) => ranked.find((r) => r.area === area) ?? { area, value: null, tied: false, share: 0, cite: '' })];
    const isHighlight = (r: RankedRow) => !!this.highlight && sameName(r.area, this.highlight);
    // Bars for forces with a figure only: the top ten of a long ranking (and the highlighted force in its place) until a reader asks for all.
    const shown = shownBars(known, isHighlight, this.#showAll);
    const folding = folds(known.length);
    // The row after the top ten, when folded, is the highlighted force in its place.
    const gapAt = folding && !this.#showAll ? TOP_COUNT : -1;
    // Places only where they mean something: with fewer than three figures no force is called 1st or 2nd.
    const ranks = known.length >= FEWEST_TO_RANK;
    // Made when first drawn: a page of many rankings keeps no rows for the ones never scrolled to.
    let bars: BarRow[] | undefined;
    const barsOnce = () =>
      (bars ??= shown.map((r, i) => ({
        rank: ranks ? String(r.rank) : '',
        name: r.area,
        highlight: isHighlight(r),
        share: r.share / 100,
        value: show(r.value!),
        afterGap: i === gapAt,
      })));
    this.#controlLines = (folding ? 1 : 0) + (noFigure.length ? 1 : 0);
    // The lines under the bars count as rows in the room an undrawn ranking holds off screen, and the gap above them (0.5rem) as 4/15 of one.
    this.#estimatedRows = shown.length + this.#controlLines + (this.#controlLines ? 4 / 15 : 0);
    // The kicker counts what the headline counts: forces with a figure, of the forces in scope when known.
    const kicker = m.rankKicker(region, periodSaid, known.length, forcesInScope(selected.rows.map((r) => r.area), region)?.length);
    const subhead = m.rankSubhead(where, region);
    return {
      ok: true,
      view: {
        kicker,
        // A rate's headline says what it is per: "Kent: 4th of 5 forces, per 100,000 children".
        headline: `${m.rankHeadline(where, region, period, show)}${rated ? `, ${rates.per}` : ''}`,
        ...(subhead ? { subhead } : {}),
        summary: m.rankSummary(region, periodSaid, measure, known.map((r) => `${r.area} ${show(r.value!)}`).join(', '), noFigure),
        stopCount: shown.length,
        stop: (i) => {
          const r = shown[i]!;
          return { label: ranks ? `${m.ordinal(r.rank!)}, ${r.area}` : r.area, value: m.figureSaid(show(r.value!), measure) };
        },
        // No list at all without a bar: an empty list (a grid) would stop the empty box's margins collapsing, and the box would grow as it draws.
        chart: (width, active) => html`<div ${styleProps(this.#barsRoom(shown.length))}>${width > 0 && shown.length ? rankBars(barsOnce(), active) : nothing}</div>
          ${ratesNote ? html`<p class="rates-note">${ratesNote}</p>` : nothing}`,
        // Drawn with the ready state, before the width is known: the first frame with bars changes no other height.
        afterChart: () =>
          this.#controlLines
            ? html`<div class="controls">
                ${folding
                  ? html`<button
                      class="show-all"
                      part="show-all"
                      type="button"
                      aria-expanded=${this.#showAll}
                      @click=${() => {
                        this.#showAll = !this.#showAll;
                        this.requestUpdate();
                      }}
                    >
                      ${this.#showAll ? m.showTop : m.showAll(known.length)}
                    </button>`
                  : nothing}
                ${noFigure.length
                  ? html`<details class="missing" part="no-figure"><summary>${m.noFigureFor(noFigure.length)}</summary><p>${noFigure.join(', ')}</p></details>`
                  : nothing}
              </div>`
            : nothing,
        csv: () => [
          [m.rank, m.area, m.period, capitalise(m.measureName(measure), m.locale), m.notes, m.source],
          ...all.map((r) => [
            r.rank ?? '',
            r.area,
            period,
            r.value === null ? null : rated ? Math.round(r.value * 10) / 10 : r.value,
            r.value === null ? m.noFigure : r.note ?? '',
            r.cite ?? document.source?.name ?? '',
          ]),
        ],
        csvName: `${document.title ?? measure} ${region ?? m.allAreas} ${period}`,
        ...(where.kind === 'absent' ? { warning: { reason: 'area-not-found' as const, field: 'highlight', value: where.area } } : {}),
        table: () => html`<table>
          <caption>
            ${kicker}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="number">${m.rank}</th>
              <th scope="col">${m.area}</th>
              <th scope="col" class="number">${capitalise(m.measureName(measure), m.locale)}</th>
            </tr>
          </thead>
          <tbody>
            ${all.map(
              (r) => html`<tr>
                <td class="number">${r.rank === undefined ? '–' : ranks ? `${r.tied ? '=' : ''}${r.rank}` : ''}</td>
                <th scope="row">${r.area}${isHighlight(r) ? html` <span class="visually-hidden">(${m.highlighted})</span>` : nothing}</th>
                <td class="number">${r.value === null ? m.noFigure : show(r.value)}</td>
              </tr>`,
            )}
          </tbody>
        </table>`,
      },
    };
  }
}

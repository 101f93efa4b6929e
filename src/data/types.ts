/** One figure: what one police force (or a total) recorded in one period. */
export interface FigureRow {
  area: string;
  region?: string;
  period: string;
  /** `null` means no figure was given: unknown, never zero. */
  value: number | null;
  /** Where the figure was published, so a reader can check it. */
  cite?: string;
  /** The population the figure is a share of (e.g. children in the force area), when the data supplies it: rates need it and are never computed without it. */
  denominator?: number;
  /** What a reader must know to compare it, e.g. which forces answered ("39 of 43 in England and Wales"). */
  note?: string;
  /**
   * What the figure covers, when that changes between periods (e.g. "39 of 43
   * forces in England and Wales"; read from `coverage` or `forces`). Figures of
   * different coverage are never compared in a headline.
   */
  coverage?: string;
}

export interface Source {
  name: string;
  url?: string;
}

/** A parsed figures document: the data contract every widget shares. */
export interface FiguresDocument {
  title?: string;
  measure: string;
  source?: Source;
  notes?: string;
  /** How recent the figures are, in words the data gives ("March 2020"): the footer says "Figures to March 2020". */
  figuresTo?: string;
  /** What `denominator` counts, e.g. "children"; for "per 100,000 children". */
  denominatorLabel?: string;
  /** Force rows. */
  rows: FigureRow[];
  /** National totals: not force rows, kept apart so they are never ranked with forces. */
  totals: FigureRow[];
  /** Regional totals: likewise kept apart. */
  regionTotals: FigureRow[];
}

/**
 * Machine-readable reasons, carried by the `cso-error` event and turned into
 * plain words by the message catalogue.
 */
export type ProblemReason =
  | 'invalid-json'
  | 'wrong-shape'
  | 'no-rows'
  | 'invalid-row'
  | 'invalid-value'
  | 'duplicate-period'
  | 'too-many-rows'
  | 'http-error'
  | 'network-error'
  | 'timeout'
  | 'empty-response'
  | 'wrong-content-type'
  | 'area-not-found'
  | 'period-not-found'
  | 'region-not-found'
  | 'no-area'
  | 'attribute-mismatch'
  | 'unsafe-url'
  /** A value set from script that cannot be used (`field` names the property). */
  | 'invalid-attribute'
  /** The chart was given too little width to be read (`value`: its width in px). */
  | 'no-room';

/** A problem with the data, naming the row and field where there is one. */
export interface DataProblem {
  reason: ProblemReason;
  /** 1-based row number in the document, for a reader's "row 3". */
  row?: number;
  field?: string;
  /** The offending value as text (never rendered as HTML). */
  value?: string;
  /** HTTP status, for `http-error`. */
  status?: number;
}

export type ParseResult =
  | { ok: true; document: FiguresDocument; dropped: DataProblem[] }
  | { ok: false; error: DataProblem; dropped: DataProblem[] };

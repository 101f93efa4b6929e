/** A point as plotted: y is null where the period has no figure. */
export interface MarkedPoint {
  x: number;
  y: number | null;
}

/**
 * The dots on a trend's figures, as one SVG path of circles (one element,
 * however many points, instead of a `<circle>` each). A dot is drawn only
 * where the plot's width can show it apart from its neighbours: once points
 * stand closer than a dot's width and 4 px, the dots would merge into a
 * thick line and add nothing a reader can see, so a long series is drawn as
 * its line alone. A figure with no figure either side is always dotted: its
 * line is a single point and would not show at all.
 */
export function pointMarks(points: readonly MarkedPoint[], r: number): string {
  // One point, or points at least a dot's width and 4 px apart.
  const roomy = !(Math.abs(points[1]?.x! - points[0]?.x!) < r * 2 + 4);
  let path = '';
  points.forEach((p, i) => {
    if (p.y !== null && (roomy || (points[i - 1]?.y == null && points[i + 1]?.y == null))) path += `M${p.x},${p.y}m-${r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 -${2 * r},0`;
  });
  return path;
}

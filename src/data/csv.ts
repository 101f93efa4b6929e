/**
 * The figures a chart shows, as CSV a spreadsheet opens correctly: UTF-8 with
 * a byte-order mark (so Excel reads "Ynys Môn" right), CRLF line ends, and
 * RFC 4180 quoting.
 */
const BOM = '\ufeff';

/**
 * A cell as CSV text. A label that starts like a formula (=, +, -, @) gets a
 * leading apostrophe so a spreadsheet shows it instead of running it.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** "Online child sexual offences: Lancashire" → "online-child-sexual-offences-lancashire.csv". */
export function csvFilename(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'figures'}.csv`;
}

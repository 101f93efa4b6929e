// A rollup plugin that trims the whitespace inside Lit's html`` and svg``
// templates: the indentation that keeps them readable in src/ would otherwise
// ship to every reader, and every run of it is a text node in every chart.
// A run beside a block's tag (or an SVG shape's) renders nothing and is
// removed; any other run that contains line breaks becomes those line
// breaks alone. The source map follows (magic-string), and what a reader
// sees is unchanged (HTML renders a run of whitespace as one space at most,
// and none at the start or end of a line; no template here uses <pre> or
// textarea). It runs on what
// TypeScript emitted (that plugin compiles from disk, so it must come after
// it). Only the literal text between ${} holes is touched, found with
// TypeScript's own parser rather than a regular expression.
import MagicString from 'magic-string';
import ts from 'typescript';

const TAGS = new Set(['html', 'svg']);

/*
 * A run of whitespace beside the start or end tag of a block (or of an SVG
 * shape) is never drawn: CSS drops spaces at the start and end of a line,
 * and SVG draws text only inside <text>. Yet each such run is a text node in
 * every chart on the page (about a quarter of a chart's nodes, issue 19), so
 * these runs are removed, not collapsed. Runs between inline content
 * (<span>, <a>, <button>, a ${} part) keep their line break: there a space
 * shows.
 */
const BLOCKS = new Set(
  'figure figcaption div p details summary table caption thead tbody tr th td ul ol li aside section header footer svg g path line circle rect text tspan title desc style slot helpline-box'.split(' '),
);
/** The name of the tag that ends just before `at` (`<p class="x">`, `</p>`), if the run follows a tag. */
function tagBefore(text, at) {
  if (text[at - 1] !== '>' || text[at - 2] === '-') return undefined;
  const open = text.lastIndexOf('<', at - 1);
  return open === -1 ? undefined : /^<\/?([a-z][a-z0-9-]*)/i.exec(text.slice(open))?.[1]?.toLowerCase();
}
/** The name of the tag that starts right after `at`, if the run precedes a tag. */
function tagAfter(text, at) {
  return /^<\/?([a-z][a-z0-9-]*)/i.exec(text.slice(at))?.[1]?.toLowerCase();
}
function rendersNothing(text, from, to) {
  // Inside an <svg> only a <text> draws words: anywhere else there whitespace is nothing, even between two holes.
  const inside = (name) => text.lastIndexOf(`<${name}`, from) > text.lastIndexOf(`</${name}`, from);
  if (inside('svg') && !inside('text')) return true;
  const before = tagBefore(text, from);
  const after = tagAfter(text, to);
  // Inside an SVG <text> (after its start tag) the words are drawn: keep the run unless a tag follows.
  if (before === 'text' && !text.slice(text.lastIndexOf('<', from - 1), from).startsWith('</')) return after !== undefined;
  return (before !== undefined && BLOCKS.has(before)) || (after !== undefined && BLOCKS.has(after));
}

export function minifyHtmlLiterals() {
  return {
    name: 'minify-html-literals',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|svg)\s*`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      // `before` is the template's text up to this literal (holes as "${}"), so a tag that began before a hole is still known.
      const collapse = (node, before) => {
        // The literal's text lies between its delimiters: ` or } before, ` or ${ after.
        const start = node.getStart(source) + 1;
        const end = node.getEnd() - (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateTail(node) ? 1 : 2);
        const text = code.slice(start, end);
        const whole = before + text;
        // A run that renders nothing goes; the source map (magic-string's) follows the lines that moved.
        const collapsed = text.replace(/(>)?(\s*\n\s*)(<\/?[a-zA-Z][\w-]*)?/g, (match, gt = '', run, tag = '', at) => {
          const from = before.length + at + gt.length;
          if (!rendersNothing(whole, from, from + run.length)) return `${gt}${run.replace(/[^\n]/g, '')}${tag}`;
          return `${gt}${tag}`;
        });
        if (collapsed !== text) edits.push([start, end, collapsed]);
        return `${whole}\${}`;
      };
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
          const template = node.template;
          if (ts.isNoSubstitutionTemplateLiteral(template)) collapse(template, '');
          else {
            let before = collapse(template.head, '');
            for (const span of template.templateSpans) before = collapse(span.literal, before);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.length) return null;
      const out = new MagicString(code);
      for (const [start, end, text] of edits) out.overwrite(start, end, text);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

// A rollup plugin that collapses the whitespace inside Lit's html`` and svg``
// templates: the indentation that keeps them readable in src/ would otherwise
// ship to every reader. Any run of whitespace that contains line breaks
// becomes those line breaks alone (so lines, and source maps, stay where they
// were). HTML renders any run of whitespace as one space (outside
// <pre> and textarea, which no template here uses), so what a reader sees is
// unchanged. It runs on what TypeScript emitted (that plugin compiles from
// disk, so it must come after it). Only the literal text between ${} holes is touched, found with
// TypeScript's own parser rather than a regular expression.
import ts from 'typescript';

const TAGS = new Set(['html', 'svg']);

export function minifyHtmlLiterals() {
  return {
    name: 'minify-html-literals',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|svg)\s*`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const collapse = (node) => {
        // The literal's text lies between its delimiters: ` or } before, ` or ${ after.
        const start = node.getStart(source) + 1;
        const end = node.getEnd() - (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateTail(node) ? 1 : 2);
        const text = code.slice(start, end);
        const collapsed = text.replace(/\s*\n\s*/g, (run) => run.replace(/[^\n]/g, ''));
        if (collapsed !== text) edits.push([start, end, collapsed]);
      };
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
          const template = node.template;
          if (ts.isNoSubstitutionTemplateLiteral(template)) collapse(template);
          else {
            collapse(template.head);
            for (const span of template.templateSpans) collapse(span.literal);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

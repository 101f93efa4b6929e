// A rollup plugin that minifies the CSS inside Lit's css`` tagged templates:
// comments and whitespace cost bytes in every reader's download, and terser
// leaves template literal contents alone. Only literals without ${} holes are
// touched, so nothing computed can be changed.
export function minifyCssLiterals() {
  const literal = /\bcss\s*`([^`$\\]*)`/g;
  const minify = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\.styles\.[tj]s$/.test(id)) return null;
      return { code: code.replace(literal, (_, body) => `css\`${minify(body)}\``), map: null };
    },
  };
}

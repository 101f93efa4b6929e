// A rollup plugin that minifies the CSS inside Lit's css`` tagged templates:
// comments and whitespace cost bytes in every reader's download, and terser
// leaves template literal contents alone. Only literals without ${} holes are
// touched, so nothing computed can be changed.
/** Whether the end of `text` is inside an open parenthesis (a function such as calc(var(--a) + 1em), nested or not). */
export function insideParentheses(text) {
  let depth = 0;
  for (const char of text) depth += char === '(' ? 1 : char === ')' ? -1 : 0;
  return depth > 0;
}

/** The CSS of one literal, minified. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
      // 0.5rem -> .5rem (after a separator only, so 10.5 stays); "+" and "~" between selectors, never inside
      // parentheses: calc(), max(), min(), clamp() need the spaces around "+" (`max(1em,1.4em+.25rem)` is invalid).
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
      // [part='email'] -> [part=email]: a plain word needs no quotes.
    .replace(/\[([\w-]+)=(['"])([a-z][\w-]*)\2\]/gi, '[$1=$3]')
    .replace(/ ([+~]) (?=[.#:[a-z*])/g, (match, combinator, offset, whole) => (insideParentheses(whole.slice(0, offset)) ? match : combinator))
      // grid-area: 1 / 1 -> 1/1: a slash needs no spaces in any value (our styles quote no slash).
    .replace(/ \/ /g, '/')
    .trim();
}

export function minifyCssLiterals() {
  const literal = /\bcss\s*`([^`$\\]*)`/g;
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\.styles\.[tj]s$/.test(id)) return null;
      return { code: code.replace(literal, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}

// A rollup plugin that marks d3's load-time factory calls as pure.
//
// d3-shape 3.2 ships one flat ES module in which each parametric curve is
// built at load time by an immediately invoked function, e.g.
//   var bundle = (function custom(beta) { … })(0.85);
// Rollup cannot prove such calls free of side effects, so every curve (and
// the code they use) stayed in our bundle although we import only line and
// area: about 8 kB of minified code no reader's browser ever ran. Marking the
// calls /*#__PURE__*/ (what d3's own sources would need for this) lets
// rollup drop the unused ones and keep the used ones exactly as they are.
// d3-array has the same pattern for its bisectors (`bisector(ascending)`),
// which we never use.
const CURVE_FACTORY = /=\s*\((function custom\()/g;
const RADIAL_LINEAR = /=\s*(curveRadial\(curveLinear\))/g;
const BISECTORS = /=\s*(bisector\((?:ascending|number)\))/g;

export function pureD3Factories() {
  return {
    name: 'pure-d3-factories',
    transform(code, id) {
      if (/[\\/]d3-array[\\/]dist[\\/]d3-array\.mjs$/.test(id)) return { code: code.replace(BISECTORS, '= /*#__PURE__*/$1'), map: null };
      if (!/[\\/]d3-shape[\\/]dist[\\/]d3-shape\.mjs$/.test(id)) return null;
      const marked = code.replace(CURVE_FACTORY, '= /*#__PURE__*/($1').replace(RADIAL_LINEAR, '= /*#__PURE__*/$1');
      return { code: marked, map: null };
    },
  };
}

// The custom-elements manifest (custom-elements.json) is generated from the
// JSDoc on each element class: @attr, @fires, @slot, @csspart, @cssprop.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/shared/style-props.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer also lists reactive properties that are internal state
      // or belong to a sibling element; the public attributes are the ones
      // documented with @attr on the element itself.
      name: 'documented-attributes-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement || !declaration.attributes) continue;
            declaration.attributes = declaration.attributes.filter((attribute) => attribute.description);
            declaration.members = (declaration.members ?? []).filter((member) => member.privacy !== 'private' && member.privacy !== 'protected');
          }
        }
      },
    },
    {
      // The package ships dist/npm/ (one .js and .d.ts per source module),
      // not src/: every path and module reference points at what is shipped.
      name: 'paths-to-shipped-files',
      packageLinkPhase({ customElementsManifest }) {
        const shipped = (value) => value.replace(/^\/?src\/(.+)\.(ts|js)$/, 'dist/npm/$1.js');
        const walk = (node) => {
          if (Array.isArray(node)) node.forEach(walk);
          else if (node && typeof node === 'object') {
            for (const [key, value] of Object.entries(node)) {
              if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
              else walk(value);
            }
          }
        };
        walk(customElementsManifest);
      },
    },
  ],
};

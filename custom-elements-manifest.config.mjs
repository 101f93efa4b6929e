import { existsSync } from 'node:fs';

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
      // A property that reads and writes an attribute is documented once, on
      // the attribute (@attr): give the property that description and link
      // the two, so editors show it on either.
      name: 'properties-from-attributes',
      packageLinkPhase({ customElementsManifest }) {
        const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement) continue;
            for (const member of declaration.members ?? []) {
              if (member.kind !== 'field' || member.description) continue;
              const attribute = (declaration.attributes ?? []).find((a) => a.fieldName === member.name || camel(a.name) === member.name);
              if (!attribute?.description) continue;
              member.description = attribute.description;
              member.attribute ??= attribute.name;
              attribute.fieldName ??= member.name;
            }
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
        // A module with nothing left at run time (only types, or a constant the build inlined) has no file.
        customElementsManifest.modules = customElementsManifest.modules.filter((module) => existsSync(module.path));
      },
    },
  ],
};

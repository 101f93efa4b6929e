// A rollup plugin that writes dist/NOTICE.txt: the licence of every package
// the self-contained bundles carry (Lit under BSD-3-Clause, d3 under ISC),
// taken from the packages themselves. Their licences ask that the copyright
// notice travels with every copy; the minified bundles keep only a one-line
// pointer to this file (see `banner` in rollup.config.mjs), because the full
// texts would cost every reader's download. The npm build (dist/npm/) bundles
// no third-party code: an app installs Lit and d3 itself, with their licences.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** Every package seen by any build of this config, by name: the union is written each time, so the last build's file is complete. */
const seen = new Map();

function packageOf(id) {
  const at = id.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0) return undefined;
  let dir = dirname(id);
  while (dir.length > at && !existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenceFile = readdirSync(dir).find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file));
  return { name: manifest.name, version: manifest.version, license: manifest.license, text: licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : undefined };
}

export function thirdPartyNotices(file = 'dist/NOTICE.txt') {
  return {
    name: 'third-party-notices',
    generateBundle(_options, bundle) {
      // Only modules with code left in a chunk: tree-shaking drops whole packages (d3-format, d3-color).
      for (const chunk of Object.values(bundle)) {
        for (const [id, module] of Object.entries(chunk.modules ?? {})) {
          if (module.renderedLength === 0) continue;
          const found = packageOf(id);
          if (found && !seen.has(found.name)) seen.set(found.name, found);
        }
      }
    },
    writeBundle() {
      const packages = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
      const sections = packages.map(
        (p) => `${p.name} ${p.version} (${p.license})\n${'-'.repeat(40)}\n${p.text ?? `No licence file in the package; its package.json says ${p.license}.`}`,
      );
      writeFileSync(
        file,
        'cso-widgets is MIT-licensed (see LICENSE). Its self-contained files in this folder\n' +
          '(every .js file here and in chunks/; not npm/, which imports these packages instead)\n' +
          'include code from the packages below, under these licences.\n\n' +
          sections.join('\n\n') +
          '\n',
      );
    },
  };
}

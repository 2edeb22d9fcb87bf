// Checks GeoJSON files against RFC 7946 with @placemarkio/check-geojson (structure, positions,
// bounding boxes, members that do not belong), the check behind placemark.io's importer.
//
//   node check-geojson.mjs FILE...
//
// Prints one line of JSON per file, in the order given:
//   {"file": "a.geojson", "issues": ["The properties member is missing. (at character 40)", ...]}
// Exit 0: it ran (whatever the issues); 3: the package is not installed; 64: usage error.
// Run by dev.sitrep.io.GisTools; install with `npm ci --prefix io/src/test/js`.

import fs from 'node:fs';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: node check-geojson.mjs FILE...\n');
  process.exit(64);
}
let getIssues;
try {
  ({ getIssues } = await import('@placemarkio/check-geojson'));
} catch (e) {
  process.stderr.write(`@placemarkio/check-geojson is not installed: ${e.message}\n`);
  process.exit(3);
}
for (const file of files) {
  const issues = getIssues(fs.readFileSync(file, 'utf8'))
    .map((i) => `${i.message} (at character ${i.from})`);
  process.stdout.write(JSON.stringify({ file, issues }) + '\n');
}

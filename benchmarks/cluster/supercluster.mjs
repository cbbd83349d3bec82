// Runs supercluster (from the npm registry) on the very points the C++
// benchmark measures, and prints its timings as JSON on stdout.
//
//   node supercluster.mjs POINTS.f64 MODULES-DIR CITY-BOX STATE-BOX
//
// POINTS.f64: longitude/latitude pairs as little-endian doubles.
// *-BOX: "west,south,east,north". The packages are fetched once into
// MODULES-DIR, checked against the registry's integrity hashes.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const PACKAGES = { kdbush: '4.0.2', supercluster: '8.0.1' };

async function fetchPackage(name, version, modules) {
  const target = join(modules, name);
  if (existsSync(join(target, 'package.json'))) return;
  const meta = await (await fetch(`https://registry.npmjs.org/${name}/${version}`)).json();
  const tarball = Buffer.from(await (await fetch(meta.dist.tarball)).arrayBuffer());
  const [algorithm, expected] = meta.dist.integrity.split('-');
  const actual = createHash(algorithm).update(tarball).digest('base64');
  if (actual !== expected) throw new Error(`${name}@${version}: integrity check failed`);
  mkdirSync(target, { recursive: true });
  const file = join(modules, `${name}-${version}.tgz`);
  writeFileSync(file, tarball);
  execFileSync('tar', ['xzf', file, '-C', target, '--strip-components=1']);
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// Milliseconds per call: repeated until at least `budget` ms have passed.
function perCall(fn, budget = 300) {
  fn();
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    ++calls;
    elapsed = performance.now() - start;
  } while (elapsed < budget);
  return elapsed / calls;
}

const [pointsFile, modules, cityBox, stateBox] = process.argv.slice(2);
mkdirSync(modules, { recursive: true });
for (const [name, version] of Object.entries(PACKAGES)) await fetchPackage(name, version, modules);
const Supercluster = (await import(pathToFileURL(join(modules, 'supercluster', 'index.js')).href)).default;

const raw = readFileSync(pointsFile);
const coords = new Float64Array(raw.buffer, raw.byteOffset, raw.byteLength / 8);
const features = [];
for (let i = 0; i < coords.length; i += 2)
  features.push({ type: 'Feature', properties: { i: i / 2 }, geometry: { type: 'Point', coordinates: [coords[i], coords[i + 1]] } });

const options = { minZoom: 0, maxZoom: 16, radius: 40, extent: 512, minPoints: 2, nodeSize: 64 };
const builds = [];
let index;
const runs = features.length >= 1000000 ? 3 : 5;
for (let r = 0; r < runs; ++r) {
  const start = performance.now();
  index = new Supercluster(options).load(features);
  builds.push(performance.now() - start);
}
const city = cityBox.split(',').map(Number);
const state = stateBox.split(',').map(Number);
const result = {
  version: PACKAGES.supercluster,
  node: process.version,
  points: features.length,
  buildMs: median(builds),
  cityQueryMs: perCall(() => index.getClusters(city, 12)),
  cityItems: index.getClusters(city, 12).length,
  stateQueryMs: perCall(() => index.getClusters(state, 7)),
  stateItems: index.getClusters(state, 7).length,
};
process.stdout.write(JSON.stringify(result) + '\n');

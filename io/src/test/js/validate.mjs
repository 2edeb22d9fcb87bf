// Validates JSON documents against a JSON Schema (draft 2020-12) with ajv in strict mode.
//
//   node validate.mjs SCHEMA_FILE DOCS_DIR
//
// Every file DOCS_DIR/<def>__<anything>.json is validated against <schema $id>#/$defs/<def>,
// and one line of JSON is printed per document, in file-name order:
//   {"file": "actor__a.json", "valid": false, "errors": ["/name: must be string", ...]}
//
// The schema is first compiled strictly: every strict-mode complaint (unknown keyword, keyword
// without its type, ...) and every message ajv logs is collected, over the root and each $defs
// entry. If there is any, or the schema is invalid against the meta-schema, it prints
//   {"schemaErrors": ["...", ...]}
// and each message on stderr, and exits 2. Exit 0: it ran (whatever the verdicts); 64: usage
// error (bad arguments, a file name not <def>__*.json, an unknown <def>).
//
// `format` is an annotation here (validateFormats: false), as in validate.py.
// Run by dev.sitrep.io.ExternalValidators; install with `npm ci --prefix io/src/test/js`.

import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const USAGE = 64;
const SCHEMA_PROBLEM = 2;

function die(code, messages) {
  for (const m of messages) process.stderr.write(`validate.mjs: ${m}\n`);
  process.exit(code);
}

const [schemaFile, docsDir] = process.argv.slice(2);
if (!schemaFile || !docsDir || process.argv.length !== 4) {
  die(USAGE, ['usage: node validate.mjs SCHEMA_FILE DOCS_DIR']);
}

let schema;
try {
  schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
} catch (e) {
  die(USAGE, [`cannot read schema ${schemaFile}: ${e.message}`]);
}
const id = schema && typeof schema === 'object' ? schema.$id : undefined;
if (typeof id !== 'string' || id.includes('#')) {
  die(USAGE, ['the schema must have an absolute $id without a fragment']);
}
const defs = schema.$defs && typeof schema.$defs === 'object' ? Object.keys(schema.$defs) : [];

// Everything ajv says while compiling, through its logger or, to be safe, the console.
const messages = [];
const collect = (level) => (...args) => messages.push(`${level}: ${args.map(String).join(' ')}`);
const logger = { log: collect('log'), warn: collect('warn'), error: collect('error') };

function newAjv(strict) {
  return new Ajv2020({
    strict, // true: the first complaint throws; 'log': every complaint goes to the logger
    allErrors: true,
    validateFormats: false,
    logger,
  });
}

function compileAll(ajv) {
  ajv.addSchema(schema);
  ajv.getSchema(id); // compiles the root
  for (const def of defs) ajv.getSchema(`${id}#/$defs/${encodeURIComponent(def)}`);
}

function withConsoleCaptured(fn) {
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  console.log = collect('console.log');
  console.info = collect('console.info');
  console.warn = collect('console.warn');
  console.error = collect('console.error');
  try {
    return fn();
  } finally {
    Object.assign(console, saved);
  }
}

// ajv names a complaint's place relative to the schema it was compiling ("#/allOf/0/then"), not
// to the document. To name the $defs entry too, compile each entry alone, the other entries
// replaced by the empty schema, and prefix the paths found. Messages this cannot place stay as
// they were, as do errors (which the whole-schema pass has already reported).
function locate(found) {
  const placed = [];
  const located = [];
  const bare = (m) => m.replace(/ at "[^"]*"/, '');
  const parts = [['', { ...schema, $defs: Object.fromEntries(defs.map((d) => [d, {}])) }]];
  for (const def of defs) {
    const alone = Object.fromEntries(defs.map((d) => [d, d === def ? schema.$defs[d] : {}]));
    parts.push([`/$defs/${def}`, { $schema: schema.$schema, $id: id, $defs: alone }, def]);
  }
  for (const [prefix, part, def] of parts) {
    const before = messages.length;
    withConsoleCaptured(() => {
      try {
        const ajv = newAjv('log');
        ajv.addSchema(part);
        ajv.getSchema(def === undefined ? id : `${id}#/$defs/${encodeURIComponent(def)}`);
      } catch (e) {
        // Such as a $ref into an entry replaced here: the whole-schema pass reports real errors.
      }
    });
    for (const m of messages.splice(before)) {
      placed.push(bare(m));
      located.push(m.replace(/ at "([^"#]*)#([^"]*)"/, (all, base, rel) =>
        rel.startsWith('/$defs/') ? all : ` at "${base}#${prefix}${rel}"`));
    }
  }
  const unplaced = found.filter((m) => !placed.includes(bare(m)));
  return [...new Set([...located, ...unplaced])];
}

// Pass 1, strict: 'log', lists every complaint; pass 2, strict: true, is the verdict (and
// catches anything that throws even in 'log' mode, such as an invalid schema).
const complaints = [];
withConsoleCaptured(() => {
  try {
    compileAll(newAjv('log'));
  } catch (e) {
    complaints.push(`error: ${e.message}`);
  }
});
let strictAjv;
withConsoleCaptured(() => {
  try {
    strictAjv = newAjv(true);
    compileAll(strictAjv);
  } catch (e) {
    const m = `error: ${e.message}`;
    if (!complaints.includes(m) && !messages.some((w) => w.endsWith(e.message))) complaints.push(m);
  }
});
let schemaErrors = [...new Set([...messages, ...complaints])];
if (schemaErrors.length > 0) schemaErrors = locate(schemaErrors);
if (schemaErrors.length > 0) {
  process.stdout.write(JSON.stringify({ schemaErrors }) + '\n');
  die(SCHEMA_PROBLEM, schemaErrors);
}

let files;
try {
  files = fs.readdirSync(docsDir).filter((f) => f.endsWith('.json')).sort();
} catch (e) {
  die(USAGE, [`cannot list ${docsDir}: ${e.message}`]);
}
const jobs = [];
for (const file of files) {
  const sep = file.indexOf('__');
  const def = sep > 0 ? file.slice(0, sep) : undefined;
  if (def === undefined) die(USAGE, [`${file}: the name must be <def>__<anything>.json`]);
  if (!defs.includes(def)) die(USAGE, [`${file}: the schema has no $defs entry '${def}'`]);
  jobs.push({ file, def });
}

function describe(e) {
  let message = e.message ?? e.keyword;
  const p = e.params ?? {};
  if (p.additionalProperty !== undefined) message += ` '${p.additionalProperty}'`;
  if (p.unevaluatedProperty !== undefined) message += ` '${p.unevaluatedProperty}'`;
  if (e.keyword === 'enum' && Array.isArray(p.allowedValues)) {
    message += ` ${JSON.stringify(p.allowedValues)}`;
  }
  if (e.keyword === 'const' && 'allowedValue' in p) message += ` ${JSON.stringify(p.allowedValue)}`;
  return `${e.instancePath}: ${message}`;
}

for (const { file, def } of jobs) {
  let doc;
  try {
    doc = JSON.parse(fs.readFileSync(path.join(docsDir, file), 'utf8'));
  } catch (e) {
    process.stdout.write(JSON.stringify({ file, valid: false, errors: [`: not JSON: ${e.message}`] }) + '\n');
    continue;
  }
  const validate = strictAjv.getSchema(`${id}#/$defs/${encodeURIComponent(def)}`);
  const valid = validate(doc) === true;
  const errors = valid ? [] : (validate.errors ?? []).map(describe);
  process.stdout.write(JSON.stringify({ file, valid, errors }) + '\n');
}

// Checks rentflow-server against its own OpenAPI document, with validators that are not
// ours (openapi-schema-validator, openapi-response-validator; package-lock.json pins them):
//   1. the document the server serves at /api/v1/openapi.json is valid OpenAPI 3.0;
//   2. every request/response pair the server test suites recorded (HttpClient writes them
//      to RENTFLOW_HTTP_RECORD_DIR, one JSON line each) is documented: its path and method
//      (or a 404 JSON error for what has no route), its status, its Content-Type, and a
//      body that matches the documented schema.
//
// node validate.mjs --server <rentflow-server> [--records DIR] [--document FILE]
//   --server    starts it on 127.0.0.1:0 (embedded, throwaway data folder) to fetch the
//               document, then stops it with SIGTERM
//   --document  reads the document from a file instead
//   --records   the folder of *.jsonl exchanges (none: only the document is checked)
// Exit 0: all valid; 1: something is not; 2: bad usage or the tools are missing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let ResponseValidator;
let SchemaValidator;
try {
  ResponseValidator = require('openapi-response-validator').default;
  SchemaValidator = require('openapi-schema-validator').default;
} catch (error) {
  console.error(`validate.mjs: the validators are not installed (${error.message}).\n` +
                'Run installer/install-deps.sh (npm ci in tests/server/openapi).');
  process.exit(2);
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i];
    if (!['--server', '--records', '--document'].includes(key) || argv[i + 1] === undefined) {
      console.error(`validate.mjs: bad argument ${key}\n` +
                    'usage: node validate.mjs --server BIN [--records DIR] [--document FILE]');
      process.exit(2);
    }
    args[key.slice(2)] = argv[i + 1];
  }
  if (!args.server && !args.document) {
    console.error('validate.mjs: --server or --document is needed');
    process.exit(2);
  }
  return args;
}

// Starts the server, fetches the document, stops the server (which must exit 0).
async function fetchDocument(binary) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rentflow-openapi-'));
  const env = { ...process.env, RENTFLOW_OPENAPI_CHECK_PASSPHRASE: 'openapi check passphrase 11' };
  for (const key of Object.keys(env))
    if (key.startsWith('RENTFLOW_SERVER_')) delete env[key];
  const child = spawn(binary, ['--listen', '127.0.0.1:0', '--data-dir', dataDir,
                               '--passphrase-env', 'RENTFLOW_OPENAPI_CHECK_PASSPHRASE'],
                      { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  try {
    const base = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no "listening on" line within 60 s')), 60000);
      child.stdout.on('data', (d) => {
        out += d;
        const m = /listening on (https?:\/\/[^\s]+)/.exec(out);
        if (m) { clearTimeout(timer); resolve(m[1]); }
      });
      child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}`)); });
    });
    const response = await fetch(`${base}/api/v1/openapi.json`);
    if (response.status !== 200) throw new Error(`GET /api/v1/openapi.json: HTTP ${response.status}`);
    return await response.json();
  } catch (error) {
    throw new Error(`${error.message}\n--- server stderr ---\n${err}`);
  } finally {
    child.kill('SIGTERM');
    const { code, signal } = await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (code !== 0 && !(code === null && signal === null))
      console.error(`note: the server ended with code ${code} signal ${signal} after SIGTERM`);
  }
}

// Resolves a local "#/components/..." reference.
function resolveRef(doc, value) {
  let seen = 0;
  while (value && typeof value.$ref === 'string' && seen++ < 10) {
    const parts = value.$ref.replace(/^#\//, '').split('/');
    value = parts.reduce((node, part) => (node ? node[part] : undefined), doc);
  }
  return value;
}

// "/api/v1/admin/waitlist/{id}" → a RegExp; literal paths first, then templated ones.
function pathMatchers(doc) {
  const entries = Object.keys(doc.paths || {}).map((template) => {
    const pattern = template.split('/').map((segment) =>
      /^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('/');
    return { template, regex: new RegExp(`^${pattern}$`), literal: !template.includes('{') };
  });
  entries.sort((a, b) => Number(b.literal) - Number(a.literal));
  return entries;
}

// Statuses the server's own protections give any request, before any route sees it
// (sync/server/http/ConnectionGuard, Listener): documented once in the components.
const PROTECTION_STATUSES = new Set([400, 411, 413, 431, 503]);

function mediaType(contentType) {
  return (contentType || '').split(';')[0].trim().toLowerCase();
}

function main() {
  return (async () => {
    const args = parseArgs(process.argv.slice(2));
    const doc = args.document ? JSON.parse(fs.readFileSync(args.document, 'utf8'))
                              : await fetchDocument(args.server);
    const failures = [];

    // 1. The document itself.
    const docCheck = new SchemaValidator({ version: 3 }).validate(JSON.parse(JSON.stringify(doc)));
    for (const e of docCheck.errors)
      failures.push(`document: ${e.instancePath || e.dataPath || ''} ${e.message} ${JSON.stringify(e.params || {})}`);
    const operationIds = new Map();
    for (const [p, item] of Object.entries(doc.paths || {}))
      for (const [method, op] of Object.entries(item))
        if (op && typeof op === 'object' && op.responses) {
          if (op.operationId && operationIds.has(op.operationId))
            failures.push(`document: operationId ${op.operationId} used by ${operationIds.get(op.operationId)} and ${method.toUpperCase()} ${p}`);
          operationIds.set(op.operationId, `${method.toUpperCase()} ${p}`);
        }

    // 2. The recorded exchanges.
    const errorSchema = { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    const validators = new Map();
    const validatorFor = (key, responses) => {
      if (!validators.has(key)) {
        const resolved = {};
        for (const [status, response] of Object.entries(responses)) resolved[status] = resolveRef(doc, response);
        validators.set(key, new ResponseValidator({ responses: resolved, components: doc.components || {} }));
      }
      return validators.get(key);
    };
    const matchers = pathMatchers(doc);
    const exercised = new Map();
    let count = 0;
    const files = args.records && fs.existsSync(args.records)
      ? fs.readdirSync(args.records).filter((f) => f.endsWith('.jsonl')).sort() : [];
    for (const file of files) {
      const lines = fs.readFileSync(path.join(args.records, file), 'utf8').split('\n').filter(Boolean);
      for (const line of lines) {
        let x;
        try { x = JSON.parse(line); } catch { failures.push(`${file}: a line that is not JSON`); continue; }
        ++count;
        const where = `${x.method} ${x.path} → ${x.status} (${x.test || file})`;
        const pathOnly = x.path.split('?')[0];
        const type = mediaType(x.responseHeaders['content-type']);
        let body = x.responseBody;
        if (type === 'application/json') {
          try { body = JSON.parse(x.responseBody); } catch { failures.push(`${where}: Content-Type is JSON, the body does not parse`); continue; }
        }
        const checkAgainst = (key, responses) => {
          const documented = responses[String(x.status)] || responses[`${String(x.status)[0]}XX`] || responses.default;
          const response = resolveRef(doc, documented);
          const content = (response && response.content) || {};
          const types = Object.keys(content).map(mediaType);
          if (types.length === 0) {
            if (x.responseBody.length !== 0) failures.push(`${where}: documented without a body, has ${x.responseBody.length} bytes`);
            return;
          }
          if (!types.includes(type)) {
            failures.push(`${where}: Content-Type ${type || '(none)'}, documented: ${types.join(', ')}`);
            return;
          }
          const result = validatorFor(key, responses).validateResponse(x.status, body);
          if (result) failures.push(`${where}: ${result.errors.map((e) => `${e.path} ${e.message}`).join('; ')}\n    body: ${x.responseBody.slice(0, 300)}`);
        };
        const errorOnly = () => checkAgainst(`error ${x.status}`, { [String(x.status)]: errorSchema });

        if (x.method === 'OPTIONS') { // CORS preflights: 204 empty, or a JSON error
          if (x.status === 204) { if (x.responseBody.length) failures.push(`${where}: a preflight with a body`); }
          else errorOnly();
          continue;
        }
        const match = matchers.find((m) => m.regex.test(pathOnly));
        const op = match && doc.paths[match.template][x.method.toLowerCase()];
        if (!op) {
          if (x.status === 404 || x.status === 405 || PROTECTION_STATUSES.has(x.status)) errorOnly();
          else failures.push(`${where}: not in the document (${match ? 'method' : 'path'} undocumented)`);
          continue;
        }
        const opKey = `${x.method.toUpperCase()} ${match.template}`;
        exercised.set(opKey, (exercised.get(opKey) || 0) + 1);
        const documented = op.responses[String(x.status)] || op.responses[`${String(x.status)[0]}XX`] || op.responses.default;
        if (!documented) {
          if (PROTECTION_STATUSES.has(x.status) && type === 'application/json') { errorOnly(); continue; }
          failures.push(`${where}: status ${x.status} is not documented for ${opKey} (documented: ${Object.keys(op.responses).join(', ')})`);
          continue;
        }
        checkAgainst(opKey, op.responses);
      }
    }

    // Report.
    const all = [];
    for (const [p, item] of Object.entries(doc.paths || {}))
      for (const method of Object.keys(item))
        if (['get', 'put', 'post', 'delete', 'patch'].includes(method)) all.push(`${method.toUpperCase()} ${p}`);
    const never = all.filter((k) => !exercised.has(k));
    console.log(`OpenAPI document: ${all.length} operations, ${docCheck.errors.length} schema errors`);
    console.log(`exchanges checked: ${count} from ${files.length} file(s) in ${args.records || '(none)'}`);
    for (const [k, n] of [...exercised.entries()].sort()) console.log(`  ${String(n).padStart(5)}  ${k}`);
    if (args.records && never.length)
      console.log(`documented, not exercised by the suites run: ${never.join(', ')}`);
    if (failures.length) {
      console.error(`\n${failures.length} problem(s):`);
      for (const f of failures.slice(0, 80)) console.error(`- ${f}`);
      if (failures.length > 80) console.error(`… and ${failures.length - 80} more`);
      process.exit(1);
    }
    console.log('all valid');
  })().catch((error) => {
    console.error(`validate.mjs: ${error.stack || error.message}`);
    process.exit(1);
  });
}

main();

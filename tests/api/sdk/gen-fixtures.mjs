// Generates ../data/sdk-fixtures.json by running the official @alicloud/openapi-core client
// (the code path @alicloud/dm20151123 uses) against a loopback HTTP server and recording what it
// really sends. See README.md. Usage: npm ci --ignore-scripts && node gen-fixtures.mjs
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import querystring from 'node:querystring';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const core = require('@alicloud/openapi-core');
const Client = core.default;
const { OpenApiUtil, $OpenApiUtil } = core;
const OldUtil = require('@alicloud/openapi-util').default;
// The same httpx instance @darabonba/typescript's doAction calls (bound through a getter).
const httpx = createRequire(require.resolve('@darabonba/typescript'))('httpx');

const here = path.dirname(fileURLToPath(import.meta.url));
const outFile = path.join(here, '..', 'data', 'sdk-fixtures.json');
const pkg = (name) => require(`${name}/package.json`).version;

// ---- Cases -------------------------------------------------------------------------------
const DM = { host: 'dm.aliyuncs.com', action: 'SenderStatisticsDetailByParam', apiVersion: '2015-11-23' };
const base = [
  ['StartTime', '2021-04-28 00:00'],
  ['EndTime', '2021-04-29 00:00'],
  ['Length', '100'],
  ['Status', '0'],
  ['ToAddress', 'user+tag@example.com'],
];
const special = [
  ['TagName', '测试 tag*~'],
  ['NextStart', '90f0243616#203#a***@example.net-1658817837#a***@example.net.247475288187'],
  ['Subject', 'Hi 📧 there/ok?a=b&c=d;e,f'],
  ['Marks', "!'()*+ ~%"],
  ['Empty', ''],
  ['KeyWord', 'ünïcödé ÄÖÜ ß € 日本語'],
];
const plainKey = { accessKeyId: 'testid', accessKeySecret: 'testsecret', securityToken: '' };
const nastyKey = { accessKeyId: 'LTAI5tExample+Id', accessKeySecret: 'sé+cr/et=密钥==', securityToken: '' };
const stsKey = {
  accessKeyId: 'STS.NTe5tExample',
  accessKeySecret: 'a+b/c=d密',
  securityToken: 'CAIS+token/with=padding==',
};
const when = { timestamp: '2021-04-29T01:02:03Z', nonce: '3156853299f313e23d1673dc12e1703d' };

const cases = [];
for (const version of ['V1', 'V3']) {
  const v = version.toLowerCase();
  cases.push({ name: `${v}-basic`, version, method: 'POST', regionId: 'cn-hangzhou', params: base, key: plainKey });
  cases.push({ name: `${v}-no-region`, version, method: 'POST', regionId: '', params: base, key: plainKey });
  cases.push({ name: `${v}-special-values`, version, method: 'POST', regionId: 'cn-hangzhou', params: [...base, ...special], key: nastyKey });
  cases.push({ name: `${v}-sts`, version, method: 'POST', regionId: 'ap-southeast-1', params: [...base, ...special], key: stsKey });
  cases.push({ name: `${v}-get`, version, method: 'GET', regionId: 'eu-central-1', params: special, key: nastyKey });
  cases.push({ name: `${v}-no-params`, version, method: 'POST', regionId: '', params: [], key: plainKey });
}

// ---- Independent checks (RFC 3986 as the SDK's own encode()) --------------------------------
const enc = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
const canonical = (obj) => Object.keys(obj).sort().map((k) => `${enc(k)}=${enc(obj[k])}`).join('&');
const hmac = (alg, key, data, out) => crypto.createHmac(alg, key).update(data).digest(out);
const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');
function check(condition, message) {
  if (!condition) throw new Error(`fixture self-check failed: ${message}`);
}

// ---- Capture what the SDK sends ------------------------------------------------------------
let captured;
const server = http.createServer((req, res) => {
  captured = { method: req.method, target: req.url, rawHeaders: req.rawHeaders };
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"RequestId":"fixture"}');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;

// Send to the loopback server but leave the SDK's Host header (and so its signature) untouched.
const realRequest = httpx.request;
httpx.request = (url, opts) => {
  const u = new URL(url);
  return realRequest(`http://127.0.0.1:${port}${u.pathname}${u.search}`, opts);
};
OpenApiUtil.getTimestamp = () => when.timestamp;
OpenApiUtil.getNonce = () => when.nonce;

async function runSdk(c) {
  const config = new $OpenApiUtil.Config({
    ...c.key,
    endpoint: DM.host,
    protocol: 'HTTP',
    signatureAlgorithm: c.version === 'V1' ? 'v2' : undefined,
  });
  const client = new Client(config);
  const query = Object.fromEntries(c.params);
  if (c.version === 'V1' && c.regionId) query.RegionId = c.regionId;
  const params = new $OpenApiUtil.Params({
    action: DM.action, version: DM.apiVersion, protocol: 'HTTP', pathname: '/', method: c.method,
    authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
  });
  captured = undefined;
  await client.callApi(params, new $OpenApiUtil.OpenApiRequest({ query }), {});
  check(captured, `${c.name}: nothing captured`);
  const headers = {};
  for (let i = 0; i < captured.rawHeaders.length; i += 2) {
    const name = captured.rawHeaders[i].toLowerCase();
    if (name.startsWith('x-acs-') || ['host', 'authorization', 'content-type'].includes(name))
      headers[name] = captured.rawHeaders[i + 1];
  }
  return { method: captured.method, target: captured.target, headers };
}

const wireQuery = (wire) => (wire.target.includes('?') ? wire.target.slice(wire.target.indexOf('?') + 1) : '');

function expectV1(c, wire) {
  const sent = { ...querystring.parse(wireQuery(wire)) };
  const signature = sent.Signature;
  delete sent.Signature;
  const stringToSign = `${c.method}&${enc('/')}&${enc(canonical(sent))}`;
  // Our derived canonical string must be exactly what the SDK signed, by both SDK helpers.
  check(hmac('sha1', c.key.accessKeySecret + '&', stringToSign, 'base64') === signature, `${c.name}: v1 hmac`);
  check(OpenApiUtil.getRPCSignature(sent, c.method, c.key.accessKeySecret) === signature, `${c.name}: core`);
  check(OldUtil.getRPCSignature(sent, c.method, c.key.accessKeySecret) === signature, `${c.name}: util`);
  return { query: `${canonical(sent)}&Signature=${enc(signature)}`, stringToSign, signature };
}

function expectV3(c, wire) {
  const sent = { ...querystring.parse(wireQuery(wire)) };
  const auth = wire.headers.authorization;
  // Recompute with the SDK's exported getAuthorization on exactly what went over the wire.
  const payload = wire.headers['x-acs-content-sha256'];
  const request = { method: c.method, pathname: '/', query: sent, headers: wire.headers };
  delete request.headers.authorization;
  check(OpenApiUtil.getAuthorization(request, 'ACS3-HMAC-SHA256', payload, c.key.accessKeyId, c.key.accessKeySecret) === auth, `${c.name}: core auth`);
  check(OldUtil.getAuthorization(request, 'ACS3-HMAC-SHA256', payload, c.key.accessKeyId, c.key.accessKeySecret) === auth, `${c.name}: util auth`);
  const names = Object.keys(wire.headers).sort();
  const canonicalRequest = [c.method, '/', canonical(sent), names.map((n) => `${n}:${wire.headers[n].trim()}\n`).join(''),
    names.join(';'), payload].join('\n');
  const stringToSign = `ACS3-HMAC-SHA256\n${sha256(canonicalRequest)}`;
  const signature = hmac('sha256', c.key.accessKeySecret, stringToSign, 'hex');
  check(auth.endsWith(`,Signature=${signature}`), `${c.name}: derived v3 canonical request`);
  wire.headers.authorization = auth;
  return { query: canonical(sent), stringToSign, signature, authorization: auth };
}

// Headers our signer builds itself; any other x-acs-* header the SDK sends (today only the
// x-acs-credentials-provider telemetry header, which V3 signs) is handed to it as an extra header.
const standardHeaders = ['host', 'authorization', 'content-type', 'x-acs-version', 'x-acs-action', 'x-acs-date',
  'x-acs-signature-nonce', 'x-acs-content-sha256', 'x-acs-accesskey-id', 'x-acs-security-token'];
const extraHeadersOf = (wire) =>
  Object.entries(wire.headers).filter(([name]) => !standardHeaders.includes(name));

const fixtures = [];
try {
  for (const c of cases) {
    const wire = await runSdk(c);
    const expected = c.version === 'V1' ? expectV1(c, wire) : expectV3(c, wire);
    fixtures.push({
      name: c.name,
      input: { version: c.version, method: c.method, host: DM.host, action: DM.action, apiVersion: DM.apiVersion,
        regionId: c.regionId, params: c.params, ...when, ...c.key, extraHeaders: extraHeadersOf(wire) },
      wire,
      expected,
    });
  }
} finally {
  server.close();
}

const doc = {
  generator: 'tests/api/sdk/gen-fixtures.mjs',
  sdk: { '@alicloud/openapi-core': pkg('@alicloud/openapi-core'), '@alicloud/openapi-util': pkg('@alicloud/openapi-util'),
    '@darabonba/typescript': pkg('@darabonba/typescript') },
  notes: [
    'wire.target is the request target openapi-core really sent (querystring.stringify: insertion order; ' +
      "! ' ( ) * left raw). Servers decode before verifying, so only the decoded pairs must match.",
    'expected.query is the RFC 3986, name-sorted form the SDK signs; for V1 it ends with &Signature=.',
    'V1 sends RegionId only as an operation param (the SDK itself never adds it); V3 never sends it.',
    'expected.* was derived independently and checked against the signature the SDK produced.',
    'input.extraHeaders: x-acs-* headers the SDK adds on its own (x-acs-credentials-provider); V3 signs them, ' +
      'so the test passes them to signRequest as SignInput::extraHeaders to compare Authorization byte for byte.',
  ],
  cases: fixtures,
};
fs.writeFileSync(outFile, JSON.stringify(doc, null, 2) + '\n');
console.log(`wrote ${fixtures.length} cases to ${path.relative(process.cwd(), outFile)}`);

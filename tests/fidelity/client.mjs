// The official client aimed at the sandbox, shared by page.mjs and lists.mjs.
// Environment: SENDTRAIL_ENDPOINT (e.g. http://127.0.0.1:8080), ALIBABA_CLOUD_ACCESS_KEY_ID,
//              ALIBABA_CLOUD_ACCESS_KEY_SECRET. mode: 'v3' (ACS3-HMAC-SHA256) or 'v1' (HMAC-SHA1).
import dm from '@alicloud/dm20151123';
import { $OpenApiUtil } from '@alicloud/openapi-core';

export function makeClient(mode) {
  const endpoint = new URL(process.env.SENDTRAIL_ENDPOINT);
  const config = new $OpenApiUtil.Config({
    accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
    accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
    // The SDK builds "<protocol>://<endpoint>/"; the sandbox speaks plain HTTP on loopback.
    protocol: endpoint.protocol.replace(':', '').toUpperCase(),
    endpoint: endpoint.host,
  });
  if (mode === 'v1') {
    config.signatureAlgorithm = 'v2'; // HMAC-SHA1 RPC signature (doRPCRequest)
  } else if (mode !== 'v3') {
    throw new Error(`unknown --mode ${mode}`);
  }
  return new dm.default(config);
}

// The one failure line the tests read, then exit 1.
export function fail(error) {
  process.stderr.write(`error code=${error.code} status=${error.statusCode} message=${error.message}\n`);
  process.exit(1);
}

// Calls the list APIs, the daily totals and the invalid-address list (and its deletion) through
// the official Alibaba Cloud client (@alicloud/dm20151123 on @alicloud/openapi-core), follows
// every page, and prints what the client parsed, serialized with the models' own names() (nested
// models too), so the keys are the SDK's. tst_officialclient_lists and tst_officialclient_invalid
// run it against the sandbox.
//
// Environment: as client.mjs (SENDTRAIL_ENDPOINT, ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET).
// Arguments:   --mode v3|v1 --api tags|senders|pools|configsets|stats|invalid|delete-invalid
//              [--page-size N] [--keyword K] [--sendtype batch|trigger] [--pool-id ID] [--all]
//              stats: --start yyyy-MM-dd --end yyyy-MM-dd [--account A] [--tag T] [--pool P]
//                     [--ip IP] [--domain D] [--esp E]
//              invalid (QueryInvalidAddress; --page-size is Length, pages follow NextStart):
//                     --start yyyy-MM-dd --end yyyy-MM-dd [--keyword K]
//              delete-invalid (DeleteInvalidAddress): --to ADDRESS
// Output:      one JSON object per item (tag, sender, pool, config set, stat, invalid address; none
//              for delete-invalid) on stdout; on stderr
//              "page " + the body without its items, once a page, then "pages=N". Exit 1 on any
//              error, with the client's error code and message on stderr.
import { parseArgs } from 'node:util';
import dm from '@alicloud/dm20151123';
import { fail, makeClient } from './client.mjs';

const { values: args } = parseArgs({
  options: {
    mode: { type: 'string', default: 'v3' },
    api: { type: 'string' },
    'page-size': { type: 'string', default: '10' },
    keyword: { type: 'string' },
    sendtype: { type: 'string' },
    'pool-id': { type: 'string' },
    all: { type: 'boolean' },
    start: { type: 'string' },
    end: { type: 'string' },
    account: { type: 'string' },
    tag: { type: 'string' },
    pool: { type: 'string' },
    ip: { type: 'string' },
    domain: { type: 'string' },
    esp: { type: 'string' },
    to: { type: 'string' },
  },
});

const pageSize = Number(args['page-size']);

// Per API: the client method, request and body models, where the items are, how to ask for a
// page (from the page number and the previous reply) and whether another follows (numbered pages
// stop at TotalCount, indexed ones at HasMore, the invalid addresses at an empty NextStart).
const apis = {
  tags: {
    method: 'queryTagByParam', Request: dm.QueryTagByParamRequest, Body: dm.QueryTagByParamResponseBody,
    request: (page) => ({ keyWord: args.keyword, pageNo: page, pageSize }),
    items: (body) => body.data?.tag, more: (body) => body.PageNumber * body.PageSize < body.TotalCount,
  },
  senders: {
    method: 'queryMailAddressByParam', Request: dm.QueryMailAddressByParamRequest,
    Body: dm.QueryMailAddressByParamResponseBody,
    request: (page) => ({ keyWord: args.keyword, sendtype: args.sendtype, pageNo: page, pageSize }),
    items: (body) => body.data?.mailAddress, more: (body) => body.PageNumber * body.PageSize < body.TotalCount,
  },
  pools: {
    method: 'dedicatedIpPoolList', Request: dm.DedicatedIpPoolListRequest, Body: dm.DedicatedIpPoolListResponseBody,
    request: (page) => ({ keyword: args.keyword, poolId: args['pool-id'], all: args.all, pageIndex: page, pageSize }),
    items: (body) => body.IpPools, more: (body) => body.HasMore,
  },
  configsets: {
    method: 'configSetList', Request: dm.ConfigSetListRequest, Body: dm.ConfigSetListResponseBody,
    // The model types PageIndex and PageSize as strings here.
    request: (page) => ({ keyword: args.keyword, all: args.all, pageIndex: String(page), pageSize: String(pageSize) }),
    items: (body) => body.ConfigSets, more: (body) => body.HasMore,
  },
  stats: {
    method: 'senderStatisticsByTagNameAndBatchID', Request: dm.SenderStatisticsByTagNameAndBatchIDRequest,
    Body: dm.SenderStatisticsByTagNameAndBatchIDResponseBody,
    request: () => ({
      startTime: args.start, endTime: args.end, accountName: args.account, tagName: args.tag,
      dedicatedIpPoolId: args.pool, dedicatedIp: args.ip, domain: args.domain, esp: args.esp,
    }),
    items: (body) => body.data?.stat, more: () => false,
  },
  invalid: {
    method: 'queryInvalidAddress', Request: dm.QueryInvalidAddressRequest, Body: dm.QueryInvalidAddressResponseBody,
    request: (page, previous) => ({
      startTime: args.start, endTime: args.end, keyWord: args.keyword, length: pageSize,
      nextStart: previous?.NextStart ?? undefined,
    }),
    items: (body) => body.data?.mailDetail, more: (body) => Boolean(body.NextStart),
  },
  'delete-invalid': {
    method: 'deleteInvalidAddress', Request: dm.DeleteInvalidAddressRequest,
    Body: dm.DeleteInvalidAddressResponseBody,
    request: () => ({ toAddress: args.to }), items: () => [], more: () => false,
  },
};

// A parsed model as a plain object keyed by its names(); types() says which fields nest.
function serialize(value, type) {
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof type === 'function') {
    const out = {};
    const types = type.types();
    for (const [property, field] of Object.entries(type.names())) {
      out[field] = serialize(value[property], types[property]);
    }
    return out;
  }
  if (type?.type === 'array') {
    return value.map((item) => serialize(item, type.itemType));
  }
  return value;
}

async function main() {
  const api = apis[args.api];
  if (!api) {
    throw new Error(`unknown --api ${args.api}`);
  }
  const client = makeClient(args.mode);
  let pages = 0;
  let previous;
  for (let page = 1; page <= 1000; page += 1) {
    const response = await client[api.method](new api.Request(api.request(page, previous)));
    const body = serialize(response.body, api.Body);
    previous = body;
    for (const item of api.items(body) ?? []) {
      process.stdout.write(`${JSON.stringify(item)}\n`);
    }
    pages += 1;
    const meta = { ...body };
    delete meta.data;
    delete meta.IpPools;
    delete meta.ConfigSets;
    process.stderr.write(`page ${JSON.stringify(meta)}\n`);
    if (!api.more(body)) {
      break;
    }
  }
  process.stderr.write(`pages=${pages}\n`);
}

main().catch(fail);

// Pages SenderStatisticsDetailByParam through the official Alibaba Cloud client
// (@alicloud/dm20151123 on @alicloud/openapi-core) and prints every record as one JSON line,
// keyed exactly as the service names the fields. tst_officialclient runs it against the sandbox.
//
// Environment: SENDTRAIL_ENDPOINT (e.g. http://127.0.0.1:8080), ALIBABA_CLOUD_ACCESS_KEY_ID,
//              ALIBABA_CLOUD_ACCESS_KEY_SECRET.
// Arguments:   --mode v3|v1 --start "yyyy-MM-dd HH:mm" --end "yyyy-MM-dd HH:mm" [--length N]
//              [--to ADDRESS | --account ADDRESS | --tag TAG] [--status N]
// Output:      one JSON object per record on stdout; "pages=N" on stderr. Exit 1 on any error,
//              with the client's error code and message on stderr.
import { parseArgs } from 'node:util';
import dm from '@alicloud/dm20151123';
import { fail, makeClient } from './client.mjs';

const { SenderStatisticsDetailByParamRequest, SenderStatisticsDetailByParamResponseBodyDataMailDetail } = dm;

const { values: args } = parseArgs({
  options: {
    mode: { type: 'string', default: 'v3' },
    start: { type: 'string' },
    end: { type: 'string' },
    length: { type: 'string', default: '100' },
    to: { type: 'string' },
    account: { type: 'string' },
    tag: { type: 'string' },
    status: { type: 'string' },
  },
});

function printRecords(details) {
  const names = SenderStatisticsDetailByParamResponseBodyDataMailDetail.names();
  for (const detail of details ?? []) {
    const record = {};
    for (const [property, field] of Object.entries(names)) {
      record[field] = detail[property] ?? null;
    }
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
}

async function main() {
  const client = makeClient(args.mode);
  let nextStart;
  let pages = 0;
  do {
    const request = new SenderStatisticsDetailByParamRequest({
      startTime: args.start,
      endTime: args.end,
      length: Number(args.length),
      toAddress: args.to,
      accountName: args.account,
      tagName: args.tag,
      status: args.status === undefined ? undefined : Number(args.status),
      nextStart,
    });
    const response = await client.senderStatisticsDetailByParam(request);
    printRecords(response.body.data?.mailDetail);
    nextStart = response.body.nextStart;
    pages += 1;
  } while (nextStart);
  process.stderr.write(`pages=${pages}\n`);
}

main().catch(fail);

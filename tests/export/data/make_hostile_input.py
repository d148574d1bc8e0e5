#!/usr/bin/env python3
"""Regenerates hostile_input.jsonl: service-shaped records full of text that breaks naive
CSV/XLSX writers. Run from this folder; then refresh the goldens with
SENDTRAIL_UPDATE_GOLDENS=1 and review the diff by eye."""
import json

BASE = {
    "AccountName": "notice@mail.example.com",
    "ConfigSetId": None,
    "ConfigSetName": None,
    "ErrorClassification": "",
    "IpPoolId": None,
    "IpPoolName": None,
    "LastUpdateTime": "2021-04-28T17:11Z",
    "Message": "250 Send Mail OK",
    "Status": 0,
    "Subject": "Welcome to Sendtrail",
    "ToAddress": "alice@example.org",
    "UtcLastUpdateTime": "1619601108",
}


def row(**changes):
    r = dict(BASE)
    for key, value in changes.items():
        if value is KeyError:
            r.pop(key, None)
        else:
            r[key] = value
    return r


long_subject = "".join("Long subject line %04d %s\n" % (i, "." * 76) for i in range(400))
assert len(long_subject) == 40000

rows = [
    row(),
    row(Subject='He said "hi", then left', Message='550 "mailbox" unavailable, try later', Status=4,
        ErrorClassification="MailboxNotFound", UtcLastUpdateTime="1619601169"),
    row(Subject="Line one\nLine two", Message="421 first\r\nsecond line", Status=4,
        ErrorClassification="ReceiverServerError"),
    row(ToAddress="=cmd|' /C calc'!A0@evil.example", Subject="+SUM(1,2)", Message="-2+3",
        AccountName="@SUM(A1:A9)", Status=2, ErrorClassification="InvalidAddress"),
    row(Subject="\tTabbed subject", Message="\rcarriage first", ErrorClassification="\nnewline first",
        Status=3, IpPoolName="=HYPERLINK(\"http://evil.example\",\"x\")"),
    row(Subject="您的订单已发货 📦", Message="投递成功 ✅", ToAddress="用户@例子.中国", IpPoolId="pool-1",
        IpPoolName="池一", ConfigSetId="cs-1", ConfigSetName="配置集 🚀", UtcLastUpdateTime="1700000000",
        LastUpdateTime="2023-11-15T06:13Z"),
    row(Status=KeyError, Subject=None, Message=KeyError, ToAddress="", LastUpdateTime=KeyError,
        UtcLastUpdateTime=1619601108),
    row(Subject="semi;colon\ttab and , comma", Message="a;b;c", ConfigSetName="x\ty"),
    row(Subject="bell\u0007 null\u0000 esc\u001b vt\u000b ff\u000c us\u001f end", Message="<tag> & 'apos' _x0041_",
        Status=9),
    row(Subject=" leading and trailing spaces ", Message="'already quoted", UtcLastUpdateTime="1619601108000"),
    row(Subject=long_subject, Message="long subject row", UtcLastUpdateTime="1577836799"),
]

with open("hostile_input.jsonl", "w", encoding="utf-8", newline="\n") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

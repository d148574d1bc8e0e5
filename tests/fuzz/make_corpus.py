#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/ from the repository's own test data (records,
list pages, aliyun configs, the hostile export input) plus a few hand-made edge cases. Run it from
anywhere; it replaces corpus/<target>/ for every target it knows, except corpus/<target>/regression/
(the inputs of past findings, kept by hand). Fields of one input are split by 0x1f, as the targets
expect."""
import io
import json
import os
import pathlib
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SEP = b"\x1f"


def write(target, name, data):
    folder = HERE / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def records():
    lines = (ROOT / "tests/export/data/hostile_records.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def pageparser():
    items = records()
    write("pageparser", "page-hostile.json",
          json.dumps({"RequestId": "8A1B-fuzz", "NextStart": "90f0243616#203#1635218039-1635328027#4", "data": {"mailDetail": items[:6]}}))
    write("pageparser", "page-caps.json",
          json.dumps({"RequestId": "r", "NextStart": 12345, "Data": {"MailDetail": items[12:14]}}))
    odd = dict(items[0], Status="3", UtcLastUpdateTime=1619601108123, Extra={"a": [1, 2]})
    odd.pop("ToAddress")
    write("pageparser", "page-odd-types.json", json.dumps({"data": {"mailDetail": [odd, dict(items[1], Status=None, UtcLastUpdateTime=None, LastUpdateTime="1619601108")]}}))
    write("pageparser", "page-empty.json", '{"RequestId":"r","NextStart":"","data":{"mailDetail":[]}}')
    write("pageparser", "page-error.json", '{"Code":"InvalidParameter","Message":"bad","RequestId":"r"}')
    write("pageparser", "page-bad-item.json", '{"data":{"mailDetail":[1,{"Status":0}]}}')


def reply():
    ok = json.dumps({"RequestId": "r", "data": {"mailDetail": records()[:2]}}).encode()
    write("reply", "ok", b"\x00\xc8\x00\xff\x10" + SEP + b"content-type: application/json\nx-acs-request-id: 5F1E\ndate: Tue, 01 Dec 2026 10:00:00 GMT" + SEP + ok)
    err = b'{"Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3DLTAI5tFAKE%26Action%3DX","RequestId":"r","Recommend":"https://api.aliyun.com/troubleshoot"}'
    write("reply", "signature", b"\x01\x90\x08\x40\x07" + SEP + b"content-type: application/json" + SEP + err)
    write("reply", "throttled", b"\x01\xad\x0b\x40\x03" + SEP + b"x-acs-retry-after: 2" + SEP + b'{"Code":"Throttling.User","Message":"Request was denied due to user flow control."}')
    write("reply", "skew", b"\x01\x90\x00\x40\x03" + SEP + b"date: Sun, 06 Nov 1994 08:49:37 GMT" + SEP + b'{"Code":"InvalidTimeStamp.Expired","Message":"Specified time stamp or date value is expired."}')
    write("reply", "html", b"\x01\xf6\x0b\x40\x03" + SEP + b"content-type: text/html" + SEP + b"<!DOCTYPE html><html><body>502 Bad Gateway</body></html>")
    write("reply", "toolarge", b"\x00\xc8\x00\x01\x01" + SEP + b"content-length: 99999" + SEP + b'{"RequestId":"r"}')
    write("reply", "redirect", b"\x01\x2e\x00\x40\x03" + SEP + b"location: http://evil.example/" + SEP)
    write("reply", "refused", b"\x00\x00\x01\x40\x03" + SEP + SEP)


def redact():
    write("redact", "sts", b"\x00\x00\x05\x01\x00\x00\x03\x02\x11" + SEP + b"server string to sign is:POST&%2F&" + SEP + b"&Action%3DSenderStatisticsDetailByParam")
    write("redact", "json", b"\x01\x01\x00\x04\x07\x02\x00\x00\x00" + SEP + b'{"RequestId":"r",' + SEP + b',"Code":"x"}')
    write("redact", "header", b"\x02\x05\x1f\x03\x04\x00\x01\x00\x00" + SEP + b"x-acs-date:2026-12-01T10:00:00Z\n" + SEP + b"host:dm.aliyuncs.com\n")
    write("redact", "auth", b"\x03\x07\x00\x05\x0b\x00\x02\x05\x00" + SEP + b"Authorization: " + SEP + b"\r\nx-acs-action: X")
    write("redact", "twice", b"\x00\x02\x00\x02\x02\x00\x00\x00\x00" + SEP + b"POST&%2F&Format%253Djson%2526" + SEP + b"Version%253D2015-11-23")


def signer():
    params = [("AccountName", "notice@mail.example.com"), ("StartTime", "2026-11-03 09:15"), ("EndTime", "2026-11-04 09:15"),
              ("Length", "100"), ("NextStart", "90f0243616#203#1635218039-1635328027#4"), ("ToAddress", "用户+tag@例子.中国")]
    write("signer", "detail", SEP.join([b"dm.aliyuncs.com"] + [part.encode() for pair in params for part in pair]))
    write("signer", "odd", SEP.join([b"127.0.0.1:8443", b"a b", b"~!*()'", b"", b"", b"Action", b"Override", b"a", b"2", b"a", b"1"]))
    write("signer", "endpoint", SEP.join([b"https://[::1]:8443/", b"Status", b"0"]))


def cells():
    out = []
    for record in records()[:20]:
        for key in ("Subject", "Message", "AccountName", "ToAddress", "IpPoolName"):
            value = record.get(key)
            if isinstance(value, str):
                out.append(value[:300])
    for i in range(0, len(out), 10):
        write("cells", "records-%02d" % i, b"\x00" + "\x1f".join(out[i:i + 10]).encode("utf-16-le"))
    specials = ["=1+1", "+SUM(1,2)", "-2", "@A1", "\tx", "\rx", "\nx", "\x00=x", "_x0041_", "_x005F_x0041_", "\x01=x",
                "\ud83d\ude00 emoji", "a,b;c\td\"e"]
    write("cells", "specials", b"\x01" + "\x1f".join(specials).encode("utf-16-le", "surrogatepass"))
    write("cells", "lone-surrogate", b"\x06" + "a\ud800b\x1f\udc00=".encode("utf-16-le", "surrogatepass"))


def time():
    for i, text in enumerate(["2021-04-28T17:11Z", "2026-11-03 09:15", "2026-11-03 09:15:59", "2026-11-03T09:15:00.250Z",
                              "2026-11-03T09:15:00+08:00", "2026-11-03T01:15Z", "1619601108", "1619601108123",
                              "Sun, 06 Nov 1994 08:49:37 GMT", "Tue, 01 Dec 2026 23:59:60 UTC", "2024-02-29 23:59",
                              " 2026-11-03 09:15 "]):
        write("time", "t%02d" % i, bytes([0 if i % 2 else 200]) + text.encode())


def lists():
    for path in sorted((ROOT / "tests/lists/data").glob("*.json")):
        write("lists", path.name, b"\x00\x31" + path.read_bytes())
    write("lists", "stats.json", b"\x01\x06" + b'{"RequestId":"r","TotalCount":2,"data":{"stat":[{"CreateTime":"2026-11-03","requestCount":"10","successCount":"8","faildCount":"1","unavailableCount":"1"},{"CreateTime":"2026-11-04T00:00:00Z","requestCount":5}]}}')
    write("lists", "invalid.json", b"\x00\x00" + b'{"RequestId":"r","NextStart":"2#x","TotalCount":"3","data":{"mailDetail":[{"ToAddress":"a@example.org","UtcLastUpdateTime":1619601108123,"LastUpdateTime":"2021-04-28T17:11Z"},{"ToAddress":""}]}}')
    write("lists", "pools.json", b"\x02\x02" + b'{"IpPools":[{"Id":"p1","Name":"pool","IpCount":"2","CreateTime":"2025-05-23T07:41:43Z"}],"CurrentPage":"1","PageSize":"2","TotalCounts":3,"HasMore":true}')


def aliyunconfig():
    for path in sorted((ROOT / "tests/credentials/data").glob("*.json")):
        data = path.read_bytes()
        if len(data) <= 8000:
            write("aliyunconfig", path.name, b"default\nWork" + SEP + data)


def addresslist():
    text = "alice@example.org\nBob@Example.org\n# comment\nbob@example.org\nnot an address\n\"q u\"@x.com\n用户@例子.中国\r\n"
    write("addresslist", "text", b"\x00" + SEP + SEP + text.encode())
    write("addresslist", "text-utf16", b"\x00" + SEP + SEP + b"\xff\xfe" + text.encode("utf-16-le"))
    write("addresslist", "csv-header", b"\x01" + SEP + b"Email" + SEP + b"Name;Email\nAlice;alice@example.org\n\"Bob \"\"B\"\"\";\"bob@example.org\"\n")
    write("addresslist", "csv-number", b"\x01" + SEP + b"2" + SEP + b"\xef\xbb\xbfid,addr\r\n1,a@x.com\r\n2,\"multi\nline\"\r\n")
    write("addresslist", "csv-open-quote", b"\x01" + SEP + SEP + b"a@x.com\n\"b@x.com\n")


WORKBOOK = b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Addresses" sheetId="1" r:id="rId1"/></sheets></workbook>'
RELS = b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
SHARED = b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>Email</t></si><si><t>alice@example.org</t></si><si><r><t>bob@</t></r><r><t>example.org</t></r><rPh><t>x</t></rPh></si></sst>'
SHEET = b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Name</t></is></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2" t="b"><v>1</v></c></row><row><c t="s"><v>2</v></c><c r="B3"><v>42</v></c></row></sheetData></worksheet>'


def xlsxreader():
    write("xlsxreader", "parts", SEP.join([WORKBOOK, RELS, SHARED, SHEET]))
    write("xlsxreader", "sheet-only", SEP.join([b"", b"", b"", SHEET]))
    write("xlsxreader", "inline", SEP.join([b"", b"", b"", b'<worksheet><sheetData><row r="7"><c r="AA7" t="inlineStr"><is><t>c@x.com</t></is></c></row></sheetData></worksheet>']))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("xl/workbook.xml", WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", RELS)
        book.writestr("xl/sharedStrings.xml", SHARED)
        book.writestr("xl/worksheets/sheet1.xml", SHEET)
    write("xlsxreader", "deflated.xlsx", buffer.getvalue())


TARGETS = [pageparser, reply, redact, signer, cells, time, lists, aliyunconfig, addresslist, xlsxreader]

if __name__ == "__main__":
    for make in TARGETS:
        for old in (HERE / "corpus" / make.__name__).glob("*"):
            if old.is_file():
                old.unlink()
        make()
    for folder in sorted((HERE / "corpus").iterdir()):
        files = [f for f in folder.rglob("*") if f.is_file()]
        print(f"{folder.name}: {len(files)} files, {sum(f.stat().st_size for f in files)} bytes")

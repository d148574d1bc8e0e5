#!/usr/bin/env python3
"""Small helpers around Qt .ts files, used by update.sh and tests/packaging/check_translations.sh.

  ts_tool.py report TS              list unfinished entries and placeholder/accelerator mismatches;
                                    exit 1 if there are any
  ts_tool.py reuse OLD_TS NEW_TS    fill NEW_TS's unfinished entries from OLD_TS by identical source
                                    text (when a string only moved to another context); a source with
                                    several different translations in OLD_TS is left for a human
  ts_tool.py apply NEW_TS JSON      fill entries from a JSON list of {"source", "translation"
                                    [, "context"]} objects (how new strings get translated in bulk)
  ts_tool.py diff OLD_TS NEW_TS     print entries NEW_TS has and OLD_TS lacks (by context and source)

Files are rewritten with ElementTree; run `lconvert -i F -o F` afterwards for Qt's own layout.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d{1,2}|n|L\d{1,2})")
ACCELERATOR = re.compile(r"&(?!&)\S")


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(message):
    return message.findtext("source"), message.findtext("comment") or ""


def translations_of(message):
    node = message.find("translation")
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


def is_finished(message):
    node = message.find("translation")
    return node.get("type") not in ("unfinished", "vanished", "obsolete") and any(translations_of(message))


def set_translation(message, text):
    node = message.find("translation")
    forms = node.findall("numerusform")
    if forms:
        for form in forms:
            form.text = text
    else:
        node.text = text
    node.attrib.pop("type", None)


def problems_of(source, translation):
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        found.append("placeholders differ")
    if ACCELERATOR.search(source) and not ACCELERATOR.search(translation):
        found.append("accelerator (&) lost")
    if source.endswith("\n") != translation.endswith("\n"):
        found.append("trailing newline differs")
    if source.lstrip().startswith("<") != translation.lstrip().startswith("<"):
        found.append("rich text differs")
    return found


def report(path):
    root = ET.parse(path).getroot()
    total = unfinished = bad = 0
    for context, message in messages(root):
        if message.find("translation").get("type") in ("vanished", "obsolete"):
            continue
        total += 1
        source = message.findtext("source")
        if not is_finished(message):
            unfinished += 1
            print(f"unfinished: [{context}] {source!r}")
            continue
        for text in translations_of(message):
            for problem in problems_of(source, text):
                bad += 1
                print(f"{problem}: [{context}] {source!r} -> {text!r}")
    print(f"{path}: {total} entries, {total - unfinished} translated, {unfinished} unfinished, "
          f"{bad} problem(s)")
    return 1 if unfinished or bad else 0


def reuse(old_path, new_path):
    known = {}
    for _, message in messages(ET.parse(old_path).getroot()):
        if is_finished(message):
            known.setdefault(key(message), set()).add(translations_of(message)[0])
    tree = ET.parse(new_path)
    filled = 0
    for context, message in messages(tree.getroot()):
        choices = known.get(key(message), set())
        if not is_finished(message) and len(choices) == 1:
            set_translation(message, next(iter(choices)))
            filled += 1
            print(f"reused: [{context}] {message.findtext('source')!r}")
    tree.write(new_path, encoding="utf-8", xml_declaration=True)
    print(f"{filled} translation(s) reused from identical source texts; review them in Linguist")
    return 0


def apply(ts_path, json_path):
    entries = json.load(open(json_path, encoding="utf-8"))
    by_context = {(e.get("context"), e["source"]): e["translation"] for e in entries}
    tree = ET.parse(ts_path)
    filled = 0
    for context, message in messages(tree.getroot()):
        source = message.findtext("source")
        text = by_context.get((context, source), by_context.get((None, source)))
        if text is not None and not is_finished(message):
            set_translation(message, text)
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    print(f"{filled} translation(s) applied")
    return 0


def diff(old_path, new_path):
    old = {(c, key(m)) for c, m in messages(ET.parse(old_path).getroot())}
    added = 0
    for context, message in messages(ET.parse(new_path).getroot()):
        if (context, key(message)) not in old:
            added += 1
            print(f"new source string: [{context}] {message.findtext('source')!r}")
    return 1 if added else 0


def main(argv):
    commands = {"report": (report, 1), "reuse": (reuse, 2), "apply": (apply, 2), "diff": (diff, 2)}
    if len(argv) < 2 or argv[1] not in commands or len(argv) - 2 != commands[argv[1]][1]:
        print(__doc__, file=sys.stderr)
        return 2
    function, _ = commands[argv[1]]
    return function(*argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))

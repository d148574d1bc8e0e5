#!/usr/bin/env python3
"""Positive control for check_layering.py: a small tree with one violation of each kind must
produce exactly those problems, and the same tree without them none."""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_layering  # noqa: E402


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def tree(root, bad):
    qt = os.path.join(root, "qt")
    for module, header in [("QtCore", "QObject"), ("QtNetwork", "QTcpSocket"), ("QtWidgets", "QWidget")]:
        write(qt, f"{module}/{header}", "")
    write(root, "app/low/low.h", "#pragma once\n#include <QObject>\n")
    write(root, "app/mid/mid.h", '#pragma once\n#include "low/low.h"\n')
    body = '#include "mid.h"\n#include "low/low.h"\n'
    if bad:
        body += '#include "top/top.h"\n'  # not linked
        body += "#include <QWidget>\n"  # widgets in app/
        body += "#include <QTcpSocket>\n"  # Qt module not linked
        body += '#include "mainwindow.h"\n'  # a ui/ header in a library
        body += '#include "low/missing.h"\n'  # no such header
    write(root, "app/mid/mid.cpp", body)
    write(root, "app/top/top.h", '#pragma once\n#include "low/low.h"\n' if not bad else '#pragma once\n#include "mid/mid.h"\n')
    write(root, "ui/mainwindow.h", "#pragma once\n")
    layers = "\n".join([
        "sendtrail_low|app/low|0|Qt6::Core||low.h",
        "sendtrail_mid|app/mid|0|sendtrail_low||mid.h,mid.cpp",
        "sendtrail_top|app/top|0|sendtrail_low||top.h",
        "sendtrail_ui|ui|1|Qt6::Widgets||mainwindow.h",
    ])
    if bad:  # mid also links ui, so its bare "mainwindow.h" resolves: still forbidden in a library
        layers = layers.replace("sendtrail_mid|app/mid|0|sendtrail_low||", "sendtrail_mid|app/mid|0|sendtrail_low|sendtrail_ui|")
    write(root, "layers.txt", layers + "\n")
    return check_layering.check(root, check_layering.parse_layers(os.path.join(root, "layers.txt")), qt)


def main():
    failures = 0
    checks = 0
    with tempfile.TemporaryDirectory() as good_root:
        problems = tree(good_root, bad=False)
        checks += 1
        if problems:
            print("FAIL: a clean tree reported:", *problems, sep="\n  ")
            failures += 1
    with tempfile.TemporaryDirectory() as bad_root:
        problems = tree(bad_root, bad=True)
        expected = [
            "sendtrail_mid does not link sendtrail_top",
            "QtWidgets is not allowed in app/",
            "sendtrail_mid does not link Qt6::Network",
            "a library of app/ never includes a ui/ header",
            "no such header in app/low",
            "sendtrail_top does not link sendtrail_mid",
            "links sendtrail_low PUBLIC but no header of it includes sendtrail_low",
        ]
        checks += len(expected) + 1
        for text in expected:
            if not any(text in p for p in problems):
                print(f"FAIL: not caught: {text}")
                failures += 1
        if len(problems) != len(expected):
            print(f"FAIL: expected {len(expected)} problems, got {len(problems)}:", *problems, sep="\n  ")
            failures += 1
    print(f"{checks - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

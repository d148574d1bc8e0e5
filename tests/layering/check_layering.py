#!/usr/bin/env python3
"""Fails when a source file of app/ or ui/ includes what its target does not link.

Usage: check_layering.py SOURCE_DIR LAYERS_FILE QT_INCLUDE_DIR

LAYERS_FILE is written by CMake (sendtrail_write_layers): one target a line,
"name|folder|flat|public|private|sources". For every source of a target under app/ or ui/:
  - `#include "x.h"` must be a file of the target's own folder;
  - `#include "lib/x.h"` must name the folder of a library the target links directly
    (PUBLIC or PRIVATE), and that file must exist;
  - a bare `#include "x.h"` of a FLAT library (ui/) is allowed only when that library is linked;
  - nothing from ui/, QtWidgets or QtGui in a library (a sendtrail_* target); only the GUI's
    entry point, an executable, may include ui/ headers and QApplication;
  - a header (.h) may include another library's header only when that library is PUBLIC,
    and a PUBLIC library must appear in some header (else it belongs in PRIVATE);
  - a Qt header (<QFoo>) must come from a Qt module the target links (directly, or as the
    PUBLIC dependency of a linked library).
Prints one line per violation and exits 1 if there is any.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
FORBIDDEN_QT = {"Widgets", "Gui", "OpenGL", "OpenGLWidgets", "Quick", "Qml"}
# Qt modules whose headers a Qt module's users get with it (its public dependencies).
QT_IMPLIES = {"Widgets": {"Gui"}, "HttpServer": {"Network", "WebSockets"}, "WebSockets": {"Network"}}


def parse_layers(path):
    targets = {}
    for line in open(path, encoding="utf-8").read().splitlines():
        if not line.strip():
            continue
        name, folder, flat, public, private, sources = (line.split("|") + [""] * 6)[:6]
        split = lambda text: [x for x in text.split(",") if x]
        targets[name] = {
            "folder": folder,
            "flat": flat == "1",
            "public": split(public),
            "private": split(private),
            "sources": split(sources),
        }
    return targets


def qt_module_of(header, qt_include_dir, cache={}):
    if header in cache:
        return cache[header]
    found = None
    if "/" in header and header.startswith("Qt"):
        found = header.split("/")[0][2:]
    elif re.match(r"^Q[A-Za-z0-9]+$", header):
        for module in sorted(os.listdir(qt_include_dir)):
            if os.path.isfile(os.path.join(qt_include_dir, module, header)):
                found = module[2:] if module.startswith("Qt") else module
                break
    cache[header] = found
    return found


def qt_modules(target, targets, seen=None):
    """Qt modules a target can use: its own Qt links and, through linked libraries, their PUBLIC ones."""
    seen = set() if seen is None else seen
    modules = set()
    for lib in target["public"] + target["private"]:
        if lib.startswith("Qt6::"):
            modules.add(lib[5:])
            modules |= QT_IMPLIES.get(lib[5:], set())
        elif lib in targets and lib not in seen:
            seen.add(lib)
            inner = targets[lib]
            modules |= qt_modules({"public": inner["public"], "private": []}, targets, seen)
    return modules


def check(source_dir, targets, qt_include_dir):
    problems = []
    folder_of = {name: t["folder"] for name, t in targets.items()}
    lib_by_folder = {}
    for name, t in targets.items():
        lib_by_folder.setdefault(os.path.basename(t["folder"]), name)
    for name, t in sorted(targets.items()):
        in_app = t["folder"].startswith("app/")
        if not in_app and t["folder"] != "ui":
            continue
        own = os.path.join(source_dir, t["folder"])
        linked = t["public"] + t["private"]
        allowed_qt = qt_modules(t, targets) | {"Core"}
        used_in_headers = set()
        for source in t["sources"]:
            path = source if os.path.isabs(source) else os.path.join(own, source)
            rel = os.path.relpath(path, source_dir)
            text = open(path, encoding="utf-8").read()
            is_header = path.endswith(".h")
            for kind, header in INCLUDE.findall(text):
                where = f"{rel}: #include {kind}{header}{'>' if kind == '<' else chr(34)}"
                if kind == "<":
                    module = qt_module_of(header, qt_include_dir)
                    # The GUI's thin main.cpp (an executable, not a library) builds the QApplication.
                    if module in FORBIDDEN_QT and in_app and name.startswith("sendtrail_"):
                        problems.append(f"{where}: Qt{module} is not allowed in app/")
                    elif module and module not in allowed_qt:
                        problems.append(f"{where}: {name} does not link Qt6::{module}")
                    continue
                if header.startswith("ui/") or header.startswith("../"):
                    problems.append(f"{where}: app/ never includes ui/ or climbs out of its folder")
                    continue
                if header.startswith("ui_"):
                    if in_app:
                        problems.append(f"{where}: a generated form belongs to ui/")
                    continue
                if "/" not in header:
                    if os.path.isfile(os.path.join(own, header)):
                        continue
                    flat = [lib for lib in linked if lib in targets and targets[lib]["flat"]
                            and os.path.isfile(os.path.join(source_dir, folder_of[lib], header))]
                    if flat:
                        # Only an entry point (an executable, not a sendtrail_* library) may.
                        if in_app and name.startswith("sendtrail_"):
                            problems.append(f"{where}: a library of app/ never includes a ui/ header")
                        continue
                    problems.append(f"{where}: not a file of {t['folder']} nor of a linked library")
                    continue
                folder = header.split("/")[0]
                lib = lib_by_folder.get(folder)
                if lib is None or not folder_of[lib].startswith("app/"):
                    problems.append(f"{where}: '{folder}/' is not a library of app/")
                    continue
                if not os.path.isfile(os.path.join(source_dir, folder_of[lib], header[len(folder) + 1:])):
                    problems.append(f"{where}: no such header in {folder_of[lib]}")
                    continue
                if lib == name or os.path.samefile(os.path.join(source_dir, folder_of[lib]), own):
                    continue
                if lib not in linked:
                    problems.append(f"{where}: {name} does not link {lib}")
                    continue
                if is_header:
                    used_in_headers.add(lib)
                    if lib not in t["public"]:
                        problems.append(f"{where}: a header includes {lib}, so {name} must link it PUBLIC")
        for lib in t["public"]:
            if lib in targets and lib not in used_in_headers:
                problems.append(f"{t['folder']}: {name} links {lib} PUBLIC but no header of it "
                                f"includes {lib}: make it PRIVATE")
    return problems


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    source_dir, layers, qt_include_dir = sys.argv[1:]
    targets = parse_layers(layers)
    problems = check(source_dir, targets, qt_include_dir)
    for problem in problems:
        print(problem)
    scanned = [t for t in targets.values() if t["folder"].startswith("app/") or t["folder"] == "ui"]
    checked = sum(len(t["sources"]) for t in scanned)
    print(f"layering: {checked} files of {len(scanned)} targets checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

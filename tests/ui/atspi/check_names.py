#!/usr/bin/env python3
"""Reads a running `sendtrail --demo` through AT-SPI, as a screen reader does, and fails on:
- a focusable control with no accessible name, in the main window and in every window and dialog
  it opens (each opened through its menu action or button, then closed again);
- sibling buttons that share one name (twelve "Copy" buttons tell a listener nothing).
Usage: check_names.py PID (run by run.sh inside its private session)."""
import sys
import time

import pyatspi

DEADLINE = time.monotonic() + 50
# Their cells are data, not controls: the view itself is checked (its name).
ITEM_CONTAINERS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST,
                   pyatspi.ROLE_LIST_BOX}
BUTTONS = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON}


def wait_for(what, find, timeout=20):
    end = min(time.monotonic() + timeout, DEADLINE)
    while time.monotonic() < end:
        try:
            found = find()
        except Exception:  # the tree changes under us while windows open and close
            found = None
        if found:
            return found
        time.sleep(0.2)
    sys.exit(f"timed out waiting for {what}")


def application(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def children(node):
    try:
        return [c for c in node if c is not None]
    except Exception:
        return []


def describe(node):
    path = []
    while node is not None and node.getRole() != pyatspi.ROLE_APPLICATION:
        path.append(f"{node.getRoleName()} '{node.name}'")
        node = node.parent
    return " > ".join(reversed(path))


def problems_in(window):
    problems = []
    stack = [window]
    while stack:
        node = stack.pop()
        kids = children(node)
        role = node.getRole()
        states = node.getState()
        if (states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_SHOWING)
                and not node.name.strip() and not combo_popup(node)):
            problems.append("no name: " + describe(node))
        if role in ITEM_CONTAINERS or role == pyatspi.ROLE_MENU_BAR:
            continue
        names = [k.name for k in kids if k.getRole() in BUTTONS and k.name.strip()
                 and k.getState().contains(pyatspi.STATE_SHOWING)]
        for name in sorted({n for n in names if names.count(n) > 1}):
            problems.append(f"{names.count(name)} buttons named '{name}': {describe(node)}")
        stack.extend(kids)
    return problems


def combo_popup(node):
    """A combo box's drop-down list: named by its combo box, as in GTK and Qt alike."""
    parent = node.parent
    return node.getRole() in (pyatspi.ROLE_LIST, pyatspi.ROLE_MENU) and parent is not None \
        and parent.getRole() == pyatspi.ROLE_COMBO_BOX


def find(node, role, name, depth=12):
    """The first descendant with this name and role (any role if role is None)."""
    if depth < 0:
        return None
    for kid in children(node):
        if role in (None, kid.getRole()) and kid.name == name:
            return kid
        if (hit := find(kid, role, name, depth - 1)) is not None:
            return hit
    return None


def press(node):
    actions = node.queryAction()
    for i in range(actions.nActions):
        if actions.getName(i) in ("press", "click", "Press", "Click", "toggle", "Toggle"):
            actions.doAction(i)
            return
    actions.doAction(0)


def windows(app):
    return {w.name: w for w in children(app) if w.getState().contains(pyatspi.STATE_SHOWING)}


def main_window(app):
    for window in children(app):
        if window.getRole() == pyatspi.ROLE_FRAME:
            return window
    return None


def choose(frame, menu_path):
    node = wait_for("the menu bar", lambda: next(
        (k for k in children(frame) if k.getRole() == pyatspi.ROLE_MENU_BAR), None))
    for step in menu_path:
        node = wait_for(f"menu item {step}", lambda n=node, s=step: next(
            (k for k in children(n) if k.name == s), None) or find(n, pyatspi.ROLE_MENU_ITEM, s, 3))
    press(node)


def open_window(app, frame, menu_path, title):
    choose(frame, menu_path)
    return wait_for(f"the window '{title}'", lambda: windows(app).get(title))


def showing(node):
    return node is not None and node.getState().contains(pyatspi.STATE_SHOWING)


def close(app, window, title):
    """Dialogs are closed by their Close, Cancel or OK button; tool windows may stay open."""
    if window.getRole() != pyatspi.ROLE_DIALOG:
        return
    for name in ("Close", "Cancel", "OK"):
        button = find(window, pyatspi.ROLE_PUSH_BUTTON, name)
        states = button.getState() if button is not None else None
        if states and states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_ENABLED):
            press(button)
            wait_for(f"'{title}' to close", lambda: title not in windows(app), timeout=10)
            return


def main():
    pid = int(sys.argv[1])
    app = wait_for("the application on the accessibility bus", lambda: application(pid), timeout=30)
    frame = wait_for("the main window", lambda: main_window(app))
    wait_for("the demo's first rows", lambda: (t := find_table(frame)) is not None and t.queryTable().nRows > 0)
    # Everything the main window can show: the record details (with their Copy buttons), the
    # summary and the advanced fields.
    choose(frame, ["View", "Record Details"])
    wait_for("the record details", lambda: showing(find(frame, pyatspi.ROLE_FRAME, "Record Details")))
    if not showing(find(frame, pyatspi.ROLE_FRAME, "Summary")):
        choose(frame, ["View", "Summary"])
    press(wait_for("the Advanced button", lambda: find(frame, None, "Advanced")))
    wait_for("the advanced fields", lambda: showing(find(frame, None, "Page size:")))
    problems = [f"[main window] {p}" for p in problems_in(frame)]
    problems += [f"[main window] {p}" for p in results_columns_problems(frame)]
    dialogs = [
        (["File", "Profiles…"], "Profiles"),
        (["File", "Export…"], "Export"),
        (["Query", "Invalid Addresses…"], "Invalid Addresses"),
        (["Query", "Look Up Recipients…"], "Look Up Recipients"),
        (["Query", "Sync Archive…"], "Sync Archive"),
        (["Help", "About Sendtrail"], "About Sendtrail"),
    ]
    for path, title in dialogs:
        window = open_window(app, frame, path, title)
        problems += [f"[{title}] {p}" for p in problems_in(window)]
        if title == "Profiles":  # the import dialog opens from here
            press(find(window, pyatspi.ROLE_PUSH_BUTTON, "Import from aliyun CLI…"))
            importer = wait_for("the aliyun import dialog", lambda: windows(app).get("Import from aliyun CLI"))
            problems += [f"[Import from aliyun CLI] {p}" for p in problems_in(importer)]
            close(app, importer, "Import from aliyun CLI")
        close(app, window, title)
    if problems:
        print("\n".join(problems))
        return 1
    print(f"every focusable control is named in the main window and {len(dialogs) + 1} windows")
    return 0


# The results table as a screen reader walks it: the shown columns only, in the order shown
# (Qt 6.4 reports hidden header sections as columns, so hidden ones must not be in its model).
SHOWN_BY_DEFAULT = ["Time", "Status", "Recipient", "Sender", "Subject", "Classification", "Server reply",
                    "IP pool", "Configuration set"]


def results_columns_problems(frame):
    table = find(frame, pyatspi.ROLE_TABLE, "Records")
    if table is None:
        return ["no table named 'Records'"]
    iface = table.queryTable()
    headers = []
    for c in range(iface.nColumns):
        header = iface.getColumnHeader(c)
        headers.append(header.name if header is not None else "")
    # The Time header names the display zone: "Time, Local (UTC+08:00)".
    seen = [h.split(",")[0].split(" (")[0] if h.startswith("Time") else h for h in headers]
    if seen != SHOWN_BY_DEFAULT:
        return [f"the results table reports columns {headers}, expected {SHOWN_BY_DEFAULT}"]
    return []


def find_table(node):
    for kid in children(node):
        if kid.getRole() == pyatspi.ROLE_TABLE:
            return kid
        if kid.getRole() not in ITEM_CONTAINERS and (hit := find_table(kid)) is not None:
            return hit
    return None


if __name__ == "__main__":
    sys.exit(main())

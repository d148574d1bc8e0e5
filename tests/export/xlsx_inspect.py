#!/usr/bin/env python3
"""Reads an .xlsx back the way a spreadsheet user would see it and prints a JSON summary
for tst_xlsxexporter: sheets, cell text, cell types, frozen panes, filters, formats, and
whether any worksheet XML holds a formula element."""
import datetime
import json
import re
import sys
import zipfile

import openpyxl

# Excel decodes _xHHHH_ inside strings; openpyxl leaves inline strings as stored.
EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def excel_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        # A serial date is a double: round to the whole second the exporter wrote.
        value = (value + datetime.timedelta(microseconds=500000)).replace(microsecond=0)
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if not isinstance(value, str):
        return {"not_a_string": repr(value)}
    return EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)


def formula_elements(path):
    count = 0
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                count += len(re.findall(rb"<f[\s>/]", archive.read(name)))
    return count


def sheet_summary(ws):
    rows, types, text_format_cells, date_cells = [], set(), [], []
    for row in ws.iter_rows():
        cells = []
        for cell in row:
            if cell.value is not None:
                types.add(cell.data_type)
                if cell.row > 1 and cell.number_format == "@":
                    text_format_cells.append([cell.row, cell.column])
                if cell.is_date:
                    date_cells.append([cell.row, cell.column, cell.number_format])
            cells.append(excel_text(cell.value))
        rows.append(cells)
    return {
        "name": ws.title,
        "max_row": ws.max_row,
        "max_column": ws.max_column,
        "freeze_panes": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "header_bold": all(c.font.b for c in ws[1] if c.value is not None),
        "data_types": sorted(types),
        "text_format_cells": text_format_cells,
        "date_cells": date_cells,
        "widths": [ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width
                   for i in range(1, ws.max_column + 1)],
        "rows": rows,
    }


def main(path):
    workbook = openpyxl.load_workbook(path)
    json.dump({"formula_elements": formula_elements(path),
               "sheets": [sheet_summary(ws) for ws in workbook.worksheets]}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])

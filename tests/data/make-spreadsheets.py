#!/usr/bin/python3
"""Writes the spreadsheet test files of tests/data into OUTDIR, from several producers, and
OUTDIR/expected.json: for each file, the sheet, the options to read it with and every column's
name, type and values as the producer was told to write them (datetimes as ISO 8601, null = missing),
plus the cells that must be reported as errors. The C++ tests compare cell by cell against it.

Producers: openpyxl, xlsxwriter (shared strings, rich text, constant_memory inline strings, cached
formula results, error cells), pandas (openpyxl and xlsxwriter engines), odfpy, and LibreOffice
headless (xlsx -> ods and ods -> xlsx) when soffice is installed. Some variants are rewritten at the
XML level: namespace prefixes (x:, rel:), cells and rows without r references, the 1904 date system.

Usage: make-spreadsheets.py OUTDIR
"""
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
import pandas as pd
import xlsxwriter
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow, CoveredTableCell
from odf.text import P, Span
from openpyxl.utils.datetime import CALENDAR_MAC_1904

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

D = dt.datetime
# The canonical table: header row, then six data rows. None is an empty (missing) cell.
HEADER = ["id", "name", "price", "active", "when", "day", "category"]
ROWS = [
    [1, "alpha", 1.5, True, D(2024, 1, 15, 10, 30), dt.date(2020, 5, 17), "a"],
    [2, "beta", 2.25, False, D(1999, 12, 31, 0, 0), dt.date(2000, 2, 29), "b"],
    [3, None, 3.0, True, D(1900, 3, 1, 6, 0), dt.date(1970, 1, 1), "a"],
    [4, "delta", -4.125, None, D(2024, 2, 29, 23, 59, 59), None, "b"],
    [5, "épsilon ünïcode", 1e10, False, None, dt.date(2038, 1, 19), "a"],
    [6, "zeta", None, True, D(1970, 1, 1), dt.date(1999, 1, 1), "a"],
]
TYPES = ["integer", "text", "float", "boolean", "datetime", "datetime", "categorical"]


def iso(value):
    if isinstance(value, D):
        return value.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%dT00:00:00.000Z")
    return value


def columns(header=HEADER, rows=ROWS, types=TYPES):
    return [{"name": name, "type": types[i], "values": [iso(r[i]) for r in rows]} for i, name in enumerate(header)]


expected = []


def expect(file, cols, sheet="Data", sheets=("Data", "Notes"), options=None, errors=()):
    expected.append({"file": file, "sheet": sheet, "sheets": list(sheets), "options": options or {},
                     "columns": cols, "errorCells": list(errors)})


def path(name):
    return os.path.join(OUT, name)


# Second sheet: a title above a small table at B3:D6, read with sheet "Notes" and range B3:D6.
NOTES_HEADER = ["x", "label", "ok"]
NOTES_ROWS = [[10, "ten", True], [20, "twenty", False], [30, None, True]]
NOTES_COLUMNS = columns(NOTES_HEADER, NOTES_ROWS, ["integer", "text", "boolean"])

# Errors and sparse cells: column "err" (H) holds error values, "sparse" (J) sits beyond an empty
# column I and only has rows 2 and 5.
ERR_VALUES = [1, "#DIV/0!", 3, "#N/A", 5, 6]
SPARSE = {1: 0.5, 4: 7.25}


def extended_columns():
    cols = columns()
    cols.append({"name": "err", "type": "integer", "values": [v if isinstance(v, int) else None for v in ERR_VALUES]})
    cols.append({"name": "sparse", "type": "float", "values": [SPARSE.get(i) for i in range(6)]})
    return cols


ERROR_CELLS = ["Data!H3", "Data!H5"]


# --- openpyxl: shared strings, custom and built-in date formats, error cells, sparse cells.
def write_openpyxl(name, epoch=None, with_extras=True):
    wb = openpyxl.Workbook()
    if epoch:
        wb.epoch = epoch
    ws = wb.active
    ws.title = "Data"
    ws.append(HEADER + (["err", None, "sparse"] if with_extras else []))
    for i, row in enumerate(ROWS):
        ws.append(row + ([ERR_VALUES[i], None, SPARSE.get(i)] if with_extras else []))
        r = i + 2
        ws.cell(r, 5).number_format = "dd/mm/yyyy hh:mm:ss"  # custom code
        ws.cell(r, 6).number_format = "mm-dd-yy"             # built-in id 14
    notes = wb.create_sheet("Notes")
    notes["A1"] = "Quarterly notes"
    for j, h in enumerate(NOTES_HEADER):
        notes.cell(3, 2 + j, h)
    for i, row in enumerate(NOTES_ROWS):
        for j, v in enumerate(row):
            if v is not None:
                notes.cell(4 + i, 2 + j, v)
    wb.save(path(name))


write_openpyxl("openpyxl.xlsx")
expect("openpyxl.xlsx", extended_columns(), errors=ERROR_CELLS)
expect("openpyxl.xlsx", NOTES_COLUMNS, sheet="Notes", options={"sheet": "Notes", "cellRange": "B3:D6"})
write_openpyxl("openpyxl-1904.xlsx", epoch=CALENDAR_MAC_1904)
expect("openpyxl-1904.xlsx", extended_columns(), errors=ERROR_CELLS)


# --- xlsxwriter: rich text, formulas with cached results, errors; constant_memory: inline strings.
def write_xlsxwriter(name, constant_memory):
    wb = xlsxwriter.Workbook(path(name), {"constant_memory": constant_memory})
    ws = wb.add_worksheet("Data")
    bold = wb.add_format({"bold": True})
    when_format = wb.add_format({"num_format": "yyyy\\-mm\\-dd\\ hh:mm:ss"})
    day_format = wb.add_format({"num_format": 14})
    for j, h in enumerate(HEADER + ["err", None, "sparse"]):
        if h is not None:
            ws.write_string(0, j, h)
    for i, row in enumerate(ROWS):
        r = i + 1
        for j, v in enumerate(row):
            if v is None:
                continue
            if j == 0:
                ws.write_formula(r, j, f"=ROW()-1", None, v)  # cached formula result
            elif j == 1 and i == 0 and not constant_memory:
                ws.write_rich_string(r, j, "al", bold, "ph", "a")  # rich-text runs
            elif isinstance(v, bool):
                ws.write_boolean(r, j, v)
            elif isinstance(v, D):
                ws.write_datetime(r, j, v, when_format)
            elif isinstance(v, dt.date):
                ws.write_datetime(r, j, D(v.year, v.month, v.day), day_format)
            elif isinstance(v, str):
                ws.write_string(r, j, v)
            else:
                ws.write_number(r, j, v)
        e = ERR_VALUES[i]
        if isinstance(e, int):
            ws.write_number(r, 7, e)
        else:
            ws.write_formula(r, 7, "=1/0" if e == "#DIV/0!" else "=NA()", None, e)
        if i in SPARSE:
            ws.write_number(r, 9, SPARSE[i])
    notes = wb.add_worksheet("Notes")
    notes.write(0, 0, "Quarterly notes")
    for j, h in enumerate(NOTES_HEADER):
        notes.write(2, 1 + j, h)
    for i, row in enumerate(NOTES_ROWS):
        for j, v in enumerate(row):
            if v is not None:
                notes.write(3 + i, 1 + j, v)
    wb.close()


write_xlsxwriter("xlsxwriter.xlsx", False)
expect("xlsxwriter.xlsx", extended_columns(), errors=ERROR_CELLS)
write_xlsxwriter("xlsxwriter-inline.xlsx", True)
expect("xlsxwriter-inline.xlsx", extended_columns(), errors=ERROR_CELLS)
expect("xlsxwriter-inline.xlsx", NOTES_COLUMNS, sheet="Notes", options={"sheet": "Notes", "cellRange": "B3:D6"})


# --- pandas, both engines. Dates are written as pandas formats them (datetime cells).
def pandas_frame():
    df = pd.DataFrame(ROWS, columns=HEADER)
    df["day"] = pd.to_datetime(df["day"])
    df["when"] = pd.to_datetime(df["when"])
    return df


for engine in ("openpyxl", "xlsxwriter"):
    name = f"pandas-{engine}.xlsx"
    with pd.ExcelWriter(path(name), engine=engine) as writer:
        pandas_frame().to_excel(writer, sheet_name="Data", index=False)
        pd.DataFrame([["Quarterly notes"]]).to_excel(writer, sheet_name="Notes", index=False, header=False)
    # pandas writes booleans as booleans, a missing boolean as an empty cell.
    expect(name, columns())


# --- XML-level variants of the openpyxl file.
def rewrite(source, target, transform):
    with zipfile.ZipFile(path(source)) as zin, zipfile.ZipFile(path(target), "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.endswith(".xml") or item.filename.endswith(".rels"):
                data = transform(item.filename, data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def prefixed(name, xml):
    """Every SpreadsheetML element under the prefix x:, relationships under rel:."""
    if not (name.startswith("xl/") and name.endswith(".xml")) or MAIN not in xml:
        return xml
    xml = xml.replace(f'xmlns="{MAIN}"', f'xmlns:x="{MAIN}"')
    xml = re.sub(r'xmlns:r="' + re.escape(REL) + '"', f'xmlns:rel="{REL}"', xml)
    xml = re.sub(r'\br:id=', 'rel:id=', xml)
    xml = re.sub(r'<(/?)(?![?!])([A-Za-z][\w]*)(?=[\s>/])', lambda m: f'<{m.group(1)}x:{m.group(2)}', xml)
    return xml


def no_references(name, xml):
    """Cells without r (placed one after another) and rows without r, where that is unambiguous:
    row 2 keeps its cells' references dropped, row 3 loses its own r attribute."""
    if not name.startswith("xl/worksheets/"):
        return xml
    def row(m):
        text = m.group(0)
        number = int(re.search(r'\br="(\d+)"', text).group(1))
        cells = re.findall(r'<c r="([A-Z]+)\d+"', text)
        contiguous = [c for c in cells] == [chr(ord("A") + k) for k in range(len(cells))]
        if number in (2, 4) and contiguous:
            text = re.sub(r'<c r="[A-Z]+\d+"', '<c', text)
        if number == 3:
            text = re.sub(r'<row r="3"', '<row', text, count=1)
        return text
    return re.sub(r'<row [^>]*>.*?</row>', row, xml, flags=re.S)


write_openpyxl("openpyxl-plain.xlsx", with_extras=False)
rewrite("openpyxl.xlsx", "prefixed.xlsx", prefixed)
expect("prefixed.xlsx", extended_columns(), errors=ERROR_CELLS)
rewrite("openpyxl-plain.xlsx", "no-references.xlsx", no_references)
expect("no-references.xlsx", columns())


# --- odfpy: typed cells, repeated columns/rows, covered cells, multi-paragraph text.
def write_odfpy(name):
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Data")
    def cell(value):
        if value is None:
            return TableCell()
        if isinstance(value, bool):
            c = TableCell(valuetype="boolean", booleanvalue="true" if value else "false")
            c.addElement(P(text="TRUE" if value else "FALSE"))
        elif isinstance(value, D):
            c = TableCell(valuetype="date", datevalue=value.strftime("%Y-%m-%dT%H:%M:%S"))
            c.addElement(P(text=str(value)))
        elif isinstance(value, dt.date):
            c = TableCell(valuetype="date", datevalue=value.strftime("%Y-%m-%d"))
            c.addElement(P(text=str(value)))
        elif isinstance(value, (int, float)):
            c = TableCell(valuetype="float", value=repr(value))
            c.addElement(P(text=str(value)))
        else:
            c = TableCell(valuetype="string")
            if value == "alpha":  # text in spans
                p = P()
                p.addElement(Span(text="al"))
                p.addText("pha")
                c.addElement(p)
            else:
                c.addElement(P(text=value))
        return c
    tr = TableRow()
    for h in HEADER + ["err", None, "sparse"]:
        tr.addElement(cell(h))
    table.addElement(tr)
    for i, row in enumerate(ROWS):
        tr = TableRow()
        for v in row:
            tr.addElement(cell(v))
        e = ERR_VALUES[i]
        if isinstance(e, int):
            tr.addElement(cell(e))
        else:  # what LibreOffice writes for an error result: a formula with a string value
            c = TableCell(formula="of:=1/0" if e == "#DIV/0!" else "of:=NA()", valuetype="string", stringvalue="")
            c.addElement(P(text=e))
            tr.addElement(c)
        tr.addElement(TableCell())
        if i in SPARSE:
            tr.addElement(cell(SPARSE[i]))
        tr.addElement(TableCell(numbercolumnsrepeated=1000))  # trailing empty columns
        table.addElement(tr)
    # Trailing empty rows, repeated a million times, as LibreOffice writes them.
    tr = TableRow(numberrowsrepeated=1048000)
    tr.addElement(TableCell(numbercolumnsrepeated=1024))
    table.addElement(tr)
    doc.spreadsheet.addElement(table)

    notes = Table(name="Notes")
    tr = TableRow()
    tr.addElement(cell("Quarterly notes"))
    notes.addElement(tr)
    notes.addElement(TableRow(numberrowsrepeated=1))
    tr = TableRow()
    tr.addElement(TableCell())
    for h in NOTES_HEADER:
        tr.addElement(cell(h))
    notes.addElement(tr)
    for row in NOTES_ROWS:
        tr = TableRow()
        tr.addElement(TableCell())
        for v in row:
            tr.addElement(cell(v))
        notes.addElement(tr)
    # A merged cell over two columns: the covered cell is no value of its own.
    tr = TableRow()
    tr.addElement(TableCell())
    merged = TableCell(valuetype="float", value="99", numbercolumnsspanned=2)
    merged.addElement(P(text="99"))
    tr.addElement(merged)
    tr.addElement(CoveredTableCell())
    notes.addElement(tr)
    doc.spreadsheet.addElement(notes)
    doc.save(path(name))


# Error results of formulas (a string value "#DIV/0!") are errors: missing, with a warning.
write_odfpy("odfpy.ods")
expect("odfpy.ods", extended_columns(), errors=ERROR_CELLS)
notes_with_merged = columns(NOTES_HEADER, NOTES_ROWS + [[99, None, None]], ["integer", "text", "boolean"])
expect("odfpy.ods", notes_with_merged, sheet="Notes", options={"sheet": "Notes", "cellRange": "B3:D7"})


# --- LibreOffice headless: xlsx -> ods and ods -> xlsx, with a throw-away profile (works as root).
def libreoffice(sources, target_format):
    soffice = shutil.which("soffice")
    if not soffice:
        return False
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    env = dict(os.environ, HOME=profile)
    with tempfile.TemporaryDirectory() as outdir:
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", target_format, "--outdir", outdir] + [path(s) for s in sources]
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180, check=False)
        ok = True
        for s in sources:
            produced = os.path.join(outdir, os.path.splitext(s)[0] + "." + target_format)
            if os.path.exists(produced):
                shutil.move(produced, path("libreoffice-" + os.path.splitext(s)[0] + "." + target_format))
            else:
                ok = False
    shutil.rmtree(profile, ignore_errors=True)
    return ok


if libreoffice(["openpyxl.xlsx"], "ods"):
    # LibreOffice writes booleans as TRUE()/FALSE() formulas and errors as calcext:value-type="error".
    expect("libreoffice-openpyxl.ods", extended_columns(), errors=ERROR_CELLS)
    expect("libreoffice-openpyxl.ods", NOTES_COLUMNS, sheet="Notes", options={"sheet": "Notes", "cellRange": "B3:D6"})
    shutil.copy(path("libreoffice-openpyxl.ods"), path("roundtrip.ods"))
    if libreoffice(["roundtrip.ods"], "xlsx"):
        expect("libreoffice-roundtrip.xlsx", extended_columns(), errors=ERROR_CELLS)


# --- JSON: Python's json module and pandas' to_json orients (records, columns, index, split, table,
# values, lines). Dates are ISO 8601 strings, inferred as datetimes; nested objects become dotted names.
def json_value(v):
    if isinstance(v, D):
        return v.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(v, dt.date):
        return v.strftime("%Y-%m-%d")
    return v


def records(nested=True):
    out = []
    for i, row in enumerate(ROWS):
        record = {h: json_value(v) for h, v in zip(HEADER, row)}
        if nested:
            record["geo"] = {"lat": 0.5 + i, "lon": -i}
        out.append(record)
    return out


def json_columns(nested=True):
    cols = columns()
    if nested:
        cols.append({"name": "geo.lat", "type": "float", "values": [0.5 + i for i in range(6)]})
        cols.append({"name": "geo.lon", "type": "integer", "values": [-i for i in range(6)]})
    return cols


def write_json(name, data, lines=False):
    with open(path(name), "w", encoding="utf-8") as f:
        if lines:
            for item in data:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
        else:
            json.dump(data, f, ensure_ascii=False, indent=1)


NO_SHEETS = ()
write_json("records.json", records())
expect("records.json", json_columns(), sheet="", sheets=NO_SHEETS)
write_json("lines.jsonl", records(), lines=True)
expect("lines.jsonl", json_columns(), sheet="", sheets=NO_SHEETS)
write_json("wrapped.json", {"meta": {"count": 6, "source": "test"}, "data": {"items": records()}})
expect("wrapped.json", json_columns(), sheet="", sheets=NO_SHEETS, options={"recordPath": "data.items"})
write_json("arrays.json", [HEADER] + [[json_value(v) for v in row] for row in ROWS])
expect("arrays.json", columns(), sheet="", sheets=NO_SHEETS)

frame = pandas_frame()
for orient in ("records", "columns", "index", "split", "table"):
    name = f"pandas-{orient}.json"
    frame.to_json(path(name), orient=orient, date_format="iso", force_ascii=False)
    cols = columns()
    if orient == "table":  # the index becomes a column
        cols = [{"name": "index", "type": "integer", "values": list(range(6))}] + cols
    expect(name, cols, sheet="", sheets=NO_SHEETS)
frame.to_json(path("pandas-lines.jsonl"), orient="records", lines=True, date_format="iso", force_ascii=False)
expect("pandas-lines.jsonl", columns(), sheet="", sheets=NO_SHEETS)
frame.to_json(path("pandas-values.json"), orient="values", date_format="iso", force_ascii=False)
unnamed = columns()
for i, col in enumerate(unnamed):
    col["name"] = f"column_{i + 1}"
expect("pandas-values.json", unnamed, sheet="", sheets=NO_SHEETS)

with open(path("expected.json"), "w", encoding="utf-8") as f:
    json.dump({"files": expected}, f, indent=1, ensure_ascii=False)
print(f"{len(expected)} expectations, files in {OUT}")

#pragma once

#include "dataimport.h"

#include <QCoreApplication>

// Excel .xlsx (Office Open XML spreadsheets, transitional and strict) read in place: the zip entries
// are streamed through QXmlStreamReader (no DOM, the decompressed XML is never held whole). Sheets
// are found through the workbook relationships; shared and inline strings (rich text included),
// booleans, error cells, cached formula results and dates (number formats, 1900/1904 systems).
class XlsxReader : public DataReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    ImportResult read(QIODevice &device, const ImportOptions &options, const ImportControl &control) const override;
};

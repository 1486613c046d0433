#pragma once

#include "dataimport.h"

#include <QCoreApplication>

// OpenDocument spreadsheets (.ods, LibreOffice): content.xml streamed through QXmlStreamReader.
// Repeated rows and columns (number-rows-repeated / number-columns-repeated) are expanded only where
// they hold values and only within the sheet limits; covered (merged-away) cells are empty; value
// types float/percentage/currency/date/time/boolean/string; error results become missing with a
// warning; LibreOffice's TRUE()/FALSE() formulas are booleans.
class OdsReader : public DataReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)
public:
    ImportResult read(QIODevice &device, const ImportOptions &options, const ImportControl &control) const override;
};

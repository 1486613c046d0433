// Stand-in for DataImport::importFile until the importers land (issue 3): `render --data` answers
// with this error instead of failing to link. Built only while models/data/dataimport.cpp does not
// exist (app/CMakeLists.txt), and weak, so the real facade wins wherever both are linked.
#include "dataimport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

__attribute__((weak)) QStringList ImportOptions::defaultMissingMarkers()
{
    return {QString(), u"NA"_s, u"N/A"_s, u"null"_s, u"NaN"_s, u"-"_s};
}

namespace DataImport {

__attribute__((weak)) ImportResult importFile(const QString &path, const ImportOptions &, const ImportControl &)
{
    ImportResult result;
    result.error = QCoreApplication::translate("DataImport", "importing data files is not available in this build (%1)")
                       .arg(path);
    return result;
}

} // namespace DataImport

#pragma once

#include "specdraft.h"

#include <QFuture>
#include <QString>

// Saves a draft as a spec folder (specification.md + specification.yaml) into a local checkout
// of the anyplot repository (its root or its plots/ folder). A new folder appears whole or not
// at all: both files are written into a hidden temporary folder beside it, which is then renamed.
// An existing folder is only replaced when asked, file by file with QSaveFile.
namespace SpecDraftFolderWriter {

struct Result
{
    bool ok = false;
    QString folder; // the spec folder written
    QString error;  // what went wrong and what to do
};

Result write(const SpecDraft &draft, const QString &specId, const QString &checkout, bool overwrite = false);
QFuture<Result> writeAsync(const SpecDraft &draft, const QString &specId, const QString &checkout,
                           bool overwrite = false);
// Where the folder would go (does not touch the disk beyond checking for plots/).
QString targetFolder(const QString &specId, const QString &checkout);

} // namespace SpecDraftFolderWriter

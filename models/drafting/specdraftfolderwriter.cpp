#include "specdraftfolderwriter.h"

#include "cataloglint.h"
#include "foldercatalogsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace SpecDraftFolderWriter {

namespace {
QByteArray withFinalNewline(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("SpecDraftFolderWriter", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

QString targetFolder(const QString &specId, const QString &checkout)
{
    return FolderCatalogSource::resolvePlotsFolder(checkout) + u'/' + specId;
}

Result write(const SpecDraft &draft, const QString &specId, const QString &checkout, bool overwrite)
{
    Result result;
    if (!CatalogLint::isValidSpecId(specId)) {
        result.error = QCoreApplication::translate("SpecDraftFolderWriter", "'%1' is not a valid spec id; fix it in the draft first.").arg(specId);
        return result;
    }
    if (!QFileInfo(checkout).isDir()) {
        result.error = QCoreApplication::translate("SpecDraftFolderWriter", "%1 is not a folder; choose your anyplot checkout.").arg(checkout);
        return result;
    }
    const QString plots = FolderCatalogSource::resolvePlotsFolder(checkout);
    result.folder = plots + u'/' + specId;
    const QString md = QString::fromLatin1(SpecDraftFiles::markdownName);
    const QString yaml = QString::fromLatin1(SpecDraftFiles::yamlName);
    const QByteArray mdBytes = withFinalNewline(draft.markdown);
    const QByteArray yamlBytes = withFinalNewline(draft.yaml);

    if (QFileInfo::exists(result.folder)) {
        if (!overwrite) {
            result.error = QCoreApplication::translate("SpecDraftFolderWriter", "%1 already exists; choose another id or allow replacing it.").arg(result.folder);
            return result;
        }
        result.ok = writeFile(result.folder + u'/' + md, mdBytes, &result.error)
            && writeFile(result.folder + u'/' + yaml, yamlBytes, &result.error);
        return result;
    }
    QTemporaryDir staging(plots + u"/."_s + specId + u".draft-XXXXXX"_s);
    if (!staging.isValid()) {
        result.error = QCoreApplication::translate("SpecDraftFolderWriter", "cannot create a folder in %1: %2").arg(plots, staging.errorString());
        return result;
    }
    if (!writeFile(staging.filePath(md), mdBytes, &result.error)
        || !writeFile(staging.filePath(yaml), yamlBytes, &result.error))
        return result;
    QFile::setPermissions(staging.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    if (!QDir().rename(staging.path(), result.folder)) {
        result.error = QCoreApplication::translate("SpecDraftFolderWriter", "cannot move the new folder into place at %1").arg(result.folder);
        return result;
    }
    staging.setAutoRemove(false);
    result.ok = true;
    return result;
}

QFuture<Result> writeAsync(const SpecDraft &draft, const QString &specId, const QString &checkout, bool overwrite)
{
    return QtConcurrent::run([=] { return write(draft, specId, checkout, overwrite); });
}

} // namespace SpecDraftFolderWriter

#include "zippackage.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <QDir>

using namespace Qt::StringLiterals;

namespace {
QString entryKey(QString name)
{
    return name.replace(u'\\', u'/').toLower();
}
} // namespace

ZipPackage::ZipPackage(QIODevice &device, Limits limits) : m_device(device), m_limits(limits) {}

ZipPackage::~ZipPackage()
{
    if (m_zip)
        m_zip->close();
}

bool ZipPackage::open(QString *error)
{
    if (!m_device.seek(0)) {
        *error = tr("The file cannot be read from the start");
        return false;
    }
    m_zip = std::make_unique<QuaZip>(&m_device);
    m_zip->setAutoClose(false);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *error = tr("The file is not a zip archive, or it is damaged or truncated");
        m_zip.reset();
        return false;
    }
    const QList<QuaZipFileInfo64> infos = m_zip->getFileInfoList64();
    if (infos.isEmpty() && m_zip->getZipError() != UNZ_OK) {
        *error = tr("The zip archive's directory cannot be read (damaged or truncated)");
        return false;
    }
    for (const QuaZipFileInfo64 &info : infos)
        m_entries.insert(entryKey(info.name), {info.name, info.compressedSize, info.uncompressedSize});
    return true;
}

const ZipPackage::Entry *ZipPackage::find(const QString &path) const
{
    const auto it = m_entries.constFind(entryKey(path));
    return it == m_entries.cend() ? nullptr : &it.value();
}

bool ZipPackage::contains(const QString &path) const
{
    return find(path) != nullptr;
}

quint64 ZipPackage::uncompressedSize(const QString &path) const
{
    const Entry *entry = find(path);
    return entry ? entry->uncompressed : 0;
}

std::unique_ptr<QuaZipFile> ZipPackage::openEntry(const QString &path, QString *error)
{
    const Entry *entry = find(path);
    if (!m_zip || !entry) {
        *error = tr("The archive has no part \"%1\"").arg(path);
        return nullptr;
    }
    const double mib = double(1 << 20);
    if (entry->uncompressed > m_limits.maxEntrySize) {
        *error = tr("The part \"%1\" would inflate to %2 MiB (the limit is %3 MiB); not read")
                     .arg(path).arg(double(entry->uncompressed) / mib, 0, 'f', 0)
                     .arg(double(m_limits.maxEntrySize) / mib, 0, 'f', 0);
        return nullptr;
    }
    if (entry->uncompressed > m_limits.ratioFloor
        && entry->uncompressed / std::max<quint64>(entry->compressed, 1) > m_limits.maxRatio) {
        *error = tr("The part \"%1\" would inflate %2 times to %3 MiB: likely a zip bomb; not read")
                     .arg(path).arg(entry->uncompressed / std::max<quint64>(entry->compressed, 1))
                     .arg(double(entry->uncompressed) / mib, 0, 'f', 0);
        return nullptr;
    }
    if (!m_zip->setCurrentFile(entry->name, QuaZip::csSensitive)) {
        *error = tr("The part \"%1\" cannot be found in the archive").arg(path);
        return nullptr;
    }
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly)) {
        *error = tr("The part \"%1\" cannot be read (damaged, encrypted or an unknown compression)").arg(path);
        return nullptr;
    }
    return file;
}

QString ZipPackage::resolve(const QString &baseDir, const QString &target)
{
    QString path = target;
    path.replace(u'\\', u'/');
    if (path.startsWith(u'/'))
        path = path.mid(1);
    else if (!baseDir.isEmpty())
        path = baseDir + u'/' + path;
    path = QDir::cleanPath(path);
    if (path.isEmpty() || path == u"."_s || path == u".."_s || path.startsWith(u"../"_s) || path.startsWith(u'/')
        || path.contains(u':'))
        return {};
    return path;
}

#pragma once

#include <QDirIterator>
#include <QFile>
#include <QString>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

// Zips built by the tests, entry by entry: real archives in the layouts (and the hostile shapes)
// the catalog reader has to face.
class TestZipWriter
{
public:
    explicit TestZipWriter(const QString &path)
        : m_zip(path)
    {
        m_zip.setOsCode(3); // Unix: symbolic links and permissions as GitHub writes them
        m_ok = m_zip.open(QuaZip::mdCreate);
    }
    ~TestZipWriter() { close(); }

    bool ok() const { return m_ok; }
    void setComment(const QString &comment) { m_zip.setComment(comment); }

    bool add(const QString &name, const QByteArray &data, quint32 unixMode = 0100644)
    {
        QuaZipNewInfo info(name);
        info.externalAttr = unixMode << 16;
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::WriteOnly, info))
            return false;
        file.write(data);
        file.close();
        return file.getZipError() == 0;
    }
    bool addSymlink(const QString &name, const QByteArray &target) { return add(name, target, 0120777); }

    // Every file below `folder`, stored as `prefix` + its path relative to `folder`.
    bool addFolder(const QString &folder, const QString &prefix)
    {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly) || !add(prefix + path.mid(folder.size() + 1), file.readAll()))
                return false;
        }
        return true;
    }

    void close()
    {
        if (m_zip.isOpen())
            m_zip.close();
    }

private:
    QuaZip m_zip;
    bool m_ok = false;
};

#pragma once

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <memory>

#include "inflatepipe.h"
#include "xmlscanner.h"

class QuaZipFile;
class ZipPackage;

// One XML part of a zip package, streamed token by token. Refuses document type declarations (and
// with them every internal or external entity: no entity expansion) and reports errors with the
// part's name and line.
class XmlPart
{
    Q_DECLARE_TR_FUNCTIONS(XmlPart)
public:
    XmlPart(ZipPackage &package, const QString &path);
    ~XmlPart();

    bool isOpen() const { return m_file != nullptr; }
    QXmlStreamReader &xml() { return m_xml; }

    // The next token; false at the end of the document or on an error (then error() says why).
    bool next();
    // Skips to the end of the current element (like QXmlStreamReader::skipCurrentElement, checked).
    bool skipElement();
    // The text of the current element and its children, up to its end.
    QString elementText();

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    double fraction() const; // share of the part read, 0…1

private:
    void fail(const QString &message);
    QString m_path;
    std::unique_ptr<QuaZipFile> m_file;
    QXmlStreamReader m_xml;
    QString m_error;
    qint64 m_size = 0;
};

// A big XML part of a zip package (a worksheet, the shared strings) for XmlScanner: inflated on a
// worker thread (InflatePipe) while the scanner reads, so both cores work and memory stays bounded.
class ScannedXmlPart
{
public:
    ScannedXmlPart(ZipPackage &package, const QString &path, const QByteArrayList &namespaces);
    ~ScannedXmlPart();

    bool isOpen() const { return m_scanner != nullptr; }
    QString openError() const { return m_error; }
    XmlScanner &scanner() { return *m_scanner; }
    double fraction() const; // share of the part read, 0…1

private:
    std::unique_ptr<QuaZipFile> m_file;
    std::unique_ptr<InflatePipe> m_pipe;     // destroyed (joined) before m_file
    std::unique_ptr<XmlScanner> m_scanner;
    QString m_error;
    qint64 m_size = 0;
};

#include "xmlpart.h"

#include "zippackage.h"

#include <quazipfile.h>

XmlPart::XmlPart(ZipPackage &package, const QString &path) : m_path(path)
{
    QString error;
    m_file = package.openEntry(path, &error);
    if (!m_file) {
        m_error = error;
        return;
    }
    m_size = qint64(package.uncompressedSize(path));
    m_xml.setDevice(m_file.get());
}

XmlPart::~XmlPart() = default;

void XmlPart::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool XmlPart::next()
{
    if (!m_file || failed())
        return false;
    switch (m_xml.readNext()) {
    case QXmlStreamReader::DTD:
        fail(tr("%1 line %2: a document type declaration (DTD) is not allowed here; refused to avoid XML "
                "entity expansion").arg(m_path).arg(m_xml.lineNumber()));
        return false;
    case QXmlStreamReader::EntityReference:
        fail(tr("%1 line %2: entity reference \"%3\" refused").arg(m_path).arg(m_xml.lineNumber()).arg(m_xml.name()));
        return false;
    case QXmlStreamReader::Invalid:
        fail(tr("%1 line %2: %3").arg(m_path).arg(m_xml.lineNumber()).arg(m_xml.errorString()));
        return false;
    case QXmlStreamReader::EndDocument:
        return false;
    default:
        return true;
    }
}

bool XmlPart::skipElement()
{
    int depth = 1;
    while (depth > 0 && next()) {
        if (m_xml.isStartElement())
            ++depth;
        else if (m_xml.isEndElement())
            --depth;
    }
    return depth == 0;
}

QString XmlPart::elementText()
{
    QString text;
    int depth = 1;
    while (depth > 0 && next()) {
        switch (m_xml.tokenType()) {
        case QXmlStreamReader::StartElement: ++depth; break;
        case QXmlStreamReader::EndElement: --depth; break;
        case QXmlStreamReader::Characters: text += m_xml.text(); break;
        default: break;
        }
    }
    return text;
}

double XmlPart::fraction() const
{
    return m_file && m_size > 0 ? std::min(1.0, double(m_file->pos()) / double(m_size)) : 0.0;
}

ScannedXmlPart::ScannedXmlPart(ZipPackage &package, const QString &path, const QByteArrayList &namespaces)
{
    m_file = package.openEntry(path, &m_error);
    if (!m_file)
        return;
    m_size = qint64(package.uncompressedSize(path));
    m_pipe = std::make_unique<InflatePipe>(*m_file);
    m_scanner = std::make_unique<XmlScanner>([pipe = m_pipe.get()](char *data, qint64 max) { return pipe->read(data, max); },
                                             path, namespaces);
}

ScannedXmlPart::~ScannedXmlPart()
{
    m_scanner.reset();
    m_pipe.reset();
}

double ScannedXmlPart::fraction() const
{
    return m_scanner && m_size > 0 ? std::min(1.0, double(m_scanner->bytesRead()) / double(m_size)) : 0.0;
}

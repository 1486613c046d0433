#pragma once

// Event traces of an XML document, by XmlScanner (streamed in chunks of any size) and by
// QXmlStreamReader: the scanner must see what Qt's reader sees, wherever the chunks split it.
#include "xmlscanner.h"

#include <QByteArrayList>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstring>

namespace XmlTrace {

inline const QByteArrayList &namespaces()
{
    static const QByteArrayList list{QByteArrayLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
                                     QByteArrayLiteral("urn:other")};
    return list;
}

struct Trace
{
    QStringList events;
    bool ok = true;
    QString error;
};

// `step`: bytes per read (0: everything at once); `chunk`: the scanner's initial buffer.
inline Trace scan(const QByteArray &xml, qsizetype step, qsizetype chunk = 64)
{
    Trace trace;
    qint64 at = 0;
    XmlScanner scanner([&](char *data, qint64 max) {
        const qint64 n = std::min<qint64>({max, xml.size() - at, step > 0 ? qint64(step) : max});
        std::memcpy(data, xml.constData() + at, size_t(n));
        at += n;
        return n;
    }, QStringLiteral("part.xml"), namespaces(), chunk);
    scanner.collectText(true);
    auto flushText = [&] {
        if (!scanner.text().empty())
            trace.events.append(QStringLiteral("text ") + QString::fromUtf8(scanner.text().data(), qsizetype(scanner.text().size())));
        scanner.text().clear();
    };
    while (true) {
        const XmlScanner::Token token = scanner.next();
        if (token == XmlScanner::Token::EndDocument)
            break;
        if (token == XmlScanner::Token::Error) {
            trace.ok = false;
            trace.error = scanner.error();
            break;
        }
        flushText();
        const QString name = QString::number(scanner.namespaceIndex()) + u':'
            + QString::fromUtf8(scanner.localName().data(), qsizetype(scanner.localName().size()));
        if (token == XmlScanner::Token::EndElement) {
            trace.events.append(QStringLiteral("end ") + name);
            continue;
        }
        QString event = QStringLiteral("start ") + name;
        // Only the attributes a reader asks for by name: these four.
        for (const char *attribute : {"r", "t", "s", "ref"}) {
            std::string value;
            if (scanner.decodedAttribute(attribute, &value))
                event += u' ' + QString::fromLatin1(attribute) + u'=' + QString::fromUtf8(value.data(), qsizetype(value.size()));
        }
        trace.events.append(event);
    }
    return trace;
}

inline Trace qt(const QByteArray &xml)
{
    Trace trace;
    QXmlStreamReader reader(xml);
    QString text;
    int depth = 0;
    auto flushText = [&] {
        if (!text.isEmpty())
            trace.events.append(QStringLiteral("text ") + text);
        text.clear();
    };
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            ++depth;
            flushText();
            const int ns = int(namespaces().indexOf(reader.namespaceUri().toUtf8()));
            QString event = QStringLiteral("start ") + QString::number(ns) + u':' + reader.name().toString();
            for (const char *attribute : {"r", "t", "s", "ref"}) {
                for (const QXmlStreamAttribute &a : reader.attributes())
                    if (a.qualifiedName() == QLatin1StringView(attribute))
                        event += u' ' + QString::fromLatin1(attribute) + u'=' + a.value().toString();
            }
            trace.events.append(event);
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            flushText();
            trace.events.append(QStringLiteral("end ") + QString::number(int(namespaces().indexOf(reader.namespaceUri().toUtf8())))
                                + u':' + reader.name().toString());
            break;
        case QXmlStreamReader::Characters:
            if (depth > 0) // character data outside the root is not collected
                text += reader.text();
            break;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            trace.ok = false;
            trace.error = QStringLiteral("DTD or entity");
            return trace;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        trace.ok = false;
        trace.error = reader.errorString();
    }
    text.clear();
    return trace;
}

} // namespace XmlTrace

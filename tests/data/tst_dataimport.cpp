// The import facade: the format is taken from the content first and the name second (a .xlsx that
// is really a CSV is read as CSV), and every format reaches its reader.
#include "dataimport.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ImportOptions::Format)

class TestDataImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectFormat_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("name");
        QTest::addColumn<ImportOptions::Format>("format");
        const QByteArray zip("PK\x03\x04\x14\x00\x00\x00", 8);
        QTest::newRow("zip is xlsx") << zip + "[Content_Types].xml" << u"data.xlsx"_s << ImportOptions::Format::Xlsx;
        QTest::newRow("zip named .zip is xlsx") << zip << u"data.zip"_s << ImportOptions::Format::Xlsx;
        QTest::newRow("zip with the ods mimetype") << zip + "mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
                                                   << u"data.bin"_s << ImportOptions::Format::Ods;
        QTest::newRow("zip named .ods") << zip << u"data.ods"_s << ImportOptions::Format::Ods;
        QTest::newRow("xlsx that is really a csv") << QByteArray("a,b\n1,2\n") << u"data.xlsx"_s << ImportOptions::Format::Csv;
        QTest::newRow("json object") << QByteArray("  {\"a\": [1, 2]}") << u"x.txt"_s << ImportOptions::Format::Json;
        QTest::newRow("json records") << QByteArray("[{\"a\": 1}]") << u"x"_s << ImportOptions::Format::Json;
        QTest::newRow("json with bom") << QByteArray("\xEF\xBB\xBF[1]") << u"x.json"_s << ImportOptions::Format::Json;
        QTest::newRow("json lines") << QByteArray("{\"a\":1}\n{\"a\":2}\n") << u"x.jsonl"_s << ImportOptions::Format::Json;
        QTest::newRow("csv starting with a bracket") << QByteArray("[x],y\n1,2\n") << u"x.csv"_s << ImportOptions::Format::Csv;
        QTest::newRow("empty") << QByteArray() << u"x.csv"_s << ImportOptions::Format::Csv;
    }

    void detectFormat()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, name);
        QFETCH(ImportOptions::Format, format);
        QBuffer buffer(&head);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(DataImport::detectFormat(buffer, name), format);
        QCOMPARE(buffer.pos(), 0); // detection only peeks
    }

    void missingFileIsAClearError()
    {
        const ImportResult result = DataImport::importFile(u"/nonexistent/data.csv"_s, {});
        QVERIFY(!result.table);
        QVERIFY(result.error.contains(u"/nonexistent/data.csv"_s));
    }

    void forcedFormatWins()
    {
        ImportOptions options;
        options.format = ImportOptions::Format::Csv;
        const ImportResult result = DataImport::importBytes("{\"a\"\n1\n", options);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.format, u"csv"_s);
        QCOMPARE(result.table->rowCount(), 1);
    }

    void everyFormatReachesAReaderOrSaysSo_data()
    {
        QTest::addColumn<ImportOptions::Format>("format");
        QTest::addColumn<QString>("key");
        QTest::newRow("xlsx") << ImportOptions::Format::Xlsx << u"xlsx"_s;
        QTest::newRow("ods") << ImportOptions::Format::Ods << u"ods"_s;
        QTest::newRow("json") << ImportOptions::Format::Json << u"json"_s;
    }
    void everyFormatReachesAReaderOrSaysSo()
    {
        QFETCH(ImportOptions::Format, format);
        QFETCH(QString, key);
        ImportOptions options;
        options.format = format;
        const ImportResult result = DataImport::importBytes("not really that format", options);
        // Either the reader rejects the bytes with a message, or the build lacks it and says which.
        QVERIFY(!result.error.isEmpty() || !result.warnings.isEmpty());
        if (result.error.contains(u"not available"_s))
            QVERIFY(result.error.contains(key));
        QVERIFY(result.format.startsWith(key));
    }
};

QTEST_GUILESS_MAIN(TestDataImport)
#include "tst_dataimport.moc"

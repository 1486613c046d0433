// Messages of the models come out in German when the German translation is installed: each call
// site looks its text up in the context lupdate filed it under. A free tr() helper called from a
// class's member function once looked in another context, and those messages stayed English.
#include "csvreader.h"
#include "githubchange.h"
#include "postgresstore.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace Qt::StringLiterals;

class TestTranslationContexts : public QObject
{
    Q_OBJECT

    // The message in English, then with the German translation installed.
    static std::pair<QString, QString> englishAndGerman(const std::function<QString()> &message)
    {
        const QString english = message();
        QTranslator german;
        if (!german.load(u"plotbench_de"_s, QStringLiteral(PLOTBENCH_QM_DIR)))
            return {english, QString()};
        QCoreApplication::installTranslator(&german);
        const QString translated = message();
        QCoreApplication::removeTranslator(&german);
        return {english, translated};
    }

private Q_SLOTS:
    void messagesAreTranslated_data()
    {
        QTest::addColumn<std::function<QString()>>("message");
        QTest::newRow("CsvChunkParser: a short row") << std::function<QString()>([] {
            const ImportResult result = CsvReader().read(QByteArrayView("a,b\n1,2\n3\n4,5\n"), ImportOptions());
            return result.warnings.isEmpty() ? QString() : result.warnings.first().message;
        });
        QTest::newRow("ZipArchiveIndex: not a zip") << std::function<QString()>([] {
            QTemporaryDir dir;
            QFile file(dir.filePath(u"x.zip"_s));
            if (file.open(QIODevice::WriteOnly))
                file.write("not a zip");
            file.close();
            QString error;
            ZipArchiveIndex::open(file.fileName(), {}, &error);
            return error;
        });
        QTest::newRow("ImplementationReport: problems") << std::function<QString()>([] {
            return ImplementationReport().problems().join(u'\n');
        });
        QTest::newRow("PostgresPushReport: rows not sent") << std::function<QString()>([] {
            PostgresPushReport report;
            report.ok = true;
            report.implementationsNotSent = 2;
            return report.toText().section(u'\n', 1);
        });
    }

    void messagesAreTranslated()
    {
        QFETCH(std::function<QString()>, message);
        const auto [english, german] = englishAndGerman(message);
        QVERIFY2(!english.isEmpty(), "the message is produced");
        QVERIFY2(!german.isEmpty(), "plotbench_de.qm loads");
        QVERIFY2(german != english, qPrintable(english));
    }
};

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "tst_translationcontexts.moc"

// Seeded mutation fuzzing of the zip reader: damaged, truncated and re-pointed archives must give
// a catalog or a clear refusal — never a crash, a hang or an unbounded read.
#include "catalogfileprovider.h"
#include "testzipwriter.h"
#include "zipcatalogsource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFuzzZip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutatedArchivesNeverCrash_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 4u})
            QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
    }

    void mutatedArchivesNeverCrash()
    {
        QFETCH(quint32, seed);
        QTemporaryDir dir;
        const QString original = dir.filePath(u"original.zip"_s);
        {
            TestZipWriter writer(original);
            writer.setComment(u"663e98812274fff444cc98f588a299818d70d8c9"_s);
            const QString plots = QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-sample/plots/"_s;
            for (const QString &spec : {u"acf-pacf"_s, u"upset-basic"_s, u"bar-3d-categorical"_s}) {
                QVERIFY(writer.addFolder(plots + spec, u"o-r-663e988/plots/"_s + spec + u'/'));
            }
            QVERIFY(writer.add(u"o-r-663e988/plots/acf-pacf/implementations/python/altair.py"_s, "print('x')\n"));
        }
        QFile file(original);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pristine = file.readAll();
        QVERIFY(pristine.size() > 1000);

        QRandomGenerator random(seed);
        const QString mutated = dir.filePath(u"mutated.zip"_s);
        ZipArchiveLimits limits;
        limits.maxTotalRead = 4 * 1024 * 1024;
        int loaded = 0, refused = 0;
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < 150; ++round) {
            QByteArray bytes = pristine;
            switch (random.bounded(4)) {
            case 0: // a few random bytes anywhere
                for (int i = 0, n = 1 + random.bounded(8); i < n; ++i)
                    bytes[random.bounded(bytes.size())] = char(random.bounded(256));
                break;
            case 1: // truncated
                bytes.truncate(random.bounded(bytes.size()));
                break;
            case 2: // the central directory and end record: sizes, offsets, counts
                for (int i = 0, n = 1 + random.bounded(6); i < n; ++i) {
                    const int tail = std::min<int>(int(bytes.size()), 2048);
                    bytes[bytes.size() - 1 - random.bounded(tail)] = char(random.bounded(256));
                }
                break;
            default: // a block of 0xff (huge sizes) over some header
                bytes.replace(random.bounded(bytes.size() - 16), 8, QByteArray(8, char(0xff)));
                break;
            }
            QFile out(mutated);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes);
            out.close();

            const ZipCatalogSource source(mutated, {false, {}, limits});
            const CatalogPtr catalog = CatalogLoader::loadBlocking(source);
            QVERIFY(catalog);
            if (catalog->specs().empty() && !catalog->warnings().isEmpty())
                ++refused;
            else
                ++loaded;
            // Every file the catalog names can be asked for; each answer is bytes or an error.
            const SpecFolderParser::FileReader read = CatalogFiles::readerFor(source, *catalog);
            for (const Implementation &impl : catalog->implementations()) {
                QString error;
                const std::optional<QByteArray> code = read(impl.codePath.isEmpty() ? impl.metadataPath : impl.codePath, &error);
                QVERIFY(code || !error.isEmpty());
            }
        }
        qInfo("seed %u: %d loaded, %d refused in %lld ms", seed, loaded, refused, timer.elapsed());
        QVERIFY(loaded + refused == 150);
    }
};

QTEST_GUILESS_MAIN(TestFuzzZip)
#include "tst_fuzzzip.moc"

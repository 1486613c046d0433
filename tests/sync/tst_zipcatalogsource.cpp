// ZipCatalogSource: a zip of a checkout read in place, and the hostile archives it must refuse.
#include "catalogfileprovider.h"
#include "catalogsources.h"
#include "foldercatalogsource.h"
#include "testzipwriter.h"
#include "zipcatalogsource.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString sha = u"663e98812274fff444cc98f588a299818d70d8c9"_s;

QString fixturePlots()
{
    return QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-sample/plots"_s;
}

CatalogPtr loadZip(const QString &path, const QString &cacheDirectory = {}, ZipArchiveLimits limits = {})
{
    ZipCatalogSource::Options options;
    options.useIndexCache = !cacheDirectory.isEmpty();
    options.cacheDirectory = cacheDirectory;
    options.limits = limits;
    return CatalogLoader::loadBlocking(ZipCatalogSource(path, options));
}

CatalogPtr loadFolder(const QString &path)
{
    return CatalogLoader::loadBlocking(FolderCatalogSource(path, FolderCatalogSource::Options{false, {}, false}));
}

bool hasWarning(const Catalog &catalog, const QString &path, const QString &text)
{
    for (const CatalogWarning &warning : catalog.warnings()) {
        if ((path.isEmpty() || warning.path == path) && warning.message.contains(text))
            return true;
    }
    return false;
}

QString errorOf(const Catalog &catalog)
{
    for (const CatalogWarning &warning : catalog.warnings()) {
        if (warning.severity == CatalogWarning::Severity::Error)
            return warning.message;
    }
    return {};
}
} // namespace

class TestZipCatalogSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString zipPath(const QString &name) const { return m_dir.filePath(name); }

    void compareCatalogs(const Catalog &zip, const Catalog &folder)
    {
        QCOMPARE(zip.specs().size(), folder.specs().size());
        QCOMPARE(zip.implementations().size(), folder.implementations().size());
        for (std::size_t i = 0; i < folder.specs().size(); ++i)
            QCOMPARE(zip.specs()[i], folder.specs()[i]);
        for (std::size_t i = 0; i < folder.implementations().size(); ++i)
            QCOMPARE(zip.implementations()[i], folder.implementations()[i]);
        QCOMPARE(zip.fileCounts(), folder.fileCounts());
        QCOMPARE(zip.warnings().size(), folder.warnings().size());
    }

private Q_SLOTS:
    void githubZipballEqualsTheFolder_data()
    {
        QTest::addColumn<QString>("top");      // the zipball's top folder ("" for none)
        QTest::addColumn<QString>("inner");    // where the spec folders sit below it
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("expectedSha");
        QTest::newRow("zipball, SHA in the comment") << u"MarkusNeusinger-anyplot-663e988/"_s << u"plots/"_s << sha << sha;
        QTest::newRow("zipball, SHA from the folder") << u"MarkusNeusinger-anyplot-663e988/"_s << u"plots/"_s << QString()
                                                      << u"663e988"_s;
        QTest::newRow("zip of the plots folder") << QString() << QString() << QString() << QString();
        QTest::newRow("zip of a plots folder inside one folder") << u"plots/"_s << QString() << QString() << QString();
    }

    void githubZipballEqualsTheFolder()
    {
        QFETCH(QString, top);
        QFETCH(QString, inner);
        QFETCH(QString, comment);
        QFETCH(QString, expectedSha);
        const QString path = zipPath(u"zipball-%1.zip"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'_'));
        {
            TestZipWriter writer(path);
            QVERIFY(writer.ok());
            if (!comment.isEmpty())
                writer.setComment(comment);
            if (!inner.isEmpty()) // a repository's own files beside plots/
                QVERIFY(writer.add(top + u"README.md"_s, "# anyplot\n"));
            QVERIFY(writer.addFolder(fixturePlots(), top + inner));
        }
        QString error;
        const auto index = ZipArchiveIndex::open(path, {}, &error);
        QVERIFY2(index, qPrintable(error));
        QCOMPARE(index->topFolder(), top);
        QCOMPARE(index->commitSha(), expectedSha);

        const CatalogPtr zip = loadZip(path);
        QVERIFY(zip);
        QCOMPARE(zip->origin().kind, u"zip"_s);
        if (!expectedSha.isEmpty())
            QVERIFY2(zip->origin().displayName.endsWith(u" @ 663e988"_s), qPrintable(zip->origin().displayName));
        QVERIFY(zip->specs().size() == 42);
        compareCatalogs(*zip, *loadFolder(fixturePlots()));
    }

    void codeIsReadFromTheArchive()
    {
        // The embedded sample has code: zip it and read the code back through the source's reader.
        const QString path = zipPath(u"sample.zip"_s);
        {
            TestZipWriter writer(path);
            QVERIFY(writer.addFolder(QString::fromLatin1(SampleCatalogSource::resourceRoot), u"owner-repo-abcdef1/plots/"_s));
        }
        const ZipCatalogSource source(path, {false, {}, {}});
        const CatalogPtr zip = CatalogLoader::loadBlocking(source);
        const SampleCatalogSource sample;
        const CatalogPtr folder = CatalogLoader::loadBlocking(sample);
        QCOMPARE(zip->implementations().size(), folder->implementations().size());
        const SpecFolderParser::FileReader zipFiles = CatalogFiles::readerFor(source, *zip);
        const SpecFolderParser::FileReader folderFiles = CatalogFiles::readerFor(sample, *folder);
        int withCode = 0;
        for (const Implementation &impl : zip->implementations()) {
            if (!impl.hasCode())
                continue;
            QString error;
            const std::optional<QByteArray> code = zipFiles(impl.codePath, &error);
            QVERIFY2(code, qPrintable(error));
            QCOMPARE(*code, *folderFiles(impl.codePath, &error));
            // The same through the origin alone, as a code view asks for it.
            QCOMPARE(ZipCatalogSource::readFile(zip->origin().location, impl.codePath, &error), code);
            ++withCode;
        }
        QVERIFY(withCode >= 16);
    }

    void theShaVersionsTheCache()
    {
        const QString cache = m_dir.filePath(u"cache"_s);
        const QString first = zipPath(u"first.zip"_s);
        {
            TestZipWriter writer(first);
            writer.setComment(sha);
            QVERIFY(writer.addFolder(fixturePlots(), u"o-r-663e988/plots/"_s));
        }
        const CatalogPtr fresh = loadZip(first, cache);
        QCOMPARE(QDir(cache).entryList(QDir::Files).size(), 1);
        // Another file with the same commit uses (and keeps) the same cache entry.
        const QString copy = zipPath(u"copy-of-first.zip"_s);
        QVERIFY(QFile::copy(first, copy));
        const CatalogPtr again = loadZip(copy, cache);
        QCOMPARE(QDir(cache).entryList(QDir::Files).size(), 1);
        compareCatalogs(*again, *fresh);
        // A different commit is a different cache entry.
        const QString other = zipPath(u"other.zip"_s);
        {
            TestZipWriter writer(other);
            writer.setComment(u"0123456789abcdef0123456789abcdef01234567"_s);
            QVERIFY(writer.addFolder(fixturePlots(), u"o-r-0123456/plots/"_s));
        }
        loadZip(other, cache);
        QCOMPARE(QDir(cache).entryList(QDir::Files).size(), 2);
    }

    void hostileArchives_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("refused");       // the whole archive, or only the entry
        QTest::addColumn<QString>("message");
        QTest::newRow("../ path") << u"dotdot"_s << true << u"outside the archive"_s;
        QTest::newRow("absolute path") << u"absolute"_s << true << u"outside the archive"_s;
        QTest::newRow("windows drive path") << u"drive"_s << true << u"outside the archive"_s;
        QTest::newRow("symbolic link") << u"symlink"_s << false << u"symbolic link"_s;
        QTest::newRow("decompression bomb") << u"bomb"_s << false << u"decompression bomb"_s;
        QTest::newRow("oversized file") << u"oversized"_s << false << u"more than any catalog file"_s;
        QTest::newRow("100,000 entries") << u"entries"_s << true << u"100001 entries"_s;
        QTest::newRow("not a zip") << u"garbage"_s << true << u"not a zip archive"_s;
        QTest::newRow("total read bounded") << u"budget"_s << false << u"unpacks to more than"_s;
    }

    void hostileArchives()
    {
        QFETCH(QString, kind);
        QFETCH(bool, refused);
        QFETCH(QString, message);
        const QString path = zipPath(u"hostile-"_s + kind + u".zip"_s);
        const QString top = u"o-r-abc1234/plots/"_s;
        ZipArchiveLimits limits;
        QString entry; // the entry the warning is about
        if (kind == u"garbage"_s) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        } else {
            TestZipWriter writer(path);
            QVERIFY(writer.add(top + u"good-basic/specification.md"_s, "# good-basic: Good\n\n## Description\n\nfine\n"));
            if (kind == u"dotdot"_s) {
                QVERIFY(writer.add(u"o-r-abc1234/../../etc/cron.d/evil"_s, "* * * * * root sh\n"));
            } else if (kind == u"absolute"_s) {
                QVERIFY(writer.add(u"/etc/passwd"_s, "root:x:0:0\n"));
            } else if (kind == u"drive"_s) {
                QVERIFY(writer.add(u"C:/Windows/evil.dll"_s, "MZ"));
            } else if (kind == u"symlink"_s) {
                entry = top + u"good-basic/specification.yaml"_s;
                QVERIFY(writer.addSymlink(entry, "/etc/shadow"));
            } else if (kind == u"bomb"_s) {
                entry = u"bomb-basic/specification.md"_s;
                QVERIFY(writer.add(top + entry, QByteArray(8 * 1024 * 1024, '\0')));
            } else if (kind == u"oversized"_s) {
                entry = u"big-basic/specification.yaml"_s;
                limits.maxEntrySize = 64 * 1024;
                QByteArray noise;
                for (int i = 0; noise.size() < 100 * 1024; ++i)
                    noise += QByteArray::number(qint64(i) * 2654435761LL % 1000003) + '\n';
                QVERIFY(writer.add(top + entry, noise));
            } else if (kind == u"entries"_s) {
                for (int i = 0; i < 100'000; ++i)
                    QVERIFY(writer.add(top + u"many/f"_s + QString::number(i), {}));
            } else if (kind == u"budget"_s) {
                limits.maxTotalRead = 200 * 1024;
                QVERIFY(writer.addFolder(fixturePlots(), top));
            }
        }
        QString error;
        const auto index = ZipArchiveIndex::open(path, limits, &error);
        QCOMPARE(!index, refused);
        if (refused)
            QVERIFY2(error.contains(message), qPrintable(error));

        const CatalogPtr catalog = loadZip(path, {}, limits);
        QVERIFY(catalog);
        if (refused) {
            QVERIFY(catalog->specs().empty());
            QVERIFY2(errorOf(*catalog).contains(message), qPrintable(errorOf(*catalog)));
            return;
        }
        QVERIFY(errorOf(*catalog).isEmpty());
        QVERIFY2(hasWarning(*catalog, entry, message), qPrintable(catalog->warnings().value(0).message));
        QVERIFY(catalog->spec(u"good-basic"_s) || kind == u"budget"_s);
        if (kind == u"budget"_s) // bounded: some folders read, then nothing more
            QVERIFY(catalog->specs().size() < 42 || hasWarning(*catalog, {}, message));
    }

    void fromArgumentAcceptsZipPaths()
    {
        const QString path = zipPath(u"argument.zip"_s);
        {
            TestZipWriter writer(path);
            QVERIFY(writer.addFolder(fixturePlots(), u"o-r-663e988/plots/"_s));
        }
        QString error;
        const CatalogSourcePtr source = CatalogSources::fromArgument(path, {false, false}, &error);
        QVERIFY2(source, qPrintable(error));
        QVERIFY(dynamic_cast<const ZipCatalogSource *>(source.get()));
        QCOMPARE(CatalogLoader::loadBlocking(*source)->specs().size(), std::size_t(42));
    }
};

QTEST_GUILESS_MAIN(TestZipCatalogSource)
#include "tst_zipcatalogsource.moc"

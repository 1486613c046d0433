// PostgresPushMemory: the file a push leaves behind, its identity checks and its damage handling
// (the database side is in tst_postgresstore).
#include "postgrespushmemory.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const PostgresPushMemory::Identity identity{u"7314022145310523345"_s, u"16384"_s, u"16402"_s};

PostgresPushMemory threeRows()
{
    PostgresPushMemory memory(identity);
    for (int i = 0; i < 3; ++i) {
        memory.remember(u"spec-%1/python/matplotlib"_s.arg(i),
                        {{QByteArray::number(740 + i), QByteArray("(0," + QByteArray::number(i + 1) + ')')},
                         PostgresPushMemory::digest(QByteArray("values " + QByteArray::number(i)))});
    }
    return memory;
}

// Saves threeRows() into `directory`; `file` names the one file written. Its bytes, or none.
QByteArray savedFile(const QString &directory, QFile &file)
{
    QString error;
    if (!threeRows().save(directory, &error))
        return {};
    const QStringList files = QDir(directory).entryList(QDir::Files);
    if (files.size() != 1)
        return {};
    file.setFileName(QDir(directory).filePath(files.first()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    file.close();
    return bytes;
}
} // namespace

class TestPostgresPushMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digestIsStableAndTellsValuesApart()
    {
        const QByteArray values("code\0review", 11);
        const QByteArray digest = PostgresPushMemory::digest(values);
        QCOMPARE(digest.size(), 16);
        QCOMPARE(PostgresPushMemory::digest(QByteArray("code\0review", 11)), digest);
        QVERIFY(PostgresPushMemory::digest(QByteArray("code\0reviex", 11)) != digest);
        QVERIFY(PostgresPushMemory::digest(QByteArray("code", 4)) != digest);
        QVERIFY(PostgresPushMemory::digest({}) != digest);
        // Fixed across runs and machines, as the file keeps it: XXH3-128 of "abc" as `xxhsum -H2` prints it.
        QCOMPARE(PostgresPushMemory::digest("abc").toHex(), "06b05ab6733a618578af5f94892f3950"_ba);
    }

    void savedMemoryLoadsBackForTheSameTableOnly()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(threeRows().save(dir.path(), &error), qPrintable(error));
        const PostgresPushMemory loaded = PostgresPushMemory::load(dir.path(), identity);
        QCOMPARE(loaded.size(), 3);
        QVERIFY(loaded.holds(u"spec-1/python/matplotlib"_s, {"741", "(0,2)"}, PostgresPushMemory::digest("values 1")));
        // Another version of the row, other values, an unknown row: not held.
        QVERIFY(!loaded.holds(u"spec-1/python/matplotlib"_s, {"742", "(0,2)"}, PostgresPushMemory::digest("values 1")));
        QVERIFY(!loaded.holds(u"spec-1/python/matplotlib"_s, {"741", "(0,3)"}, PostgresPushMemory::digest("values 1")));
        QVERIFY(!loaded.holds(u"spec-1/python/matplotlib"_s, {"741", "(0,2)"}, PostgresPushMemory::digest("values 2")));
        QVERIFY(!loaded.holds(u"spec-9/python/matplotlib"_s, {"741", "(0,2)"}, PostgresPushMemory::digest("values 1")));

        // The table rewritten (a new file), or another cluster: nothing is trusted.
        PostgresPushMemory::Identity rewritten = identity;
        rewritten.tableFile = u"16999"_s;
        QCOMPARE(PostgresPushMemory::load(dir.path(), rewritten).size(), 0);
        PostgresPushMemory::Identity otherCluster = identity;
        otherCluster.systemIdentifier = u"7314022145310523346"_s;
        QCOMPARE(PostgresPushMemory::load(dir.path(), otherCluster).size(), 0);
        QCOMPARE(PostgresPushMemory::load(QString(), identity).size(), 0);
    }

    // Every shorter file (a crash cannot leave one, QSaveFile swaps whole files, but disks and
    // people can) loads as no memory at all.
    void everyTruncationLoadsAsNothing()
    {
        QTemporaryDir dir;
        QFile file;
        const QByteArray whole = savedFile(dir.path(), file);
        QVERIFY(!whole.isEmpty());
        for (qsizetype length = 0; length < whole.size(); ++length) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(whole.left(length));
            file.close();
            QCOMPARE(PostgresPushMemory::load(dir.path(), identity).size(), 0);
        }
    }

    // Random damage never crashes the reader and never makes a row held with values it was not
    // remembered with.
    void damageNeverMakesARowHeld()
    {
        QTemporaryDir dir;
        QFile file;
        const QByteArray whole = savedFile(dir.path(), file);
        QVERIFY(!whole.isEmpty());
        QRandomGenerator random(20261201);
        for (int round = 0; round < 2000; ++round) {
            QByteArray damaged = whole;
            const int flips = 1 + int(random.bounded(4));
            for (int i = 0; i < flips; ++i)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(damaged);
            file.close();
            const PostgresPushMemory loaded = PostgresPushMemory::load(dir.path(), identity);
            QVERIFY(loaded.size() <= 3);
            for (int row = 0; row < 3; ++row) {
                QVERIFY(!loaded.holds(u"spec-%1/python/matplotlib"_s.arg(row), {"740", "(0,1)"},
                                      PostgresPushMemory::digest("other values")));
            }
        }
    }

    void saveFailsInWordsWhereItCannotWrite()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!threeRows().save(dir.filePath(u"not-a-folder/memory"_s), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostgresPushMemory)
#include "tst_postgrespushmemory.moc"

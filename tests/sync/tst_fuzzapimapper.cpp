// A seeded mutation loop over the API payloads (CONTRACTS.md §3): every value of the recorded
// responses is, in turn and at random, replaced by a value of another type (null, number, text,
// a huge text, list, object). The mapper must never crash, hang or let a bad id through.
#include "apicatalogmapper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonDocument fixture(const QString &name)
{
    QFile file(QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-api/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll());
}

QJsonValue randomValue(QRandomGenerator &random)
{
    switch (random.bounded(8)) {
    case 0: return QJsonValue::Null;
    case 1: return random.bounded(2000.0) - 1000.0;
    case 2: return u"../../%1"_s.arg(random.generate());
    case 3: return QString(int(random.bounded(300'000)), QChar(u'x'));
    case 4: return QJsonArray{1, u"a"_s, QJsonValue::Null, QJsonObject{}};
    case 5: return QJsonObject{{u"items"_s, u"no"_s}, {u"id"_s, 3}};
    case 6: return true;
    default: return u"2026-13-45T99:99:99"_s;
    }
}

// Replaces values at random, depth first, with probability 1/rate each.
QJsonValue mutate(const QJsonValue &value, QRandomGenerator &random, int rate, int depth = 0)
{
    if (random.bounded(rate) == 0)
        return randomValue(random);
    if (depth > 6)
        return value;
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = mutate(it.value(), random, rate, depth + 1);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array.replace(i, mutate(array.at(i), random, rate, depth + 1));
        return array;
    }
    return value;
}

QJsonDocument document(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
}
} // namespace

class TestFuzzApiMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void details()
    {
        const QJsonDocument original = fixture(u"specs__scatter-basic.json"_s);
        QRandomGenerator random(20261201);
        static const QRegularExpression library(u"^[a-z0-9]+([._-][a-z0-9]+)*$"_s);
        for (int round = 0; round < 300; ++round) {
            const QJsonDocument mutated = document(mutate(original.object(), random, 2 + round % 20));
            CatalogWarnings warnings;
            const auto detail = ApiCatalogMapper::specDetail(mutated, u"scatter-basic"_s, u"/specs/scatter-basic"_s, warnings);
            if (!detail)
                continue;
            QCOMPARE(detail->spec.id, u"scatter-basic"_s);
            QVERIFY(warnings.size() <= 500);
            for (const Implementation &impl : detail->implementations) {
                QVERIFY2(library.match(impl.libraryId).hasMatch(), qPrintable(impl.libraryId));
                QVERIFY2(library.match(impl.language).hasMatch(), qPrintable(impl.language));
                QVERIFY(!impl.codePath.contains(u".."_s));
                QVERIFY(!impl.qualityScore || (*impl.qualityScore >= 0 && *impl.qualityScore <= 100));
                QVERIFY(impl.review.imageDescription.size() <= ApiCatalogMapper::maxTextLength);
            }
        }
    }

    void index()
    {
        const QJsonDocument specs = fixture(u"specs.json"_s);
        const QJsonDocument filter = fixture(u"plots_filter.json"_s);
        QRandomGenerator random(1764561234);
        for (int round = 0; round < 12; ++round) {
            const QJsonDocument mutatedSpecs = document(mutate(specs.array(), random, 3 + round * 7));
            const QJsonDocument mutatedFilter = document(mutate(filter.object(), random, 50 + round * 40));
            CatalogWarnings warnings;
            const std::vector<ApiIndexEntry> entries = ApiCatalogMapper::index(mutatedSpecs, mutatedFilter, warnings);
            QVERIFY(entries.size() <= 312);
            for (const ApiIndexEntry &entry : entries) {
                QVERIFY(!entry.id.contains(u'/') && !entry.id.contains(u'.'));
                QCOMPARE(entry.fingerprint().size(), 20);
            }
        }
    }

    void bytes()
    {
        // Byte-level damage: whatever still parses as JSON goes through the mapper.
        QFile file(QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-api/specs__bar-basic.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        QRandomGenerator random(7);
        int parsed = 0;
        for (int round = 0; round < 400; ++round) {
            QByteArray bytes = original;
            for (int k = 0; k < 1 + round % 4; ++k)
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            const QJsonDocument document = QJsonDocument::fromJson(bytes);
            if (document.isNull())
                continue;
            ++parsed;
            CatalogWarnings warnings;
            ApiCatalogMapper::specDetail(document, u"bar-basic"_s, u"/specs/bar-basic"_s, warnings);
        }
        QVERIFY(parsed > 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzApiMapper)
#include "tst_fuzzapimapper.moc"

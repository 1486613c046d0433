// What a draft becomes: the exact new-spec issue (title, form body, label) and a spec folder the
// catalog reads back without lint errors.
#include "specdraftfolderwriter.h"
#include "specdraftissue.h"
#include "specdraftvalidator.h"

#include "cataloglint.h"
#include "catalogsource.h"
#include "foldercatalogsource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString markdown = uR"(# ridgeline-basic: Basic Ridgeline Plot

## Description

Stacked density curves, one per group, offset vertically.
Useful to compare many distributions at once.

## Applications

- Comparing temperature distributions per month
- Showing response times per server

## Data

- `value` (numeric) - The measured values
- `group` (categorical) - Which ridge a value belongs to
- Size: 5-20 groups

## Notes

- Overlap the ridges slightly
)"_s;

const QString yaml = uR"(# Specification-level metadata for ridgeline-basic
# Auto-synced to PostgreSQL on push to main

spec_id: ridgeline-basic
title: Basic Ridgeline Plot

# Specification tracking
created: '2026-11-30T10:00:00Z'
updated: null
issue: null
suggested: someone

tags:
  plot_type:
    - density
  data_type:
    - numeric
    - categorical
  domain:
    - statistics
  features:
    - basic
)"_s;

SpecDraft draft(const QString &md = markdown)
{
    SpecDraft d;
    d.draftId = u"d1"_s;
    d.markdown = md;
    d.yaml = yaml;
    return d;
}
} // namespace

class TestSpecDraftSubmit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issueMatchesTheNewSpecForm()
    {
        const SpecDraftIssue issue = SpecDraftIssue::fromDraft(ParsedSpecDraft::parse(draft()));
        QCOMPARE(issue.title, u"[ridgeline-basic] Basic Ridgeline Plot"_s);
        QCOMPARE(issue.labels, QStringList{u"spec-request"_s});
        const QString expected = uR"(### Description

Stacked density curves, one per group, offset vertically.
Useful to compare many distributions at once.

### Applications

- Comparing temperature distributions per month
- Showing response times per server

### Data

- `value` (numeric) - The measured values
- `group` (categorical) - Which ridge a value belongs to
- Size: 5-20 groups

### Notes

- Overlap the ridges slightly)"_s;
        QCOMPARE(issue.body, expected);
    }

    void emptyOptionalFieldsSayNoResponse()
    {
        QString md = markdown;
        md.replace(u"- Overlap the ridges slightly\n"_s, QString());
        md.replace(u"- Comparing temperature distributions per month\n- Showing response times per server\n"_s, QString());
        const SpecDraftIssue issue = SpecDraftIssue::fromDraft(ParsedSpecDraft::parse(draft(md)));
        QVERIFY(issue.body.contains(u"### Applications\n\n_No response_\n\n### Data"_s));
        QVERIFY(issue.body.endsWith(u"### Notes\n\n_No response_"_s));
        // The title's spec id is what CONTRACTS.md §5's pattern reads back.
        static const QRegularExpression titleId(u"^\\[([a-z0-9-]*)\\]"_s);
        QCOMPARE(titleId.match(issue.title).captured(1), u"ridgeline-basic"_s);
    }

    void folderSaveReadsBackWithoutLintErrors()
    {
        QTemporaryDir checkout;
        QVERIFY(QDir(checkout.path()).mkpath(u"plots"_s));
        const SpecDraftFolderWriter::Result result =
            SpecDraftFolderWriter::writeAsync(draft(), u"ridgeline-basic"_s, checkout.path()).result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.folder, checkout.path() + u"/plots/ridgeline-basic"_s);
        QCOMPARE(QDir(result.folder).entryList(QDir::Files, QDir::Name),
                 (QStringList{u"specification.md"_s, u"specification.yaml"_s}));
        QCOMPARE(QDir(checkout.path() + u"/plots"_s).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"ridgeline-basic"_s}); // no staging folder left behind

        QTemporaryDir cache;
        const CatalogPtr catalog = CatalogLoader::loadBlocking(FolderCatalogSource(checkout.path(), {false, cache.path()}));
        QVERIFY(catalog);
        QCOMPARE(catalog->specs().size(), size_t(1));
        const Spec &spec = catalog->specs().front();
        QCOMPARE(spec.id, u"ridgeline-basic"_s);
        QCOMPARE(spec.title, u"Basic Ridgeline Plot"_s);
        QCOMPARE(spec.dataColumns.size(), 2);
        QCOMPARE(spec.tags[SpecTagCategory::DataType], (QStringList{u"numeric"_s, u"categorical"_s}));
        QCOMPARE(spec.created, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
        const CatalogWarnings findings = CatalogLint::run(*catalog);
        QCOMPARE(CatalogLint::errorCount(findings), 0);
        QVERIFY(catalog->warnings().isEmpty()); // the parsers met nothing odd
        // Only the expected advice: a new spec has no issue and no implementations yet.
        for (const CatalogWarning &w : findings)
            QVERIFY2(w.message.contains(u"issue"_s), qPrintable(w.message));
    }

    void existingFolderIsNotReplacedUnlessAsked()
    {
        QTemporaryDir checkout; // a plots/ folder itself is accepted too
        QVERIFY(SpecDraftFolderWriter::write(draft(), u"ridgeline-basic"_s, checkout.path()).ok);
        SpecDraftFolderWriter::Result again = SpecDraftFolderWriter::write(draft(), u"ridgeline-basic"_s, checkout.path());
        QVERIFY(!again.ok);
        QVERIFY(again.error.contains(u"already exists"_s));
        SpecDraft changed = draft();
        changed.markdown.replace(u"slightly"_s, u"a lot"_s);
        again = SpecDraftFolderWriter::write(changed, u"ridgeline-basic"_s, checkout.path(), true);
        QVERIFY2(again.ok, qPrintable(again.error));
        QFile md(again.folder + u"/specification.md"_s);
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().contains("a lot"));
    }

    void badTargetsFailWithAReason_data()
    {
        QTest::addColumn<QString>("specId");
        QTest::addColumn<bool>("missingCheckout");
        QTest::addColumn<QString>("reason");
        QTest::newRow("invalid id") << u"Bad_Id"_s << false << u"not a valid spec id"_s;
        QTest::newRow("reserved id") << u"api"_s << false << u"not a valid spec id"_s;
        QTest::newRow("escaping id") << u"../x"_s << false << u"not a valid spec id"_s;
        QTest::newRow("no checkout") << u"fine-id"_s << true << u"is not a folder"_s;
    }

    void badTargetsFailWithAReason()
    {
        QFETCH(QString, specId);
        QFETCH(bool, missingCheckout);
        QFETCH(QString, reason);
        QTemporaryDir checkout;
        const QString where = missingCheckout ? checkout.path() + u"/nope"_s : checkout.path();
        const SpecDraftFolderWriter::Result result = SpecDraftFolderWriter::write(draft(), specId, where);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QVERIFY(QDir(checkout.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSpecDraftSubmit)
#include "tst_specdraftsubmit.moc"

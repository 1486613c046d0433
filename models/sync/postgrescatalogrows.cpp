#include "postgrescatalogrows.h"

#include "catalogjsoncolumns.h"
#include "postgresbinarycopy.h"
#include "postgresconnection.h"

#include <QUuid>

namespace PostgresCatalogRows {

namespace {
// Row-by-row parameters: the same values as the binary COPY, as text (one entry per column).
class TextRow
{
public:
    explicit TextRow(Row &row)
        : m_row(row)
    {
    }
    void beginRow(int fields) { m_row.reserve(std::size_t(fields)); }
    void addNull() { m_row.push_back(std::nullopt); }
    void addBytes(QByteArrayView value) { m_row.push_back(value.toByteArray()); }
    void addText(QStringView value) { m_row.push_back(value.toUtf8()); }
    void addInt4(qint32 value) { m_row.push_back(QByteArray::number(value)); }
    void addInt8(qint64 value) { m_row.push_back(QByteArray::number(value)); }
    void addFloat8(double value) { m_row.push_back(QByteArray::number(value, 'g', 17)); }
    void addUuid(const QUuid &value) { m_row.push_back(value.toByteArray(QUuid::WithoutBraces)); }
    void addTimestamp(const QDateTime &value) { m_row.push_back(CatalogJsonColumns::timestamp(value)); }
    void addTextArray(const QStringList &values) { m_row.push_back(PostgresCopy::arrayLiteral(values)); }
    void addJsonb(QByteArrayView json) { m_row.push_back(json.toByteArray()); }

private:
    Row &m_row;
};

// One place for the NULL rules, written to either sink (binary COPY or text parameters).
template<class Sink>
void textOrNull(Sink &sink, const QString &value)
{
    if (value.isEmpty())
        sink.addNull();
    else
        sink.addText(value);
}

template<class Sink>
void jsonbOrNull(Sink &sink, const std::optional<QByteArray> &json)
{
    if (json)
        sink.addJsonb(*json);
    else
        sink.addNull();
}

template<class Sink>
void writeSpecRow(Sink &sink, const Spec &spec)
{
    sink.beginRow(11);
    sink.addText(spec.id);
    sink.addText(spec.title);
    sink.addText(spec.description); // anyplot stores "" for a missing section
    sink.addTextArray(spec.applications);
    sink.addTextArray(spec.data);
    sink.addTextArray(spec.notes);
    sink.addTimestamp(spec.created);
    sink.addTimestamp(spec.updated);
    if (spec.issue > 0)
        sink.addInt4(spec.issue);
    else
        sink.addNull();
    textOrNull(sink, spec.suggestedBy);
    sink.addJsonb(CatalogJsonColumns::specTags(spec.tags));
}

Field verdict(Verdict value)
{
    switch (value) {
    case Verdict::Approved: return QByteArrayLiteral("APPROVED");
    case Verdict::Rejected: return QByteArrayLiteral("REJECTED");
    case Verdict::None: break;
    }
    return std::nullopt;
}

template<class Sink>
void writeImplRow(Sink &sink, const Implementation &impl, const Field &code)
{
    const PreviewUrls &previews = impl.previews;
    sink.beginRow(23);
    sink.addUuid(QUuid::createUuid()); // kept for existing rows
    sink.addText(impl.specId);
    sink.addText(impl.libraryId);
    sink.addText(impl.language);
    if (code)
        sink.addBytes(*code);
    else
        sink.addNull();
    // The legacy single preview is the light one; legacy metadata has no dark image.
    textOrNull(sink, previews.light.isEmpty() ? previews.legacy : previews.light);
    textOrNull(sink, previews.dark);
    textOrNull(sink, previews.htmlLight.isEmpty() ? previews.legacyHtml : previews.htmlLight);
    textOrNull(sink, previews.htmlDark);
    textOrNull(sink, impl.languageVersion);
    textOrNull(sink, impl.libraryVersion);
    // The parser keeps only scores inside 0–100; anything else is already absent (NULL).
    if (impl.qualityScore)
        sink.addFloat8(double(*impl.qualityScore));
    else
        sink.addNull();
    sink.addTimestamp(impl.created);
    sink.addTimestamp(impl.updated);
    textOrNull(sink, impl.generatedBy);
    sink.addInt4(impl.issue); // 0 means none, and anyplot stores it as 0
    if (impl.workflowRun != 0)
        sink.addInt8(impl.workflowRun);
    else
        sink.addNull();
    sink.addTextArray(impl.review.strengths);
    sink.addTextArray(impl.review.weaknesses);
    textOrNull(sink, impl.review.imageDescription);
    jsonbOrNull(sink, CatalogJsonColumns::criteria(impl.review.criteria));
    const Field verdictText = verdict(impl.review.verdict);
    if (verdictText)
        sink.addBytes(*verdictText);
    else
        sink.addNull();
    jsonbOrNull(sink, CatalogJsonColumns::implTags(impl.tags));
}

} // namespace

void writeImplementation(PostgresBinaryCopy &sink, const Implementation &impl, const Field &code)
{
    writeImplRow(sink, impl, code);
}

Row specRow(const Spec &spec)
{
    Row row;
    TextRow sink(row);
    writeSpecRow(sink, spec);
    return row;
}

Row implementationRow(const Implementation &impl, const Field &code)
{
    Row row;
    TextRow sink(row);
    writeImplRow(sink, impl, code);
    return row;
}

QByteArray specCopyData(const std::vector<Spec> &specs)
{
    QByteArray data = PostgresBinaryCopy::header();
    data.reserve(qsizetype(specs.size()) * 2048);
    PostgresBinaryCopy sink(data);
    for (const Spec &spec : specs)
        writeSpecRow(sink, spec);
    data.append(PostgresBinaryCopy::trailer());
    return data;
}

PostgresParams paramsOf(const Row &row)
{
    PostgresParams params;
    for (const Field &field : row) {
        if (field)
            params.add(*field);
        else
            params.addNull();
    }
    return params;
}

} // namespace PostgresCatalogRows

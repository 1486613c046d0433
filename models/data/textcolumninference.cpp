#include "textcolumninference.h"

#include "typeinference.h"

using namespace Qt::StringLiterals;

namespace TextColumnInference {

bool isCategorical(qsizetype distinct, qsizetype present)
{
    return distinct > 0 && TypeInference::isCategorical(distinct, present);
}

struct MissingMarkers::Private
{
    explicit Private(const ImportOptions &options) : inference(options) {}
    TypeInference inference;
};

MissingMarkers::MissingMarkers(const ImportOptions &options) : d(std::make_unique<Private>(options)) {}
MissingMarkers::~MissingMarkers() = default;

bool MissingMarkers::contains(const QString &text) const
{
    const QByteArray utf8 = text.toUtf8();
    return d->inference.isMissing(std::string_view(utf8.constData(), size_t(utf8.size())));
}

TextColumnTypes infer(const QStringList &values, const ImportOptions &options, std::optional<ColumnType> forced)
{
    TextColumnTypes result;
    if (values.isEmpty())
        return result;
    ImportOptions columnOptions = options;
    columnOptions.typeOverrides.clear();
    columnOptions.renames.clear();
    const TypeInference inference(columnOptions);
    QList<ImportWarning> ignored; // the caller warns per cell, with the cell's place
    const DataColumn column = inference.build(u"value"_s, values, -1, &ignored, {}, forced);
    result.type = column.type();
    if (isStringType(result.type))
        return result;
    const qsizetype n = values.size();
    result.valid.resize(size_t(n));
    if (result.type == ColumnType::Float)
        result.floats.resize(size_t(n));
    else
        result.integers.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        result.valid[size_t(i)] = !column.isMissing(i);
        if (result.type == ColumnType::Float)
            result.floats[size_t(i)] = column.number(i);
        else
            result.integers[size_t(i)] = column.integer(i);
    }
    return result;
}

} // namespace TextColumnInference

#include "catalogserialization.h"

#include <cstring>
#include <limits>
#include <type_traits>

namespace CatalogSerialization {

namespace {
// Each type names its fields once; the same list serves reading and writing.
template<class A> void describe(A &a, SpecDataColumn &v) { a(v.name, v.typeText, v.normalizedType, v.optional, v.meaning); }
template<class A> void describe(A &a, SpecTags &v) { a(v.lists); }
template<class A> void describe(A &a, Spec &v)
{
    a(v.id, v.title, v.description, v.applications, v.data, v.dataColumns, v.notes, v.tags, v.created, v.updated,
      v.issue, v.suggestedBy, v.folderPath);
}
template<class A> void describe(A &a, CriteriaItem &v) { a(v.id, v.name, v.score, v.max, v.passed, v.comment); }
template<class A> void describe(A &a, CriteriaCategory &v) { a(v.key, v.score, v.max, v.items); }
template<class A> void describe(A &a, Review &v)
{
    a(v.strengths, v.weaknesses, v.improvements, v.imageDescription, v.criteria, v.verdict);
}
template<class A> void describe(A &a, ImplementationTags &v) { a(v.lists); }
template<class A> void describe(A &a, PreviewUrls &v) { a(v.light, v.dark, v.htmlLight, v.htmlDark, v.legacy, v.legacyHtml); }
template<class A> void describe(A &a, Implementation &v)
{
    a(v.specId, v.language, v.libraryId, v.codePath, v.metadataPath, v.localPreviewPath, v.previews, v.languageVersion,
      v.libraryVersion, v.qualityScore, v.created, v.updated, v.generatedBy, v.workflowRun, v.issue, v.review, v.tags);
}
template<class A> void describe(A &a, CatalogWarning &v) { a(v.path, v.line, v.kind, v.severity, v.message); }
template<class A> void describe(A &a, CatalogFileCounts &v)
{
    a(v.specFiles, v.metadataFiles, v.codeFiles, v.previewFiles, v.ignoredFiles, v.unexpectedFiles);
}
template<class A> void describe(A &a, ParsedSpecFolder &v) { a(v.spec, v.implementations, v.warnings, v.fileCounts); }

struct Probe
{
    template<class... T> void operator()(T &...) {}
};
template<class T> concept Described = requires(T &v, Probe &p) { describe(p, v); };
template<class T> struct IsOptional : std::false_type {};
template<class T> struct IsOptional<std::optional<T>> : std::true_type {};
template<class T> concept Sequence = requires(T &v) { v.push_back(std::declval<typename T::value_type>()); v.clear(); };
template<class T> concept FixedArray = requires { std::tuple_size<T>::value; };

constexpr qint64 invalidDateTime = std::numeric_limits<qint64>::min();
} // namespace

struct WriterAccess
{
    Writer &w;

    template<class... T> void operator()(T &...values) { (put(values), ...); }

    void raw(const void *data, qsizetype size) { w.m_bytes.append(static_cast<const char *>(data), size); }
    template<class T> void scalar(T value) { raw(&value, sizeof value); }

    template<class T> void put(const T &value)
    {
        if constexpr (Described<T>) {
            describe(*this, const_cast<T &>(value));
        } else if constexpr (std::is_same_v<T, QString>) {
            scalar(qint32(value.isNull() ? -1 : value.size()));
            raw(value.constData(), value.size() * qsizetype(sizeof(QChar)));
        } else if constexpr (std::is_same_v<T, QByteArray>) {
            scalar(qint32(value.size()));
            raw(value.constData(), value.size());
        } else if constexpr (std::is_same_v<T, QDateTime>) {
            scalar(value.isValid() ? value.toMSecsSinceEpoch() : invalidDateTime);
        } else if constexpr (std::is_same_v<T, bool>) {
            scalar(quint8(value));
        } else if constexpr (std::is_enum_v<T>) {
            scalar(qint32(value));
        } else if constexpr (std::is_arithmetic_v<T>) {
            scalar(value);
        } else if constexpr (IsOptional<T>::value) {
            scalar(quint8(value.has_value()));
            if (value)
                put(*value);
        } else if constexpr (Sequence<T>) {
            scalar(qint32(value.size()));
            for (const auto &item : value)
                put(item);
        } else {
            static_assert(FixedArray<T>);
            for (const auto &item : value)
                put(item);
        }
    }
};

struct ReaderAccess
{
    Reader &r;

    template<class... T> void operator()(T &...values) { (get(values), ...); }

    const char *take(qsizetype size)
    {
        if (!r.m_ok || size < 0 || r.m_data.size() - r.m_position < size) {
            r.m_ok = false;
            return nullptr;
        }
        const char *data = r.m_data.data() + r.m_position;
        r.m_position += size;
        return data;
    }
    template<class T> T scalar()
    {
        T value{};
        if (const char *data = take(sizeof value))
            std::memcpy(&value, data, sizeof value);
        return value;
    }

    template<class T> void get(T &value)
    {
        if constexpr (Described<T>) {
            describe(*this, value);
        } else if constexpr (std::is_same_v<T, QString>) {
            const qint32 size = scalar<qint32>();
            if (size < 0) {
                value = QString();
            } else if (const char *data = take(qsizetype(size) * qsizetype(sizeof(QChar)))) {
                value = QString(reinterpret_cast<const QChar *>(data), size);
            }
        } else if constexpr (std::is_same_v<T, QByteArray>) {
            const qint32 size = scalar<qint32>();
            if (const char *data = take(size))
                value = QByteArray(data, size);
        } else if constexpr (std::is_same_v<T, QDateTime>) {
            const qint64 ms = scalar<qint64>();
            value = ms == invalidDateTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        } else if constexpr (std::is_same_v<T, bool>) {
            value = scalar<quint8>() != 0;
        } else if constexpr (std::is_enum_v<T>) {
            value = T(scalar<qint32>());
        } else if constexpr (std::is_arithmetic_v<T>) {
            value = scalar<T>();
        } else if constexpr (IsOptional<T>::value) {
            value.reset();
            if (scalar<quint8>()) {
                value.emplace();
                get(*value);
            }
        } else if constexpr (Sequence<T>) {
            const qint32 size = scalar<qint32>();
            value.clear();
            // A damaged size must not allocate the machine away: stop at the first short read.
            for (qint32 i = 0; i < size && r.m_ok; ++i) {
                typename T::value_type item;
                get(item);
                value.push_back(std::move(item));
            }
        } else {
            static_assert(FixedArray<T>);
            for (auto &item : value)
                get(item);
        }
    }
};

void Writer::write(const QString &value) { WriterAccess{*this}.put(value); }
void Writer::write(const QByteArray &value) { WriterAccess{*this}.put(value); }
void Writer::write(const ParsedSpecFolder &value) { WriterAccess{*this}.put(value); }
void Writer::writeInt(qint64 value) { WriterAccess{*this}.put(value); }

bool Reader::read(QString &value) { ReaderAccess{*this}.get(value); return m_ok; }
bool Reader::read(QByteArray &value) { ReaderAccess{*this}.get(value); return m_ok; }
bool Reader::read(ParsedSpecFolder &value) { ReaderAccess{*this}.get(value); return m_ok; }
bool Reader::readInt(qint64 &value) { ReaderAccess{*this}.get(value); return m_ok; }

} // namespace CatalogSerialization

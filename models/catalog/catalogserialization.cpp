#include "catalogserialization.h"

#include <type_traits>

namespace {

// Each type names its fields once; the same list serves reading and writing.
template<class A> void describe(A &a, DataColumn &v) { a(v.name, v.typeText, v.normalizedType, v.optional, v.meaning); }
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
    a(v.specId, v.language, v.libraryId, v.codePath, v.metadataPath, v.localPreviewPath, v.previews, v.pythonVersion,
      v.libraryVersion, v.qualityScore, v.created, v.updated, v.generatedBy, v.workflowRun, v.issue, v.review, v.tags);
}
template<class A> void describe(A &a, CatalogWarning &v) { a(v.path, v.line, v.kind, v.severity, v.message); }
template<class A> void describe(A &a, CatalogFileCounts &v)
{
    a(v.specFiles, v.metadataFiles, v.codeFiles, v.previewFiles, v.ignoredFiles, v.unexpectedFiles);
}
template<class A> void describe(A &a, ParsedSpecFolder &v) { a(v.spec, v.implementations, v.warnings, v.fileCounts); }

template<class T> struct IsSequence : std::false_type {};
template<class T> struct IsSequence<QList<T>> : std::true_type {};
template<class T> struct IsSequence<std::vector<T>> : std::true_type {};
template<class T> struct IsOptional : std::false_type {};
template<class T> struct IsOptional<std::optional<T>> : std::true_type {};
template<class T> concept Described = requires(T &v, struct Probe &p) { describe(p, v); };

struct Probe
{
    template<class... T> void operator()(T &...) {}
};

class Writer
{
public:
    explicit Writer(QDataStream &out) : m_out(out) {}
    template<class... T> void operator()(T &...values) { (write(values), ...); }

private:
    template<class T> void write(const T &value)
    {
        if constexpr (Described<T>) {
            describe(*this, const_cast<T &>(value));
        } else if constexpr (std::is_enum_v<T>) {
            m_out << qint32(value);
        } else if constexpr (IsOptional<T>::value) {
            m_out << value.has_value();
            if (value)
                write(*value);
        } else if constexpr (IsSequence<T>::value && !std::is_same_v<T, QStringList>) {
            m_out << qint64(value.size());
            for (const auto &item : value)
                write(item);
        } else if constexpr (requires { std::tuple_size<T>::value; }) {
            for (const auto &item : value)
                write(item);
        } else {
            m_out << value;
        }
    }
    QDataStream &m_out;
};

class Reader
{
public:
    explicit Reader(QDataStream &in) : m_in(in) {}
    template<class... T> void operator()(T &...values) { (read(values), ...); }

private:
    template<class T> void read(T &value)
    {
        if constexpr (Described<T>) {
            describe(*this, value);
        } else if constexpr (std::is_enum_v<T>) {
            qint32 raw = 0;
            m_in >> raw;
            value = T(raw);
        } else if constexpr (IsOptional<T>::value) {
            bool present = false;
            m_in >> present;
            value.reset();
            if (present) {
                value.emplace();
                read(*value);
            }
        } else if constexpr (IsSequence<T>::value && !std::is_same_v<T, QStringList>) {
            qint64 size = 0;
            m_in >> size;
            value.clear();
            // A corrupt size must not allocate the machine away: stop at the first read error.
            for (qint64 i = 0; i < size && m_in.status() == QDataStream::Ok; ++i) {
                typename T::value_type item;
                read(item);
                value.push_back(std::move(item));
            }
        } else if constexpr (requires { std::tuple_size<T>::value; }) {
            for (auto &item : value)
                read(item);
        } else {
            m_in >> value;
        }
    }
    QDataStream &m_in;
};

} // namespace

QDataStream &operator<<(QDataStream &out, const ParsedSpecFolder &folder)
{
    Writer writer(out);
    writer(const_cast<ParsedSpecFolder &>(folder));
    return out;
}

QDataStream &operator>>(QDataStream &in, ParsedSpecFolder &folder)
{
    Reader reader(in);
    reader(folder);
    return in;
}

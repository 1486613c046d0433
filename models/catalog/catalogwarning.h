#pragma once

#include <QList>
#include <QString>

// A problem found while reading a catalog. Never fatal: the catalog keeps what it could read.
struct CatalogWarning
{
    enum class Kind {
        Unreadable,      // I/O error, not a file, symlink loop
        MalformedYaml,
        MalformedMarkdown, // not text, or no `# id: Title` heading
        MissingFile,     // specification.yaml absent, code without metadata, metadata without code
        UnexpectedFile,  // something that does not belong in the layout
        UnknownField,
        InvalidValue,    // wrong type, out of range, unparsable date, id mismatch
        StructureRule,   // lint: section order, id rules, reserved words
    };
    enum class Severity { Warning, Error };

    QString path;    // relative to the catalog root, '/'-separated
    int line = 0;    // 1-based; 0 when the whole file is meant
    Kind kind = Kind::InvalidValue;
    Severity severity = Severity::Warning;
    QString message;

    static QString kindKey(Kind kind); // stable, for JSON: "malformed_yaml", …
    static QString kindText(Kind kind); // translated, for the problems panel
    friend bool operator==(const CatalogWarning &, const CatalogWarning &) = default;
};

using CatalogWarnings = QList<CatalogWarning>;

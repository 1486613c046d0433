#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// What the last push left in one database: per implementation row, the row version it has there
// (xmin and ctid, which every UPDATE and every rewrite of the table changes) and a digest of the
// values the push sent. A row whose version is still the remembered one and whose digest equals
// the catalog's holds exactly the catalog's values, so the next push need not send it again: a
// re-push stages only the rest. It is a cache: a missing, stale, foreign or damaged file only makes
// the push send every row, as it would without one.
class PostgresPushMemory
{
public:
    // Which table the versions belong to: the cluster (random at initdb), the database, and the
    // table's file (new after TRUNCATE, VACUUM FULL or a restore).
    struct Identity
    {
        QString systemIdentifier;
        QString databaseOid;
        QString tableFile;
        bool isValid() const { return !systemIdentifier.isEmpty() && !databaseOid.isEmpty() && !tableFile.isEmpty(); }
        bool operator==(const Identity &) const = default;
    };
    struct RowVersion
    {
        QByteArray xmin;
        QByteArray ctid;
        bool operator==(const RowVersion &) const = default;
    };
    struct Entry
    {
        RowVersion version;
        QByteArray digest;
    };

    // The user's cache folder for these files.
    static QString defaultDirectory();
    // A digest of the compared values of one row, as sent.
    static QByteArray digest(QByteArrayView values);

    PostgresPushMemory() = default;
    explicit PostgresPushMemory(const Identity &identity);

    // The memory of `identity` in `directory`; empty when there is none or it does not match.
    static PostgresPushMemory load(const QString &directory, const Identity &identity);
    // Replaces the file atomically.
    bool save(const QString &directory, QString *error) const;

    const Identity &identity() const { return m_identity; }
    // Whether the row `key` (spec/language/library) is at `version` and was pushed as `digest`.
    bool holds(const QString &key, const RowVersion &version, QByteArrayView digest) const;
    void remember(const QString &key, const Entry &entry) { m_entries.insert(key, entry); }
    qsizetype size() const { return m_entries.size(); }

private:
    static QString fileName(const Identity &identity);

    Identity m_identity;
    QHash<QString, Entry> m_entries;
};

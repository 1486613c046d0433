#pragma once

#include "specdraft.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

// Where drafts live between sessions: one JSON file per draft under
// <AppDataLocation>/drafts (or a folder given by tests). Every write is atomic (QSaveFile): a crash
// mid-write leaves the previous version, never a torn file. Blocking file I/O: call it from a
// worker (SpecDraftSession does).
class DraftStore
{
public:
    explicit DraftStore(QString directory = {});
    static QString defaultDirectory();
    const QString &directory() const { return m_directory; }

    bool save(const SpecDraft &draft, QString *error = nullptr) const;
    // Every readable draft, most recently modified first. Unreadable files are skipped and named
    // in *warnings (they are left on disk for the user to rescue).
    QList<SpecDraft> loadAll(QStringList *warnings = nullptr) const;
    std::optional<SpecDraft> load(const QString &draftId, QString *error = nullptr) const;
    bool remove(const QString &draftId, QString *error = nullptr) const;

    // The draft to reopen after a restart or a crash: the newest one not yet submitted. On a
    // worker; nullopt when there is none.
    QFuture<std::optional<SpecDraft>> latestUnsubmittedAsync() const;

    QString pathOf(const QString &draftId) const;
    static constexpr qint64 maxDraftFileSize = 8 * 1024 * 1024;

private:
    QString m_directory;
};

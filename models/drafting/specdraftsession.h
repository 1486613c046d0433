#pragma once

#include "draftstore.h"
#include "similarspecfinder.h"
#include "specdraftvalidator.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

// One draft being edited: the model behind the spec editor. Every change re-validates and
// re-ranks similar specs at once (both are cheap), and autosaves a moment later on a worker, in
// order, atomically. The similar-spec index is built off the GUI thread when the session starts.
// Nothing typed is lost: a save failure is reported and retried on the next change, a failed
// submit keeps the draft (with the reason) in the store.
class SpecDraftSession : public QObject
{
    Q_OBJECT
public:
    SpecDraftSession(CatalogPtr catalog, DraftStore store, SpecDraft draft, QObject *parent = nullptr);
    ~SpecDraftSession() override; // writes a pending change, then waits for the writer

    const SpecDraft &draft() const { return m_draft; }
    const ParsedSpecDraft &parsed() const { return m_parsed; }
    const SpecDraftProblems &problems() const { return m_problems; }
    const QList<SimilarSpec> &similar() const { return m_similar; }
    const SpecTagVocabulary &vocabulary() const { return m_validator.vocabulary(); }
    const CatalogPtr &catalog() const { return m_catalog; }
    const DraftStore &store() const { return m_store; }
    bool hasErrors() const { return SpecDraftValidator::hasErrors(m_problems); }
    bool similarIndexReady() const { return m_finder != nullptr; }

    void setMarkdown(const QString &markdown);
    void setYaml(const QString &yaml);

    int autosaveDelay() const { return m_autosave.interval(); }
    void setAutosaveDelay(int msecs) { m_autosave.setInterval(msecs); }
    bool isSaved() const { return !m_dirty && !m_saving; }
    QDateTime lastSaved() const { return m_lastSaved; }
    void saveNow();
    // Blocks until every requested write has finished (tests, and closing the window).
    void waitForSaves();

    // The outcome of a submit, kept with the draft: the draft stays in the store either way.
    void markSubmitted(int issueNumber);
    void markSubmitFailed(const QString &reason);
    // The user threw the draft away: removed from the store, nothing more is saved.
    void discard();

Q_SIGNALS:
    void draftChanged();
    void problemsChanged();
    void similarChanged();
    void saved(const QDateTime &when);
    void saveFailed(const QString &message);

private:
    void changed();
    void reanalyse();
    void rankSimilar();
    void startSave();

    CatalogPtr m_catalog;
    DraftStore m_store;
    SpecDraft m_draft;
    SpecDraftValidator m_validator;
    ParsedSpecDraft m_parsed;
    SpecDraftProblems m_problems;
    std::shared_ptr<const SimilarSpecFinder> m_finder;
    QList<SimilarSpec> m_similar;
    QFutureWatcher<std::shared_ptr<const SimilarSpecFinder>> m_finderWatcher;

    QTimer m_autosave;
    QThreadPool m_writer; // one thread: writes land in the order they were made
    QFutureWatcher<QString> m_saveWatcher;
    bool m_dirty = false;
    bool m_saving = false;
    bool m_discarded = false;
    QDateTime m_lastSaved;
};

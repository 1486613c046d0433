#include "specdraftsession.h"

#include <QtConcurrent>

SpecDraftSession::SpecDraftSession(CatalogPtr catalog, DraftStore store, SpecDraft draft, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_store(std::move(store))
    , m_draft(std::move(draft))
    , m_validator(SpecDraftValidator::forCatalog(m_catalog.get()))
{
    m_writer.setMaxThreadCount(1);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(800);
    connect(&m_autosave, &QTimer::timeout, this, &SpecDraftSession::startSave);
    connect(&m_saveWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_saving = false;
        const QString error = m_saveWatcher.result();
        if (error.isEmpty()) {
            m_lastSaved = QDateTime::currentDateTimeUtc();
            Q_EMIT saved(m_lastSaved);
        } else {
            m_dirty = true; // retried with the next change or saveNow()
            Q_EMIT saveFailed(error);
        }
        if (m_dirty && !m_autosave.isActive() && error.isEmpty() && !m_discarded)
            startSave(); // changes made while writing
    });
    connect(&m_finderWatcher, &QFutureWatcher<std::shared_ptr<const SimilarSpecFinder>>::finished, this, [this] {
        m_finder = m_finderWatcher.result();
        rankSimilar();
    });
    m_finderWatcher.setFuture(SimilarSpecFinder::buildAsync(m_catalog));
    reanalyse();
}

SpecDraftSession::~SpecDraftSession()
{
    m_autosave.stop();
    if (m_dirty && !m_discarded) {
        const SpecDraft draft = m_draft;
        const DraftStore store = m_store;
        (void)QtConcurrent::run(&m_writer, [store, draft] { return store.save(draft); });
    }
    m_writer.waitForDone();
    m_finderWatcher.waitForFinished();
}

void SpecDraftSession::setMarkdown(const QString &markdown)
{
    if (markdown == m_draft.markdown)
        return;
    m_draft.markdown = markdown;
    changed();
}

void SpecDraftSession::setYaml(const QString &yaml)
{
    if (yaml == m_draft.yaml)
        return;
    m_draft.yaml = yaml;
    changed();
}

void SpecDraftSession::changed()
{
    m_draft.modified = QDateTime::currentDateTimeUtc();
    m_dirty = true;
    if (!m_discarded)
        m_autosave.start();
    reanalyse();
    Q_EMIT draftChanged();
}

void SpecDraftSession::reanalyse()
{
    m_parsed = ParsedSpecDraft::parse(m_draft);
    SpecDraftProblems problems = m_validator.validate(m_draft, m_parsed);
    if (problems != m_problems) {
        m_problems = std::move(problems);
        Q_EMIT problemsChanged();
    }
    rankSimilar();
}

void SpecDraftSession::rankSimilar()
{
    if (!m_finder)
        return;
    m_similar = m_finder->rank(m_parsed.spec);
    Q_EMIT similarChanged();
}

void SpecDraftSession::saveNow()
{
    m_autosave.stop();
    m_dirty = true;
    startSave();
}

void SpecDraftSession::startSave()
{
    if (m_discarded)
        return;
    if (m_saving) {
        m_dirty = true; // written again when the current write ends
        return;
    }
    m_dirty = false;
    m_saving = true;
    const SpecDraft draft = m_draft;
    const DraftStore store = m_store;
    m_saveWatcher.setFuture(QtConcurrent::run(&m_writer, [store, draft] {
        QString error;
        store.save(draft, &error);
        return error;
    }));
}

void SpecDraftSession::waitForSaves()
{
    m_autosave.stop();
    if (m_dirty && !m_saving)
        startSave();
    m_writer.waitForDone();
    if (m_dirty && !m_discarded) { // changed while the last write ran
        const SpecDraft draft = m_draft;
        const DraftStore store = m_store;
        (void)QtConcurrent::run(&m_writer, [store, draft] { return store.save(draft); });
        m_writer.waitForDone();
        m_dirty = false;
    }
}

void SpecDraftSession::markSubmitted(int issueNumber)
{
    m_draft.submittedIssue = issueNumber;
    m_draft.lastSubmitError.clear();
    saveNow();
}

void SpecDraftSession::markSubmitFailed(const QString &reason)
{
    m_draft.lastSubmitError = reason;
    saveNow();
}

void SpecDraftSession::discard()
{
    m_autosave.stop();
    m_writer.waitForDone();
    m_discarded = true;
    m_dirty = false;
    m_store.remove(m_draft.draftId);
}

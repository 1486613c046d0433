#include "draftstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int formatVersion = 1;

QJsonObject toJson(const SpecDraft &draft)
{
    return QJsonObject{
        {u"format"_s, formatVersion},
        {u"draft_id"_s, draft.draftId},
        {u"modified"_s, draft.modified.toUTC().toString(Qt::ISODateWithMs)},
        {u"specification_md"_s, draft.markdown},
        {u"specification_yaml"_s, draft.yaml},
        {u"submitted_issue"_s, draft.submittedIssue},
        {u"last_submit_error"_s, draft.lastSubmitError},
    };
}

std::optional<SpecDraft> fromJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                : QCoreApplication::translate("DraftStore", "not a draft");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    SpecDraft draft;
    draft.draftId = object.value(u"draft_id"_s).toString();
    draft.modified = QDateTime::fromString(object.value(u"modified"_s).toString(), Qt::ISODateWithMs).toUTC();
    draft.markdown = object.value(u"specification_md"_s).toString();
    draft.yaml = object.value(u"specification_yaml"_s).toString();
    draft.submittedIssue = object.value(u"submitted_issue"_s).toInt();
    draft.lastSubmitError = object.value(u"last_submit_error"_s).toString();
    if (draft.draftId.isEmpty()) {
        *error = QCoreApplication::translate("DraftStore", "the draft has no id");
        return std::nullopt;
    }
    return draft;
}

// Draft ids become file names: only the characters a UUID has.
bool isSafeId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9-]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}
} // namespace

DraftStore::DraftStore(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{
}

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s;
}

QString DraftStore::pathOf(const QString &draftId) const
{
    return m_directory + u'/' + draftId + u".json"_s;
}

bool DraftStore::save(const SpecDraft &draft, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isSafeId(draft.draftId))
        return fail(QCoreApplication::translate("DraftStore", "the draft id '%1' cannot name a file").arg(draft.draftId));
    if (!QDir().mkpath(m_directory))
        return fail(QCoreApplication::translate("DraftStore", "cannot create the folder %1").arg(m_directory));
    QSaveFile file(pathOf(draft.draftId));
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray bytes = QJsonDocument(toJson(draft)).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

std::optional<SpecDraft> DraftStore::load(const QString &draftId, QString *error) const
{
    QString message;
    std::optional<SpecDraft> draft;
    QFile file(pathOf(draftId));
    if (!isSafeId(draftId))
        message = QCoreApplication::translate("DraftStore", "no draft '%1'").arg(draftId);
    else if (!file.open(QIODevice::ReadOnly))
        message = file.errorString();
    else if (file.size() > maxDraftFileSize)
        message = QCoreApplication::translate("DraftStore", "the file is larger than a draft can be");
    else
        draft = fromJson(file.readAll(), &message);
    if (draft && draft->draftId != draftId) {
        message = QCoreApplication::translate("DraftStore", "the file holds another draft (%1)").arg(draft->draftId);
        draft.reset();
    }
    if (!draft && error)
        *error = message;
    return draft;
}

QList<SpecDraft> DraftStore::loadAll(QStringList *warnings) const
{
    QList<SpecDraft> drafts;
    const QStringList names = QDir(m_directory).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QString error;
        if (std::optional<SpecDraft> draft = load(name.chopped(5), &error))
            drafts.append(std::move(*draft));
        else if (warnings)
            warnings->append(QCoreApplication::translate("DraftStore", "%1: %2").arg(m_directory + u'/' + name, error));
    }
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const SpecDraft &a, const SpecDraft &b) { return a.modified > b.modified; });
    return drafts;
}

bool DraftStore::remove(const QString &draftId, QString *error) const
{
    QFile file(pathOf(draftId));
    if (!isSafeId(draftId) || !file.exists())
        return true;
    if (file.remove())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

QFuture<std::optional<SpecDraft>> DraftStore::latestUnsubmittedAsync() const
{
    return QtConcurrent::run([store = *this]() -> std::optional<SpecDraft> {
        for (const SpecDraft &draft : store.loadAll())
            if (draft.submittedIssue == 0)
                return draft;
        return std::nullopt;
    });
}

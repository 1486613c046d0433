#include "githubtokenstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

GitHubTokenStore::GitHubTokenStore(QObject *parent)
    : QObject(parent)
{
}

void GitHubTokenStore::setKeychainEntry(const QString &service, const QString &key)
{
    m_service = service;
    m_key = key;
}

QString GitHubTokenStore::environmentToken()
{
    return qEnvironmentVariable("GITHUB_TOKEN").trimmed();
}

void GitHubTokenStore::load()
{
    if (const QString token = environmentToken(); !token.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, token] { Q_EMIT loaded(token, Source::Environment); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(m_key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError)
            Q_EMIT loaded(read->textData(), Source::Keychain);
        else if (read->error() == QKeychain::EntryNotFound)
            Q_EMIT loaded({}, Source::None);
        else
            Q_EMIT failed(tr("The system keychain could not be read (%1); set GITHUB_TOKEN or sign in again.")
                              .arg(read->errorString()));
    });
    job->start();
}

void GitHubTokenStore::save(const QString &token)
{
    if (token.trimmed().isEmpty()) {
        forget();
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(m_key);
    job->setInsecureFallback(false); // never a plain-text file
    job->setTextData(token.trimmed());
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            Q_EMIT saved();
        else
            Q_EMIT failed(tr("The token could not be stored in the system keychain (%1); it is used for this "
                             "session only.").arg(finished->errorString()));
    });
    job->start();
}

void GitHubTokenStore::forget()
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound)
            Q_EMIT saved();
        else
            Q_EMIT failed(tr("The token could not be removed from the system keychain (%1).").arg(finished->errorString()));
    });
    job->start();
}

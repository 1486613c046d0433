#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString KeychainSecretStore::databaseKey(const QString &database)
{
    return u"postgresql:"_s + database;
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError)
            done(true, read->textData(), {});
        else if (read->error() == QKeychain::EntryNotFound)
            done(false, {}, {});
        else
            done(false, {}, tr("the system keychain could not be read (%1)").arg(read->errorString()));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false); // never a plain-text file
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        if (!done)
            return;
        done(finished->error() == QKeychain::NoError
                 ? QString()
                 : tr("the password could not be kept in the system keychain (%1)").arg(finished->errorString()));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        if (!done)
            return;
        const bool ok = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : tr("the password could not be removed from the system keychain (%1)").arg(finished->errorString()));
    });
    job->start();
}

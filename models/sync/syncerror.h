#pragma once

#include <QException>
#include <QString>

// Why a sync failed, as one translated line. Thrown from CatalogSource::load() on the worker;
// QtConcurrent carries it to whoever waits on the future (the window's status line, the CLI).
class SyncError : public QException
{
public:
    explicit SyncError(QString message) : m_message(std::move(message)), m_bytes(m_message.toUtf8()) {}
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_bytes.constData(); }
    void raise() const override { throw *this; }
    SyncError *clone() const override { return new SyncError(*this); }

private:
    QString m_message;
    QByteArray m_bytes;
};

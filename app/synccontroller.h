#pragma once

#include "syncdialog.h"

#include <QObject>
#include <QPointer>

class KeychainSecretStore;
struct PostgresLogin;
class MainWindow;

// Catalog → Sync…: turns the dialog's request into a catalog source, loads it through the window
// (so progress, cancel and the offline-copy-first display are the window's own) and shows the
// outcome in the dialog. The REST API, a GitHub archive (downloaded or a local zip) and a
// PostgreSQL database; the last two are kept as offline copies too (OfflineCopyingSource).
// Settings keep the choices, never a token or a password (the keychain keeps the password when
// the user asks).
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(MainWindow *window);

    void showDialog();
    SyncDialog *dialog() const { return m_dialog; }

    // Starts a sync as the dialog would (tests, scripts).
    void sync(const SyncDialog::Request &request);
    // The keychain service passwords are kept under (tests use their own).
    void setKeychainService(const QString &service);
    // Where database passwords are kept (Push to Database… shares it).
    KeychainSecretStore *keychain() const { return m_keychain; }

private:
    void syncApi(const SyncDialog::Request &request);
    void syncArchive(const ArchiveSyncPage::Options &options);
    void startArchive(const ArchiveSyncPage::Options &options, const QByteArray &token);
    void syncDatabase(const DatabaseSyncPage::Options &options);
    void startDatabase(const PostgresLogin &login);
    void failed(const QString &message);

    MainWindow *m_window;
    QPointer<SyncDialog> m_dialog;
    KeychainSecretStore *m_keychain;
};

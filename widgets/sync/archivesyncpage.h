#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The "GitHub archive" page of Catalog → Sync…: a repository and ref to download the zipball of
// (with the signed-in GitHub token, if the user wants), or a local zip of a checkout. A view:
// the controller downloads; the token is never shown here, only whether to use it.
class ArchiveSyncPage : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        QString repository; // owner/name
        QString ref;        // branch, tag or commit SHA
        bool useToken = true;
        QString localZip;   // set: index this file instead of downloading
    };

    explicit ArchiveSyncPage(QWidget *parent = nullptr);

    Options options() const;
    void setOptions(const Options &options);
    void setLocalZip(const QString &path);
    // Empty when the page can start a sync, else what to fix.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void chooseZip();
    void updateMode();

    QLineEdit *m_repository = nullptr;
    QLineEdit *m_ref = nullptr;
    QCheckBox *m_useToken = nullptr;
    QLineEdit *m_localZip = nullptr;
    QPushButton *m_chooseZip = nullptr;
    QPushButton *m_clearZip = nullptr;
};

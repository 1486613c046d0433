#include "archivesyncpage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
const auto defaultRepository = u"MarkusNeusinger/anyplot"_s;
const auto defaultRef = u"main"_s;
} // namespace

ArchiveSyncPage::ArchiveSyncPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"archiveSyncPage"_s);
    m_repository = new QLineEdit(defaultRepository, this);
    m_repository->setObjectName(u"archiveRepositoryField"_s);
    m_repository->setPlaceholderText(defaultRepository);
    m_ref = new QLineEdit(defaultRef, this);
    m_ref->setObjectName(u"archiveRefField"_s);
    m_ref->setPlaceholderText(tr("main, a tag or a commit SHA"));
    m_useToken = new QCheckBox(tr("Use my GitHub token"), this);
    m_useToken->setObjectName(u"archiveUseTokenBox"_s);
    m_useToken->setChecked(true);
    m_useToken->setToolTip(tr("The token from Settings → GitHub or GITHUB_TOKEN: 5,000 instead of 60 requests an hour, and "
                              "private forks. It is sent to the GitHub API only, never shown."));

    m_localZip = new QLineEdit(this);
    m_localZip->setObjectName(u"archiveLocalZipField"_s);
    m_localZip->setReadOnly(true);
    m_localZip->setPlaceholderText(tr("none: download the ref above"));
    m_chooseZip = new QPushButton(tr("Open a &Local Zip…"), this);
    m_chooseZip->setObjectName(u"archiveChooseZipButton"_s);
    m_clearZip = new QPushButton(tr("Download Instead"), this);
    m_clearZip->setObjectName(u"archiveClearZipButton"_s);
    auto *zipRow = new QHBoxLayout;
    zipRow->addWidget(m_localZip, 1);
    zipRow->addWidget(m_chooseZip);
    zipRow->addWidget(m_clearZip);

    auto *hint = new QLabel(tr("The zipball of the ref is downloaded through the GitHub API and read in place, "
                               "without unpacking; the commit keys the index, and everything is kept for "
                               "offline use."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setMinimumHeight(hint->fontMetrics().lineSpacing() * 3); // the stacked pages ignore height-for-width

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Repository:"), m_repository);
    form->addRow(tr("R&ef:"), m_ref);
    form->addRow(QString(), m_useToken);
    form->addRow(tr("Local zip:"), zipRow);
    form->addRow(hint);

    connect(m_repository, &QLineEdit::textChanged, this, &ArchiveSyncPage::changed);
    connect(m_ref, &QLineEdit::textChanged, this, &ArchiveSyncPage::changed);
    connect(m_chooseZip, &QPushButton::clicked, this, &ArchiveSyncPage::chooseZip);
    connect(m_clearZip, &QPushButton::clicked, this, [this] { setLocalZip({}); });
    updateMode();
}

ArchiveSyncPage::Options ArchiveSyncPage::options() const
{
    Options options;
    options.repository = m_repository->text().trimmed();
    if (options.repository.isEmpty())
        options.repository = defaultRepository;
    options.ref = m_ref->text().trimmed();
    if (options.ref.isEmpty())
        options.ref = defaultRef;
    options.useToken = m_useToken->isChecked();
    options.localZip = m_localZip->text();
    return options;
}

void ArchiveSyncPage::setOptions(const Options &options)
{
    m_repository->setText(options.repository.isEmpty() ? defaultRepository : options.repository);
    m_ref->setText(options.ref.isEmpty() ? defaultRef : options.ref);
    m_useToken->setChecked(options.useToken);
    setLocalZip(options.localZip);
}

void ArchiveSyncPage::setLocalZip(const QString &path)
{
    m_localZip->setText(path.isEmpty() ? QString() : QDir::toNativeSeparators(path));
    m_localZip->setToolTip(m_localZip->text());
    updateMode();
    Q_EMIT changed();
}

QString ArchiveSyncPage::problem() const
{
    if (!m_localZip->text().isEmpty())
        return {};
    static const QRegularExpression repository(u"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"_s);
    const QString name = m_repository->text().trimmed();
    if (!name.isEmpty() && !repository.match(name).hasMatch())
        return tr("Give the repository as OWNER/NAME, like %1").arg(defaultRepository);
    const QString ref = m_ref->text().trimmed();
    if (ref.contains(u".."_s) || ref.contains(u' ') || ref.startsWith(u'/'))
        return tr("'%1' is not a branch, tag or commit").arg(ref);
    return {};
}

void ArchiveSyncPage::chooseZip()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Zip of an anyplot Checkout"), QDir::homePath(),
                                                      tr("Zip archives (*.zip)"));
    if (!path.isEmpty())
        setLocalZip(path);
}

void ArchiveSyncPage::updateMode()
{
    const bool local = !m_localZip->text().isEmpty();
    m_repository->setEnabled(!local);
    m_ref->setEnabled(!local);
    m_useToken->setEnabled(!local);
    m_clearZip->setVisible(local);
}

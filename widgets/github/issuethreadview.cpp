#include "issuethreadview.h"

#include "changeconfirmation.h"
#include "githubclient.h"
#include "issuelifecycle.h"
#include "issuemodel.h"
#include "issuetracker.h"
#include "reportproblemdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QStringList IssueThreadView::libraries()
{
    return {u"altair"_s, u"bokeh"_s, u"highcharts"_s, u"letsplot"_s, u"matplotlib"_s,
            u"plotly"_s, u"plotnine"_s, u"pygal"_s, u"seaborn"_s};
}

QStringList IssueThreadView::labelSuggestions()
{
    QStringList labels{u"approved"_s, u"spec-ready"_s, u"duplicate"_s, u"report-validated"_s};
    for (const QString &library : libraries())
        labels.append(u"generate:"_s + library);
    return labels;
}

IssueThreadView::IssueThreadView(IssueTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_header(new QLabel(this))
    , m_reviews(new QLabel(this))
    , m_message(new QLabel(this))
    , m_document(new QTextBrowser(this))
    , m_labelBox(new QComboBox(this))
    , m_addLabel(new QPushButton(tr("Add Label…"), this))
    , m_removeLabel(new QPushButton(tr("Remove Label…"), this))
    , m_report(new QPushButton(tr("Report a Problem…"), this))
    , m_comment(new QPlainTextEdit(this))
    , m_post(new QPushButton(tr("Comment…"), this))
{
    setObjectName(u"issueThreadView"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_header, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"spec:"_s))
            Q_EMIT specRequested(link.mid(5));
    });
    m_reviews->setTextFormat(Qt::RichText);
    m_reviews->setWordWrap(true);
    m_reviews->setObjectName(u"aiReviewSummary"_s);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"actionMessage"_s);
    m_message->hide();
    m_document->setOpenExternalLinks(true);
    m_document->setOpenLinks(true);
    m_labelBox->setEditable(true);
    m_labelBox->addItems(labelSuggestions());
    m_labelBox->setToolTip(tr("A label to add or remove, e.g. approved or generate:matplotlib"));
    m_comment->setPlaceholderText(tr("Write a comment (Markdown)…"));
    m_comment->setMaximumHeight(80);

    auto *labels = new QHBoxLayout;
    labels->addWidget(m_labelBox, 1);
    labels->addWidget(m_addLabel);
    labels->addWidget(m_removeLabel);
    labels->addStretch();
    labels->addWidget(m_report);
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_comment, 1);
    commentRow->addWidget(m_post, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_reviews);
    layout->addWidget(m_document, 1);
    layout->addWidget(m_message);
    layout->addLayout(labels);
    layout->addLayout(commentRow);

    connect(m_addLabel, &QPushButton::clicked, this, [this] { addLabel(m_labelBox->currentText().trimmed()); });
    connect(m_removeLabel, &QPushButton::clicked, this, [this] { removeLabel(m_labelBox->currentText().trimmed()); });
    connect(m_report, &QPushButton::clicked, this, &IssueThreadView::reportProblem);
    connect(m_post, &QPushButton::clicked, this, &IssueThreadView::postComment);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &IssueThreadView::updateActions);
    connect(tracker->client(), &GitHubClient::authStateChanged, this, &IssueThreadView::updateActions);
    connect(tracker, &IssueTracker::changeFailed, this, [this](const GitHubChange &change, const QString &message) {
        if (change.issueNumber == m_number || change.kind == GitHubChange::Kind::CreateIssue)
            showError(message);
    });
    connect(tracker->model(), &QAbstractItemModel::dataChanged, this, [this] {
        // Optimistic label changes show in the header at once.
        const int row = m_tracker->model()->rowOfIssue(m_number);
        if (row >= 0 && !m_loading && m_thread.issue.labels != m_tracker->model()->issueAt(row).labels) {
            m_thread.issue.labels = m_tracker->model()->issueAt(row).labels;
            show(m_thread);
        }
    });
    setIssue(0);
}

void IssueThreadView::setIssue(int number)
{
    m_number = number;
    const quint64 request = ++m_request;
    m_message->hide();
    if (number <= 0) {
        m_thread = {};
        m_header->setText(tr("Select an issue to read its thread."));
        m_reviews->clear();
        m_reviews->hide();
        m_document->clear();
        updateActions();
        return;
    }
    m_loading = true;
    m_header->setText(tr("Loading #%1…").arg(number));
    updateActions();
    m_tracker->loadThread(number).then(this, [this, request](const GitHubResult<IssueThread> &result) {
        if (request != m_request)
            return; // another issue was selected meanwhile
        m_loading = false;
        if (!result.ok()) {
            m_header->setText(tr("#%1 could not be loaded.").arg(m_number));
            showError(result.error.message);
            updateActions();
            return;
        }
        show(result.value);
        Q_EMIT threadShown(m_number);
    });
}

QString IssueThreadView::reviewsHtml() const
{
    const QList<AiReviewSummary> reviews = m_thread.reviews();
    if (reviews.isEmpty())
        return {};
    QString html = u"<b>"_s + tr("AI reviews").toHtmlEscaped() + u"</b><table cellspacing=0 cellpadding=3>"_s;
    for (const AiReviewSummary &review : reviews) {
        html += u"<tr><td>"_s + review.oneLine().toHtmlEscaped() + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
    // The latest category table: where the points were lost.
    auto withTable = std::find_if(reviews.crbegin(), reviews.crend(),
                                  [](const AiReviewSummary &r) { return !r.categories.isEmpty(); });
    if (withTable != reviews.crend()) {
        const AiReviewSummary &latest = *withTable;
        html += u"<table border=1 cellspacing=0 cellpadding=3><tr><th>"_s + tr("Category").toHtmlEscaped()
            + u"</th><th>"_s + tr("Score").toHtmlEscaped() + u"</th></tr>"_s;
        for (const AiReviewSummary::Category &category : latest.categories) {
            const QString score = category.score < 0 ? u"?"_s
                : category.max > 0 ? u"%1 / %2"_s.arg(category.score).arg(category.max)
                                   : QString::number(category.score);
            html += u"<tr><td>"_s + category.name.toHtmlEscaped() + u"</td><td align=right>"_s + score + u"</td></tr>"_s;
        }
        html += u"</table>"_s;
    }
    return html;
}

void IssueThreadView::show(const IssueThread &thread)
{
    m_thread = thread;
    const GitHubIssue &issue = thread.issue;
    const IssueLifecycle lifecycle = IssueLifecycle::fromIssue(issue);
    const int row = m_tracker->model()->rowOfIssue(issue.number);
    const QString specId = row >= 0 ? m_tracker->model()->specIdAt(row) : issue.titleSpecId();
    QString header = u"<b>#%1 %2</b><br>"_s.arg(issue.number).arg(issue.title.toHtmlEscaped());
    header += (issue.isOpen() ? tr("open") : tr("closed")).toHtmlEscaped();
    if (!lifecycle.summary().isEmpty())
        header += u" · "_s + lifecycle.summary().toHtmlEscaped();
    if (!specId.isEmpty())
        header += u" · <a href=\"spec:%1\">%2</a>"_s.arg(specId.toHtmlEscaped(), tr("spec %1").arg(specId).toHtmlEscaped());
    if (!issue.labels.isEmpty())
        header += u"<br><small>"_s + issue.labelNames().join(u", "_s).toHtmlEscaped() + u"</small>"_s;
    m_header->setText(header);
    const QString reviews = reviewsHtml();
    m_reviews->setText(reviews);
    m_reviews->setVisible(!reviews.isEmpty());

    QTextDocument *document = m_document->document();
    document->clear();
    QTextCursor cursor(document);
    for (const IssueThreadEntry &entry : thread.entries) {
        const QString when = QLocale().toString(entry.comment.createdAt.toLocalTime(), QLocale::ShortFormat);
        cursor.insertHtml(u"<p style=\"margin-top:12px\"><b>%1</b> <span style=\"color:gray\">%2</span></p>"_s.arg(
            entry.comment.author.toHtmlEscaped(), when.toHtmlEscaped()));
        cursor.insertBlock();
        if (entry.review.isRecognised()) {
            cursor.insertHtml(u"<p><i>"_s + entry.review.oneLine().toHtmlEscaped() + u"</i></p>"_s);
            cursor.insertBlock();
        }
        QTextDocument body;
        ThreadMarkdown::render(body, entry.markdown);
        cursor.insertFragment(QTextDocumentFragment(&body));
        cursor.insertBlock();
    }
    m_document->moveCursor(QTextCursor::Start);
    updateActions();
}

void IssueThreadView::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setStyleSheet(u"color: #b00020"_s);
    m_message->show();
}

void IssueThreadView::updateActions()
{
    const bool canWrite = m_tracker->client()->hasToken()
        && m_tracker->client()->authState() != GitHubClient::AuthState::Rejected;
    const bool haveIssue = m_number > 0 && !m_loading;
    const QString why = canWrite ? QString() : tr("Sign in (Settings → GitHub) to change issues.");
    for (QWidget *widget : {static_cast<QWidget *>(m_addLabel), static_cast<QWidget *>(m_removeLabel),
                            static_cast<QWidget *>(m_report)}) {
        widget->setEnabled(canWrite && haveIssue);
        widget->setToolTip(why);
    }
    m_post->setEnabled(canWrite && haveIssue && !m_posting && !m_comment->toPlainText().trimmed().isEmpty());
    m_post->setToolTip(why);
}

void IssueThreadView::addLabel(const QString &label)
{
    if (label.isEmpty() || m_number <= 0)
        return;
    const GitHubChange change = GitHubChange::addLabel(m_tracker->client()->repository(), m_number, label);
    if (!ChangeConfirmation::confirm(this, change))
        return;
    m_message->hide();
    m_tracker->apply(change);
}

void IssueThreadView::removeLabel(const QString &label)
{
    if (label.isEmpty() || m_number <= 0)
        return;
    if (!m_thread.issue.hasLabel(label)) {
        showError(tr("#%1 has no label '%2'.").arg(m_number).arg(label));
        return;
    }
    const GitHubChange change = GitHubChange::removeLabel(m_tracker->client()->repository(), m_number, label);
    if (!ChangeConfirmation::confirm(this, change))
        return;
    m_message->hide();
    m_tracker->apply(change);
}

void IssueThreadView::postComment()
{
    const QString text = m_comment->toPlainText();
    if (text.trimmed().isEmpty() || m_number <= 0 || m_posting)
        return;
    const GitHubChange change = GitHubChange::comment(m_tracker->client()->repository(), m_number, text);
    if (!ChangeConfirmation::confirm(this, change))
        return;
    m_posting = true;
    m_message->hide();
    updateActions();
    const int number = m_number;
    m_tracker->apply(change).then(this, [this, text, number](const GitHubResult<qint64> &result) {
        m_posting = false;
        // The text stays in the editor until GitHub has it.
        if (result.ok() && m_comment->toPlainText() == text)
            m_comment->clear();
        if (result.ok() && number == m_number)
            setIssue(number);
        updateActions();
    });
}

void IssueThreadView::reportProblem()
{
    const int row = m_tracker->model()->rowOfIssue(m_number);
    const QString specId = row >= 0 ? m_tracker->model()->specIdAt(row) : m_thread.issue.titleSpecId();
    QString library;
    const IssueLifecycle lifecycle = IssueLifecycle::fromIssue(m_thread.issue);
    if (lifecycle.libraries.size() == 1)
        library = lifecycle.libraries.firstKey();
    ReportProblemDialog dialog(specId, libraries(), library, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const GitHubChange change = dialog.report().toChange(m_tracker->client()->repository());
    if (!ChangeConfirmation::confirm(this, change))
        return;
    m_tracker->apply(change);
}

#include "specpage.h"

#include "codeloader.h"
#include "codeview.h"
#include "implementationmodel.h"

#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <exception>

using namespace Qt::StringLiterals;

namespace {
QString tagCategoryName(SpecTagCategory category)
{
    switch (category) {
    case SpecTagCategory::PlotType:
        return SpecPage::tr("Plot type");
    case SpecTagCategory::DataType:
        return SpecPage::tr("Data type");
    case SpecTagCategory::Domain:
        return SpecPage::tr("Domain");
    case SpecTagCategory::Features:
        return SpecPage::tr("Features");
    }
    return {};
}

QString localDate(const QDateTime &when)
{
    // Short format: the long one carries the weekday, noise on a header line.
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

// A Markdown bullet list; items are Markdown already (specs write `column` names in backticks).
QString markdownList(const QStringList &items)
{
    QString list;
    for (const QString &item : items)
        list += u"- "_s % item.trimmed() % u'\n';
    return list;
}
} // namespace

SpecPage::SpecPage(QWidget *parent)
    : QWidget(parent)
{
    m_backButton = new QToolButton(this);
    m_backButton->setObjectName(u"specBackButton"_s);
    m_backButton->setText(tr("All specs"));
    m_backButton->setIcon(QIcon::fromTheme(u"go-previous"_s));
    m_backButton->setArrowType(QIcon::hasThemeIcon(u"go-previous"_s) ? Qt::NoArrow : Qt::LeftArrow);
    m_backButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_backButton->setAutoRaise(true);
    m_backButton->setToolTip(tr("Back to the catalog (Alt+Left)"));
    connect(m_backButton, &QToolButton::clicked, this, &SpecPage::backRequested);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"specTitle"_s);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_titleLabel->font();
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_idLabel = new QLabel(this);
    m_idLabel->setObjectName(u"specId"_s);
    m_idLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idLabel->setForegroundRole(QPalette::PlaceholderText);

    m_metaLabel = new QLabel(this);
    m_metaLabel->setObjectName(u"specMeta"_s);
    m_metaLabel->setForegroundRole(QPalette::PlaceholderText);

    m_issueLabel = new QLabel(this);
    m_issueLabel->setObjectName(u"specIssueLink"_s);
    m_issueLabel->setTextFormat(Qt::RichText);
    m_issueLabel->setOpenExternalLinks(true);
    m_issueLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);

    m_tagsLabel = new QLabel(this);
    m_tagsLabel->setObjectName(u"specTags"_s);
    m_tagsLabel->setTextFormat(Qt::RichText);
    m_tagsLabel->setWordWrap(true);
    m_tagsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_documentView = new QTextBrowser(this);
    m_documentView->setObjectName(u"specDocument"_s);
    m_documentView->setOpenExternalLinks(true);
    m_documentView->setFrameShape(QFrame::NoFrame);
    m_documentView->document()->setDocumentMargin(12);

    m_implementationModel = new ImplementationModel(this);
    m_implementationProxy = new QSortFilterProxyModel(this);
    m_implementationProxy->setSourceModel(m_implementationModel);
    m_implementationProxy->setSortRole(ImplementationModel::SortRole);
    m_implementationProxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_implementationView = new QTableView(this);
    m_implementationView->setObjectName(u"implementationTable"_s);
    m_implementationView->setModel(m_implementationProxy);
    m_implementationView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_implementationView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_implementationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_implementationView->setSortingEnabled(true);
    m_implementationView->sortByColumn(ImplementationModel::QualityScoreColumn, Qt::DescendingOrder);
    m_implementationView->setAlternatingRowColors(true);
    m_implementationView->setWordWrap(false);
    m_implementationView->verticalHeader()->hide();
    m_implementationView->verticalHeader()->setDefaultSectionSize(m_implementationView->fontMetrics().height() + 8);
    m_implementationView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_implementationView->horizontalHeader()->setStretchLastSection(true);
    m_implementationView->setAccessibleName(tr("Implementations"));
    connect(m_implementationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QModelIndex source = m_implementationProxy->mapToSource(current);
                showImplementation(m_implementationModel->implementation(source.row()));
            });

    m_codeView = new CodeView(this);
    m_codeView->setObjectName(u"implementationCode"_s);
    m_codeView->setPlaceholder(tr("Select an implementation to see its code."));

    // Layout: a header with everything that fits on a line, then the spec's text beside the
    // implementations and their code.
    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_backButton);
    topRow->addStretch(1);
    m_compareButton = new QToolButton(this);
    m_compareButton->setObjectName(u"specCompareButton"_s);
    m_compareButton->setText(tr("Compare side by side"));
    m_compareButton->setToolTip(tr("Every library's picture next to the native chart drawn with your data"));
    m_compareButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_compareButton, &QToolButton::clicked, this, [this] { Q_EMIT compareRequested(m_specId); });
    topRow->addWidget(m_compareButton);

    auto *metaRow = new QHBoxLayout;
    metaRow->setSpacing(16);
    metaRow->addWidget(m_idLabel);
    metaRow->addWidget(m_metaLabel);
    metaRow->addWidget(m_issueLabel);
    metaRow->addStretch(1);

    auto *codeSplitter = new QSplitter(Qt::Vertical, this);
    codeSplitter->addWidget(m_implementationView);
    codeSplitter->addWidget(m_codeView);
    codeSplitter->setStretchFactor(0, 0);
    codeSplitter->setStretchFactor(1, 1);
    codeSplitter->setSizes({180, 500});
    codeSplitter->setChildrenCollapsible(false);

    auto *mainSplitter = new QSplitter(Qt::Horizontal, this);
    mainSplitter->setObjectName(u"specPageSplitter"_s);
    mainSplitter->addWidget(m_documentView);
    mainSplitter->addWidget(codeSplitter);
    mainSplitter->setStretchFactor(0, 2);
    mainSplitter->setStretchFactor(1, 3);
    mainSplitter->setSizes({480, 720});
    mainSplitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(m_titleLabel);
    layout->addLayout(metaRow);
    layout->addWidget(m_tagsLabel);
    layout->addSpacing(4);
    layout->addWidget(mainSplitter, 1);
}

QString SpecPage::issueUrl(int issue)
{
    return u"https://github.com/MarkusNeusinger/anyplot/issues/"_s % QString::number(issue);
}

void SpecPage::setSpec(CatalogPtr catalog, const QString &specId)
{
    m_catalog = std::move(catalog);
    m_specId = specId;
    const Spec *spec = m_catalog ? m_catalog->spec(specId) : nullptr;
    showSpec(spec);
    m_implementationModel->setSpec(spec ? m_catalog : CatalogPtr(), specId);
    showImplementation(nullptr);
    if (m_implementationProxy->rowCount() > 0)
        m_implementationView->setCurrentIndex(m_implementationProxy->index(0, 0));
    else if (spec)
        m_codeView->setPlaceholder(tr("No library implements this spec yet."));
}

void SpecPage::showSpec(const Spec *spec)
{
    if (!spec) {
        m_titleLabel->setText(tr("Spec not found"));
        m_idLabel->setText(m_specId);
        m_metaLabel->setText(tr("The catalog has no spec with this id."));
        m_issueLabel->hide();
        m_tagsLabel->clear();
        m_tagsLabel->hide();
        m_documentView->clear();
        return;
    }

    m_titleLabel->setText(spec->title.isEmpty() ? spec->id : spec->title);
    m_idLabel->setText(spec->id);

    QStringList meta;
    if (spec->created.isValid())
        meta << tr("Created %1").arg(localDate(spec->created));
    if (spec->updated.isValid())
        meta << tr("Updated %1").arg(localDate(spec->updated));
    if (!spec->suggestedBy.isEmpty())
        meta << tr("Suggested by %1").arg(spec->suggestedBy);
    m_metaLabel->setText(meta.join(u"  ·  "_s));
    m_metaLabel->setVisible(!meta.isEmpty());

    if (spec->issue > 0) {
        m_issueLabel->setText(u"<a href=\""_s % issueUrl(spec->issue) % u"\">"_s
                              % tr("Issue #%1").arg(spec->issue).toHtmlEscaped() % u"</a>"_s);
        m_issueLabel->setToolTip(issueUrl(spec->issue));
        m_issueLabel->show();
    } else {
        m_issueLabel->clear();
        m_issueLabel->hide();
    }

    const QString tags = tagsHtml(*spec);
    m_tagsLabel->setText(tags);
    m_tagsLabel->setVisible(!tags.isEmpty());

    m_documentView->setMarkdown(documentMarkdown(*spec));
}

QString SpecPage::tagsHtml(const Spec &spec) const
{
    // One row per category: its name in the muted colour, then the values as a comma list.
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString rows;
    for (int c = 0; c < specTagCategoryCount; ++c) {
        const QStringList &values = spec.tags.lists[c];
        if (values.isEmpty())
            continue;
        rows += u"<tr><td style=\"color:"_s % muted % u"; padding-right:12px;\">"_s
            % tagCategoryName(SpecTagCategory(c)).toHtmlEscaped() % u"</td><td>"_s
            % values.join(u", "_s).toHtmlEscaped() % u"</td></tr>"_s;
    }
    return rows.isEmpty() ? QString() : u"<table cellspacing=\"0\" cellpadding=\"1\">"_s % rows % u"</table>"_s;
}

QString SpecPage::documentMarkdown(const Spec &spec) const
{
    QString markdown;
    const auto section = [&markdown](const QString &heading, const QString &body) {
        if (body.trimmed().isEmpty())
            return;
        markdown += u"### "_s % heading % u"\n\n"_s % body.trimmed() % u"\n\n"_s;
    };
    section(tr("Description"), spec.description);
    section(tr("Applications"), markdownList(spec.applications));
    section(tr("Data"), markdownList(spec.data));
    section(tr("Notes"), markdownList(spec.notes));
    if (markdown.isEmpty())
        markdown = tr("*This spec has no description.*");
    return markdown;
}

bool SpecPage::selectImplementation(const QString &libraryId)
{
    const int row = m_implementationModel->rowOf(libraryId);
    if (row < 0)
        return false;
    const QModelIndex index = m_implementationProxy->mapFromSource(m_implementationModel->index(row, 0));
    m_implementationView->setCurrentIndex(index);
    return true;
}

QString SpecPage::selectedLibraryId() const
{
    const QModelIndex current = m_implementationProxy->mapToSource(m_implementationView->currentIndex());
    const Implementation *implementation = m_implementationModel->implementation(current.row());
    return implementation ? implementation->libraryId : QString();
}

void SpecPage::showImplementation(const Implementation *implementation)
{
    const quint64 request = ++m_codeRequest;
    if (!implementation) {
        m_codeView->setTitle(QString());
        m_codeView->setPlaceholder(tr("Select an implementation to see its code."));
        return;
    }

    // The path inside the catalog says library, language and spec at once.
    m_codeView->setTitle(implementation->hasCode() ? implementation->codePath
                                                   : Library::byId(implementation->libraryId).name);
    if (!implementation->hasCode()) {
        m_codeView->setPlaceholder(tr("The catalog has no code file for this implementation."));
        return;
    }

    m_codeView->setPlaceholder(tr("Loading code…"));
    // A watcher per request: when the user has moved on, the old one finishes into nothing.
    auto *watcher = new QFutureWatcher<QString>(this);
    const QString language = implementation->language;
    const QString codePath = implementation->codePath;
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, request, language, codePath] {
        watcher->deleteLater();
        if (request != m_codeRequest)
            return;
        try {
            QFuture<QString> future = watcher->future();
            future.waitForFinished(); // finished already; rethrows the loader's exception
            if (future.resultCount() > 0)
                m_codeView->setCode(future.result(), language);
            else
                m_codeView->setPlaceholder(tr("Could not read %1.").arg(codePath));
        } catch (const CodeLoader::LoadError &error) {
            m_codeView->setPlaceholder(error.message());
        } catch (const std::exception &error) {
            m_codeView->setPlaceholder(tr("Could not read %1: %2").arg(codePath, QString::fromLocal8Bit(error.what())));
        } catch (...) {
            m_codeView->setPlaceholder(tr("Could not read %1.").arg(codePath));
        }
    });
    watcher->setFuture(CodeLoader::load(m_catalog, codePath));
}

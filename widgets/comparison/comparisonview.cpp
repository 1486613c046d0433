#include "comparisonview.h"

#include "codeloader.h"
#include "comparisonpreviews.h"
#include "nativechartview.h"
#include "plotdatapanel.h"
#include "plotmapping.h"
#include "plotregistry.h"
#include "previewimagewidget.h"
#include "runlocallypanel.h"
#include "zoomableimageview.h"
#include "previewimageloader.h"
#include "exportimagedialog.h"
#include "tiledetaildialog.h"
#include "theme.h"

#include <QChart>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const QSize tileImageSize(960, 540);    // decoded once per preview, drawn scaled into any tile
const QSize detailImageSize(2400, 1350);
const QString nativeLibraryId = u"qtcharts"_s;
} // namespace

// Lays the tiles out in a grid of equal cells, choosing the number of columns that gives the
// largest 16:9 pictures for the space; every tile is resized together.
class TileGrid : public QWidget
{
public:
    explicit TileGrid(QWidget *parent) : QWidget(parent) { setMinimumSize(200, 150); }

    void setTiles(const QList<ComparisonTile *> &tiles)
    {
        m_tiles = tiles;
        relayout();
    }
    int columns() const { return m_columns; }
    void relayout()
    {
        const int n = int(m_tiles.size());
        if (n == 0)
            return;
        const int gap = 8, header = 28;
        const int w = width(), h = height();
        double best = -1;
        for (int c = 1; c <= n; ++c) {
            const int rows = (n + c - 1) / c;
            const double cellW = double(w - gap * (c - 1)) / c;
            const double cellH = double(h - gap * (rows - 1)) / rows;
            const double pictureWidth = std::min(cellW, (cellH - header) * 16.0 / 9.0);
            if (pictureWidth > best) {
                best = pictureWidth;
                m_columns = c;
            }
        }
        const int rows = (n + m_columns - 1) / m_columns;
        const int cellW = (w - gap * (m_columns - 1)) / m_columns;
        const int cellH = (h - gap * (rows - 1)) / rows;
        for (int i = 0; i < n; ++i) {
            const int r = i / m_columns, c = i % m_columns;
            m_tiles[i]->setGeometry(c * (cellW + gap), r * (cellH + gap), cellW, cellH);
            m_tiles[i]->show();
        }
    }

protected:
    void resizeEvent(QResizeEvent *) override { relayout(); }

private:
    QList<ComparisonTile *> m_tiles;
    int m_columns = 1;
};

ComparisonView::ComparisonView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"comparisonView"_s);
    m_backButton = new QToolButton(this);
    m_backButton->setText(tr("Back to the spec"));
    m_backButton->setArrowType(Qt::LeftArrow);
    m_backButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_backButton->setAutoRaise(true);
    connect(m_backButton, &QToolButton::clicked, this, &ComparisonView::backRequested);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_librariesButton = new QToolButton(this);
    m_librariesButton->setObjectName(u"librariesButton"_s);
    m_librariesButton->setText(tr("Libraries"));
    m_librariesButton->setPopupMode(QToolButton::InstantPopup);
    m_librariesButton->setMenu(new QMenu(m_librariesButton));
    m_dataButton = new QToolButton(this);
    m_dataButton->setText(tr("Plot my data"));
    m_dataButton->setCheckable(true);
    m_dataButton->setChecked(true);

    m_grid = new TileGrid(this);
    m_dataPanel = new PlotDataPanel(this);
    m_dataPanel->setMinimumWidth(260);
    connect(m_dataButton, &QToolButton::toggled, m_dataPanel, &QWidget::setVisible);
    connect(m_dataPanel, &PlotDataPanel::mappingChanged, this, &ComparisonView::rebuildNative);
    connect(m_dataPanel, &PlotDataPanel::exportRequested, this, &ComparisonView::askExport);
    connect(m_dataPanel, &PlotDataPanel::copyRequested, this, &ComparisonView::copyNative);
    connect(this, &ComparisonView::exportFinished, m_dataPanel,
            [this](const QString &, bool ok, const QString &message) { m_dataPanel->setExportStatus(message, ok); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_backButton);
    top->addWidget(m_title, 1);
    top->addWidget(m_librariesButton);
    top->addWidget(m_dataButton);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_dataPanel);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::setPreviewLoader(PreviewImageLoader *loader)
{
    if (m_loader)
        disconnect(m_loader, nullptr, this, nullptr);
    m_loader = loader;
    if (m_loader)
        connect(m_loader, &PreviewImageLoader::thumbnailReady, this, &ComparisonView::onThumbnailReady);
}

PreviewTheme ComparisonView::previewTheme() const
{
    return PlotTheme::forPalette(palette()).mode == PlotTheme::Mode::Dark ? PreviewTheme::Dark : PreviewTheme::Light;
}

void ComparisonView::setSpec(CatalogPtr catalog, const QString &specId)
{
    if (!m_loader) {
        m_ownLoader = new PreviewImageLoader(this);
        setPreviewLoader(m_ownLoader);
    }
    m_catalog = std::move(catalog);
    m_specId = specId;
    const Spec *spec = m_catalog ? m_catalog->spec(specId) : nullptr;
    m_title->setText(spec ? tr("%1 — side by side").arg(spec->title) : specId);
    m_native = PlotRegistry::instance().find(specId);
    m_sampleTable = m_native ? m_native->sampleData() : nullptr;
    rebuildTiles();
    // The roles: the native implementation's (they follow the spec); without one, the spec's.
    m_dataPanel->setRoles(m_native ? m_native->roles()
                                   : (spec ? PlotMapping::rolesFromSpec(spec->dataColumns) : QList<PlotDataRole>()));
    setDataTable(m_userTable, m_userSource);
}

void ComparisonView::setDataTable(DataTablePtr table, const QString &sourceName)
{
    m_userTable = std::move(table);
    m_userSource = sourceName;
    if (m_userTable)
        m_dataPanel->setTable(m_userTable, m_userSource.isEmpty() ? tr("Your data") : m_userSource);
    else
        m_dataPanel->setTable(m_sampleTable, tr("Sample data of the native implementation"));
    if (m_nativeTile)
        m_nativeTile->setVersions(m_userTable ? tr("Qt %1 · your data (%2)")
                                                    .arg(QString::fromLatin1(qVersion()),
                                                         m_userSource.isEmpty() ? tr("loaded table") : m_userSource)
                                              : tr("Qt %1 · sample data").arg(QString::fromLatin1(qVersion())));
    // setTable() re-maps and emits mappingChanged(), which rebuilds the native tile.
}

void ComparisonView::rebuildTiles()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    m_nativeTile = nullptr;
    if (!m_catalog)
        return;

    ComparisonTileInfo native;
    native.libraryId = nativeLibraryId;
    native.libraryName = Library::byId(nativeLibraryId).name;
    native.versions = tr("Qt %1").arg(QString::fromLatin1(qVersion()));
    native.native = true;
    m_nativeTile = new ComparisonTile(native, m_grid);
    m_tiles.append(m_nativeTile);

    for (const Implementation *impl : m_catalog->implementationsOf(m_specId)) {
        if (impl->language == u"cpp"_s && impl->libraryId == nativeLibraryId)
            continue; // the native tile is drawn live, above
        ComparisonTileInfo info;
        info.libraryId = impl->libraryId;
        info.libraryName = Library::byId(impl->libraryId).name;
        if (info.libraryName.isEmpty())
            info.libraryName = impl->libraryId;
        QStringList versions;
        if (!impl->libraryVersion.isEmpty() && impl->libraryVersion != u"unknown"_s)
            versions.append(impl->libraryVersion);
        if (!impl->languageVersion.isEmpty())
            versions.append(tr("%1 %2").arg(impl->language == u"python"_s ? u"Python"_s : impl->language,
                                             impl->languageVersion));
        info.versions = versions.join(u" · "_s);
        info.score = impl->qualityScore;
        info.verdict = impl->review.verdict;
        auto *tile = new ComparisonTile(info, m_grid);
        m_tiles.append(tile);
    }
    for (ComparisonTile *tile : std::as_const(m_tiles)) {
        tile->setVisible(!m_hidden.contains(tile->info().libraryId));
        connect(tile, &ComparisonTile::activated, this, [this, tile] { openTile(tile); });
    }
    m_grid->setTiles(tiles());
    rebuildLibraryMenu();
    refreshPreviews();
}

void ComparisonView::rebuildLibraryMenu()
{
    QMenu *menu = m_librariesButton->menu();
    menu->clear();
    for (ComparisonTile *tile : std::as_const(m_tiles)) {
        QAction *action = menu->addAction(tile->info().libraryName);
        action->setCheckable(true);
        action->setChecked(!m_hidden.contains(tile->info().libraryId));
        action->setData(tile->info().libraryId);
        connect(action, &QAction::toggled, this,
                [this, id = tile->info().libraryId](bool on) { setLibraryVisible(id, on); });
    }
}

QList<ComparisonTile *> ComparisonView::tiles() const
{
    QList<ComparisonTile *> visible;
    for (ComparisonTile *tile : m_tiles)
        if (!m_hidden.contains(tile->info().libraryId))
            visible.append(tile);
    return visible;
}

ComparisonTile *ComparisonView::tile(const QString &libraryId) const
{
    for (ComparisonTile *t : m_tiles)
        if (t->info().libraryId == libraryId)
            return t;
    return nullptr;
}

QStringList ComparisonView::libraryIds() const
{
    QStringList ids;
    for (ComparisonTile *t : m_tiles)
        ids.append(t->info().libraryId);
    return ids;
}

int ComparisonView::gridColumns() const
{
    return m_grid->columns();
}

void ComparisonView::setLibraryVisible(const QString &libraryId, bool visible)
{
    if (visible)
        m_hidden.remove(libraryId);
    else
        m_hidden.insert(libraryId);
    for (ComparisonTile *t : std::as_const(m_tiles))
        if (t->info().libraryId == libraryId)
            t->setVisible(visible);
    for (QAction *action : m_librariesButton->menu()->actions())
        if (action->data().toString() == libraryId && action->isChecked() != visible)
            action->setChecked(visible);
    m_grid->setTiles(tiles());
}

const Implementation *ComparisonView::implementationOf(const ComparisonTile *tile) const
{
    if (!m_catalog || !tile)
        return nullptr;
    if (tile->info().native) {
        // Our metadata (tags) and code, when the catalog carries them.
        for (const Implementation *impl : m_catalog->implementationsOf(m_specId))
            if (impl->language == u"cpp"_s && impl->libraryId == nativeLibraryId)
                return impl;
        return nullptr;
    }
    for (const Implementation *impl : m_catalog->implementationsOf(m_specId))
        if (impl->libraryId == tile->info().libraryId && !(impl->language == u"cpp"_s && impl->libraryId == nativeLibraryId))
            return impl;
    return nullptr;
}

QString ComparisonView::previewPathOf(const ComparisonTile *tile) const
{
    const Implementation *impl = implementationOf(tile);
    return impl ? ComparisonPreviews::localPath(*m_catalog, *impl, previewTheme()) : QString();
}

void ComparisonView::refreshPreviews()
{
    for (ComparisonTile *tile : std::as_const(m_tiles))
        if (!tile->info().native)
            refreshPreview(tile);
}

void ComparisonView::refreshPreview(ComparisonTile *tile)
{
    const QString path = previewPathOf(tile);
    if (path.isEmpty()) {
        tile->setPreviewMessage(tr("No preview on this machine (sync the previews to see it)"));
        return;
    }
    const QImage image = m_loader->thumbnail(path, tileImageSize);
    if (!image.isNull())
        tile->setPreview(image);
    else if (m_loader->isUnavailable(path, tileImageSize))
        tile->setPreviewMessage(tr("The preview cannot be read"));
    else
        tile->setPreviewMessage(tr("Loading preview…"));
}

void ComparisonView::onThumbnailReady(const QString &path)
{
    for (ComparisonTile *tile : std::as_const(m_tiles))
        if (!tile->info().native && previewPathOf(tile) == path)
            refreshPreview(tile);
}

PlotBuildResult ComparisonView::buildNativeChart() const
{
    PlotBuildResult result;
    const DataTablePtr table = m_dataPanel->table();
    if (!m_native) {
        result.problems.append({QString(), tr("There is no native implementation of this spec yet."), true});
        return result;
    }
    if (!table) {
        result.problems.append({QString(), tr("There is no data to draw: load a table."), true});
        return result;
    }
    // From the prepared data when it is current (only the QtCharts objects left to make); else,
    // an export asked for before the worker is done, both halves here.
    if (hasPreparedNative())
        return m_nativePrepared->build();
    return m_native->build(*table, m_dataPanel->mapping(), PlotTheme::forPalette(palette()));
}

bool ComparisonView::hasPreparedNative() const
{
    return m_nativePrepared && m_nativePreparedFor == m_nativeRequest;
}

namespace {
// From this size on the tile says it is preparing instead of showing the previous chart meanwhile.
constexpr qsizetype announcePreparingRows = 200000;

QString fatalMessage(const PlotBuildResult &built)
{
    for (const PlotProblem &p : built.problems)
        if (p.fatal)
            return p.message;
    return {};
}
} // namespace

void ComparisonView::rebuildNative()
{
    // Every change asks anew; whatever a worker still prepares for an older request is dropped.
    const quint64 request = ++m_nativeRequest;
    m_nativePrepared.reset();
    if (!m_nativeTile)
        return;
    const DataTablePtr table = m_dataPanel->table();
    if (!m_native || !table) {
        showNative(buildNativeChart()); // only a message: nothing to compute
        return;
    }
    // The data half of the build on a worker: reading, checking, sorting, binning the columns.
    // Meanwhile the tile keeps its chart (no flicker on a theme switch or a re-map), unless it has
    // none yet or the table is big enough for the wait to show.
    if (!m_nativeTile->chartView()->hasChart() || table->rowCount() >= announcePreparingRows)
        m_nativeTile->chartView()->setNativeChart(
            nullptr, tr("Preparing %n rows…", nullptr, int(std::min<qsizetype>(table->rowCount(), INT_MAX))));
    auto *watcher = new QFutureWatcher<PreparedPlotPtr>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_nativeRequest || !m_nativeTile)
            return; // the table, the mapping, the theme or the spec changed meanwhile
        m_nativePrepared = watcher->result();
        m_nativePreparedFor = request;
        showNative(m_nativePrepared->build(true));
    });
    watcher->setFuture(QtConcurrent::run([native = m_native, table, mapping = m_dataPanel->mapping(),
                                          theme = PlotTheme::forPalette(palette())] {
        return native->prepare(table, mapping, theme);
    }));
}

void ComparisonView::showNative(PlotBuildResult built)
{
    m_dataPanel->setProblems(built.problems);
    const QString message = fatalMessage(built);
    m_dataPanel->setExportEnabled(built.chart != nullptr);
    m_nativeTile->chartView()->setNativeChart(std::move(built.chart), message);
    if (m_detail && m_detail->property("native").toBool())
        m_detail->setChart(hasPreparedNative() ? m_nativePrepared->build(true).chart : buildNativeChart().chart, message);
}

TileDetailDialog *ComparisonView::currentDetail() const
{
    return m_detail;
}

TileDetailDialog *ComparisonView::openTile(ComparisonTile *tile)
{
    if (!tile)
        return nullptr;
    if (!m_detail) {
        m_detail = new TileDetailDialog(this);
        m_detail->setAttribute(Qt::WA_DeleteOnClose);
    }
    fillDetail(m_detail, tile);
    m_detail->show();
    m_detail->raise();
    return m_detail;
}

void ComparisonView::fillDetail(TileDetailDialog *dialog, ComparisonTile *tile)
{
    dialog->setInfo(tile->info());
    dialog->setProperty("native", tile->info().native);
    const Implementation *impl = implementationOf(tile);
    if (tile->info().native) {
        if (m_native && m_dataPanel->table() && !hasPreparedNative()) {
            dialog->setChart(nullptr, tr("Preparing…")); // rebuildNative() fills it when ready
        } else {
            PlotBuildResult built = hasPreparedNative() ? m_nativePrepared->build(true) : buildNativeChart();
            const QString message = fatalMessage(built);
            dialog->setChart(std::move(built.chart), message);
        }
    } else {
        const QString path = previewPathOf(tile);
        const QImage large = path.isEmpty() ? QImage() : m_loader->thumbnail(path, detailImageSize);
        if (!large.isNull()) {
            dialog->setImage(large);
        } else if (!tile->previewWidget()->image().isNull()) {
            dialog->setImage(tile->previewWidget()->image()); // the sharper one follows
            if (!path.isEmpty())
                connect(m_loader, &PreviewImageLoader::thumbnailReady, dialog,
                        [this, dialog = QPointer<TileDetailDialog>(dialog), path](const QString &ready) {
                            if (dialog && ready == path) {
                                const QImage image = m_loader->thumbnail(path, detailImageSize);
                                if (!image.isNull())
                                    dialog->setImage(image);
                            }
                        });
        } else {
            dialog->setImageMessage(tile->previewWidget()->message());
        }
    }
    // Python implementations can be run here, on request.
    if (impl && impl->language == u"python"_s && impl->hasCode())
        dialog->setExtraTab(new RunLocallyPanel(ImplementationRunner::requestFor(*m_catalog, *impl, previewTheme()),
                                                dialog->imageView()->hasImage() ? tile->previewWidget()->image() : QImage()),
                            tr("Run locally"));
    else
        dialog->setExtraTab(nullptr, {});
    dialog->setReview(impl ? impl->review : Review());
    dialog->setTags(impl ? impl->tags : ImplementationTags());
    if (!impl || !impl->hasCode()) {
        dialog->setCodeMessage(tr("The code of this implementation is not in the catalog."));
        return;
    }
    dialog->setCodeMessage(tr("Loading code…"));
    const quint64 request = ++m_codeRequest;
    auto *watcher = new QFutureWatcher<QString>(dialog);
    const QString codePath = impl->codePath;
    connect(watcher, &QFutureWatcherBase::finished, dialog, [this, watcher, dialog, request, codePath] {
        watcher->deleteLater();
        if (request != m_codeRequest)
            return;
        try {
            dialog->setCode(watcher->result(), CodeLoader::languageOf(codePath), codePath.section(u'/', -1));
        } catch (const CodeLoader::LoadError &error) {
            dialog->setCodeMessage(error.message());
        }
    });
    watcher->setFuture(CodeLoader::load(m_catalog, codePath));
}

void ComparisonView::moveFocus(int dx, int dy)
{
    const QList<ComparisonTile *> visible = tiles();
    if (visible.isEmpty())
        return;
    int current = -1;
    for (int i = 0; i < visible.size(); ++i)
        if (visible[i]->hasFocus())
            current = i;
    const int columns = std::max(1, m_grid->columns());
    int next = current < 0 ? 0 : current + dx + dy * columns;
    next = std::clamp(next, 0, int(visible.size()) - 1);
    visible[next]->setFocus(Qt::TabFocusReason);
}

void ComparisonView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveFocus(-1, 0);
        break;
    case Qt::Key_Right:
        moveFocus(1, 0);
        break;
    case Qt::Key_Up:
        moveFocus(0, -1);
        break;
    case Qt::Key_Down:
        moveFocus(0, 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ComparisonView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_catalog) {
        // Light/dark switched: the other previews, and the native chart in the other theme.
        refreshPreviews();
        rebuildNative();
    }
}

void ComparisonView::askExport(ChartExport::Format format)
{
    ChartExportOptions options;
    QString filter;
    QString suffix;
    switch (format) {
    case ChartExport::Format::Png: {
        ExportImageDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options = dialog.options();
        filter = tr("PNG image (*.png)");
        suffix = u"png"_s;
        break;
    }
    case ChartExport::Format::Svg:
        filter = tr("SVG drawing (*.svg)");
        suffix = u"svg"_s;
        break;
    case ChartExport::Format::Pdf:
        filter = tr("PDF document (*.pdf)");
        suffix = u"pdf"_s;
        break;
    case ChartExport::Format::Unknown:
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Export the native chart"),
                                                m_specId + u"-qtcharts."_s + suffix, filter);
    if (path.isEmpty())
        return;
    if (ChartExport::formatForPath(path) != format)
        path += u'.' + suffix;
    exportNative(path, options);
}

void ComparisonView::exportNative(const QString &path, const ChartExportOptions &requested)
{
    PlotBuildResult built = buildNativeChart();
    if (!built.chart) {
        Q_EMIT exportFinished(path, false, built.problems.value(0).message);
        return;
    }
    ChartExportOptions options = requested;
    options.background = PlotTheme::forPalette(palette()).background;
    // Drawing needs the GUI thread (Qt Charts); encoding and writing do not.
    QString error;
    QByteArray bytes;
    QImage image;
    const ChartExport::Format format = ChartExport::formatForPath(path);
    if (format == ChartExport::Format::Png)
        image = ChartExport::renderImage(built.chart.get(), options);
    else if (format == ChartExport::Format::Svg)
        bytes = ChartExport::svgBytes(built.chart.get(), options, &error);
    else if (format == ChartExport::Format::Pdf)
        bytes = ChartExport::pdfBytes(built.chart.get(), options, &error);
    if (format == ChartExport::Format::Unknown || (image.isNull() && bytes.isEmpty())) {
        Q_EMIT exportFinished(path, false, error.isEmpty() ? tr("The chart could not be drawn.") : error);
        return;
    }
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString failure = watcher->result();
        Q_EMIT exportFinished(path, failure.isEmpty(), failure.isEmpty() ? tr("%1 written").arg(path) : failure);
    });
    watcher->setFuture(QtConcurrent::run([image, bytes, path]() -> QString {
        QString failure;
        const QByteArray data = image.isNull() ? bytes : ChartExport::pngBytes(image, &failure);
        if (data.isEmpty())
            return failure;
        return ChartExport::writeBytes(path, data, &failure) ? QString() : failure;
    }));
}

void ComparisonView::copyNative()
{
    PlotBuildResult built = buildNativeChart();
    if (!built.chart)
        return;
    ChartExportOptions options;
    options.pixels = QSize(1600, 900);
    options.dpi = 96;
    options.background = PlotTheme::forPalette(palette()).background;
    ChartExport::copyToClipboard(built.chart.get(), options);
}

#pragma once

#include "catalog.h"
#include "chartexport.h"
#include "comparisontile.h"
#include "datatable.h"
#include "decimation.h"
#include "plotimplementation.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class PlotDataPanel;
class PreviewImageLoader;
class QLabel;
class QToolButton;
class TileDetailDialog;
class TileGrid;

// A spec side by side: one tile per implementation — its published preview (light or dark after
// the app theme, CONTRACTS.md §2's fallback), quality badge, verdict, library and versions — and
// our native tile drawn live with the user's data (or the implementation's sample data). Tiles
// share one size and resize together; the user picks the libraries shown; arrow keys move between
// tiles; Enter or a click opens a tile large with its code, review and tags.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    // Shares a loader (the browser's) so thumbnails decoded once serve both; else uses its own.
    void setPreviewLoader(PreviewImageLoader *loader);
    PreviewImageLoader *previewLoader() const { return m_loader; }

    void setSpec(CatalogPtr catalog, const QString &specId);
    const QString &specId() const { return m_specId; }
    // The user's table; null: the native implementation's sample data.
    void setDataTable(DataTablePtr table, const QString &sourceName = {});

    // Visible tiles in grid order (native first).
    QList<ComparisonTile *> tiles() const;
    ComparisonTile *nativeTile() const { return m_nativeTile; }
    ComparisonTile *tile(const QString &libraryId) const;
    void setLibraryVisible(const QString &libraryId, bool visible);
    QStringList libraryIds() const; // every tile's library, shown or not
    int gridColumns() const;
    PlotDataPanel *dataPanel() const { return m_dataPanel; }
    QToolButton *librariesButton() const { return m_librariesButton; }

    // Opens a tile large (modeless); returns the dialog for tests.
    TileDetailDialog *openTile(ComparisonTile *tile);
    TileDetailDialog *currentDetail() const;

    // The native chart, freshly built for export (not the one on screen); null with problems.
    PlotBuildResult buildNativeChart() const;
    // Writes the native chart to a file, encoding off the GUI thread; reports via exportFinished.
    void exportNative(const QString &path, const ChartExportOptions &options);
    PreviewTheme previewTheme() const;

Q_SIGNALS:
    void backRequested();
    void exportFinished(const QString &path, bool ok, const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildTiles();
    void rebuildLibraryMenu();
    void refreshPreviews();
    void refreshPreview(ComparisonTile *tile);
    void rebuildNative();
    void showNative(PlotBuildResult built);
    bool hasPreparedNative() const;
    void onThumbnailReady(const QString &path);
    void moveFocus(int dx, int dy);
    void askExport(ChartExport::Format format);
    void copyNative();
    QString previewPathOf(const ComparisonTile *tile) const;
    const Implementation *implementationOf(const ComparisonTile *tile) const;
    void fillDetail(TileDetailDialog *dialog, ComparisonTile *tile);

    CatalogPtr m_catalog;
    QString m_specId;
    DataTablePtr m_userTable;
    QString m_userSource;
    DataTablePtr m_sampleTable;
    const PlotImplementation *m_native = nullptr;
    PreviewImageLoader *m_loader = nullptr;
    PreviewImageLoader *m_ownLoader = nullptr;
    QSet<QString> m_hidden; // library ids the user switched off; kept across specs
    quint64 m_codeRequest = 0;

    QToolButton *m_backButton;
    QLabel *m_title;
    QToolButton *m_librariesButton;
    QToolButton *m_dataButton;
    TileGrid *m_grid;
    PlotDataPanel *m_dataPanel;
    QList<ComparisonTile *> m_tiles;
    ComparisonTile *m_nativeTile = nullptr;
    QPointer<TileDetailDialog> m_detail;
    // The native chart's data half runs on a worker (PlotImplementation::prepare); the GUI thread
    // only makes the QtCharts objects from it. Each rebuild is a new request; older results are dropped.
    quint64 m_nativeRequest = 0;
    quint64 m_nativePreparedFor = 0;
    PreparedPlotPtr m_nativePrepared;
};

#pragma once

#include "catalog.h"

#include <QWidget>

class CatalogFilterModel;
class CatalogModel;
class FacetModel;
class PreviewImageLoader;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTreeView;

// The catalog at a glance: a search field, facets with live counts and a grid of spec cards.
// Activating a card (double-click, Enter) asks to open the spec.
class CatalogBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogBrowser(QWidget *parent = nullptr);

    void setCatalog(CatalogPtr catalog);
    CatalogPtr catalog() const;

    CatalogModel *catalogModel() const { return m_catalogModel; }
    CatalogFilterModel *filterModel() const { return m_filterModel; }
    FacetModel *facetModel() const { return m_facetModel; }
    PreviewImageLoader *previewLoader() const { return m_previewLoader; }

    // The parts tests and the main window reach for.
    QLineEdit *searchField() const { return m_searchField; }
    QListView *resultView() const { return m_resultView; }
    QTreeView *facetView() const { return m_facetView; }
    QLabel *resultLabel() const { return m_resultLabel; }

    void focusSearch();
    // While a catalog loads and none is shown yet, the empty state says so instead of
    // "No catalog loaded".
    void setLoading(bool loading);

Q_SIGNALS:
    void specActivated(const QString &specId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createFacetPanel();
    QWidget *createResultPanel();
    QWidget *createEmptyState();
    void updateResultState();
    void updateGridSize();
    void activate(const QModelIndex &index);

    CatalogModel *m_catalogModel;
    CatalogFilterModel *m_filterModel;
    FacetModel *m_facetModel;
    PreviewImageLoader *m_previewLoader;

    QLineEdit *m_searchField = nullptr;
    QComboBox *m_sortBox = nullptr;
    QTreeView *m_facetView = nullptr;
    QPushButton *m_clearFacetsButton = nullptr;
    QLabel *m_resultLabel = nullptr;
    QStackedWidget *m_resultStack = nullptr;
    QListView *m_resultView = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyHint = nullptr;
    QPushButton *m_emptyClearButton = nullptr;
    bool m_loading = false;
};

#pragma once

#include "catalog.h"

#include <QAbstractListModel>

#include <vector>

// One row per spec of a catalog snapshot, in the catalog's order (by id). Views sort and filter
// through CatalogFilterModel; this model only exposes the data.
class CatalogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        SpecIdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        TagsRole,          // QStringList: every tag of the four categories
        LibraryCountRole,  // int
        LibrariesRole,     // QStringList of library ids
        BestScoreRole,     // int, -1 when no implementation has a score
        UpdatedRole,       // QDateTime: Catalog::lastUpdated
        CreatedRole,       // QDateTime
        PreviewPathRole,   // QString: local image of the best-scored implementation, or empty
        IssueRole,         // int, 0 when none
    };
    Q_ENUM(Roles)

    explicit CatalogModel(QObject *parent = nullptr);

    void setCatalog(CatalogPtr catalog);
    const CatalogPtr &catalog() const { return m_catalog; }

    // Which preview picture the cards show; changing it only touches PreviewPathRole.
    void setPreviewTheme(PreviewTheme theme);
    PreviewTheme previewTheme() const { return m_theme; }

    // Row of a spec id, -1 when absent.
    int rowOf(const QString &specId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void computePreviewPaths();

    CatalogPtr m_catalog;
    PreviewTheme m_theme = PreviewTheme::Light;
    std::vector<QString> m_previewPaths; // per spec, computed once per catalog and theme
};

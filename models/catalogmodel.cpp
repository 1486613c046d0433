#include "catalogmodel.h"

#include "previewimageloader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int toolTipDescriptionLength = 200;

// The description's first characters on one line: tool tips are plain text, Markdown and all.
QString descriptionStart(const QString &description)
{
    QString text = description.simplified();
    if (text.size() > toolTipDescriptionLength)
        text = text.left(toolTipDescriptionLength).trimmed() % u'…';
    return text;
}
} // namespace

CatalogModel::CatalogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CatalogModel::setCatalog(CatalogPtr catalog)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    computePreviewPaths();
    endResetModel();
}

void CatalogModel::setPreviewTheme(PreviewTheme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    computePreviewPaths();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {PreviewPathRole});
}

void CatalogModel::computePreviewPaths()
{
    m_previewPaths.clear();
    if (!m_catalog)
        return;
    const auto &specs = m_catalog->specs();
    m_previewPaths.resize(specs.size());
    for (size_t i = 0; i < specs.size(); ++i) {
        // The best-scored implementation's picture; when that one has no local picture, the next
        // best that has one, so a card shows something whenever any picture is at hand.
        auto implementations = m_catalog->implementationsOf(specs[i].id);
        std::stable_sort(implementations.begin(), implementations.end(),
                         [](const Implementation *a, const Implementation *b) {
                             return a->qualityScore.value_or(-1) > b->qualityScore.value_or(-1);
                         });
        for (const Implementation *implementation : implementations) {
            const QString path = localPreviewPath(*m_catalog, *implementation, m_theme);
            if (!path.isEmpty()) {
                m_previewPaths[i] = path;
                break;
            }
        }
        // Synced catalogs have no local pictures: the best one's URL, fetched through the preview cache.
        if (m_previewPaths[i].isEmpty()) {
            for (const Implementation *implementation : implementations) {
                const QString url = implementation->previews.image(m_theme);
                if (PreviewImageLoader::isRemotePath(url)) {
                    m_previewPaths[i] = url;
                    break;
                }
            }
        }
    }
}

int CatalogModel::rowOf(const QString &specId) const
{
    return m_catalog ? m_catalog->specIndex(specId) : -1;
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_catalog)
        return 0;
    return int(m_catalog->specs().size());
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Spec &spec = m_catalog->specs()[row];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return spec.title.isEmpty() ? spec.id : spec.title;
    case Qt::ToolTipRole: {
        const QString start = descriptionStart(spec.description);
        return start.isEmpty() ? spec.id : spec.id % u"\n"_s % start;
    }
    case SpecIdRole:
        return spec.id;
    case DescriptionRole:
        return spec.description;
    case TagsRole:
        return spec.tags.all();
    case LibraryCountRole:
        return m_catalog->libraryCount(row);
    case LibrariesRole:
        return m_catalog->librariesOf(row);
    case BestScoreRole:
        return m_catalog->bestScore(row);
    case UpdatedRole:
        return m_catalog->lastUpdated(row);
    case CreatedRole:
        return spec.created;
    case PreviewPathRole:
        return m_previewPaths[row];
    case IssueRole:
        return spec.issue;
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names[SpecIdRole] = "specId"_ba;
    names[TitleRole] = "title"_ba;
    names[DescriptionRole] = "description"_ba;
    names[TagsRole] = "tags"_ba;
    names[LibraryCountRole] = "libraryCount"_ba;
    names[LibrariesRole] = "libraries"_ba;
    names[BestScoreRole] = "bestScore"_ba;
    names[UpdatedRole] = "updated"_ba;
    names[CreatedRole] = "created"_ba;
    names[PreviewPathRole] = "previewPath"_ba;
    names[IssueRole] = "issue"_ba;
    return names;
}

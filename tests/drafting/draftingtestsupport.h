#pragma once

// Shared by the drafting suites: the sample catalog, a valid draft and its two files.
#include "catalogsource.h"
#include "foldercatalogsource.h"
#include "specdraft.h"

#include <QTemporaryDir>

namespace DraftingTest {

inline CatalogPtr loadSampleCatalog()
{
    QTemporaryDir cache;
    return CatalogLoader::loadBlocking(FolderCatalogSource(
        QStringLiteral(PLOTBENCH_SHARED_DIR "/fixtures/anyplot-sample"), {false, cache.path()}));
}

// A draft that passes every rule: violin-split, not in the sample catalog.
inline SpecDraft filledDraft()
{
    using namespace Qt::StringLiterals;
    SpecDraft draft = SpecDraft::fromTemplate(QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
    draft.markdown = u"# violin-split: Split Violin\n\n## Description\n\nTwo halves.\n\n## Applications\n\n- A/B\n\n"
                     u"## Data\n\n- `value` (numeric) - values\n\n## Notes\n\n- none\n"_s;
    draft.yaml.replace(u"{spec-id}"_s, u"violin-split"_s).replace(u"{Title}"_s, u"Split Violin"_s);
    return draft;
}

} // namespace DraftingTest

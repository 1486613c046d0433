#include "spec.h"

QStringList SpecTags::all() const
{
    QStringList result;
    for (const QStringList &list : lists)
        result += list;
    return result;
}

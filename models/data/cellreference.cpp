#include "cellreference.h"

namespace CellReference {

bool parse(QStringView text, qsizetype *row, qsizetype *column)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && text[i] == u'$')
        ++i;
    qint64 col = 0;
    const qsizetype letters = i;
    while (i < n) {
        const char16_t c = text[i].unicode();
        if (c >= u'A' && c <= u'Z')
            col = col * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            col = col * 26 + (c - u'a' + 1);
        else
            break;
        if (col > (qint64(1) << 40))
            return false;
        ++i;
    }
    if (i == letters)
        return false;
    if (i < n && text[i] == u'$')
        ++i;
    qint64 r = 0;
    const qsizetype digits = i;
    while (i < n && text[i] >= u'0' && text[i] <= u'9') {
        r = r * 10 + (text[i].unicode() - u'0');
        if (r > (qint64(1) << 40))
            return false;
        ++i;
    }
    if (i != n)
        return false;
    if (i > digits && r == 0)
        return false;
    *column = qsizetype(col - 1);
    *row = i > digits ? qsizetype(r - 1) : -1;
    return true;
}

bool parseRange(QStringView text, Range *range)
{
    QStringView t = text.trimmed();
    if (const qsizetype bang = t.lastIndexOf(u'!'); bang >= 0)
        t = t.sliced(bang + 1);
    const qsizetype colon = t.indexOf(u':');
    qsizetype r1 = 0, c1 = 0, r2 = -1, c2 = -1;
    if (!parse(colon < 0 ? t : t.first(colon), &r1, &c1))
        return false;
    if (colon >= 0) {
        if (!parse(t.sliced(colon + 1), &r2, &c2))
            return false;
    } else {
        r2 = r1;
        c2 = c1;
    }
    if (r1 < 0)
        r1 = 0;
    if (c2 < c1 || (r2 >= 0 && r2 < r1))
        return false;
    *range = {r1, c1, r2, c2};
    return true;
}

QString columnName(qsizetype column)
{
    QString name;
    qint64 c = qint64(column) + 1;
    while (c > 0) {
        const qint64 rem = (c - 1) % 26;
        name.prepend(QChar(u'A' + char16_t(rem)));
        c = (c - 1) / 26;
    }
    return name;
}

QString name(qsizetype row, qsizetype column)
{
    return columnName(column) + QString::number(row + 1);
}

} // namespace CellReference

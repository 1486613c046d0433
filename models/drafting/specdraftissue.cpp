#include "specdraftissue.h"

using namespace Qt::StringLiterals;

namespace {
QString bullets(const QStringList &items)
{
    QStringList lines;
    for (const QString &item : items)
        lines.append(u"- "_s + item);
    return lines.join(u'\n');
}

void appendField(QString &body, const QString &label, const QString &value)
{
    if (!body.isEmpty())
        body += u"\n\n"_s;
    body += u"### "_s + label + u"\n\n"_s + (value.trimmed().isEmpty() ? u"_No response_"_s : value.trimmed());
}
} // namespace

SpecDraftIssue SpecDraftIssue::fromDraft(const ParsedSpecDraft &draft)
{
    const Spec &spec = draft.spec;
    SpecDraftIssue issue;
    issue.title = spec.id.isEmpty() ? spec.title : u"[%1] %2"_s.arg(spec.id, spec.title);
    // The form's field labels, in its order: description (required), applications, data, notes.
    appendField(issue.body, u"Description"_s, spec.description);
    appendField(issue.body, u"Applications"_s, bullets(spec.applications));
    appendField(issue.body, u"Data"_s, bullets(spec.data));
    appendField(issue.body, u"Notes"_s, bullets(spec.notes));
    issue.labels = {requestLabel()};
    return issue;
}

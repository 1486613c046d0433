#include "threadmarkdown.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
// Qt's Markdown importer takes time quadratic in the length of a paragraph (soft line breaks): a
// 64 KB paragraph takes seconds. Long runs of plain lines are cut into paragraphs of bounded size.
QString splitLongParagraphs(const QString &text)
{
    constexpr int maxLines = 25;
    constexpr int maxCharacters = 2500;
    const QStringList lines = text.split(u'\n');
    QString out;
    out.reserve(text.size() + text.size() / 100);
    int runLines = 0;
    qsizetype runCharacters = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        const bool structural = trimmed.isEmpty() || trimmed.startsWith(u'|') || trimmed.startsWith(u'#')
            || trimmed.startsWith(u'>') || trimmed.startsWith(u"- "_s) || trimmed.startsWith(u"* "_s)
            || trimmed.startsWith(u"+ "_s) || (trimmed.size() > 1 && trimmed.at(0).isDigit());
        if (structural) {
            runLines = 0;
            runCharacters = 0;
        } else if (runLines >= maxLines || runCharacters >= maxCharacters) {
            out += u'\n';
            runLines = 0;
            runCharacters = 0;
        }
        if (!structural) {
            ++runLines;
            runCharacters += line.size();
        }
        out += line;
        if (i + 1 < lines.size())
            out += u'\n';
    }
    return out;
}

// Applies the rewrite rules to one run of text outside fenced code.
QString rewriteProse(const QString &text, ThreadMarkdown &result)
{
    QString out = text;
    static const QRegularExpression comment(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    out.remove(comment);
    static const QRegularExpression image(u"!\\[([^\\]\\n]{0,500})\\]\\(([^)\\s]{0,2000})(?:\\s+\"[^\"]*\")?\\)"_s);
    static const QRegularExpression htmlImage(u"<img\\b([^>]{0,4000})>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression source(u"\\bsrc\\s*=\\s*[\"']([^\"'\\s]{1,2000})[\"']"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QString rewritten;
    qsizetype last = 0;
    for (auto it = image.globalMatch(out); it.hasNext();) {
        const auto match = it.next();
        rewritten += out.mid(last, match.capturedStart() - last);
        const QString alt = match.captured(1).isEmpty() ? QCoreApplication::translate("ThreadMarkdown", "image")
                                                        : match.captured(1);
        rewritten += u"[image: "_s + alt + u"]("_s + match.captured(2) + u')';
        ++result.imagesReplaced;
        last = match.capturedEnd();
    }
    rewritten += out.mid(last);
    out = rewritten;
    rewritten.clear();
    last = 0;
    for (auto it = htmlImage.globalMatch(out); it.hasNext();) {
        const auto match = it.next();
        rewritten += out.mid(last, match.capturedStart() - last);
        const QString url = source.match(match.captured(1)).captured(1);
        rewritten += url.isEmpty() ? u"[image]"_s : u"[image]("_s + url + u')';
        ++result.imagesReplaced;
        last = match.capturedEnd();
    }
    rewritten += out.mid(last);
    out = rewritten;
    static const QRegularExpression lineBreak(u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
    out.replace(lineBreak, u"  \n"_s);
    static const QRegularExpression tag(u"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\\s[^<>]{0,2000})?/?>"_s);
    result.htmlTagsRemoved += int(out.count(tag));
    out.remove(tag);
    // Placeholders the bot forgot to fill: shown literally, as code.
    static const QRegularExpression placeholder(u"(?<!`)\\$\\{[^}\\n`]{0,200}\\}(?!`)"_s);
    rewritten.clear();
    last = 0;
    for (auto it = placeholder.globalMatch(out); it.hasNext();) {
        const auto match = it.next();
        rewritten += out.mid(last, match.capturedStart() - last) + u'`' + match.captured(0) + u'`';
        ++result.placeholders;
        last = match.capturedEnd();
    }
    rewritten += out.mid(last);
    return splitLongParagraphs(rewritten);
}
} // namespace

ThreadMarkdown ThreadMarkdown::prepare(const QString &body, qsizetype limit)
{
    ThreadMarkdown result;
    QString text = body;
    text.replace(u"\r\n"_s, u"\n"_s);
    if (text.size() > limit) {
        qsizetype cut = text.lastIndexOf(u'\n', limit);
        if (cut < limit / 2)
            cut = limit;
        result.truncated = true;
        result.removedCharacters = int(std::min<qsizetype>(text.size() - cut, std::numeric_limits<int>::max()));
        text.truncate(cut);
    }
    // Split at ``` / ~~~ fences; odd pieces are code and stay untouched.
    static const QRegularExpression fence(u"^ {0,3}(```|~~~)"_s, QRegularExpression::MultilineOption);
    QString out;
    qsizetype position = 0;
    bool inCode = false;
    for (auto it = fence.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const qsizetype lineEnd = text.indexOf(u'\n', match.capturedStart());
        const qsizetype pieceEnd = inCode ? (lineEnd < 0 ? text.size() : lineEnd + 1) : match.capturedStart();
        const QString piece = text.mid(position, pieceEnd - position);
        out += inCode ? piece : rewriteProse(piece, result);
        position = pieceEnd;
        if (!inCode) {
            const qsizetype openEnd = lineEnd < 0 ? text.size() : lineEnd + 1;
            out += text.mid(position, openEnd - position);
            position = openEnd;
        }
        inCode = !inCode;
    }
    const QString rest = text.mid(position);
    out += inCode ? rest : rewriteProse(rest, result);
    if (inCode && result.truncated)
        out += u"\n```"_s;
    if (result.truncated) {
        out += u"\n\n*"_s
            + QCoreApplication::translate("ThreadMarkdown", "… %1 more characters not shown; open the issue on GitHub to read all.")
                  .arg(QLocale().toString(result.removedCharacters))
            + u"*\n"_s;
    }
    result.markdown = out;
    return result;
}

void ThreadMarkdown::render(QTextDocument &document, const ThreadMarkdown &prepared)
{
    document.setMarkdown(prepared.markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
}

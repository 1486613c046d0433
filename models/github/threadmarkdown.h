#pragma once

#include <QString>

class QTextDocument;

// Makes an issue or comment body safe to render with QTextDocument::setMarkdown: bodies are
// written by anyone (or an AI) and may be huge, hold raw HTML, images from anywhere, or
// unexpanded `${…}` placeholders. Fenced code is left as written.
struct ThreadMarkdown
{
    QString markdown;
    bool truncated = false;
    int removedCharacters = 0;
    int imagesReplaced = 0;   // images become links: nothing is fetched from the network
    int htmlTagsRemoved = 0;
    int placeholders = 0;     // `${…}` shown as code, literally

    static constexpr qsizetype defaultLimit = 32 * 1024; // rendering stays within tens of ms
    static ThreadMarkdown prepare(const QString &body, qsizetype limit = defaultLimit);
    // setMarkdown with GitHub's dialect and no HTML.
    static void render(QTextDocument &document, const ThreadMarkdown &prepared);
};

#pragma once

#include "spectagvocabulary.h"

#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;

// The specification.yaml editor: plain text with completion of tag values. On a `- value` line
// under `tags: plot_type|data_type|domain|features`, typing (or Ctrl+Space) offers that list's
// vocabulary, most used first; the vocabulary is open, so anything else may still be typed.
class SpecYamlEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SpecYamlEditor(QWidget *parent = nullptr);

    void setVocabulary(const SpecTagVocabulary &vocabulary);
    QCompleter *completer() const { return m_completer; }

    // The tag list the line at `blockNumber` belongs to, or nullopt when it is not a tag item.
    std::optional<SpecTagCategory> tagCategoryAt(int blockNumber) const;
    // Offers completion for the cursor's line now; false when the line is not a tag item.
    bool showCompletion();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void insertCompletion(const QString &value);
    QString currentTagPrefix() const;

    SpecTagVocabulary m_vocabulary;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completionModel = nullptr;
};

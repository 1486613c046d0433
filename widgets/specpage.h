#pragma once

#include "catalog.h"

#include <QWidget>

class CodeView;
class ImplementationModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QToolButton;

// Everything about one spec: title, id, tags, dates, issue link, the description and lists from
// specification.md, the implementations in a table, and the selected implementation's code
// (read off the GUI thread through CodeLoader).
class SpecPage : public QWidget
{
    Q_OBJECT
public:
    explicit SpecPage(QWidget *parent = nullptr);

    // Shows a spec; an unknown id shows a short "not found" page. The best-scored implementation
    // is selected, so its code appears without another click.
    void setSpec(CatalogPtr catalog, const QString &specId);
    const QString &specId() const { return m_specId; }
    const CatalogPtr &catalog() const { return m_catalog; }

    // Selects the implementation of a library; false when the spec has none.
    bool selectImplementation(const QString &libraryId);
    QString selectedLibraryId() const;

    // The parts tests reach for.
    QLabel *titleLabel() const { return m_titleLabel; }
    QLabel *issueLabel() const { return m_issueLabel; }
    QTextBrowser *documentView() const { return m_documentView; }
    QTableView *implementationView() const { return m_implementationView; }
    ImplementationModel *implementationModel() const { return m_implementationModel; }
    CodeView *codeView() const { return m_codeView; }

    static QString issueUrl(int issue);

    QToolButton *compareButton() const { return m_compareButton; }

Q_SIGNALS:
    void backRequested();
    // "Compare": every implementation side by side with the native one (ComparisonView).
    void compareRequested(const QString &specId);

private:
    void showSpec(const Spec *spec);
    void showImplementation(const Implementation *implementation);
    QString documentMarkdown(const Spec &spec) const;
    QString tagsHtml(const Spec &spec) const;

    CatalogPtr m_catalog;
    QString m_specId;
    quint64 m_codeRequest = 0; // bumped per selection; a finished load for an older one is dropped

    QToolButton *m_backButton = nullptr;
    QToolButton *m_compareButton = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_idLabel = nullptr;
    QLabel *m_metaLabel = nullptr;
    QLabel *m_issueLabel = nullptr;
    QLabel *m_tagsLabel = nullptr;
    QTextBrowser *m_documentView = nullptr;
    ImplementationModel *m_implementationModel = nullptr;
    QSortFilterProxyModel *m_implementationProxy = nullptr;
    QTableView *m_implementationView = nullptr;
    CodeView *m_codeView = nullptr;
};

#pragma once

#include "chartexport.h"

#include <QDialog>

class QSpinBox;

// Size and resolution of a PNG export; defaults to anyplot's canvas, 4800×2700 at 300 dpi.
class ExportImageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportImageDialog(QWidget *parent = nullptr);
    void setOptions(const ChartExportOptions &options);
    ChartExportOptions options() const;

    QSpinBox *widthBox() const { return m_width; }
    QSpinBox *heightBox() const { return m_height; }
    QSpinBox *dpiBox() const { return m_dpi; }

private:
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
};

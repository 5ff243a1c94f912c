#pragma once

#include <QDialog>

class QLabel;

namespace nss {

// First run without weights: says which file the engine needs (name, size, licence, address) and
// lets the user choose a local copy. The choice is returned and remembered by the window.
class WeightsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WeightsDialog(QWidget *parent = nullptr);

    QString chosenFile() const { return m_chosen; }
    // Accepts `path` as the weights file when it is a readable, non-empty file; else shows why not.
    bool choose(const QString &path);

private:
    QLabel *m_error = nullptr;
    QString m_chosen;
};

} // namespace nss

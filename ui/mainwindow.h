#pragma once

#include <QMainWindow>

namespace nss {

class ImagePane;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    ImagePane *contentPane() const { return m_contentPane; }
    ImagePane *stylePane() const { return m_stylePane; }

private:
    ImagePane *m_contentPane = nullptr;
    ImagePane *m_stylePane = nullptr;
};

} // namespace nss

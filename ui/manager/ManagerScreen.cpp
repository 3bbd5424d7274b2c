// SPDX-License-Identifier: MIT
#include "ManagerScreen.h"

#include "Clock.h"
#include "DayReportPage.h"

#include "OrderHistoryPage.h"
#include "SecretStore.h"
#include "SettingsPage.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Kiosk::Ui {

ManagerScreen::ManagerScreen(
    Kiosk::ManagerService *service, Kiosk::PinVault *vault, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_clock(&Kiosk::Clock::system())
{
    setObjectName(QStringLiteral("managerScreen"));
    if (settings)
        m_lockAfterSecs = qMax(0, settings->value(QStringLiteral("manager/lockAfterSecs"), 120).toInt());
    m_idleTimer = new QTimer(this);
    m_idleTimer->setInterval(1000);
    connect(m_idleTimer, &QTimer::timeout, this, &ManagerScreen::checkIdle);
    m_secrets = new SecretStore(this);
    m_history = new OrderHistoryPage(service, this);
    if (settings)
        m_history->setShopName(settings->value(QStringLiteral("shop/name")).toString());
    m_settingsPage = new SettingsPage(vault, settings, m_secrets, this);

    auto *title = new QLabel(this);
    m_title = title;
    title->setObjectName(QStringLiteral("screenTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *close = new QPushButton(this);
    m_close = close;
    close->setObjectName(QStringLiteral("closeManagerButton"));
    close->setMinimumHeight(48);
    close->setMinimumWidth(160);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(close);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("managerTabs"));
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_settingsPage, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(close, &QPushButton::clicked, this, &ManagerScreen::closeRequested);
    connect(m_settingsPage, &SettingsPage::saved, this, &ManagerScreen::settingsChanged);
    retranslateUi();
}

void ManagerScreen::retranslateUi()
{
    m_title->setText(tr("Manager", "title of the manager screen"));
    m_close->setText(tr("Back to sales"));
    m_tabs->setTabText(m_tabs->indexOf(m_history), tr("Orders", "tab"));
    m_tabs->setTabText(m_tabs->indexOf(m_settingsPage), tr("Settings", "tab"));
    if (m_dayReport)
        m_tabs->setTabText(m_tabs->indexOf(m_dayReport), tr("Day report", "tab"));
}

void ManagerScreen::addDayReportPage(Kiosk::DayReportService *service)
{
    if (m_dayReport || !service)
        return;
    m_dayReport = new DayReportPage(service, this);
    m_tabs->insertTab(m_tabs->indexOf(m_settingsPage), m_dayReport, QString());
    connect(m_tabs, &QTabWidget::currentChanged, m_dayReport, [this](int index) {
        if (m_tabs->widget(index) == m_dayReport)
            m_dayReport->refresh();
    });
    retranslateUi();
}

void ManagerScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

ManagerScreen::~ManagerScreen()
{
    qApp->removeEventFilter(this);
}

void ManagerScreen::setClock(const Kiosk::Clock *clock)
{
    m_clock = clock ? clock : &Kiosk::Clock::system();
    m_lastInputSecs = m_clock->nowSecs();
    m_history->setClock(m_clock);
}

void ManagerScreen::checkIdle()
{
    if (!isVisible() || m_lockAfterSecs == 0 || m_clock->nowSecs() - m_lastInputSecs < m_lockAfterSecs)
        return;
    // A details or file dialog left open would stay over the till: close those first.
    const auto dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs)
        if (dialog->isVisible())
            dialog->reject();
    m_idleTimer->stop();
    Q_EMIT locked();
    Q_EMIT closeRequested();
}

bool ManagerScreen::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        m_lastInputSecs = m_clock->nowSecs();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void ManagerScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_lastInputSecs = m_clock->nowSecs();
    qApp->installEventFilter(this);
    m_idleTimer->start();
}

void ManagerScreen::hideEvent(QHideEvent *event)
{
    m_idleTimer->stop();
    qApp->removeEventFilter(this);
    QWidget::hideEvent(event);
}

} // namespace Kiosk::Ui

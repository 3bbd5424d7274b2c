// SPDX-License-Identifier: MIT
#include "ManagerScreen.h"

#include "OrderHistoryPage.h"
#include "SecretStore.h"
#include "SettingsPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kiosk::Ui {

ManagerScreen::ManagerScreen(Kiosk::OrderStore *store, QSettings *settings, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("managerScreen"));
    m_secrets = new SecretStore(this);
    m_history = new OrderHistoryPage(store, this);
    m_settingsPage = new SettingsPage(store, settings, m_secrets, this);

    auto *title = new QLabel(tr("Manager"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *close = new QPushButton(tr("Back to sales"), this);
    close->setObjectName(QStringLiteral("closeManagerButton"));
    close->setMinimumHeight(48);
    close->setMinimumWidth(160);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(close);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("managerTabs"));
    m_tabs->addTab(m_history, tr("Orders"));
    m_tabs->addTab(m_settingsPage, tr("Settings"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(close, &QPushButton::clicked, this, &ManagerScreen::closeRequested);
    connect(m_settingsPage, &SettingsPage::saved, this, &ManagerScreen::settingsChanged);
}

ManagerScreen::~ManagerScreen() = default;

} // namespace Kiosk::Ui

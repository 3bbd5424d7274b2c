// SPDX-License-Identifier: MIT
#include "StillThereOverlay.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kiosk::Ui {

StillThereOverlay::StillThereOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stillThereOverlay"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("stillThereCard"));
    card->setAttribute(Qt::WA_StyledBackground);
    card->setFixedWidth(720); // a fixed width lets the wrapped sentence take the height it needs
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(24);
    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("stillThereTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_countdown = new QLabel(card);
    m_countdown->setObjectName(QStringLiteral("stillThereCountdown"));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setWordWrap(true);
    m_stay = new QPushButton(card);
    m_stay->setObjectName(QStringLiteral("stillHereButton"));
    m_stay->setProperty("role", QStringLiteral("primary"));
    m_stay->setProperty("scale", QStringLiteral("huge"));
    layout->addWidget(m_title);
    layout->addWidget(m_countdown);
    layout->addWidget(m_stay);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch();
    connect(m_stay, &QPushButton::clicked, this, &StillThereOverlay::stayRequested);
    parent->installEventFilter(this);
    retranslateUi();
    hide();
}

void StillThereOverlay::retranslateUi()
{
    m_title->setText(tr("Are you still there?"));
    m_stay->setText(tr("I\u2019m still here"));
    setSecondsLeft(m_left);
}

void StillThereOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StillThereOverlay::ask(int secondsLeft)
{
    setSecondsLeft(secondsLeft);
    setGeometry(parentWidget()->rect());
    show();
    raise();
}

void StillThereOverlay::setSecondsLeft(int secondsLeft)
{
    m_left = secondsLeft;
    m_countdown->setText(tr("Tap anywhere to continue. Otherwise your order is cancelled and the kiosk starts over "
                            "in %n s.",
        nullptr, secondsLeft));
}

QString StillThereOverlay::countdownText() const
{
    return m_countdown->text();
}

bool StillThereOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void StillThereOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x1f, 0x23, 0x28, 190));
}

} // namespace Kiosk::Ui

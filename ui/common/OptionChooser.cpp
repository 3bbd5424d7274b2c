// SPDX-License-Identifier: MIT
#include "OptionChooser.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kiosk::Ui {

namespace {

int checkedCount(const QList<QPushButton *> &buttons)
{
    int count = 0;
    for (const QPushButton *button : buttons)
        count += button->isChecked() ? 1 : 0;
    return count;
}

} // namespace

OptionChooser::OptionChooser(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("optionChooser"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("optionTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_groupsBox = new QWidget(this);
    new QVBoxLayout(m_groupsBox);
    m_groupsBox->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_groupsBox, 1);
    m_price = new QLabel(this);
    m_price->setObjectName(QStringLiteral("optionPrice"));
    layout->addWidget(m_price);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("optionReason"));
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);
    auto *buttons = new QHBoxLayout;
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("optionCancel"));
    m_cancel->setMinimumHeight(56);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("optionAdd"));
    m_add->setProperty("role", QStringLiteral("primary"));
    m_add->setMinimumHeight(56);
    m_add->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (isComplete())
            Q_EMIT accepted(chosenOptionIds());
    });
    connect(m_cancel, &QPushButton::clicked, this, &OptionChooser::cancelled);
    retranslateUi();
}

void OptionChooser::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    m_add->setText(tr("Add to basket"));
}

void OptionChooser::changeEvent(QEvent *event)
{
    // The group headings follow at the next setProduct(); a customer picks the language first.
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_product.id.isEmpty())
            refresh();
    }
    QWidget::changeEvent(event);
}

void OptionChooser::setProduct(const Product &product, const QLocale &locale)
{
    m_product = product;
    m_locale = locale;
    rebuild();
}

void OptionChooser::rebuild()
{
    QLayout *groupsLayout = m_groupsBox->layout();
    while (QLayoutItem *item = groupsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_buttons.clear();
    m_title->setText(m_product.name);

    QWidget *previous = nullptr;
    for (qsizetype g = 0; g < m_product.optionGroups.size(); ++g) {
        const OptionGroup &group = m_product.optionGroups.at(g);
        auto *box = new QWidget(m_groupsBox);
        box->setObjectName(QStringLiteral("optionGroup_") + group.id);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        QString heading;
        if (group.minChoices == 1 && group.maxChoices == 1)
            heading = tr("%1 (choose one)", "option group heading").arg(group.name);
        else if (group.minChoices == 0 && group.maxChoices == 1)
            heading = tr("%1 (optional)", "option group heading").arg(group.name);
        else if (group.minChoices == 0)
            heading = tr("%1 (optional, up to %2)", "option group heading").arg(group.name).arg(group.maxChoices);
        else
            heading = tr("%1 (choose %2 to %3)", "option group heading")
                          .arg(group.name)
                          .arg(group.minChoices)
                          .arg(group.maxChoices);
        auto *label = new QLabel(heading, box);
        label->setObjectName(QStringLiteral("optionGroupHeading"));
        boxLayout->addWidget(label);
        auto *grid = new QGridLayout;
        grid->setSpacing(8);
        boxLayout->addLayout(grid);
        QList<QPushButton *> buttons;
        for (qsizetype o = 0; o < group.options.size(); ++o) {
            const ProductOption &option = group.options.at(o);
            QString text = option.name;
            if (option.priceDelta.minorUnits() > 0)
                text = tr("%1\n+%2", "option name, then its extra price")
                           .arg(option.name, option.priceDelta.format(m_locale));
            auto *button = new QPushButton(text, box);
            button->setObjectName(QStringLiteral("option_") + option.id);
            button->setCheckable(true);
            button->setProperty("role", QStringLiteral("option"));
            button->setMinimumSize(140, 64);
            button->setAccessibleName(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
            grid->addWidget(button, int(o / 3), int(o % 3));
            connect(button, &QPushButton::toggled, this,
                [this, g, o](bool checked) { optionToggled(int(g), int(o), checked); });
            if (previous)
                QWidget::setTabOrder(previous, button);
            previous = button;
            buttons.append(button);
        }
        m_buttons.append(buttons);
        groupsLayout->addWidget(box);
    }
    if (previous) {
        QWidget::setTabOrder(previous, m_add);
        QWidget::setTabOrder(m_add, m_cancel);
    }
    refresh();
}

void OptionChooser::optionToggled(int group, int option, bool checked)
{
    if (m_updating)
        return;
    const OptionGroup &g = m_product.optionGroups.at(group);
    const QList<QPushButton *> &buttons = m_buttons.at(group);
    m_updating = true;
    if (g.maxChoices == 1) {
        if (checked) {
            for (int i = 0; i < buttons.size(); ++i) {
                if (i != option)
                    buttons.at(i)->setChecked(false);
            }
        } else if (g.minChoices == 1) {
            buttons.at(option)->setChecked(true); // a required single choice is changed, not emptied
        }
    }
    m_updating = false;
    refresh();
    Q_EMIT selectionChanged();
}

void OptionChooser::refresh()
{
    // Groups of several stop offering more once full; the chosen ones stay enabled to unchoose.
    for (qsizetype g = 0; g < m_buttons.size(); ++g) {
        const OptionGroup &group = m_product.optionGroups.at(g);
        const bool full = group.maxChoices > 1 && checkedCount(m_buttons.at(g)) >= group.maxChoices;
        for (QPushButton *button : m_buttons.at(g))
            button->setEnabled(!full || button->isChecked());
    }
    // The price follows every tap, also while a required group is still open: the product's
    // price plus the deltas chosen so far (each bounded by the catalog, at most 200 of them).
    qint64 deltaUnits = 0;
    for (qsizetype g = 0; g < m_buttons.size(); ++g) {
        for (qsizetype o = 0; o < m_buttons.at(g).size(); ++o) {
            if (m_buttons.at(g).at(o)->isChecked())
                deltaUnits += m_product.optionGroups.at(g).options.at(o).priceDelta.minorUnits();
        }
    }
    const Currency &currency = m_product.price.currency();
    const Money deltas(deltaUnits, currency);
    const Money unit(m_product.price.minorUnits() + deltaUnits, currency);
    m_price->setText(deltas.minorUnits() > 0
            ? tr("Price %1, options included (+%2)", "unit price with the options' extra")
                  .arg(unit.format(m_locale), deltas.format(m_locale))
            : tr("Price %1").arg(unit.format(m_locale)));
    const QString reason = missingReason();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    // The catalog's checks (OptionSelection::choose()) decide; the reason explains the usual case.
    m_add->setEnabled(reason.isEmpty() && OptionSelection::choose(m_product, chosenOptionIds()).ok());
    m_add->setAccessibleDescription(reason);
}

QStringList OptionChooser::chosenOptionIds() const
{
    QStringList ids;
    for (qsizetype g = 0; g < m_buttons.size(); ++g) {
        for (qsizetype o = 0; o < m_buttons.at(g).size(); ++o) {
            if (m_buttons.at(g).at(o)->isChecked())
                ids.append(m_product.optionGroups.at(g).options.at(o).id);
        }
    }
    return ids;
}

bool OptionChooser::isComplete() const
{
    return missingReason().isEmpty();
}

QString OptionChooser::missingReason() const
{
    QStringList missing;
    for (qsizetype g = 0; g < m_buttons.size(); ++g) {
        if (checkedCount(m_buttons.at(g)) < m_product.optionGroups.at(g).minChoices)
            missing.append(m_product.optionGroups.at(g).name);
    }
    if (missing.isEmpty())
        return {};
    return tr("Still to choose: %1", "the option groups not chosen yet").arg(missing.join(QStringLiteral(", ")));
}

} // namespace Kiosk::Ui

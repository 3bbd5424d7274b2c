// SPDX-License-Identifier: MIT
#pragma once

#include "OptionSelection.h"

#include <QLocale>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Kiosk::Ui {

/**
 * Lets a person choose a product's options (size, milk, extras) with large touch targets, one
 * checkable button per option, operable by keyboard (Tab between options, Space toggles, Enter
 * on "Add"). Each group keeps its own limits: a group of at most one behaves like radio buttons
 * (an optional one can be unchosen again), a group of up to n stops offering more once n are
 * chosen. "Add" stays disabled, with the reason beside it, until every required group is
 * satisfied. Shows the unit price with the options' total. Used by the cashier's dialog and by
 * any screen that embeds it: give it a product, read the option ids out of accepted().
 */
class OptionChooser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionChooser)

public:
    explicit OptionChooser(QWidget *parent = nullptr);

    /** Shows the product's groups with nothing chosen; money in the locale's format. */
    void setProduct(const Product &product, const QLocale &locale = QLocale());
    [[nodiscard]] const Product &product() const { return m_product; }
    /** The chosen option ids in catalog order. */
    [[nodiscard]] QStringList chosenOptionIds() const;
    /** Whether every group is within its limits, so "Add" is enabled. */
    [[nodiscard]] bool isComplete() const;
    /** Why "Add" is disabled ("Still to choose: Size, Milk"); empty when complete. */
    [[nodiscard]] QString missingReason() const;

Q_SIGNALS:
    /** "Add" was pressed with a complete choice. */
    void accepted(const QStringList &optionIds);
    void cancelled();
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void optionToggled(int group, int option, bool checked);
    void refresh();

    Product m_product;
    QLocale m_locale;
    QLabel *m_title = nullptr;
    QWidget *m_groupsBox = nullptr;
    QLabel *m_price = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QList<QPushButton *>> m_buttons; ///< per group, per option
    bool m_updating = false;
};

} // namespace Kiosk::Ui

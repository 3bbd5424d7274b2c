// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace Kiosk {
class Cart;
class Catalog;
} // namespace Kiosk

namespace Kiosk::Ui {

class OptionChooser;
class ProductFilterModel;
class ProductListModel;
class ProductTileDelegate;

/**
 * A self-service customer orders here: a large category bar ("All" and the catalog's
 * categories), big product tiles (a tap adds one) and, along the bottom, the basket bar with the
 * item count, the total and "Review order". Portrait-first: three columns of tiles at 1080 px,
 * more in landscape. The catalog and cart must outlive the screen.
 */
class SelfOrderScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfOrderScreen)

public:
    SelfOrderScreen(const Kiosk::Catalog *catalog, Kiosk::Cart *cart, const QLocale &locale, QWidget *parent = nullptr);

    [[nodiscard]] QListView *productGrid() const { return m_grid; }
    /** In place of the grid while the customer picks a tapped product's options (size, milk…);
     *  "Add" puts it in the basket with them, "Cancel" goes back to the grid. */
    [[nodiscard]] OptionChooser *optionChooser() const { return m_chooser; }
    [[nodiscard]] bool isChoosingOptions() const;
    [[nodiscard]] QPushButton *reviewButton() const { return m_review; }
    [[nodiscard]] QPushButton *startOverButton() const { return m_startOver; }
    [[nodiscard]] QList<QPushButton *> categoryButtons() const;
    [[nodiscard]] QString basketText() const;
    [[nodiscard]] QString totalText() const;
    /** Adds the product shown at this row of the grid (what a tap does). */
    void tapProductAt(int row);
    /** Back to "All" and the top of the grid. */
    void reset();

Q_SIGNALS:
    void reviewRequested();
    void startOverRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateBasketBar();
    void fitTiles();

    const Kiosk::Catalog *m_catalog;
    Kiosk::Cart *m_cart;
    QLocale m_locale;
    ProductListModel *m_products = nullptr;
    ProductFilterModel *m_filter = nullptr;
    ProductTileDelegate *m_delegate = nullptr;
    QButtonGroup *m_categories = nullptr;
    QListView *m_grid = nullptr;
    QStackedWidget *m_gridStack = nullptr;
    OptionChooser *m_chooser = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_added = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_startOver = nullptr;
};

} // namespace Kiosk::Ui

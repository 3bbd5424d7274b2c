// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QWidget>

class QDialog;
class QLabel;
class QLineEdit;
class QListView;
class QTabBar;
class QTimer;

namespace Kiosk {
class Cart;
class Catalog;
struct Product;
} // namespace Kiosk

namespace Kiosk::Ui {

class BarcodeScanFilter;
class OptionChooser;
class BasketPanel;
class ProductFilterModel;
class ProductListModel;
class ProductTileDelegate;

/**
 * The cashier's screen: category tabs ("All" + the catalog's categories), an incremental search
 * box, the product grid (tap a tile to add it) and the basket. While the screen is visible a
 * BarcodeScanFilter on the application turns scanner bursts into products; an unknown code shows
 * a failure message and changes nothing. The catalog and cart must outlive the screen.
 *
 * Keyboard: arrows move through the grid, Enter or Space adds the focused tile; Enter in the
 * search adds the top hit (all digits: the product with that barcode); Down in the search goes to
 * the grid. A quantity typed first in the search ("3*" or "3x") applies to the next product
 * added by any means (tile, search, scan). Every add says "Added 3 × Name".
 */
class CashierScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashierScreen)

public:
    CashierScreen(const Kiosk::Catalog *catalog, Kiosk::Cart *cart, const QLocale &locale, QWidget *parent = nullptr);

    [[nodiscard]] BasketPanel *basket() const { return m_basket; }
    [[nodiscard]] QListView *productGrid() const { return m_grid; }
    [[nodiscard]] QLineEdit *searchBox() const { return m_search; }
    [[nodiscard]] QTabBar *categoryTabs() const { return m_tabs; }
    [[nodiscard]] BarcodeScanFilter *scanFilter() const { return m_scanFilter; }
    [[nodiscard]] ProductFilterModel *filterModel() const { return m_filter; }
    /** The last non-blocking message shown (scan results, basket problems); empty when none. */
    [[nodiscard]] QString message() const;

    /** Adds the product with this barcode, or shows "No product with barcode …". */
    void handleBarcode(const QString &code);
    /** The quantity typed before the product ("3*"), 1 when none. */
    [[nodiscard]] int pendingQuantity() const;
    /** Whether the last message reports a failure. */
    [[nodiscard]] bool messageIsError() const;
    /** Back to a fresh sale: empty search, "All" tab, no message, email cleared. */
    void resetForNewSale();
    /** A non-blocking message under the grid that fades after a few seconds. */
    void showMessage(const QString &text, bool error);

Q_SIGNALS:
    void payRequested(const QString &email);
    /** The cashier pressed Cash in the basket. */
    void cashRequested(const QString &email);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void addProductAt(const QModelIndex &proxyIndex);
    /** Adds the pending quantity of the product; one with options opens the chooser first. */
    void addToBasket(const QString &productId, const QString &name);
    void addWithOptions(const QString &productId, int quantity, const QStringList &optionIds);
    void openOptionChooser(const Kiosk::Product &product, int quantity);
    void addTopSearchHit();
    void onSearchTextChanged(const QString &text);
    void fitTilesToWidth();
    void fitTabsToWidth();

    const Kiosk::Catalog *m_catalog;
    Kiosk::Cart *m_cart;
    QLocale m_locale;
    QDialog *m_optionsDialog = nullptr; ///< made on first use; holds m_optionChooser
    OptionChooser *m_optionChooser = nullptr;
    int m_optionsQuantity = 1; ///< the quantity pending when the chooser opened
    ProductListModel *m_products = nullptr;
    ProductFilterModel *m_filter = nullptr;
    QTabBar *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_grid = nullptr;
    ProductTileDelegate *m_delegate = nullptr;
    QSize m_baseTile { 176, 208 };
    BasketPanel *m_basket = nullptr;
    QWidget *m_messageBox = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_pendingQuantity = nullptr;
    int m_quantity = 0; ///< typed quantity prefix; 0 when none
    QTimer *m_messageTimer = nullptr;
    BarcodeScanFilter *m_scanFilter = nullptr;
};

} // namespace Kiosk::Ui

// SPDX-License-Identifier: MIT
#include "CashierScreen.h"

#include "BarcodeScanFilter.h"
#include "BasketPanel.h"
#include "Cart.h"
#include "Catalog.h"
#include "ProductFilterModel.h"
#include "ProductListModel.h"
#include "ProductTileDelegate.h"
#include "Theme.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QTabBar>
#include <QTimer>

namespace Kiosk::Ui {

CashierScreen::CashierScreen(const Kiosk::Catalog *catalog, Kiosk::Cart *cart, const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_cart(cart)
    , m_locale(locale)
{
    setObjectName(QStringLiteral("cashierScreen"));
    setAttribute(Qt::WA_StyledBackground);

    m_products = new ProductListModel(this);
    m_products->setProducts(catalog->activeProducts(), locale);
    m_filter = new ProductFilterModel(this);
    m_filter->setSourceModel(m_products);

    auto *root = new QHBoxLayout(this);
    root->setContentsMargins(16, 16, 16, 16);
    root->setSpacing(16);

    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search products, SKU or barcode"));
    m_search->setClearButtonEnabled(true);
    left->addWidget(m_search);

    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("categoryTabs"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(tr("All"));
    const QStringList categories = catalog->categories();
    for (const QString &category : categories) {
        const int i = m_tabs->addTab(category);
        m_tabs->setTabData(i, category);
    }
    left->addWidget(m_tabs);

    m_grid = new QListView(this);
    m_grid->setObjectName(QStringLiteral("productGrid"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setWrapping(true);
    m_grid->setSpacing(4);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->setMouseTracking(true);
    m_delegate = new ProductTileDelegate(m_grid);
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (screen && screen->availableGeometry().width() >= 1600)
        m_baseTile = QSize(208, 240);
    m_delegate->setTileSize(m_baseTile);
    m_grid->setItemDelegate(m_delegate);
    m_grid->viewport()->installEventFilter(this);
    m_grid->setModel(m_filter);
    left->addWidget(m_grid, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("scanMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    left->addWidget(m_message);
    root->addLayout(left, 1);

    m_basket = new BasketPanel(cart, locale, this);
    m_basket->setMinimumWidth(360);
    m_basket->setMaximumWidth(screen && screen->availableGeometry().width() >= 1600 ? 520 : 400);
    root->addWidget(m_basket);

    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(5000);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QLabel::hide);

    m_scanFilter = new BarcodeScanFilter(this);
    connect(m_scanFilter, &BarcodeScanFilter::scanned, this, &CashierScreen::handleBarcode);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ProductFilterModel::setSearchText);
    connect(m_tabs, &QTabBar::currentChanged, this,
        [this](int index) { m_filter->setCategory(m_tabs->tabData(index).toString()); });
    connect(m_grid, &QListView::clicked, this, &CashierScreen::addProductAt);
    connect(m_basket, &BasketPanel::payRequested, this, &CashierScreen::payRequested);
    connect(m_basket, &BasketPanel::problem, this, [this](const QString &text) { showMessage(text, true); });
}

QString CashierScreen::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CashierScreen::addProductAt(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QString id = proxyIndex.data(ProductListModel::IdRole).toString();
    if (const Status status = m_cart->addProduct(id); !status)
        showMessage(status.error().message, true);
}

void CashierScreen::handleBarcode(const QString &code)
{
    const Product *product = m_catalog->byBarcode(code);
    if (!product) {
        showMessage(tr("No product with barcode %1").arg(code), true);
        return;
    }
    if (const Status status = m_cart->addByBarcode(code); !status) {
        showMessage(status.error().message, true);
        return;
    }
    showMessage(tr("Added %1").arg(product->name), false);
}

void CashierScreen::resetForNewSale()
{
    m_search->clear();
    m_tabs->setCurrentIndex(0);
    m_message->hide();
    m_basket->clearEmail();
    m_grid->scrollToTop();
}

void CashierScreen::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("kind", error ? QStringLiteral("error") : QStringLiteral("info"));
    Theme::repolish(m_message);
    m_message->show();
    m_messageTimer->start();
}

bool CashierScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid->viewport() && event->type() == QEvent::Resize) {
        fitTilesToWidth();
        fitTabsToWidth();
    }
    return QWidget::eventFilter(watched, event);
}

void CashierScreen::fitTilesToWidth()
{
    // Stretch the tiles so the columns fill the grid instead of leaving a gap on the right.
    const int spacing = 2 * m_grid->spacing();
    const int width = m_grid->viewport()->width() - spacing - 1;
    const int columns = qMax(1, width / (m_baseTile.width() + spacing));
    const QSize tile(qMin(width / columns - spacing, m_baseTile.width() * 3 / 2), m_baseTile.height());
    if (tile == m_delegate->tileSize())
        return;
    m_delegate->setTileSize(tile);
    m_grid->doItemsLayout();
}

void CashierScreen::fitTabsToWidth()
{
    // On narrow screens (1024 px wide) the category pills switch to a tighter style so every
    // category stays visible instead of hiding behind scroll arrows.
    const bool compact = m_grid->viewport()->width() < 780;
    if (m_tabs->property("compact").toBool() == compact)
        return;
    m_tabs->setProperty("compact", compact);
    Theme::repolish(m_tabs);
    m_tabs->updateGeometry();
}

void CashierScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    qApp->installEventFilter(m_scanFilter);
}

void CashierScreen::hideEvent(QHideEvent *event)
{
    qApp->removeEventFilter(m_scanFilter);
    QWidget::hideEvent(event);
}

} // namespace Kiosk::Ui

// SPDX-License-Identifier: MIT
#include "CashierScreen.h"

#include "BarcodeScanFilter.h"
#include "BasketPanel.h"
#include "Cart.h"
#include "Catalog.h"
#include "OptionChooser.h"
#include "ProductFilterModel.h"
#include "ProductListModel.h"
#include "ProductTileDelegate.h"
#include "Theme.h"

#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QScreen>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Kiosk::Ui {

namespace {

// "3*", "3 x", "3×" at the start of the search: the quantity of the next product added.
const QRegularExpression &quantityPrefix()
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,4})\\s*[*xX\u00d7]\\s*"));
    return re;
}

bool looksLikeBarcode(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{6,32}$"));
    return re.match(text).hasMatch();
}

} // namespace

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
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_pendingQuantity = new QLabel(this);
    m_pendingQuantity->setObjectName(QStringLiteral("pendingQuantity"));
    m_pendingQuantity->hide();
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(8);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_pendingQuantity);
    left->addLayout(searchRow);

    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("categoryTabs"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(QString()); // "All", set by retranslateUi()
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
    m_grid->setFocusPolicy(Qt::StrongFocus);
    m_grid->installEventFilter(this);
    m_delegate = new ProductTileDelegate(m_grid);
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (screen && screen->availableGeometry().width() >= 1600)
        m_baseTile = QSize(208, 240);
    m_delegate->setTileSize(m_baseTile);
    m_grid->setItemDelegate(m_delegate);
    m_grid->viewport()->installEventFilter(this);
    m_grid->setModel(m_filter);
    left->addWidget(m_grid, 1);

    // The message under the grid: an icon and the text, dark for a success, red with a warning
    // sign for a failure, so a failed scan never looks like the previous good one.
    m_messageBox = new QWidget(this);
    m_messageBox->setObjectName(QStringLiteral("scanMessage"));
    m_messageBox->setAttribute(Qt::WA_StyledBackground);
    auto *messageLayout = new QHBoxLayout(m_messageBox);
    messageLayout->setContentsMargins(10, 6, 10, 6);
    messageLayout->setSpacing(10);
    m_messageIcon = new QLabel(m_messageBox);
    m_messageIcon->setObjectName(QStringLiteral("scanMessageIcon"));
    m_message = new QLabel(m_messageBox);
    m_message->setObjectName(QStringLiteral("scanMessageText"));
    m_message->setWordWrap(true);
    messageLayout->addWidget(m_messageIcon);
    messageLayout->addWidget(m_message, 1);
    m_messageBox->hide();
    left->addWidget(m_messageBox);
    root->addLayout(left, 1);

    m_basket = new BasketPanel(cart, locale, this);
    m_basket->setMinimumWidth(360);
    m_basket->setMaximumWidth(screen && screen->availableGeometry().width() >= 1600 ? 520 : 400);
    root->addWidget(m_basket);

    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(5000);
    connect(m_messageTimer, &QTimer::timeout, m_messageBox, &QWidget::hide);

    m_scanFilter = new BarcodeScanFilter(this);
    connect(m_scanFilter, &BarcodeScanFilter::scanned, this, &CashierScreen::handleBarcode);

    connect(m_search, &QLineEdit::textChanged, this, &CashierScreen::onSearchTextChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &CashierScreen::addTopSearchHit);
    connect(m_tabs, &QTabBar::currentChanged, this,
        [this](int index) { m_filter->setCategory(m_tabs->tabData(index).toString()); });
    connect(m_grid, &QListView::clicked, this, &CashierScreen::addProductAt);
    connect(m_basket, &BasketPanel::payRequested, this, &CashierScreen::payRequested);
    connect(m_basket, &BasketPanel::cashRequested, this, &CashierScreen::cashRequested);
    connect(m_basket, &BasketPanel::problem, this, [this](const QString &text) { showMessage(text, true); });
    retranslateUi();
}

void CashierScreen::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search products, SKU or barcode"));
    m_search->setAccessibleName(tr("Search products"));
    m_tabs->setTabText(0, tr("All", "category tab that shows every product"));
    m_grid->setAccessibleName(tr("Products"));
    m_pendingQuantity->setText(tr("%1 \u00d7", "quantity typed before a product, e.g. 3 ×").arg(m_quantity));
}

void CashierScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_locale = QLocale(); // Language::switchTo() set the language's locale: prices follow it
        m_products->setProducts(m_catalog->activeProducts(), m_locale);
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

QString CashierScreen::message() const
{
    return m_messageBox->isHidden() ? QString() : m_message->text();
}

bool CashierScreen::messageIsError() const
{
    return !m_messageBox->isHidden() && m_messageBox->property("kind").toString() == QLatin1String("error");
}

int CashierScreen::pendingQuantity() const
{
    return m_quantity > 0 ? m_quantity : 1;
}

void CashierScreen::onSearchTextChanged(const QString &text)
{
    const QRegularExpressionMatch match = quantityPrefix().match(text);
    m_quantity = match.hasMatch() ? match.captured(1).toInt() : 0;
    m_filter->setSearchText(match.hasMatch() ? text.mid(match.capturedLength()) : text);
    m_pendingQuantity->setText(tr("%1 \u00d7", "quantity typed before a product, e.g. 3 ×").arg(m_quantity));
    m_pendingQuantity->setVisible(match.hasMatch());
}

void CashierScreen::addProductAt(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    addToBasket(proxyIndex.data(ProductListModel::IdRole).toString(), proxyIndex.data(Qt::DisplayRole).toString());
}

void CashierScreen::addToBasket(const QString &productId, const QString &name)
{
    Q_UNUSED(name);
    if (const Product *product = m_catalog->byId(productId); product && !product->optionGroups.isEmpty()) {
        openOptionChooser(*product, pendingQuantity());
        return;
    }
    addWithOptions(productId, pendingQuantity(), {});
}

void CashierScreen::addWithOptions(const QString &productId, int quantity, const QStringList &optionIds)
{
    if (const Status status = m_cart->addProduct(productId, quantity, optionIds); !status) {
        showMessage(BasketPanel::describeProblem(status.error()), true);
        return;
    }
    if (m_quantity > 0) {
        // The quantity was for this product; what was typed after it stays as the search.
        const QRegularExpressionMatch match = quantityPrefix().match(m_search->text());
        m_search->setText(match.hasMatch() ? m_search->text().mid(match.capturedLength()) : m_search->text());
    }
    // The basket took it, so the product and its options are valid: name them as the line does.
    const Product *product = m_catalog->byId(productId);
    const Result<OptionSelection> options = OptionSelection::choose(*product, optionIds);
    const QString name = options ? options->lineName(product->name) : product->name;
    showMessage(
        tr("Added %1 \u00d7 %2", "message after adding: quantity × product name").arg(quantity).arg(name), false);
}

void CashierScreen::openOptionChooser(const Product &product, int quantity)
{
    if (!m_optionsDialog) {
        m_optionsDialog = new QDialog(this);
        m_optionsDialog->setObjectName(QStringLiteral("optionsDialog"));
        m_optionsDialog->setWindowModality(Qt::WindowModal);
        m_optionsDialog->setMinimumWidth(560);
        auto *layout = new QVBoxLayout(m_optionsDialog);
        m_optionChooser = new OptionChooser(m_optionsDialog);
        layout->addWidget(m_optionChooser);
        connect(m_optionChooser, &OptionChooser::accepted, this, [this](const QStringList &optionIds) {
            m_optionsDialog->accept();
            addWithOptions(m_optionChooser->product().id, m_optionsQuantity, optionIds);
            m_search->setFocus(Qt::OtherFocusReason);
        });
        connect(m_optionChooser, &OptionChooser::cancelled, m_optionsDialog, &QDialog::reject);
    }
    m_optionsQuantity = quantity;
    m_optionsDialog->setWindowTitle(tr("Options for %1").arg(product.name));
    m_optionChooser->setProduct(product, m_locale);
    m_optionsDialog->open();
}

void CashierScreen::addTopSearchHit()
{
    const QString query = m_filter->searchText().trimmed();
    if (query.isEmpty())
        return;
    if (looksLikeBarcode(query)) {
        // A code typed by hand (or a scan the filter did not recognise): exact barcode only,
        // never a product whose code merely contains these digits.
        handleBarcode(query);
        if (!messageIsError())
            m_search->clear();
        return;
    }
    if (m_filter->rowCount() == 0) {
        showMessage(tr("No product matches \u201c%1\u201d").arg(query), true);
        return;
    }
    addProductAt(m_filter->index(0, 0));
    if (!messageIsError())
        m_search->clear();
}

void CashierScreen::handleBarcode(const QString &code)
{
    const Product *product = m_catalog->byBarcode(code);
    if (!product) {
        showMessage(tr("No product with barcode %1").arg(code), true);
        return;
    }
    addToBasket(product->id, product->name);
}

void CashierScreen::resetForNewSale()
{
    m_search->clear();
    m_tabs->setCurrentIndex(0);
    m_messageBox->hide();
    m_basket->clearEmail();
    m_grid->scrollToTop();
}

void CashierScreen::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_messageBox->setProperty("kind", error ? QStringLiteral("error") : QStringLiteral("info"));
    m_messageIcon->setPixmap(
        QIcon(error ? QStringLiteral(":/kiosk/icons/failed.svg") : QStringLiteral(":/kiosk/icons/paid.svg"))
            .pixmap(QSize(28, 28)));
    m_messageBox->setAccessibleName(error ? tr("Problem: %1").arg(text) : text);
    Theme::repolish(m_messageBox);
    m_messageBox->show();
    m_messageTimer->start();
}

bool CashierScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid && event->type() == QEvent::FocusIn && !m_grid->currentIndex().isValid()
        && m_filter->rowCount() > 0)
        m_grid->setCurrentIndex(m_filter->index(0, 0)); // the focus ring shows where Enter adds
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & ~Qt::KeypadModifier);
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Space)) {
            addProductAt(m_grid->currentIndex());
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
        m_grid->setFocus(Qt::TabFocusReason);
        m_grid->setCurrentIndex(m_filter->index(0, 0));
        return true;
    }
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
    if (QWidget *focus = QApplication::focusWidget(); !focus || !isAncestorOf(focus))
        m_search->setFocus(Qt::OtherFocusReason); // ready to type or scan without a tap
}

void CashierScreen::hideEvent(QHideEvent *event)
{
    qApp->removeEventFilter(m_scanFilter);
    QWidget::hideEvent(event);
}

} // namespace Kiosk::Ui

// SPDX-License-Identifier: MIT
#include "SelfOrderScreen.h"

#include "Cart.h"
#include "Catalog.h"
#include "OptionChooser.h"
#include "OptionSelection.h"
#include "ProductFilterModel.h"
#include "ProductListModel.h"
#include "ProductTileDelegate.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Kiosk::Ui {

SelfOrderScreen::SelfOrderScreen(
    const Kiosk::Catalog *catalog, Kiosk::Cart *cart, const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_cart(cart)
    , m_locale(locale)
{
    setObjectName(QStringLiteral("selfOrderScreen"));
    setAttribute(Qt::WA_StyledBackground);
    m_products = new ProductListModel(this);
    m_products->setProducts(catalog->activeProducts(), locale);
    m_filter = new ProductFilterModel(this);
    m_filter->setSourceModel(m_products);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(24, 16, 24, 8);
    m_title = new QLabel(this);
    auto *title = m_title;
    title->setObjectName(QStringLiteral("selfOrderTitle"));
    m_startOver = new QPushButton(this);
    m_startOver->setObjectName(QStringLiteral("startOverButton"));
    m_startOver->setProperty("role", QStringLiteral("quiet"));
    m_startOver->setProperty("scale", QStringLiteral("touch"));
    m_startOver->setFocusPolicy(Qt::NoFocus);
    header->addWidget(title, 1);
    header->addWidget(m_startOver);
    root->addLayout(header);

    // The category bar scrolls sideways when the categories do not fit; each is a big button.
    auto *barHost = new QWidget(this);
    auto *bar = new QHBoxLayout(barHost);
    bar->setContentsMargins(24, 8, 24, 8);
    bar->setSpacing(12);
    m_categories = new QButtonGroup(this);
    m_categories->setExclusive(true);
    QStringList categories { QString() };
    categories += catalog->categories();
    for (const QString &category : std::as_const(categories)) {
        auto *button = new QPushButton(category, barHost); // "All" is set by retranslateUi()
        button->setObjectName(QStringLiteral("categoryButton"));
        button->setProperty("role", QStringLiteral("category"));
        button->setProperty("category", category);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setChecked(category.isEmpty());
        m_categories->addButton(button);
        bar->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, category] {
            m_filter->setCategory(category);
            m_grid->scrollToTop();
        });
    }
    bar->addStretch();
    auto *barScroll = new QScrollArea(this);
    barScroll->setObjectName(QStringLiteral("categoryBar"));
    barScroll->setWidget(barHost);
    barScroll->setWidgetResizable(true);
    barScroll->setFrameShape(QFrame::NoFrame);
    barScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    barScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    barScroll->setMinimumHeight(96 + 16);
    barScroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QScroller::grabGesture(barScroll->viewport(), QScroller::LeftMouseButtonGesture);
    root->addWidget(barScroll);

    m_grid = new QListView(this);
    m_grid->setObjectName(QStringLiteral("selfOrderGrid"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setWrapping(true);
    m_grid->setSpacing(12);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->setFocusPolicy(Qt::NoFocus);
    // A finger scrolls the grid; the bar is only a hint of where in the list it is.
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QScroller::grabGesture(m_grid->viewport(), QScroller::LeftMouseButtonGesture);
    m_delegate = new ProductTileDelegate(m_grid);
    m_delegate->setTileSize(QSize(320, 380));
    m_delegate->setFontPixelSize(26); // the screen's text size (kiosk.qss), grown by large text
    m_grid->setItemDelegate(m_delegate);
    m_grid->setModel(m_filter);
    m_grid->viewport()->installEventFilter(this);
    m_chooser = new OptionChooser(this);
    m_chooser->setObjectName(QStringLiteral("selfOptionChooser"));
    // At the top with the basket bar below it, not spread over the whole height.
    auto *chooserPage = new QWidget(this);
    auto *chooserLayout = new QVBoxLayout(chooserPage);
    chooserLayout->setContentsMargins(24, 8, 24, 24);
    chooserLayout->addWidget(m_chooser);
    chooserLayout->addStretch(1);
    auto *chooserScroll = new QScrollArea(this);
    chooserScroll->setWidgetResizable(true);
    chooserScroll->setFrameShape(QFrame::NoFrame);
    chooserScroll->setWidget(chooserPage);
    QScroller::grabGesture(chooserScroll->viewport(), QScroller::LeftMouseButtonGesture);
    m_gridStack = new QStackedWidget(this);
    m_gridStack->addWidget(m_grid);
    m_gridStack->addWidget(chooserScroll);
    root->addWidget(m_gridStack, 1);
    connect(m_chooser, &OptionChooser::accepted, this, [this](const QStringList &optionIds) {
        const Kiosk::Product product = m_chooser->product();
        m_gridStack->setCurrentWidget(m_grid);
        const Status added = m_cart->addProduct(product.id, 1, optionIds);
        const Result<OptionSelection> options = OptionSelection::choose(product, optionIds);
        m_added->setText(added ? tr("Added %1").arg(options ? options->lineName(product.name) : product.name)
                               : added.error().message);
    });
    connect(m_chooser, &OptionChooser::cancelled, this, [this] { m_gridStack->setCurrentWidget(m_grid); });

    // The basket bar: always there, so the customer sees every tap land.
    auto *basketBar = new QWidget(this);
    basketBar->setObjectName(QStringLiteral("basketBar"));
    basketBar->setAttribute(Qt::WA_StyledBackground);
    auto *barLayout = new QHBoxLayout(basketBar);
    barLayout->setContentsMargins(24, 16, 24, 16);
    barLayout->setSpacing(20);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_count = new QLabel(basketBar);
    m_count->setObjectName(QStringLiteral("basketBarCount"));
    m_added = new QLabel(basketBar);
    m_added->setObjectName(QStringLiteral("basketBarAdded"));
    // They wrap rather than squeeze the button (large text, long languages).
    m_count->setWordWrap(true);
    m_added->setWordWrap(true);
    texts->addWidget(m_count);
    texts->addWidget(m_added);
    m_total = new QLabel(basketBar);
    m_total->setObjectName(QStringLiteral("basketBarTotal"));
    m_review = new QPushButton(basketBar);
    m_review->setObjectName(QStringLiteral("reviewOrderButton"));
    m_review->setProperty("role", QStringLiteral("primary"));
    m_review->setProperty("scale", QStringLiteral("huge"));
    m_review->setFocusPolicy(Qt::NoFocus);
    barLayout->addLayout(texts, 1);
    barLayout->addWidget(m_total);
    barLayout->addWidget(m_review);
    root->addWidget(basketBar);

    connect(m_review, &QPushButton::clicked, this, &SelfOrderScreen::reviewRequested);
    connect(m_startOver, &QPushButton::clicked, this, &SelfOrderScreen::startOverRequested);
    connect(m_cart, &Cart::changed, this, &SelfOrderScreen::updateBasketBar);
    retranslateUi();
}

void SelfOrderScreen::retranslateUi()
{
    m_title->setText(tr("What would you like?"));
    m_startOver->setText(tr("Start over"));
    m_review->setText(tr("Review order"));
    m_grid->setAccessibleName(tr("Products"));
    const QList<QAbstractButton *> buttons = m_categories->buttons();
    if (!buttons.isEmpty())
        buttons.first()->setText(tr("All", "every product category"));
    updateBasketBar();
}

void SelfOrderScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_locale = QLocale(); // Language::switchTo() set the language's locale: prices follow it
        m_products->setProducts(m_catalog->activeProducts(), m_locale);
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

QList<QPushButton *> SelfOrderScreen::categoryButtons() const
{
    QList<QPushButton *> buttons;
    for (QAbstractButton *button : m_categories->buttons())
        buttons << qobject_cast<QPushButton *>(button);
    return buttons;
}

QString SelfOrderScreen::basketText() const
{
    return m_count->text();
}

bool SelfOrderScreen::isChoosingOptions() const
{
    return m_gridStack->currentIndex() == 1;
}

QString SelfOrderScreen::totalText() const
{
    return m_total->text();
}

void SelfOrderScreen::tapProductAt(int row)
{
    const QModelIndex index = m_filter->index(row, 0);
    if (!index.isValid())
        return;
    const QString name = index.data(Qt::DisplayRole).toString();
    const QString id = index.data(ProductListModel::IdRole).toString();
    if (const Product *product = m_catalog->byId(id); product && !product->optionGroups.isEmpty()) {
        m_chooser->setProduct(*product, QLocale());
        m_gridStack->setCurrentIndex(1);
        return;
    }
    const Status added = m_cart->addProduct(id);
    m_added->setText(added ? tr("Added %1").arg(name) : added.error().message);
}

void SelfOrderScreen::reset()
{
    m_filter->setCategory({});
    const QList<QAbstractButton *> buttons = m_categories->buttons();
    if (!buttons.isEmpty())
        buttons.first()->setChecked(true);
    m_gridStack->setCurrentWidget(m_grid); // the next customer starts at the grid
    m_grid->scrollToTop();
    m_added->clear();
}

void SelfOrderScreen::updateBasketBar()
{
    const int items = m_cart->itemCount();
    // Separate sentences rather than "item(s)": English has no plural rules without a .qm.
    m_count->setText(items == 0 ? tr("Your basket is empty")
            : items == 1        ? tr("%n item in your basket", nullptr, items)
                                : tr("%n items in your basket", nullptr, items));
    m_total->setText(m_cart->total().format(m_locale));
    m_total->setVisible(items > 0);
    m_review->setEnabled(items > 0);
    if (items == 0)
        m_added->setText(tr("Tap a product to add it."));
}

void SelfOrderScreen::showEvent(QShowEvent *event)
{
    // Whole words on every category: measured in the bar's type once the stylesheet (whose
    // min-width would otherwise win) has been applied; the bar scrolls when they do not fit.
    for (QAbstractButton *button : m_categories->buttons()) {
        QFont font = button->font();
        font.setWeight(QFont::DemiBold);
        button->setMinimumWidth(QFontMetrics(font).horizontalAdvance(button->text()) + 2 * 28 + 16);
    }
    QWidget::showEvent(event);
}

void SelfOrderScreen::fitTiles()
{
    // Three columns at 1080 px portrait, more in landscape, filling the width: the view puts
    // `spacing` before the first tile and after each one.
    const int spacing = m_grid->spacing();
    const int width = m_grid->viewport()->width() - 1;
    const int columns = qBound(2, (width - spacing) / (300 + spacing), 6);
    const int tileWidth = qMax(200, (width - spacing) / columns - spacing);
    const QSize tile(tileWidth, tileWidth * 9 / 8);
    if (tile == m_delegate->tileSize())
        return;
    m_delegate->setTileSize(tile);
    m_grid->doItemsLayout();
}

bool SelfOrderScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid->viewport()) {
        if (event->type() == QEvent::Resize)
            fitTiles();
        if (event->type() == QEvent::MouseButtonRelease) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const QModelIndex index = m_grid->indexAt(mouse->position().toPoint());
            if (mouse->button() == Qt::LeftButton && index.isValid())
                tapProductAt(index.row());
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Kiosk::Ui

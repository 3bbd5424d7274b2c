// SPDX-License-Identifier: MIT
#include "OrderHistoryModel.h"

#include "ManagerService.h"
#include "Money.h"
#include "OrderStatusStyle.h"

#include <algorithm>
#include <limits>

namespace Kiosk::Ui {

OrderHistoryModel::OrderHistoryModel(Kiosk::ManagerService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    Q_ASSERT(service);
    refresh();
}

OrderHistoryModel::~OrderHistoryModel() = default;

int OrderHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int OrderHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OrderHistoryModel::setFilter(const Kiosk::HistoryFilter &filter)
{
    m_filter = filter;
    refresh();
}

void OrderHistoryModel::refresh()
{
    const quint64 generation = ++m_countGeneration;
    m_service->countOrders(m_filter, this, [this, generation](Kiosk::Result<qint64> count) {
        if (generation != m_countGeneration)
            return; // a newer filter or refresh is on its way
        beginResetModel();
        m_pages.clear();
        m_requested.clear();
        ++m_pageGeneration;
        if (count.ok()) {
            m_rows = static_cast<int>(std::min<qint64>(count.value(), std::numeric_limits<int>::max()));
            m_lastError.clear();
        } else {
            m_rows = 0;
            m_lastError = count.error().message;
        }
        endResetModel();
        Q_EMIT refreshed();
    });
}

void OrderHistoryModel::requestPage(int pageIndex) const
{
    if (m_requested.contains(pageIndex))
        return;
    m_requested.insert(pageIndex);
    ++m_pagesFetched;
    // Asking changes no row, only what arrives later; the answer goes to the non-const model.
    auto *self = const_cast<OrderHistoryModel *>(this);
    const quint64 generation = m_pageGeneration;
    m_service->historyPage(m_filter, pageIndex * kPageSize, kPageSize, self,
        [self, pageIndex, generation](Kiosk::Result<QList<Kiosk::Order>> orders) {
            self->pageArrived(pageIndex, generation, std::move(orders));
        });
}

void OrderHistoryModel::pageArrived(int pageIndex, quint64 generation, Kiosk::Result<QList<Kiosk::Order>> orders)
{
    if (generation != m_pageGeneration)
        return;
    if (!orders.ok()) {
        m_lastError = orders.error().message; // stays requested: not asked again until a reset
        Q_EMIT pageLoaded(pageIndex);
        return;
    }
    if (m_pages.size() >= kMaxCachedPages) {
        auto oldest = std::min_element(
            m_pages.begin(), m_pages.end(), [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
    m_requested.remove(pageIndex);
    m_pages.insert(pageIndex, Page { std::move(orders).value(), ++m_useCounter });
    const int first = pageIndex * kPageSize;
    const int last = std::min(m_rows - 1, first + kPageSize - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT pageLoaded(pageIndex);
}

const OrderHistoryModel::Page *OrderHistoryModel::page(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        requestPage(pageIndex);
        return nullptr;
    }
    it->lastUse = ++m_useCounter;
    return &it.value();
}

const Kiosk::Order *OrderHistoryModel::orderAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const Page *p = page(row / kPageSize);
    const int inPage = row % kPageSize;
    if (!p || inPage >= p->orders.size())
        return nullptr;
    return &p->orders.at(inPage);
}

QVariant OrderHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kiosk::Order *order = orderAt(index.row());
    if (!order)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return order->number;
        case CreatedColumn:
            return m_locale.toString(order->createdAt.toLocalTime(), QLocale::ShortFormat);
        case StatusColumn:
            return OrderStatusStyle::displayName(order->status);
        case EmailColumn:
            return order->customerEmail;
        case TotalColumn: {
            const auto money = Kiosk::Money::fromMinor(order->amountTotal, order->currency);
            return money.ok() ? money.value().format(m_locale)
                              : QString::number(order->amountTotal) + QLatin1Char(' ') + order->currency;
        }
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return OrderStatusStyle::color(order->status);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !order->statusReason.isEmpty())
            return order->statusReason;
        return {};
    case OrderIdRole:
        return order->id;
    case StatusRole:
        return Kiosk::toString(order->status);
    case AmountRole:
        return order->amountTotal;
    case CurrencyRole:
        return order->currency;
    default:
        return {};
    }
}

void OrderHistoryModel::retranslate()
{
    m_locale = QLocale();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1), { Qt::DisplayRole });
}

QVariant OrderHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Order", "column: order number");
    case CreatedColumn:
        return tr("Created", "column: when the order was created");
    case StatusColumn:
        return tr("Status");
    case EmailColumn:
        return tr("Customer email");
    case TotalColumn:
        return tr("Total", "column: order total");
    default:
        return {};
    }
}

} // namespace Kiosk::Ui

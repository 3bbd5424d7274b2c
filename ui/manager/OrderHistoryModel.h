// SPDX-License-Identifier: MIT
#pragma once

#include "OrderStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

namespace Kiosk::Ui {

/**
 * Orders matching a HistoryFilter, newest first, for a QTableView. Rows are not loaded up front:
 * rowCount is OrderStore::count(filter) and rows are fetched in pages of kPageSize on first
 * access into a small least-recently-used page cache, so a million orders scroll smoothly.
 * The store must outlive the model. Store errors show as an empty model plus lastError().
 */
class OrderHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderHistoryModel)

public:
    enum Column { NumberColumn, CreatedColumn, StatusColumn, EmailColumn, TotalColumn, ColumnCount };
    enum Role { OrderIdRole = Qt::UserRole + 1, StatusRole, AmountRole, CurrencyRole };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 16;

    explicit OrderHistoryModel(Kiosk::OrderStore *store, QObject *parent = nullptr);
    ~OrderHistoryModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const Kiosk::HistoryFilter &filter() const { return m_filter; }
    void setFilter(const Kiosk::HistoryFilter &filter);
    /** Re-reads the count and drops cached pages (new or changed orders). */
    void refresh();
    /** The order (without lines) shown in a row, or nullptr when the row cannot be loaded. */
    [[nodiscard]] const Kiosk::Order *orderAt(int row) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /** Pages fetched from the store since construction (lets tests see that paging is lazy). */
    [[nodiscard]] int pagesFetched() const { return m_pagesFetched; }

    void setLocale(const QLocale &locale) { m_locale = locale; }

private:
    struct Page
    {
        QList<Kiosk::Order> orders;
        quint64 lastUse = 0;
    };
    const Page *page(int pageIndex) const;

    Kiosk::OrderStore *m_store;
    Kiosk::HistoryFilter m_filter;
    int m_rows = 0;
    QLocale m_locale;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable int m_pagesFetched = 0;
    mutable QString m_lastError;
};

} // namespace Kiosk::Ui

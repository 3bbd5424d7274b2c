// SPDX-License-Identifier: MIT
#pragma once

#include "HistoryFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace Kiosk {
class ManagerService;
}

namespace Kiosk::Ui {

/**
 * Orders matching a HistoryFilter, newest first, for a QTableView. Rows are not loaded up front:
 * rowCount is the service's count for the filter, and rows are asked for in pages of kPageSize on
 * first access into a small least-recently-used page cache, so a million orders scroll smoothly.
 * Everything arrives asynchronously: the model resets when the count arrives (refreshed()) and
 * a row shows once its page has arrived (dataChanged, pageLoaded()). The service must outlive the
 * model. Errors show as an empty model plus lastError().
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

    explicit OrderHistoryModel(Kiosk::ManagerService *service, QObject *parent = nullptr);
    ~OrderHistoryModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const Kiosk::HistoryFilter &filter() const { return m_filter; }
    void setFilter(const Kiosk::HistoryFilter &filter);
    /** Asks for the count again; when it arrives, drops cached pages and resets (refreshed()). */
    void refresh();
    /** The order (without lines) shown in a row, or nullptr while its page has not arrived (it
     *  is then asked for) or could not be read. */
    [[nodiscard]] const Kiosk::Order *orderAt(int row) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /** Pages asked of the service since construction (lets tests see that paging is lazy). */
    [[nodiscard]] int pagesFetched() const { return m_pagesFetched; }

    void setLocale(const QLocale &locale) { m_locale = locale; }
    /** After a language switch: headers, statuses, dates and amounts in the new language and
     *  its locale (QLocale()). */
    void retranslate();

Q_SIGNALS:
    /** The count for the current filter arrived and the model was reset. */
    void refreshed();
    /** A page of rows arrived (or failed: lastError()). */
    void pageLoaded(int pageIndex);

private:
    struct Page
    {
        QList<Kiosk::Order> orders;
        quint64 lastUse = 0;
    };
    const Page *page(int pageIndex) const;
    void requestPage(int pageIndex) const;
    void pageArrived(int pageIndex, quint64 generation, Kiosk::Result<QList<Kiosk::Order>> orders);

    Kiosk::ManagerService *m_service;
    Kiosk::HistoryFilter m_filter;
    int m_rows = 0;
    QLocale m_locale;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable int m_pagesFetched = 0;
    mutable QSet<int> m_requested; ///< pages asked for (or failed) since the last reset
    quint64 m_countGeneration = 0; ///< the newest count asked for
    quint64 m_pageGeneration = 0; ///< bumped on every reset: older page answers are dropped
    mutable QString m_lastError;
};

} // namespace Kiosk::Ui

// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace Kiosk::Ui {

/**
 * Checks the kiosk settings a manager can edit before they are saved. Each check returns Ok or
 * an error whose message says what to fix, in the current language. Pure functions; usable
 * without widgets.
 */
class SettingsValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Kiosk::Ui::SettingsValidator)

public:
    /** A currency in Kiosk::Currency's table ("USD", "jpy"). */
    static Kiosk::Status currency(const QString &code);
    /** The shop currency against the running catalog's (empty: not known, anything goes). The
     *  catalog's prices are in one currency, so a different shop currency is refused rather
     *  than charged; orders already taken keep their own currency either way. */
    static Kiosk::Status catalogCurrency(const QString &code, const QString &catalogCurrency);
    /** 1024–65535 (no privileged ports: the kiosk does not run as root). */
    static Kiosk::Status port(int port);
    /** An absolute https URL; plain http only for loopback (a local simulator). Empty is allowed
     *  (the default Stripe API). */
    static Kiosk::Status apiBase(const QString &url);
    /** sk_test_… or sk_live_… (rk_ restricted keys too); empty means "keep / use environment". */
    static Kiosk::Status secretKey(const QString &key);
    /** whsec_…; empty allowed. */
    static Kiosk::Status webhookSecret(const QString &secret);
    /** Letters, digits, '-' and '_', 1–32 characters. */
    static Kiosk::Status kioskId(const QString &id);
    /** 0–600 seconds. */
    static Kiosk::Status resultDelay(int seconds);
    /** The shop server a till runs against: http(s)://host[:port], no path, user, query or
     *  fragment; empty allowed (an embedded till). */
    static Kiosk::Status shopServer(const QString &url);
    /** The file holding the till's token: empty unless a shop server is set; else an existing
     *  regular file readable by its owner only (chmod 600). Its content is never read here. */
    static Kiosk::Status tokenFile(const QString &path, bool serverSet);
};

} // namespace Kiosk::Ui

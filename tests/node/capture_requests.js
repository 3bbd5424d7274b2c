#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Runs the official stripe-node client against a local HTTP server and reports the exact
// requests it sends, so the C++ tests can compare our bytes with stripe-node's.
//
// stdin:  {"cases": [{"name", "kind": "create"|"params"|"retrieve"|"events", ...}]}
//   create:   "request": a CheckoutSessionRequest description (camelCase fields as in C++),
//             turned here into the stripe-node object documented in CheckoutSessionRequest.h
//   params:   "json": raw JSON text of the parameters, passed through JSON.parse unchanged
//   retrieve: "id", "expand": bool
//   events:   "params": EventListParams description
//   refund:   "request": a RefundRequest description ({paymentIntent, charge, amount, reason,
//             metadata: [[k, v], …]}), "idempotencyKey"
//   refundRetrieve: "id"; refundList: "params": RefundListParams description
//   periodList: "resource" (charges|refunds|balanceTransactions), "params": PeriodListParams
//             description ({createdGte, createdLt, limit, startingAfter})
//   taxRate:  "request": a TaxRateRequest description ({displayName, inclusive, percentage (text),
//             description, metadata: [[k, v], …]}), "idempotencyKey"
//   coupon:   "request": a CouponRequest description ({percentOff (text), amountOff, currency,
//             duration, name, maxRedemptions, metadata}), "idempotencyKey"
// stdout: {"<name>": {"method", "path", "body", "idempotencyKey", "stripeVersion"}}
'use strict';
const http = require('http');
const Stripe = require('stripe');

const session = {
    id: 'cs_test_capture', object: 'checkout.session', url: null, status: 'open', payment_status: 'unpaid',
    amount_subtotal: 0, amount_total: 0, currency: 'eur', created: 1, expires_at: 2, client_reference_id: null,
    customer_email: null, customer: null, customer_details: null, metadata: {}, payment_intent: null,
    livemode: false, mode: 'payment', success_url: null, cancel_url: null, payment_method_types: ['card'],
};
const emptyList = {object: 'list', data: [], has_more: false, url: '/v1/events'};

function sessionObject(r) {
    // The JS object the kiosk's request corresponds to; optional fields only when set.
    const o = {mode: 'payment'};
    o.line_items = r.lines.map((line) => {
        const productData = {name: line.name};
        if (line.description) productData.description = line.description;
        if (line.images && line.images.length) productData.images = line.images;
        const item = {
            price_data: {currency: r.currency, unit_amount: line.unitAmount, product_data: productData},
            quantity: line.quantity,
        };
        if (line.taxRates && line.taxRates.length) item.tax_rates = line.taxRates;
        return item;
    });
    o.success_url = r.successUrl;
    o.cancel_url = r.cancelUrl;
    if (r.customerEmail) o.customer_email = r.customerEmail;
    if (r.clientReferenceId) o.client_reference_id = r.clientReferenceId;
    if (r.locale) o.locale = r.locale;
    if (r.metadata && r.metadata.length) {
        o.metadata = {};
        for (const [k, v] of r.metadata) o.metadata[k] = v;
    }
    if (r.paymentIntentMetadata && r.paymentIntentMetadata.length) {
        o.payment_intent_data = {metadata: {}};
        for (const [k, v] of r.paymentIntentMetadata) o.payment_intent_data.metadata[k] = v;
    }
    if (r.receiptEmail) {
        o.payment_intent_data = o.payment_intent_data || {};
        o.payment_intent_data.receipt_email = r.receiptEmail;
    }
    if (r.expiresAt !== undefined && r.expiresAt !== null) o.expires_at = r.expiresAt;
    if (r.coupon) o.discounts = [{coupon: r.coupon}];
    if (r.allowPromotionCodes) o.allow_promotion_codes = true;
    return o;
}

function eventsObject(p) {
    const o = {};
    if (p.types && p.types.length) o.types = p.types;
    if (p.createdGt !== undefined && p.createdGt !== null) o.created = {gt: p.createdGt};
    if (p.limit) o.limit = p.limit;
    if (p.startingAfter) o.starting_after = p.startingAfter;
    if (p.deliverySuccess !== undefined && p.deliverySuccess !== null) o.delivery_success = p.deliverySuccess;
    return o;
}

function refundObject(r) {
    const o = {};
    if (r.paymentIntent) o.payment_intent = r.paymentIntent;
    if (r.charge) o.charge = r.charge;
    if (r.amount !== undefined && r.amount !== null) o.amount = r.amount;
    if (r.reason) o.reason = r.reason;
    if (r.metadata && r.metadata.length) {
        o.metadata = {};
        for (const [k, v] of r.metadata) o.metadata[k] = v;
    }
    return o;
}

function periodListObject(p) {
    const o = {};
    if (p.createdGte !== undefined || p.createdLt !== undefined) {
        o.created = {};
        if (p.createdGte !== undefined) o.created.gte = p.createdGte;
        if (p.createdLt !== undefined) o.created.lt = p.createdLt;
    }
    if (p.limit) o.limit = p.limit;
    if (p.startingAfter) o.starting_after = p.startingAfter;
    return o;
}

function taxRateObject(r) {
    // percentage as the JS number of the kiosk's decimal text, as an integration would write it
    const o = {display_name: r.displayName, inclusive: r.inclusive, percentage: Number(r.percentage)};
    if (r.description) o.description = r.description;
    if (r.metadata && r.metadata.length) {
        o.metadata = {};
        for (const [k, v] of r.metadata) o.metadata[k] = v;
    }
    return o;
}

function couponObject(r) {
    const o = {};
    if (r.percentOff) o.percent_off = Number(r.percentOff);
    if (r.amountOff !== undefined && r.amountOff !== null) o.amount_off = r.amountOff;
    if (r.currency) o.currency = r.currency;
    o.duration = r.duration;
    if (r.name) o.name = r.name;
    if (r.maxRedemptions !== undefined && r.maxRedemptions !== null) o.max_redemptions = r.maxRedemptions;
    if (r.metadata && r.metadata.length) {
        o.metadata = {};
        for (const [k, v] of r.metadata) o.metadata[k] = v;
    }
    return o;
}

function refundListObject(p) {
    const o = {};
    if (p.charge) o.charge = p.charge;
    if (p.paymentIntent) o.payment_intent = p.paymentIntent;
    if (p.limit) o.limit = p.limit;
    if (p.startingAfter) o.starting_after = p.startingAfter;
    return o;
}

async function main() {
    const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    let last = null;
    const server = http.createServer((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            last = {
                method: req.method,
                path: req.url,
                body: Buffer.concat(chunks).toString('latin1'), // bytes as they came, one char each
                idempotencyKey: req.headers['idempotency-key'] || '',
                stripeVersion: req.headers['stripe-version'] || '',
            };
            res.writeHead(200, {'Content-Type': 'application/json', 'Request-Id': 'req_capture'});
            const isList = req.url.startsWith('/v1/events') || (req.method === 'GET' && /^\/v1\/(refunds|charges|balance_transactions)(\?|$)/.test(req.url));
            res.end(JSON.stringify(isList ? emptyList : session));
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const stripe = new Stripe('sk_test_capture', {
        host: '127.0.0.1', port: server.address().port, protocol: 'http', maxNetworkRetries: 0,
        telemetry: false,
    });
    const out = {};
    for (const c of input.cases) {
        last = null;
        if (c.kind === 'create') {
            await stripe.checkout.sessions.create(sessionObject(c.request), {idempotencyKey: c.idempotencyKey || 'k'});
        } else if (c.kind === 'params') {
            await stripe.checkout.sessions.create(JSON.parse(c.json), {idempotencyKey: 'k'});
        } else if (c.kind === 'retrieve') {
            await stripe.checkout.sessions.retrieve(c.id, c.expand ? {expand: ['line_items']} : {});
        } else if (c.kind === 'events') {
            await stripe.events.list(eventsObject(c.params));
        } else if (c.kind === 'refund') {
            await stripe.refunds.create(refundObject(c.request), {idempotencyKey: c.idempotencyKey || 'k'});
        } else if (c.kind === 'taxRate') {
            await stripe.taxRates.create(taxRateObject(c.request), {idempotencyKey: c.idempotencyKey || 'k'});
        } else if (c.kind === 'coupon') {
            await stripe.coupons.create(couponObject(c.request), {idempotencyKey: c.idempotencyKey || 'k'});
        } else if (c.kind === 'refundRetrieve') {
            await stripe.refunds.retrieve(c.id);
        } else if (c.kind === 'refundList') {
            await stripe.refunds.list(refundListObject(c.params));
        } else if (c.kind === 'periodList') {
            await stripe[c.resource].list(periodListObject(c.params));
        } else {
            throw new Error('unknown case kind ' + c.kind);
        }
        out[c.name] = last;
    }
    server.close();
    process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
    process.stderr.write(String(e && e.stack || e) + '\n');
    process.exit(1);
});

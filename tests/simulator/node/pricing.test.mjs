// SPDX-License-Identifier: MIT
// Tax rates, coupons, promotion codes and the prices of Checkout Sessions, driven through the
// official stripe-node; every object answered is checked against kiosk-subset.json (schema.mjs).
// Sessions and promotion codes are checked as rendered for the schema's API version (2023-08-16),
// since later versions renamed fields it describes (ui_mode's values, promotion_code.coupon).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { assertSchema, schemaChecks } from './schema.mjs';
import { startSim, stopSim } from './simProcess.mjs';

const require = createRequire(path.join(process.env.NODE_PATH ?? '.', 'noop.js'));
const StripeModule = require('stripe');
const Stripe = StripeModule.default ?? StripeModule;

const KEY = 'sk_test_nodepricing1234';
const SCHEMA_VERSION = { apiVersion: '2023-08-16' };
const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-pricing-'));
const statePath = path.join(stateDir, 'state.json');
let sim;
let stripe;
let port;

async function restart() {
  assert.equal(await stopSim(sim), 0);
  ({ proc: sim, port } = await startSim(['--state', statePath]));
  stripe = new Stripe(KEY, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 });
}

before(async () => {
  ({ proc: sim, port } = await startSim(['--state', statePath]));
  stripe = new Stripe(KEY, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 });
});

after(async () => {
  if (sim) assert.equal(await stopSim(sim), 0, 'stripe-sim stops cleanly on SIGTERM');
  fs.rmSync(stateDir, { recursive: true, force: true });
  console.log(`# objects checked against the schema: ${schemaChecks()}, violations: 0`);
});

const line = (unit, quantity, currency, extra = {}) => ({
  quantity,
  price_data: { currency, unit_amount: unit, product_data: { name: `Item ${unit}` } },
  ...extra,
});
const session = (lineItems, extra = {}) => ({
  mode: 'payment',
  success_url: 'https://kiosk.test/ok',
  line_items: lineItems,
  ...extra,
});

async function rejects(promise, status, message, param) {
  await assert.rejects(promise, (e) => {
    assert.equal(e.statusCode, status, e.message);
    if (message instanceof RegExp) assert.match(e.message, message);
    else assert.equal(e.message, message);
    if (param !== undefined) assert.equal(e.param, param);
    return true;
  });
}

// --- tax rates ------------------------------------------------------------------------------------
test('tax rates: create, retrieve, update, list', async () => {
  const vat = await stripe.taxRates.create({
    display_name: 'VAT', percentage: 19, inclusive: true, country: 'DE', jurisdiction: 'DE',
    tax_type: 'vat', description: 'German VAT', metadata: { till: '1' },
  });
  assertSchema('tax_rate', vat);
  assert.match(vat.id, /^txr_/);
  assert.equal(vat.percentage, 19);
  assert.equal(vat.inclusive, true);
  assert.equal(vat.active, true);
  assert.equal(vat.country, 'DE');
  assert.equal(vat.tax_type, 'vat');
  assert.deepEqual(vat.metadata, { till: '1' });

  const nyc = await stripe.taxRates.create({ display_name: 'Sales tax', percentage: 8.875, inclusive: false, state: 'NY' });
  assertSchema('tax_rate', nyc);
  assert.equal(nyc.percentage, 8.875, 'four-decimal percentages come back as written');
  assert.equal(nyc.state, 'NY');

  const got = await stripe.taxRates.retrieve(vat.id);
  assertSchema('tax_rate', got);
  assert.deepEqual({ ...got, lastResponse: undefined }, { ...vat, lastResponse: undefined });

  const updated = await stripe.taxRates.update(nyc.id, { active: false, display_name: 'NY sales tax', metadata: { a: 'b' } });
  assertSchema('tax_rate', updated);
  assert.equal(updated.active, false);
  assert.equal(updated.display_name, 'NY sales tax');
  assert.equal(updated.percentage, 8.875);

  const inactive = await stripe.taxRates.list({ active: false, limit: 100 });
  inactive.data.forEach((r) => assertSchema('tax_rate', r));
  assert.ok(inactive.data.every((r) => r.active === false));
  assert.ok(inactive.data.some((r) => r.id === nyc.id));
  const inclusive = await stripe.taxRates.list({ inclusive: true, limit: 100 });
  assert.ok(inclusive.data.every((r) => r.inclusive === true));
  assert.ok(inclusive.data.some((r) => r.id === vat.id));
  const paged = await stripe.taxRates.list({ limit: 1 });
  assert.equal(paged.data.length, 1);
  assert.equal(paged.has_more, true);
  assert.equal(paged.url, '/v1/tax_rates');
  const all = await stripe.taxRates.list({ limit: 1 }).autoPagingToArray({ limit: 100 });
  assert.ok(all.length >= 2);
  all.forEach((r) => assertSchema('tax_rate', r));
  const recent = await stripe.taxRates.list({ created: { gte: vat.created }, limit: 100 });
  assert.ok(recent.data.some((r) => r.id === vat.id));
});

test('tax rates: refusals', async () => {
  const base = { display_name: 'VAT', percentage: 19, inclusive: false };
  await rejects(stripe.taxRates.create({ ...base, percentage: 5.12345 }), 400, /Invalid percentage: 5\.12345/, 'percentage');
  await rejects(stripe.taxRates.create({ ...base, percentage: 101 }), 400, /Invalid percentage/, 'percentage');
  await rejects(stripe.taxRates.create({ ...base, percentage: -1 }), 400, /Invalid percentage/, 'percentage');
  await rejects(stripe.taxRates.create({ display_name: 'VAT', inclusive: false }), 400, 'Missing required param: percentage.', 'percentage');
  await rejects(stripe.taxRates.create({ ...base, display_name: 'x'.repeat(51) }), 400, /at most 50 characters/, 'display_name');
  await rejects(stripe.taxRates.create({ ...base, tax_type: 'bogus' }), 400, /Invalid tax_type/, 'tax_type');
  await rejects(stripe.taxRates.create({ ...base, country: 'de' }), 400, /Country 'de' is unknown/, 'country');
  const rate = await stripe.taxRates.create(base);
  await rejects(stripe.taxRates.update(rate.id, { percentage: 20 }), 400, 'Received unknown parameter: percentage', 'percentage');
  await rejects(stripe.taxRates.update(rate.id, { inclusive: true }), 400, 'Received unknown parameter: inclusive', 'inclusive');
  await rejects(stripe.taxRates.retrieve('txr_missing'), 404, "No such tax_rate: 'txr_missing'");
  await rejects(stripe.taxRates.list({ bogus: 1 }), 400, 'Received unknown parameter: bogus', 'bogus');
});

// --- sessions with tax ----------------------------------------------------------------------------
test('session tax: the worked example, per line and in total_details.breakdown', async () => {
  const rate = await stripe.taxRates.create({ display_name: 'Sales tax', percentage: 15, inclusive: false });
  const created = await stripe.checkout.sessions.create(session([
    line(43, 1, 'usd', { tax_rates: [rate.id] }),
    line(484, 1, 'usd', { tax_rates: [rate.id] }),
  ]));
  assert.equal(created.amount_subtotal, 527);
  assert.equal(created.total_details.amount_tax, 79);
  assert.equal(created.amount_total, 606);
  assert.equal(created.total_details.breakdown, undefined, 'the breakdown only when expanded');

  const expanded = await stripe.checkout.sessions.retrieve(created.id,
    { expand: ['total_details.breakdown', 'line_items'] }, SCHEMA_VERSION);
  assertSchema('checkout.session', expanded);
  assert.deepEqual(expanded.line_items.data.map((i) => [i.amount_subtotal, i.amount_tax, i.amount_total]),
    [[43, 6, 49], [484, 73, 557]]);
  const [tax] = expanded.total_details.breakdown.taxes;
  assert.equal(expanded.total_details.breakdown.taxes.length, 1);
  assert.equal(tax.amount, 79);
  assert.equal(tax.taxable_amount, 527);
  assert.equal(tax.rate.id, rate.id);
  assert.deepEqual(expanded.total_details.breakdown.discounts, []);
  const items = await stripe.checkout.sessions.listLineItems(created.id);
  items.data.forEach((item) => assertSchema('item', item));
  assert.deepEqual(items.data.map((i) => i.amount_tax), [6, 73]);
});

test('session tax: inclusive rate is inside the total; price_data[tax_behavior] is kept', async () => {
  const vat = await stripe.taxRates.create({ display_name: 'MwSt', percentage: 7, inclusive: true });
  const created = await stripe.checkout.sessions.create(session([
    line(999, 3, 'eur', { tax_rates: [vat.id], price_data: { currency: 'eur', unit_amount: 999, tax_behavior: 'inclusive', product_data: { name: 'Tea' } } }),
  ]), SCHEMA_VERSION);
  assertSchema('checkout.session', created);
  assert.equal(created.amount_subtotal, 2997);
  assert.equal(created.amount_total, 2997);
  assert.equal(created.total_details.amount_tax, 196);
  const items = await stripe.checkout.sessions.listLineItems(created.id);
  assert.equal(items.data[0].price.tax_behavior, 'inclusive');
  const expanded = await stripe.checkout.sessions.retrieve(created.id, { expand: ['total_details.breakdown'] });
  assert.equal(expanded.total_details.breakdown.taxes[0].taxable_amount, 2801);
});

test('session tax: unknown, inactive and mixed rates are refused', async () => {
  const exclusive = await stripe.taxRates.create({ display_name: 'Tax', percentage: 10, inclusive: false });
  const inclusive = await stripe.taxRates.create({ display_name: 'VAT', percentage: 20, inclusive: true });
  const archived = await stripe.taxRates.create({ display_name: 'Old', percentage: 5, inclusive: false, active: false });
  await rejects(stripe.checkout.sessions.create(session([line(500, 1, 'usd', { tax_rates: ['txr_nope'] })])),
    400, "No such tax_rate: 'txr_nope'", 'line_items[0][tax_rates][0]');
  await rejects(stripe.checkout.sessions.create(session([line(500, 1, 'usd', { tax_rates: [archived.id] })])),
    400, /inactive/, 'line_items[0][tax_rates][0]');
  await rejects(stripe.checkout.sessions.create(session([line(500, 1, 'usd', { tax_rates: [exclusive.id, inclusive.id] })])),
    400, /both inclusive and exclusive/, 'line_items[0][tax_rates][1]');
});

test('state file keeps tax rates', async () => {
  const rate = await stripe.taxRates.create({ display_name: 'Kept', percentage: 5.5, inclusive: false, metadata: { k: 'v' } });
  await restart();
  const again = await stripe.taxRates.retrieve(rate.id);
  assertSchema('tax_rate', again);
  assert.equal(again.percentage, 5.5);
  assert.deepEqual(again.metadata, { k: 'v' });
  const created = await stripe.checkout.sessions.create(session([line(250, 1, 'eur', { tax_rates: [rate.id] })]));
  assert.equal(created.total_details.amount_tax, 14, '13.75 rounds half up to 14 after a restart too');
});

// --- coupons and promotion codes ------------------------------------------------------------------
const pay = (id) => fetch(`http://127.0.0.1:${port}/_sim/sessions/${id}/pay`, {
  method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ card: '4242424242424242', email: 'ann@example.com' }),
}).then((r) => r.json());

test('coupons: create, retrieve, update, list, delete', async () => {
  const tenPercent = await stripe.coupons.create({ percent_off: 12.5, duration: 'once', name: 'Spring', metadata: { a: '1' } });
  assertSchema('coupon', tenPercent);
  assert.equal(tenPercent.percent_off, 12.5);
  assert.equal(tenPercent.valid, true);
  assert.equal(tenPercent.times_redeemed, 0);
  const fiveOff = await stripe.coupons.create({
    id: 'FIVE-OFF', amount_off: 500, currency: 'usd', duration: 'repeating', duration_in_months: 3,
    max_redemptions: 10, redeem_by: Math.floor(Date.now() / 1000) + 86400,
  });
  assertSchema('coupon', fiveOff);
  assert.equal(fiveOff.id, 'FIVE-OFF');
  assert.equal(fiveOff.amount_off, 500);
  assert.equal(fiveOff.currency, 'usd');
  const got = await stripe.coupons.retrieve('FIVE-OFF');
  assertSchema('coupon', got);
  assert.equal(got.max_redemptions, 10);
  const renamed = await stripe.coupons.update(tenPercent.id, { name: 'Summer', metadata: { a: '', b: '2' } });
  assertSchema('coupon', renamed);
  assert.equal(renamed.name, 'Summer');
  assert.deepEqual(renamed.metadata, { b: '2' });
  const listed = await stripe.coupons.list({ limit: 100 });
  listed.data.forEach((c) => assertSchema('coupon', c));
  assert.ok(listed.data.some((c) => c.id === 'FIVE-OFF'));
  const deleted = await stripe.coupons.del(tenPercent.id);
  assertSchema('deleted_coupon', deleted);
  assert.equal(deleted.deleted, true);
  await rejects(stripe.coupons.retrieve(tenPercent.id), 404, `No such coupon: '${tenPercent.id}'`);
  assert.ok(!(await stripe.coupons.list({ limit: 100 })).data.some((c) => c.id === tenPercent.id));
});

test('coupons: refusals', async () => {
  await rejects(stripe.coupons.create({ duration: 'once' }), 400, /percent_off.*amount_off/);
  await rejects(stripe.coupons.create({ percent_off: 10, amount_off: 100, currency: 'usd' }), 400,
    'You may only specify one of these parameters: amount_off, percent_off.');
  await rejects(stripe.coupons.create({ amount_off: 100 }), 400, 'Missing required param: currency.', 'currency');
  await rejects(stripe.coupons.create({ percent_off: 0 }), 400, /Invalid percent_off/, 'percent_off');
  await rejects(stripe.coupons.create({ percent_off: 100.5 }), 400, /Invalid percent_off/, 'percent_off');
  await rejects(stripe.coupons.create({ percent_off: 10, name: 'x'.repeat(41) }), 400, /at most 40 characters/, 'name');
  await rejects(stripe.coupons.create({ percent_off: 10, duration: 'repeating' }), 400,
    'Missing required param: duration_in_months.', 'duration_in_months');
  await rejects(stripe.coupons.create({ percent_off: 10, redeem_by: 1000 }), 400, /redeem_by must be in the future/, 'redeem_by');
  await stripe.coupons.create({ id: 'TWICE', percent_off: 10 });
  await rejects(stripe.coupons.create({ id: 'TWICE', percent_off: 10 }), 400, 'Coupon already exists.', 'id');
  // The discount is whole currency steps (docs/pricing-rule.md): 10 in KWD, 100 in ISK.
  await rejects(stripe.coupons.create({ amount_off: 1255, currency: 'kwd' }), 400, /Invalid amount_off: 1255 kwd/, 'amount_off');
  await rejects(stripe.coupons.create({ amount_off: 150, currency: 'isk' }), 400, /Invalid amount_off: 150 isk/, 'amount_off');
  assert.equal((await stripe.coupons.create({ amount_off: 1250, currency: 'kwd' })).amount_off, 1250);
  await rejects(stripe.coupons.update('TWICE', { percent_off: 20 }), 400, 'Received unknown parameter: percent_off', 'percent_off');
});

test('promotion codes in the pinned shape and in the schema version', async () => {
  const coupon = await stripe.coupons.create({ percent_off: 10 });
  const promo = await stripe.promotionCodes.create({
    promotion: { type: 'coupon', coupon: coupon.id }, code: 'KIOSK10', max_redemptions: 5,
    restrictions: { minimum_amount: 1000, minimum_amount_currency: 'usd' }, metadata: { k: 'v' },
  });
  assert.match(promo.id, /^promo_/);
  assert.deepEqual(promo.promotion, { type: 'coupon', coupon: coupon.id });
  assert.equal(promo.coupon, undefined, 'the pinned version has promotion.coupon, not coupon');
  assert.equal(promo.code, 'KIOSK10');
  assert.equal(promo.restrictions.minimum_amount, 1000);
  const old = await stripe.promotionCodes.retrieve(promo.id, {}, SCHEMA_VERSION);
  assertSchema('promotion_code', old);
  assert.equal(old.coupon.id, coupon.id);
  assert.equal(old.promotion, undefined);
  const viaOld = await stripe.promotionCodes.create({ coupon: coupon.id }, SCHEMA_VERSION);
  assertSchema('promotion_code', viaOld);
  assert.match(viaOld.code, /^[A-Z0-9]+$/, 'a blank code is generated');
  await rejects(stripe.promotionCodes.create({ coupon: coupon.id }), 400, 'Received unknown parameter: coupon', 'coupon');
  await rejects(stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: coupon.id }, code: 'kiosk10' }), 400,
    /already exists/, 'code');
  await rejects(stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: 'nope' } }), 400,
    "No such coupon: 'nope'", 'promotion[coupon]');
  await rejects(stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: coupon.id }, code: 'bad code' }), 400,
    /Invalid code/, 'code');
  const off = await stripe.promotionCodes.update(promo.id, { active: false }, SCHEMA_VERSION);
  assertSchema('promotion_code', off);
  assert.equal(off.active, false);
  const byCode = await stripe.promotionCodes.list({ code: 'kiosk10' }, SCHEMA_VERSION);
  byCode.data.forEach((p) => assertSchema('promotion_code', p));
  assert.deepEqual(byCode.data.map((p) => p.id), [promo.id]);
  const byCoupon = await stripe.promotionCodes.list({ coupon: coupon.id, active: true });
  assert.deepEqual(byCoupon.data.map((p) => p.id), [viaOld.id]);
});

test('session discounts: coupon, promotion code, totals, times_redeemed at payment', async () => {
  const vat = await stripe.taxRates.create({ display_name: 'VAT', percentage: 19, inclusive: false });
  const coupon = await stripe.coupons.create({ percent_off: 10, max_redemptions: 1 });
  const created = await stripe.checkout.sessions.create(session([
    line(1000, 1, 'usd', { tax_rates: [vat.id] }),
    line(333, 1, 'usd'),
  ], { discounts: [{ coupon: coupon.id }] }));
  assert.equal(created.amount_subtotal, 1333);
  assert.equal(created.total_details.amount_discount, 133);
  assert.equal(created.total_details.amount_tax, 171, 'tax on the discounted line: 19% of 900');
  assert.equal(created.amount_total, 1333 - 133 + 171);
  assert.deepEqual(created.discounts, [{ coupon: coupon.id, promotion_code: null }]);
  const expanded = await stripe.checkout.sessions.retrieve(created.id,
    { expand: ['total_details.breakdown', 'line_items'] }, SCHEMA_VERSION);
  assertSchema('checkout.session', expanded);
  assert.deepEqual(expanded.line_items.data.map((i) => i.amount_discount), [100, 33]);
  const [discount] = expanded.total_details.breakdown.discounts;
  assert.equal(discount.amount, 133);
  assert.equal(discount.discount.coupon.id, coupon.id);
  assertSchema('discount', discount.discount);

  assert.equal((await stripe.coupons.retrieve(coupon.id)).times_redeemed, 0, 'not counted before payment');
  assert.equal((await pay(created.id)).outcome, 'paid');
  const used = await stripe.coupons.retrieve(coupon.id);
  assert.equal(used.times_redeemed, 1);
  assert.equal(used.valid, false, 'max_redemptions reached');
  await rejects(stripe.checkout.sessions.create(session([line(1000, 1, 'usd')], { discounts: [{ coupon: coupon.id }] })),
    400, /maximum number of redemptions/, 'discounts[0][coupon]');

  const fiveOff = await stripe.coupons.create({ amount_off: 500, currency: 'usd' });
  const promo = await stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: fiveOff.id }, code: 'FIVER' });
  const withCode = await stripe.checkout.sessions.create(session([line(2000, 1, 'usd')],
    { discounts: [{ promotion_code: promo.id }] }));
  assert.equal(withCode.amount_total, 1500);
  assert.deepEqual(withCode.discounts, [{ coupon: fiveOff.id, promotion_code: promo.id }]);
  await pay(withCode.id);
  assert.equal((await stripe.promotionCodes.retrieve(promo.id)).times_redeemed, 1);
  assert.equal((await stripe.coupons.retrieve(fiveOff.id)).times_redeemed, 1);
});

test('session discounts: KWD percent_off in whole steps (the worked example)', async () => {
  const coupon = await stripe.coupons.create({ percent_off: 15 });
  const created = await stripe.checkout.sessions.create(
    session([line(1250, 1, 'kwd'), line(1130, 1, 'kwd')], { discounts: [{ coupon: coupon.id }] }));
  assert.equal(created.amount_subtotal, 2380);
  assert.equal(created.total_details.amount_discount, 360);
  assert.equal(created.amount_total, 2020);
  const items = await stripe.checkout.sessions.listLineItems(created.id);
  assert.deepEqual(items.data.map((i) => i.amount_discount), [190, 170]);
});

test('session discounts: refusals', async () => {
  const coupon = await stripe.coupons.create({ percent_off: 10 });
  const euros = await stripe.coupons.create({ amount_off: 100, currency: 'eur' });
  const minimum = await stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: coupon.id },
    restrictions: { minimum_amount: 5000, minimum_amount_currency: 'usd' } });
  const items = [line(1000, 1, 'usd')];
  await rejects(stripe.checkout.sessions.create(session(items, { discounts: [{ coupon: coupon.id }], allow_promotion_codes: true })),
    400, 'You may only specify one of these parameters: allow_promotion_codes, discounts.');
  await rejects(stripe.checkout.sessions.create(session(items, { discounts: [{ coupon: 'nope' }] })),
    400, "No such coupon: 'nope'", 'discounts[0][coupon]');
  await rejects(stripe.checkout.sessions.create(session(items, { discounts: [{ promotion_code: 'promo_nope' }] })),
    400, "No such promotion_code: 'promo_nope'", 'discounts[0][promotion_code]');
  await rejects(stripe.checkout.sessions.create(session(items, { discounts: [{ coupon: coupon.id }, { coupon: coupon.id }] })),
    400, /only specify one discount/, 'discounts');
  await rejects(stripe.checkout.sessions.create(session(items, { discounts: [{ coupon: euros.id }] })),
    400, /is in eur/, 'discounts[0][coupon]');
  await rejects(stripe.checkout.sessions.create(session(items, { discounts: [{ promotion_code: minimum.id }] })),
    400, /minimum order amount/, 'discounts[0][promotion_code]');
  const allowed = await stripe.checkout.sessions.create(session(items, { allow_promotion_codes: true }), SCHEMA_VERSION);
  assertSchema('checkout.session', allowed);
  assert.equal(allowed.allow_promotion_codes, true);
});

test('state file keeps coupons and promotion codes', async () => {
  const coupon = await stripe.coupons.create({ id: 'KEEP', amount_off: 250, currency: 'eur', max_redemptions: 3 });
  const promo = await stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: coupon.id }, code: 'KEEPME' });
  const created = await stripe.checkout.sessions.create(session([line(1000, 1, 'eur')], { discounts: [{ promotion_code: promo.id }] }));
  await restart();
  const coupon2 = await stripe.coupons.retrieve('KEEP');
  assertSchema('coupon', coupon2);
  assert.equal(coupon2.amount_off, 250);
  assert.deepEqual((await stripe.promotionCodes.retrieve(promo.id)).promotion, { type: 'coupon', coupon: 'KEEP' });
  const list = await stripe.promotionCodes.list({ code: 'keepme' });
  assert.deepEqual(list.data.map((p) => p.id), [promo.id], 'the code index is rebuilt');
  await pay(created.id);
  assert.equal((await stripe.coupons.retrieve('KEEP')).times_redeemed, 1);
});

// --- the hosted page: promotion codes and languages ---------------------------------------------
const page = (id, init) => fetch(`http://127.0.0.1:${port}/c/pay/${id}${init?.path ?? ''}`, { redirect: 'manual', ...init })
  .then(async (r) => ({ status: r.status, location: r.headers.get('location'), html: await r.text() }));
const postForm = (id, subpath, fields) => page(id, {
  path: subpath, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});
const plain = (html) => html.replace(/\u00a0|\u202f/g, ' ');

test('hosted page: a promotion code field when allowed; applying a code reprices the session', async () => {
  const coupon = await stripe.coupons.create({ percent_off: 20 });
  await stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: coupon.id }, code: 'PAGE20' });
  const without = await stripe.checkout.sessions.create(session([line(1000, 1, 'usd')]));
  assert.doesNotMatch((await page(without.id)).html, /id="promotionCode"/, 'no field unless allow_promotion_codes');
  assert.equal((await postForm(without.id, '/promotion_code', { promotionCode: 'PAGE20' })).status, 200);
  assert.equal((await stripe.checkout.sessions.retrieve(without.id)).amount_total, 1000, 'and no code applied');

  const created = await stripe.checkout.sessions.create(session([line(1000, 1, 'usd')], { allow_promotion_codes: true }));
  const before = await page(created.id);
  assert.match(before.html, /id="promotionCode"/);
  assert.match(before.html, /id="total">\$10\.00</);
  const wrong = await postForm(created.id, '/promotion_code', { promotionCode: 'NOPE' });
  assert.equal(wrong.status, 400);
  assert.match(wrong.html, /This code is invalid\./);
  assert.equal((await stripe.checkout.sessions.retrieve(created.id)).amount_total, 1000);

  const applied = await postForm(created.id, '/promotion_code', { promotionCode: 'page20' });
  assert.equal(applied.status, 303);
  assert.equal(applied.location, `/c/pay/${created.id}`);
  const after = await page(created.id);
  assert.match(after.html, /id="total">\$8\.00</, 'the total shown is updated');
  assert.match(after.html, /id="discount">-\$2\.00</);
  assert.match(after.html, /value="PAGE20"/);
  const repriced = await stripe.checkout.sessions.retrieve(created.id, { expand: ['total_details.breakdown'] }, SCHEMA_VERSION);
  assertSchema('checkout.session', repriced);
  assert.equal(repriced.amount_total, 800);
  assert.equal(repriced.total_details.amount_discount, 200);
  assert.equal(repriced.discounts[0].coupon, coupon.id);
  assert.equal((await pay(created.id)).outcome, 'paid');
  assert.equal((await stripe.coupons.retrieve(coupon.id)).times_redeemed, 1);
});

test('hosted page speaks the session locale and formats amounts for it', async () => {
  const cases = [
    ['en', 'usd', ['Pay with card', 'Cardholder name', 'Order summary', 'Promotion code'], '$11.95'],
    ['de', 'usd', ['Mit Karte bezahlen', 'Name des Karteninhabers', 'Bestellübersicht', 'Aktionscode'], '11,95 $'],
    ['de', 'eur', ['Mit Karte bezahlen', 'Testmodus'], '11,95 €'],
    ['fr', 'eur', ['Payer par carte', 'Nom du titulaire de la carte', 'Code promotionnel'], '11,95 €'],
    ['es', 'eur', ['Pagar con tarjeta', 'Nombre del titular', 'Código promocional'], '11,95 €'],
    ['es-419', 'eur', ['Pagar con tarjeta'], '11,95 €'],
    ['auto', 'usd', ['Pay with card'], '$11.95'],
  ];
  for (const [locale, currency, texts, amount] of cases) {
    const created = await stripe.checkout.sessions.create(session([line(1195, 1, currency)], { locale, allow_promotion_codes: true }));
    const { html } = await page(created.id);
    const lang = locale === 'auto' ? 'en' : locale.slice(0, 2);
    assert.match(html, new RegExp(`<html lang="${lang}">`), locale);
    for (const text of texts) assert.ok(html.includes(text), `${locale}: ${text}`);
    assert.ok(plain(html).includes(`id="total">${amount}<`), `${locale}/${currency}: ${amount}`);
    if (lang !== 'en') assert.ok(!html.includes('Pay with card'), `${locale}: no English left in the form`);
  }
});

// --- session options ------------------------------------------------------------------------------
test('session options are accepted, validated and carried by the session; shipping is in the total', async () => {
  const created = await stripe.checkout.sessions.create(session([line(1000, 2, 'usd')], {
    phone_number_collection: { enabled: true },
    shipping_address_collection: { allowed_countries: ['US', 'CA'] },
    shipping_options: [
      { shipping_rate_data: { display_name: 'Courier', type: 'fixed_amount', fixed_amount: { amount: 499, currency: 'usd' },
        delivery_estimate: { minimum: { unit: 'business_day', value: 1 }, maximum: { unit: 'business_day', value: 3 } } } },
      { shipping_rate_data: { display_name: 'Pickup', type: 'fixed_amount', fixed_amount: { amount: 0, currency: 'usd' } } },
    ],
    custom_fields: [
      { key: 'table', label: { type: 'custom', custom: 'Table number' }, type: 'numeric', numeric: { maximum_length: 3 } },
      { key: 'milk', label: { type: 'custom', custom: 'Milk' }, type: 'dropdown', optional: true,
        dropdown: { options: [{ label: 'Oat', value: 'oat' }, { label: 'Whole', value: 'whole' }] } },
    ],
    consent_collection: { promotions: 'auto', terms_of_service: 'none' },
    after_expiration: { recovery: { enabled: true, allow_promotion_codes: false } },
    custom_text: { submit: { message: 'We brew on payment.' } },
    submit_type: 'pay',
  }), SCHEMA_VERSION);
  assertSchema('checkout.session', created);
  assert.deepEqual(created.phone_number_collection, { enabled: true });
  assert.deepEqual(created.shipping_address_collection, { allowed_countries: ['US', 'CA'] });
  assert.equal(created.shipping_options.length, 2);
  assert.match(created.shipping_options[0].shipping_rate, /^shr_/);
  assert.equal(created.shipping_cost.amount_total, 499, 'the first option is preselected');
  assert.equal(created.total_details.amount_shipping, 499);
  assert.equal(created.amount_subtotal, 2000);
  assert.equal(created.amount_total, 2499);
  assert.deepEqual(created.custom_fields.map((f) => [f.key, f.type, f.optional]), [['table', 'numeric', false], ['milk', 'dropdown', true]]);
  assert.equal(created.custom_fields[0].numeric.maximum_length, 3);
  assert.deepEqual(created.consent_collection.promotions, 'auto');
  assert.equal(created.after_expiration.recovery.enabled, true);
  assert.deepEqual(created.custom_text.submit, { message: 'We brew on payment.' });
  assert.equal(created.submit_type, 'pay');
  const again = await stripe.checkout.sessions.retrieve(created.id);
  assert.equal(again.amount_total, 2499);
});

test('session options: refusals', async () => {
  const items = [line(1000, 1, 'usd')];
  const field = (key) => ({ key, label: { type: 'custom', custom: 'Name' }, type: 'text' });
  await rejects(stripe.checkout.sessions.create(session(items, { custom_fields: [field('a'), field('b'), field('c'), field('d')] })),
    400, /custom_fields/);
  await rejects(stripe.checkout.sessions.create(session(items, { custom_fields: [field('a'), field('a')] })),
    400, /unique/, 'custom_fields[1][key]');
  await rejects(stripe.checkout.sessions.create(session(items, { custom_fields: [field('no-dash')] })),
    400, /only letters and digits/, 'custom_fields[0][key]');
  await rejects(stripe.checkout.sessions.create(session(items, { custom_fields: [{ ...field('x'), type: 'dropdown' }] })),
    400, 'Missing required param: custom_fields[0][dropdown].', 'custom_fields[0][dropdown]');
  await rejects(stripe.checkout.sessions.create(session(items, { shipping_address_collection: { allowed_countries: ['us'] } })),
    400, /two-letter country code/, 'shipping_address_collection[allowed_countries][0]');
  await rejects(stripe.checkout.sessions.create(session(items, { shipping_options: [{ shipping_rate_data: { display_name: 'X', fixed_amount: { amount: 100, currency: 'eur' } } }] })),
    400, /currency must be the session's/, 'shipping_options[0][shipping_rate_data][fixed_amount][currency]');
  await rejects(stripe.checkout.sessions.create(session(items, { shipping_options: [{ shipping_rate: 'shr_nope' }] })),
    400, "No such shipping_rate: 'shr_nope'", 'shipping_options[0][shipping_rate]');
  await rejects(stripe.checkout.sessions.create(session(items, { consent_collection: { promotions: 'always' } })),
    400, /Invalid consent_collection\[promotions\]|promotions/);
  await rejects(stripe.checkout.sessions.create(session(items, { custom_text: { submit: { message: 'x'.repeat(1201) } } })),
    400, /at most 1200 characters/);
  await rejects(stripe.checkout.sessions.create(session(items, { phone_number_collection: { enabled: 'maybe' } })),
    400, /Invalid boolean/);
});

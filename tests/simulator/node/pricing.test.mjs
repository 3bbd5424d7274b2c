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

// SPDX-License-Identifier: MIT
// Cross-check of the money surface (PaymentIntent, Charge, refunds, balance transactions, webhook
// endpoints) with the official stripe-node: every object it answers is checked against Stripe's
// OpenAPI schema, and webhooks arrive at an endpoint made through POST /v1/webhook_endpoints,
// verified with stripe.webhooks.constructEvent and that endpoint's secret.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import http from 'node:http';
import path from 'node:path';

import { assertSchema, hasSchema, schemaChecks } from './schema.mjs';
import { startSim, stopSim } from './simProcess.mjs';

const require = createRequire(path.join(process.env.NODE_PATH ?? '.', 'noop.js'));
const StripeModule = require('stripe');
const Stripe = StripeModule.default ?? StripeModule;

const KEY = 'sk_test_nodemoneycheck1234';

let sim;
let baseUrl;
let stripe;
let receiver;
let endpoint;
const deliveries = [];

function control(method, urlPath, body) {
  return fetch(baseUrl + urlPath, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  }).then(async (r) => ({ status: r.status, body: await r.json() }));
}

async function waitFor(predicate, what) {
  for (let i = 0; i < 200; i++) {
    if (predicate()) return;
    await new Promise((r) => setTimeout(r, 25)); // polling an external process, not asserting a timing
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** A paid session (4242…) for `amount` cents, with these payment_intent_data. */
async function paidSession(amount = 2800, paymentIntentData = {}) {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    success_url: 'https://kiosk.test/ok',
    line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: amount, product_data: { name: 'Order' } } }],
    payment_intent_data: paymentIntentData,
  });
  const paid = await control('POST', `/_sim/sessions/${session.id}/pay`, { card: '4242424242424242', email: 'ann@example.com', name: 'Ann' });
  assert.equal(paid.body.outcome, 'paid');
  return stripe.checkout.sessions.retrieve(session.id);
}

/** The object of an event, checked against the schema of its own `object` type. */
function assertEventObject(event) {
  assertSchema('event', event);
  const name = event.data.object.object;
  assert.ok(hasSchema(name), `no schema for ${name}`);
  assertSchema(name, event.data.object);
}

before(async () => {
  receiver = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      let event = null;
      let error = null;
      try {
        event = stripe.webhooks.constructEvent(raw, req.headers['stripe-signature'], endpoint?.secret ?? '');
      } catch (e) {
        error = e;
      }
      deliveries.push({ raw, event, error });
      res.writeHead(error ? 400 : 200).end();
    });
  });
  await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
  const started = await startSim([]);
  sim = started.proc;
  baseUrl = started.url;
  stripe = new Stripe(KEY, { host: '127.0.0.1', port: started.port, protocol: 'http', maxNetworkRetries: 0 });
  endpoint = await stripe.webhookEndpoints.create({
    url: `http://127.0.0.1:${receiver.address().port}/hooks`,
    enabled_events: ['charge.succeeded', 'charge.refunded', 'payment_intent.succeeded', 'refund.created',
      'refund.updated', 'refund.failed'],
    metadata: { till: '1' },
  });
});

after(async () => {
  if (sim) assert.equal(await stopSim(sim), 0, 'stripe-sim stops cleanly on SIGTERM');
  await new Promise((r) => receiver.close(r));
  console.log(`# objects checked against the schema: ${schemaChecks()}, violations: 0`);
});

test('webhook endpoints: the secret once, list, retrieve, delete', async () => {
  assert.match(endpoint.id, /^we_/);
  assert.match(endpoint.secret, /^whsec_/);
  assert.equal(endpoint.status, 'enabled');
  assert.deepEqual(endpoint.metadata, { till: '1' });
  const again = await stripe.webhookEndpoints.retrieve(endpoint.id);
  assert.equal(again.url, endpoint.url);
  assert.equal(again.secret, undefined, 'the secret is shown at creation only');
  const other = await stripe.webhookEndpoints.create({ url: 'https://shop.test/hooks', enabled_events: ['*'] });
  const listed = await stripe.webhookEndpoints.list({ limit: 1 }).autoPagingToArray({ limit: 10 });
  assert.deepEqual(listed.map((e) => e.id), [other.id, endpoint.id]);
  const deleted = await stripe.webhookEndpoints.del(other.id);
  assert.deepEqual({ id: deleted.id, object: deleted.object, deleted: deleted.deleted },
    { id: other.id, object: 'webhook_endpoint', deleted: true });
  await assert.rejects(stripe.webhookEndpoints.retrieve(other.id), (err) => err.statusCode === 404);
  await assert.rejects(stripe.webhookEndpoints.create({ url: 'not a url', enabled_events: ['*'] }),
    (err) => err.type === 'StripeInvalidRequestError' && err.param === 'url');
});

test('a paid session has a PaymentIntent and a Charge', async () => {
  const session = await paidSession(2800, {
    capture_method: 'automatic', description: 'Order 7', receipt_email: 'r@example.com',
    statement_descriptor_suffix: 'K7', metadata: { order_id: '7' },
  });
  const expanded = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge'] });
  assertSchema('checkout.session', expanded);
  const intent = expanded.payment_intent;
  assertSchema('payment_intent', intent);
  assert.equal(intent.status, 'succeeded');
  assert.equal(intent.amount_received, 2800);
  assert.equal(intent.capture_method, 'automatic');
  assert.equal(intent.description, 'Order 7');
  assert.equal(intent.receipt_email, 'r@example.com');
  assert.equal(intent.statement_descriptor_suffix, 'K7');
  assert.deepEqual(intent.metadata, { order_id: '7' });
  const charge = intent.latest_charge;
  assertSchema('charge', charge);
  assert.equal(charge.paid, true);
  assert.equal(charge.captured, true);
  assert.equal(charge.amount_captured, 2800);
  assert.equal(charge.refunded, false);
  assert.equal(charge.payment_method_details.card.last4, '4242');

  const byId = await stripe.paymentIntents.retrieve(intent.id);
  assertSchema('payment_intent', byId);
  assert.equal(byId.created, intent.created);
  assert.equal(byId.latest_charge, charge.id);
  const chargeById = await stripe.charges.retrieve(charge.id, { expand: ['balance_transaction'] });
  assertSchema('charge', chargeById);
  assertSchema('balance_transaction', chargeById.balance_transaction);
  assert.equal(chargeById.balance_transaction.fee, 111);
  assert.equal(chargeById.balance_transaction.net, 2689);
  const intents = await stripe.paymentIntents.list({ limit: 5 });
  intents.data.forEach((pi) => assertSchema('payment_intent', pi));
  const charges = await stripe.charges.list({ payment_intent: intent.id });
  assert.deepEqual(charges.data.map((c) => c.id), [charge.id]);
  charges.data.forEach((c) => assertSchema('charge', c));
  const sessions = await stripe.checkout.sessions.list({ limit: 1, expand: ['data.payment_intent'] });
  assert.equal(sessions.data[0].payment_intent.id, intent.id);
  assertSchema('checkout.session', sessions.data[0]);
  await assert.rejects(stripe.paymentIntents.retrieve('pi_missing'),
    (err) => err.statusCode === 404 && err.code === 'resource_missing');
  await assert.rejects(stripe.checkout.sessions.create({
    mode: 'payment', success_url: 'https://kiosk.test/ok', payment_intent_data: { capture_methd: 'manual' },
    line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 500, product_data: { name: 'x' } } }],
  }), (err) => err.code === 'parameter_unknown' && err.param === 'payment_intent_data[capture_methd]');
});

test('refunds: partial, the rest, errors, idempotency, update, list', async () => {
  const session = await paidSession(2800);
  const intentId = session.payment_intent;
  const first = await stripe.refunds.create({ payment_intent: intentId, amount: 655, reason: 'requested_by_customer',
    metadata: { ticket: 'T1' } }, { idempotencyKey: 'node-refund-1' });
  assertSchema('refund', first);
  assert.equal(first.status, 'succeeded');
  assert.equal(first.amount, 655);
  const replay = await stripe.refunds.create({ payment_intent: intentId, amount: 655, reason: 'requested_by_customer',
    metadata: { ticket: 'T1' } }, { idempotencyKey: 'node-refund-1' });
  assert.equal(replay.id, first.id);
  assert.equal(replay.lastResponse.headers['idempotent-replayed'], 'true');
  let charge = await stripe.charges.retrieve(first.charge);
  assertSchema('charge', charge);
  assert.equal(charge.amount_refunded, 655);
  assert.equal(charge.refunded, false);

  await assert.rejects(stripe.refunds.create({ charge: charge.id, amount: 2500 }),
    (err) => err.type === 'StripeInvalidRequestError'
      && err.message === 'Refund amount ($25.00) is greater than unrefunded amount on charge ($21.45)');
  await assert.rejects(stripe.refunds.create({ amount: 100 }),
    (err) => err.type === 'StripeInvalidRequestError' && err.statusCode === 400);
  await assert.rejects(stripe.refunds.create({ charge: charge.id, payment_intent: intentId }),
    (err) => err.type === 'StripeInvalidRequestError' && err.statusCode === 400);
  await assert.rejects(stripe.refunds.create({ charge: charge.id, reason: 'bored' }),
    (err) => err.type === 'StripeInvalidRequestError' && err.param === 'reason');
  const rest = await stripe.refunds.create({ charge: charge.id });
  assertSchema('refund', rest);
  assert.equal(rest.amount, 2145);
  charge = await stripe.charges.retrieve(charge.id);
  assert.equal(charge.amount_refunded, 2800);
  assert.equal(charge.refunded, true);
  await assert.rejects(stripe.refunds.create({ charge: charge.id }),
    (err) => err.code === 'charge_already_refunded' && err.message === `Charge ${charge.id} has already been refunded.`);

  const updated = await stripe.refunds.update(first.id, { metadata: { ticket: '', note: 'late' } });
  assertSchema('refund', updated);
  assert.deepEqual(updated.metadata, { note: 'late' });
  const got = await stripe.refunds.retrieve(first.id, { expand: ['charge'] });
  assertSchema('refund', got);
  assertSchema('charge', got.charge);
  const mine = await stripe.refunds.list({ payment_intent: intentId, limit: 1 }).autoPagingToArray({ limit: 10 });
  assert.deepEqual(mine.map((r) => r.id), [rest.id, first.id]);
  mine.forEach((r) => assertSchema('refund', r));
  const byCharge = await stripe.refunds.list({ charge: charge.id, created: { gte: first.created } });
  assert.equal(byCharge.data.length, 2);

  await waitFor(() => deliveries.filter((d) => d.event?.type === 'refund.updated').length >= 1, 'refund.updated');
  const types = new Set(deliveries.map((d) => d.event?.type));
  for (const t of ['charge.succeeded', 'payment_intent.succeeded', 'charge.refunded', 'refund.created', 'refund.updated'])
    assert.ok(types.has(t), `no ${t} delivered`);
  assert.ok(!types.has('checkout.session.completed'), 'only the enabled events are sent');
  for (const d of deliveries) {
    assert.equal(d.error, null, `constructEvent rejected a delivery: ${d.error}`);
    assertEventObject(d.event);
  }
  const refunded = deliveries.filter((d) => d.event.type === 'charge.refunded').map((d) => d.event.data.object);
  assert.ok(refunded.some((c) => c.id === charge.id && c.refunded));
});

test('a refund that fails later: refund.failed, the charge restored, a refund_failure entry', async () => {
  const session = await paidSession(5000);
  const armed = await control('POST', '/_sim/refunds/fail_next', { failure_reason: 'expired_or_canceled_card' });
  assert.equal(armed.status, 200);
  const pending = await stripe.refunds.create({ payment_intent: session.payment_intent, amount: 1200 });
  assertSchema('refund', pending);
  assert.equal(pending.status, 'pending');
  assert.equal((await control('POST', '/_sim/clock/advance', { seconds: 1 })).status, 200);
  const failed = await stripe.refunds.retrieve(pending.id);
  assertSchema('refund', failed);
  assert.equal(failed.status, 'failed');
  assert.equal(failed.failure_reason, 'expired_or_canceled_card');
  const reversal = await stripe.balanceTransactions.retrieve(failed.failure_balance_transaction);
  assertSchema('balance_transaction', reversal);
  assert.equal(reversal.amount, 1200);
  assert.equal(reversal.reporting_category, 'refund_failure');
  const charge = await stripe.charges.retrieve(failed.charge);
  assert.equal(charge.amount_refunded, 0);
  await waitFor(() => deliveries.some((d) => d.event?.type === 'refund.failed'), 'refund.failed');
  const event = deliveries.find((d) => d.event.type === 'refund.failed').event;
  assertEventObject(event);
  assert.equal(event.data.object.id, pending.id);
});

test('balance transactions: charge and refund entries, fees, filters, paging', async () => {
  const all = await stripe.balanceTransactions.list({ limit: 2 }).autoPagingToArray({ limit: 100 });
  all.forEach((t) => assertSchema('balance_transaction', t));
  const charges = all.filter((t) => t.type === 'charge');
  assert.ok(charges.length >= 3);
  for (const t of charges) {
    assert.equal(t.reporting_category, 'charge');
    assert.match(t.source, /^ch_/);
    assert.equal(t.net, t.amount - t.fee);
    assert.equal(t.fee_details[0].type, 'stripe_fee');
    assert.match(t.fee_details[0].description, /simulated/);
    assert.equal(t.status, 'pending', 'charge funds are available two days later');
    assert.equal(t.available_on, t.created + 2 * 86400);
  }
  const refunds = await stripe.balanceTransactions.list({ type: 'refund', currency: 'usd' });
  assert.ok(refunds.data.length >= 3);
  refunds.data.forEach((t) => { assert.ok(t.amount < 0); assert.equal(t.fee, 0); assert.match(t.source, /^re_/); });
  const one = await stripe.balanceTransactions.list({ source: charges[0].source });
  assert.deepEqual(one.data.map((t) => t.id), [charges[0].id]);
  const later = await stripe.balanceTransactions.list({ created: { gt: all[0].created } });
  assert.equal(later.data.length, 0);
  assert.equal((await stripe.balanceTransactions.list({ currency: 'eur' })).data.length, 0);
  await assert.rejects(stripe.balanceTransactions.list({ available_on: 1 }), (err) => err.code === 'parameter_unknown');
});

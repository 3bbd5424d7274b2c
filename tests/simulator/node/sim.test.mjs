// SPDX-License-Identifier: MIT
// Cross-check: drives stripe-sim with the official stripe-node package, verifies its webhooks with
// stripe.webhooks.constructEvent and checks its objects against Stripe's OpenAPI schema.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

import { assertSchema } from './schema.mjs';
import { running, startSim, stopSim } from './simProcess.mjs';

const require = createRequire(path.join(process.env.NODE_PATH ?? '.', 'noop.js'));
const StripeModule = require('stripe');
const Stripe = StripeModule.default ?? StripeModule;

const KEY = 'sk_test_nodecrosscheck1234';
const SECRET = 'whsec_node_crosscheck';

// --- fixtures ---------------------------------------------------------------------------------------
let sim;
let baseUrl;
let stripe;
let receiver;
const deliveries = [];

function request(method, urlPath, body) {
  return fetch(baseUrl + urlPath, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  }).then(async (r) => ({ status: r.status, body: await r.json() }));
}

async function waitFor(predicate, what) {
  for (let i = 0; i < 200; i++) {
    if (predicate()) return;
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setTimeout(r, 25)); // polling an external process, not asserting a timing
  }
  assert.fail(`timed out waiting for ${what}`);
}

const sessionParams = (extra = {}) => ({
  mode: 'payment',
  line_items: [
    { quantity: 2, price_data: { currency: 'usd', unit_amount: 1250, product_data: { name: 'Flat white', images: ['https://img.test/fw.png'] } } },
    { quantity: 1, price_data: { currency: 'usd', unit_amount: 300, product_data: { name: 'Croissant' } } },
  ],
  success_url: 'https://kiosk.test/ok?sid={CHECKOUT_SESSION_ID}',
  cancel_url: 'https://kiosk.test/cancel',
  metadata: { order_id: '42' },
  customer_email: 'ann@example.com',
  ...extra,
});

before(async () => {
  receiver = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      let event = null;
      let error = null;
      try {
        event = stripe.webhooks.constructEvent(raw, req.headers['stripe-signature'], SECRET);
      } catch (e) {
        error = e;
      }
      deliveries.push({ raw, headers: req.headers, event, error });
      res.writeHead(error ? 400 : 200).end();
    });
  });
  await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
  const hookUrl = `http://127.0.0.1:${receiver.address().port}/hooks`;
  const started = await startSim(['--webhook-url', hookUrl, '--webhook-secret', SECRET]);
  sim = started.proc;
  baseUrl = started.url;
  stripe = new Stripe(KEY, { host: '127.0.0.1', port: started.port, protocol: 'http', maxNetworkRetries: 0 });
});

after(async () => {
  if (sim) assert.equal(await stopSim(sim), 0, 'stripe-sim stops cleanly on SIGTERM');
  await new Promise((r) => receiver.close(r));
});

// --- tests ------------------------------------------------------------------------------------------
test('create, retrieve with expanded line items, list line items', async () => {
  const session = await stripe.checkout.sessions.create(sessionParams());
  assert.match(session.id, /^cs_test_[A-Za-z0-9]+$/);
  assert.ok(session.id.length <= 66);
  assert.equal(session.object, 'checkout.session');
  assert.equal(session.amount_total, 2800);
  assert.equal(session.currency, 'usd');
  assert.equal(session.status, 'open');
  assert.equal(session.payment_status, 'unpaid');
  assert.equal(session.payment_intent, null);
  assert.equal(session.url, `${baseUrl}/c/pay/${session.id}`);
  assert.deepEqual(session.metadata, { order_id: '42' });
  assert.match(session.lastResponse.requestId, /^req_/);
  assertSchema('checkout.session', session);

  const again = await stripe.checkout.sessions.retrieve(session.id, { expand: ['line_items'] });
  assert.equal(again.line_items.data.length, 2);
  assert.equal(again.line_items.data[0].amount_total, 2500);
  assertSchema('checkout.session', again);
  const items = await stripe.checkout.sessions.listLineItems(session.id);
  assert.equal(items.data[1].description, 'Croissant');
  items.data.forEach((item) => assertSchema('item', item));
  const all = await stripe.checkout.sessions.listLineItems(session.id, { limit: 1 }).autoPagingToArray({ limit: 10 });
  assert.deepEqual(all.map((i) => i.description), ['Flat white', 'Croissant']);
});

test('idempotent replay and mismatched replay', async () => {
  const first = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: 'node-order-1' });
  const second = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: 'node-order-1' });
  assert.equal(second.id, first.id);
  assert.equal(second.lastResponse.headers['idempotent-replayed'], 'true');
  await assert.rejects(
    stripe.checkout.sessions.create(sessionParams({ client_reference_id: 'other' }), { idempotencyKey: 'node-order-1' }),
    (err) => err.type === 'StripeIdempotencyError' && err.statusCode === 400,
  );
});

test('errors map to stripe-node error classes', async () => {
  await assert.rejects(
    stripe.checkout.sessions.create(sessionParams({ success_url: undefined })),
    (err) => err.type === 'StripeInvalidRequestError' && err.code === 'parameter_missing' && err.param === 'success_url'
      && err.message === 'Missing required param: success_url.',
  );
  await assert.rejects(
    stripe.checkout.sessions.create(sessionParams({ line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 10, product_data: { name: 'x' } } }] })),
    (err) => err.type === 'StripeInvalidRequestError' && err.code === 'amount_too_small',
  );
  await assert.rejects(
    stripe.checkout.sessions.retrieve('cs_test_doesnotexist'),
    (err) => err.type === 'StripeInvalidRequestError' && err.statusCode === 404 && err.code === 'resource_missing'
      && err.message === "No such checkout.session: 'cs_test_doesnotexist'",
  );
  const badKey = new Stripe('rk_live_notakey99998888', { host: '127.0.0.1', port: new URL(baseUrl).port, protocol: 'http', maxNetworkRetries: 0 });
  await assert.rejects(
    badKey.events.list(),
    (err) => err.type === 'StripeAuthenticationError' && err.statusCode === 401 && err.message.includes('****8888')
      && !err.message.includes('notakey'),
  );
});

test('expire, pay, and verified webhooks', async () => {
  const toExpire = await stripe.checkout.sessions.create(sessionParams());
  const expired = await stripe.checkout.sessions.expire(toExpire.id);
  assert.equal(expired.status, 'expired');
  assert.equal(expired.url, null);
  await assert.rejects(stripe.checkout.sessions.expire(toExpire.id), (err) =>
    err.message === 'Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of `expired`.');

  const piMetadata = { order_id: '42', order_number: 'K-0042' };
  const toPay = await stripe.checkout.sessions.create(sessionParams({ payment_intent_data: { metadata: piMetadata } }));
  const declined = await request('POST', `/_sim/sessions/${toPay.id}/pay`, { card: '4000000000000002', email: 'ann@example.com' });
  assert.equal(declined.status, 402);
  assert.equal(declined.body.message, 'Your card was declined.');
  const paid = await request('POST', `/_sim/sessions/${toPay.id}/pay`, { card: '4242424242424242', email: 'ann@example.com' });
  assert.equal(paid.body.outcome, 'paid');
  const done = await stripe.checkout.sessions.retrieve(toPay.id);
  assert.equal(done.status, 'complete');
  assert.equal(done.payment_status, 'paid');
  assert.match(done.payment_intent, /^pi_/);
  assert.equal(done.customer_details.email, 'ann@example.com');
  assertSchema('checkout.session', done);

  // The payment also sends charge.succeeded and payment_intent.succeeded; the decline charge.failed.
  await waitFor(() => deliveries.length >= 6, 'six webhook deliveries');
  for (const d of deliveries) {
    assert.equal(d.error, null, `constructEvent rejected a delivery: ${d.error}`);
    assert.equal(d.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(d.headers['user-agent'], 'Stripe/1.0 (+https://stripe.com/docs/webhooks)');
    assertSchema('event', d.event);
  }
  const types = deliveries.map((d) => d.event.type).sort();
  assert.deepEqual(types, ['charge.failed', 'charge.succeeded', 'checkout.session.completed',
    'checkout.session.expired', 'payment_intent.payment_failed', 'payment_intent.succeeded']);
  const completed = deliveries.find((d) => d.event.type === 'checkout.session.completed').event;
  assert.equal(completed.data.object.id, toPay.id);
  assertSchema('checkout.session', completed.data.object);
  // The PaymentIntent carries exactly payment_intent_data[metadata]; Stripe adds no checkout_session.
  const failedIntent = deliveries.find((d) => d.event.type === 'payment_intent.payment_failed').event.data.object;
  assert.deepEqual(failedIntent.metadata, piMetadata);
  assertSchema('payment_intent', failedIntent);
  // As at Stripe the declined attempt is a failed Charge, the intent's latest_charge.
  const failedCharge = deliveries.find((d) => d.event.type === 'charge.failed').event.data.object;
  assertSchema('charge', failedCharge);
  assert.deepEqual([failedCharge.status, failedCharge.paid, failedCharge.failure_code, failedCharge.outcome.reason],
    ['failed', false, 'card_declined', 'generic_decline']);
  assert.equal(failedIntent.latest_charge, failedCharge.id);
  assert.equal(failedIntent.last_payment_error.charge, failedCharge.id);
  const listed = await stripe.charges.list({ payment_intent: failedIntent.id });
  assert.deepEqual(listed.data.map((c) => c.status), ['succeeded', 'failed'], 'both attempts, newest first');
  const expiredEvent = deliveries.find((d) => d.event.type === 'checkout.session.expired').event;
  assert.match(expiredEvent.request.id, /^req_/);
  // A tampered body fails verification.
  assert.throws(() => stripe.webhooks.constructEvent(Buffer.concat([deliveries[0].raw, Buffer.from(' ')]),
    deliveries[0].headers['stripe-signature'], SECRET));
});

test('events: list, filters and auto-paging', async () => {
  await waitFor(() => deliveries.length >= 3, 'deliveries of the previous test');
  const all = await stripe.events.list({ limit: 2 }).autoPagingToArray({ limit: 100 });
  assert.ok(all.length >= 3);
  all.forEach((e) => assertSchema('event', e));
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].created >= all[i].created, 'newest first');
  assert.equal(new Set(all.map((e) => e.id)).size, all.length, 'no event twice across pages');
  const page = await stripe.events.list({ limit: 1 });
  assert.equal(page.has_more, true);
  assertSchema('event', page.data[0]);
  const checkoutOnly = await stripe.events.list({ type: 'checkout.session.*' });
  assert.ok(checkoutOnly.data.every((e) => e.type.startsWith('checkout.session.')));
  const failed = await stripe.events.list({ types: ['payment_intent.payment_failed'] });
  assert.equal(failed.data.length, 1);
  assert.equal(failed.data[0].data.object.last_payment_error.decline_code, 'generic_decline');
  const one = await stripe.events.retrieve(all[0].id);
  assert.equal(one.id, all[0].id);
  await waitFor(() => deliveries.length >= all.length, 'deliveries settle');
  const undelivered = await stripe.events.list({ delivery_success: false });
  assert.equal(undelivered.data.length, 0);
  const future = await stripe.events.list({ created: { gt: all[0].created } });
  assert.equal(future.data.length, 0);
});

test('an injected 500 is retried by stripe-node and creates the session once', async () => {
  const faulty = await startSim(['--fail-count', '1', '--fail-status', '500', '--fail-path', '/v1/checkout/sessions',
    '--fail-method', 'POST']);
  try {
    const client = new Stripe(KEY, { host: '127.0.0.1', port: faulty.port, protocol: 'http', maxNetworkRetries: 2 });
    const session = await client.checkout.sessions.create(sessionParams());
    assert.equal(session.status, 'open');
    const list = await client.checkout.sessions.list();
    assert.equal(list.data.length, 1);
    const noRetry = new Stripe(KEY, { host: '127.0.0.1', port: faulty.port, protocol: 'http', maxNetworkRetries: 0 });
    const faults = await fetch(`${faulty.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ fail_count: 1 }) });
    assert.equal(faults.status, 200);
    await assert.rejects(noRetry.checkout.sessions.create(sessionParams()),
      (err) => err.type === 'StripeAPIError' && err.statusCode === 500);
  } finally {
    await stopSim(faulty.proc);
  }
});

test('--state keeps sessions across a SIGTERM restart', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stripe-sim-'));
  const stateFile = path.join(dir, 'state.json');
  const first = await startSim(['--state', stateFile]);
  const client1 = new Stripe(KEY, { host: '127.0.0.1', port: first.port, protocol: 'http' });
  const created = await client1.checkout.sessions.create(sessionParams());
  assert.equal(await stopSim(first.proc), 0);
  const second = await startSim(['--state', stateFile]);
  try {
    const client2 = new Stripe(KEY, { host: '127.0.0.1', port: second.port, protocol: 'http' });
    const again = await client2.checkout.sessions.retrieve(created.id);
    assert.equal(again.amount_total, created.amount_total);
  } finally {
    await stopSim(second.proc);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// --- one request must not kill the simulator (nor the kiosk or server embedding it) ------------------
/** Sends one request byte for byte (node's http client would refuse or re-encode these) and reads the answer. */
function rawRequest(port, head, body) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(raw.toString('latin1'))?.[1] ?? 0);
      resolve({ status, body: split < 0 ? '' : raw.subarray(split + 4).toString('utf8') });
    });
    socket.write(Buffer.concat([
      Buffer.from(`${head}\r\nHost: sim\r\nConnection: close\r\nContent-Length: ${body.length}\r\n\r\n`, 'latin1'),
      body,
    ]));
  });
}

test('hostile requests get a 400 and the process lives on; the state file holds no API key', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stripe-sim-'));
  const stateFile = path.join(dir, 'state.json');
  const auth = `Authorization: Bearer ${KEY}\r\n`;
  const form = 'Content-Type: application/x-www-form-urlencoded\r\n';
  const jsonBody = (text) => Buffer.from(text);
  const validForm = 'mode=payment&success_url=https%3A%2F%2Fkiosk.test%2Fok&line_items[0][quantity]=1'
    + '&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=500'
    + '&line_items[0][price_data][product_data][name]=Tea';
  const vectors = [
    ['pay: card is a number', 'POST /_sim/sessions/x/pay HTTP/1.1', '', jsonBody('{"card":4242}'), 'Invalid string: card'],
    ['pay: async is a string', 'POST /_sim/sessions/x/pay HTTP/1.1', '', jsonBody('{"async":"yes"}'), 'Invalid boolean: async'],
    ['async: result is a number', 'POST /_sim/sessions/x/async HTTP/1.1', '', jsonBody('{"result":1}'), 'Invalid string: result'],
    ['webhooks: url is a number', 'POST /_sim/webhooks HTTP/1.1', '', jsonBody('{"url":1}'), 'Invalid string: url'],
    ['clock: 2^63-1 seconds', 'POST /_sim/clock/advance HTTP/1.1', '', jsonBody('{"seconds":9223372036854775807}'),
      'This value must be less than or equal to'],
    ['method not UTF-8', 'P\xffST /_sim/clock/advance HTTP/1.1', '', jsonBody('{"seconds":1}'), 'Invalid request method'],
    ['Stripe-Version not UTF-8', 'GET /v1/events HTTP/1.1', `${auth}Stripe-Version: 2026-10-28.\xff\r\n`, Buffer.alloc(0),
      'Invalid Stripe API version'],
    ['Idempotency-Key not UTF-8', 'POST /v1/checkout/sessions HTTP/1.1', `${auth}${form}Idempotency-Key: k\xff\xfe\r\n`,
      Buffer.from(validForm), 'Invalid idempotency key: it must be valid UTF-8.'],
    ['form 60000 levels deep', 'POST /c/pay/x HTTP/1.1', form, Buffer.from(`a${'[b]'.repeat(60000)}=1`),
      'nested more than 8 levels deep'],
  ];
  try {
    // A fresh process per vector, so each one proves itself (on the old code every one aborted it).
    for (const [name, line, headers, body, message] of vectors) {
      await t.test(name, async () => {
        const started = await startSim(['--state', stateFile]);
        let stopped = false;
        try {
          const head = line + (headers ? `\r\n${headers.replace(/\r\n$/, '')}` : '');
          const answer = await rawRequest(started.port, head, body);
          assert.equal(answer.status, 400, answer.body.slice(0, 300));
          assert.ok(answer.body.includes(message), answer.body.slice(0, 300));
          assert.ok(running(started.proc), `stripe-sim died (${started.proc.signalCode})`);
          const health = await fetch(`${started.url}/health`);
          assert.equal(health.status, 200);
          const clock = await (await fetch(`${started.url}/_sim/clock`)).json();
          assert.ok(Math.abs(clock.now - Date.now() / 1000) < 60, `the clock did not move: ${clock.now}`);
          assert.equal(await stopSim(started.proc), 0, 'stripe-sim saves its state and stops cleanly');
          stopped = true;
        } finally {
          if (!stopped) await stopSim(started.proc);
        }
      });
    }
    const started = await startSim(['--state', stateFile]);
    const client = new Stripe(KEY, { host: '127.0.0.1', port: started.port, protocol: 'http', maxNetworkRetries: 0 });
    const created = await client.checkout.sessions.create(sessionParams(), { idempotencyKey: 'node-hashed-key' });
    assert.equal(await stopSim(started.proc), 0);
    const saved = fs.readFileSync(stateFile, 'utf8');
    assert.ok(saved.includes('node-hashed-key'));
    assert.ok(!saved.includes(KEY), 'the API key is not in the state file');
    assert.ok(saved.includes(crypto.createHash('sha256').update(KEY).digest('hex')));

    const again = await startSim(['--state', stateFile]);
    try {
      const client2 = new Stripe(KEY, { host: '127.0.0.1', port: again.port, protocol: 'http' });
      const replay = await client2.checkout.sessions.create(sessionParams(), { idempotencyKey: 'node-hashed-key' });
      assert.equal(replay.id, created.id);
      assert.equal(replay.lastResponse.headers['idempotent-replayed'], 'true');
    } finally {
      await stopSim(again.proc);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('unknown GET parameters and unexpandable fields are refused as by Stripe', async () => {
  await assert.rejects(stripe.checkout.sessions.list({ colour: 'red' }), (err) =>
    err.type === 'StripeInvalidRequestError' && err.code === 'parameter_unknown' && err.param === 'colour'
      && err.message === 'Received unknown parameter: colour');
  await assert.rejects(stripe.events.list({ limt: 3 }), (err) => err.code === 'parameter_unknown' && err.param === 'limt');
  const session = await stripe.checkout.sessions.create(sessionParams());
  await assert.rejects(stripe.checkout.sessions.retrieve(session.id, { expand: ['colour'] }), (err) =>
    err.type === 'StripeInvalidRequestError' && err.message === 'This property cannot be expanded (colour).');
  const expanded = await stripe.checkout.sessions.retrieve(session.id, { expand: ['line_items'] });
  assert.equal(expanded.line_items.data.length, 2);
});

test('allowed_payment_method_types replaces payment_method_types in the pinned version', async () => {
  const session = await stripe.checkout.sessions.create(sessionParams({ allowed_payment_method_types: ['card', 'link'] }));
  assert.deepEqual(session.payment_method_types, ['card', 'link']);
  assertSchema('checkout.session', session);
  await assert.rejects(stripe.checkout.sessions.create(sessionParams({ payment_method_types: ['card'] })), (err) =>
    err.code === 'parameter_unknown' && err.param === 'payment_method_types');
  await assert.rejects(stripe.checkout.sessions.create(sessionParams({ allowed_payment_method_types: ['cheque'] })),
    (err) => err.param === 'allowed_payment_method_types[0]' && err.message.startsWith('Invalid allowed_payment_method_types[0]: must be one of'));
});

test('sessions list applies the customer, email and created filters', async () => {
  const session = await stripe.checkout.sessions.create(sessionParams());
  const byCreated = await stripe.checkout.sessions.list({ created: { gte: session.created }, limit: 100 });
  assert.ok(byCreated.data.some((s) => s.id === session.id));
  assert.ok(byCreated.data.every((s) => s.created >= session.created));
  const later = await stripe.checkout.sessions.list({ created: { gt: session.created } });
  assert.ok(later.data.every((s) => s.id !== session.id));
  assert.equal((await stripe.checkout.sessions.list({ customer: 'cus_nobody' })).data.length, 0);
  assert.equal((await stripe.checkout.sessions.list({ customer_details: { email: 'nobody@example.com' } })).data.length, 0);
  const paid = await stripe.checkout.sessions.list({ customer_details: { email: 'ann@example.com' } });
  assert.ok(paid.data.length >= 1);
  paid.data.forEach((s) => { assert.equal(s.customer_details.email, 'ann@example.com'); assertSchema('checkout.session', s); });
});

// SPDX-License-Identifier: MIT
// What the hosted page collects for a Checkout Session (phone, shipping address and option, custom
// fields, consent, submit_type) and the recovery of an expired session, driven through the official
// stripe-node and the page's own form; every object answered is checked against kiosk-subset.json
// (schema.mjs). Sessions are checked as rendered for the schema's API version (2023-08-16), where
// the shipping address is the top-level shipping_details (collected_information since 2025-03-31).
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

const KEY = 'sk_test_nodecollect1234';
const SCHEMA_VERSION = { apiVersion: '2023-08-16' };
const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-collect-'));
const statePath = path.join(stateDir, 'state.json');
let sim;
let stripe;
let base;

async function start() {
  let port;
  ({ proc: sim, port } = await startSim(['--state', statePath]));
  base = `http://127.0.0.1:${port}`;
  stripe = new Stripe(KEY, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 });
}

before(start);

after(async () => {
  if (sim) assert.equal(await stopSim(sim), 0, 'stripe-sim stops cleanly on SIGTERM');
  fs.rmSync(stateDir, { recursive: true, force: true });
  console.log(`# objects checked against the schema: ${schemaChecks()}, violations: 0`);
});

const control = (urlPath, body) => fetch(base + urlPath, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}),
}).then(async (r) => ({ status: r.status, body: await r.json() }));
const page = (urlPath, init) => fetch(base + urlPath, { redirect: 'manual', ...init })
  .then(async (r) => ({ status: r.status, location: r.headers.get('location'), html: await r.text() }));
const postForm = (urlPath, fields) => page(urlPath, {
  method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});
const plain = (html) => html.replace(/\u00a0|\u202f/g, ' ');

/** A session asking for everything the page can collect (2 × 12.50 plus shipping). */
const everything = (extra = {}) => ({
  mode: 'payment',
  success_url: 'https://kiosk.test/ok',
  cancel_url: 'https://kiosk.test/cancel',
  line_items: [{ quantity: 2, price_data: { currency: 'eur', unit_amount: 1250, product_data: { name: 'Flat white' } } }],
  phone_number_collection: { enabled: true },
  shipping_address_collection: { allowed_countries: ['DE', 'AT'] },
  shipping_options: [
    { shipping_rate_data: { display_name: 'Courier', type: 'fixed_amount', fixed_amount: { amount: 490, currency: 'eur' },
      delivery_estimate: { minimum: { unit: 'business_day', value: 1 }, maximum: { unit: 'business_day', value: 2 } },
      metadata: { zone: 'city' } } },
    { shipping_rate_data: { display_name: 'Pickup', type: 'fixed_amount', fixed_amount: { amount: 0, currency: 'eur' } } },
  ],
  custom_fields: [
    { key: 'table', label: { type: 'custom', custom: 'Table number' }, type: 'numeric',
      numeric: { minimum_length: 1, maximum_length: 3 } },
    { key: 'milk', label: { type: 'custom', custom: 'Milk' }, type: 'dropdown', optional: true,
      dropdown: { options: [{ label: 'Oat', value: 'oat' }, { label: 'Whole', value: 'whole' }] } },
    { key: 'note', label: { type: 'custom', custom: 'Note' }, type: 'text', optional: true, text: { maximum_length: 20 } },
  ],
  consent_collection: { terms_of_service: 'required', promotions: 'auto' },
  ...extra,
});

const card = { cardNumber: '4242 4242 4242 4242', cardExpiry: '12 / 34', cardCvc: '123' };
const address = { shippingName: 'Anna Muster', shippingLine1: 'Hauptstr. 1', shippingCity: 'Berlin',
  shippingPostalCode: '10115', shippingCountry: 'DE' };
const complete = { email: 'anna@example.com', phone: '+49 30 1234567', ...address, custom_table: '12',
  termsOfService: 'accepted', ...card };

// --- the page ----------------------------------------------------------------------------------------
test('the page asks for phone, address, shipping option, custom fields and consent in each language', async () => {
  const cases = [
    ['en', ['Phone number', 'Shipping address', 'Shipping method', 'I agree to the terms of service.', 'Free'], 'Pay €29.90'],
    ['de', ['Telefonnummer', 'Lieferadresse', 'Versandart', 'Ich stimme den Nutzungsbedingungen zu.', 'Kostenlos'], '29,90 € bezahlen'],
    ['fr', ['Numéro de téléphone', 'Adresse de livraison', 'Mode de livraison', 'J’accepte les conditions d’utilisation.', 'Gratuit'], 'Payer 29,90 €'],
    ['es', ['Número de teléfono', 'Dirección de envío', 'Método de envío', 'Acepto las condiciones del servicio.', 'Gratis'], 'Pagar 29,90 €'],
  ];
  for (const [locale, texts, button] of cases) {
    const created = await stripe.checkout.sessions.create(everything({ locale }), SCHEMA_VERSION);
    assertSchema('checkout.session', created);
    const { status, html } = await page(`/c/pay/${created.id}`);
    assert.equal(status, 200);
    const text = plain(html);
    for (const t of texts) assert.ok(text.includes(t), `${locale}: ${t}`);
    for (const id of ['phone', 'shippingName', 'shippingLine1', 'shippingLine2', 'shippingCity', 'shippingPostalCode',
      'shippingState', 'shippingCountry', 'shippingRate-0', 'shippingRate-1', 'custom_table', 'custom_milk',
      'custom_note', 'termsOfService', 'promotions'])
      assert.match(html, new RegExp(`id="${id}"`), `${locale}: #${id}`);
    assert.match(html, /<option value="DE" selected>Germany \(DE\)<\/option><option value="AT">Austria \(AT\)<\/option>/);
    const money = (amount) => (locale === 'en' ? `€${amount.replace(',', '.')}` : `${amount} €`);
    assert.ok(text.includes(`id="total">${money('29,90')}<`), `${locale}: the total includes the preselected shipping`);
    assert.ok(text.includes(`id="shipping">${money('4,90')}<`), `${locale}: a shipping line`);
    assert.ok(text.includes(`>${button}</button>`), `${locale}: ${button}`);
    // Choosing pickup shows its total before anything is posted (the radio carries it).
    assert.ok(text.includes(`data-amount="${texts[4]}" data-total="${money('25,00')}"`), `${locale}: pickup total`);
    assert.match(html, /id="custom_table"[^>]*required inputmode="numeric" pattern="\[0-9\]\*" maxlength="3" minlength="1"/);
    assert.match(html, /id="custom_note"[^>]* maxlength="20"/);
    assert.doesNotMatch(html, /id="custom_note"[^>]*required/, 'an optional field is not required');
  }
});

test('submit_type names the button in each language', async () => {
  const texts = {
    en: { pay: 'Pay €25.00', book: 'Book €25.00', donate: 'Donate €25.00' },
    de: { pay: '25,00 € bezahlen', book: 'Für 25,00 € buchen', donate: '25,00 € spenden' },
    fr: { pay: 'Payer 25,00 €', book: 'Réserver pour 25,00 €', donate: 'Faire un don de 25,00 €' },
    es: { pay: 'Pagar 25,00 €', book: 'Reservar por 25,00 €', donate: 'Donar 25,00 €' },
  };
  for (const [locale, byType] of Object.entries(texts)) {
    for (const submitType of ['auto', 'pay', 'book', 'donate', undefined]) {
      const created = await stripe.checkout.sessions.create({
        mode: 'payment', success_url: 'https://kiosk.test/ok', locale, submit_type: submitType,
        line_items: [{ quantity: 2, price_data: { currency: 'eur', unit_amount: 1250, product_data: { name: 'Tea' } } }],
      });
      const expected = byType[submitType === 'book' || submitType === 'donate' ? submitType : 'pay'];
      const { html } = await page(`/c/pay/${created.id}`);
      assert.ok(plain(html).includes(`>${expected}</button>`), `${locale}/${submitType}: ${expected}`);
    }
  }
});

test('locale=auto speaks the browser\'s language (Accept-Language)', async () => {
  const rows = [
    ['auto', 'de-DE,de;q=0.9,en;q=0.8', 'de', 'Mit Karte bezahlen'],
    ['auto', 'ja-JP, fr;q=0.5', 'fr', 'Payer par carte'],
    ['auto', 'ja-JP', 'en', 'Pay with card'],
    [undefined, 'es-ES', 'es', 'Pagar con tarjeta'],
    ['de', 'fr-FR', 'de', 'Mit Karte bezahlen'],
  ];
  for (const [locale, header, lang, text] of rows) {
    const created = await stripe.checkout.sessions.create({ mode: 'payment', success_url: 'https://kiosk.test/ok', locale,
      line_items: [{ quantity: 1, price_data: { currency: 'eur', unit_amount: 500, product_data: { name: 'Tea' } } }] });
    const { html } = await page(`/c/pay/${created.id}`, { headers: { 'accept-language': header } });
    assert.match(html, new RegExp(`<html lang="${lang}">`), `${locale}/${header}`);
    assert.ok(html.includes(text), `${locale}/${header}: ${text}`);
  }
});

test('a missing or wrong field is a clear error on the page and nothing is paid', async () => {
  const created = await stripe.checkout.sessions.create(everything());
  const without = (key) => Object.fromEntries(Object.entries(complete).filter(([k]) => k !== key));
  const rows = [
    [without('phone'), 'phone', 'Your phone number is incomplete.'],
    [{ ...complete, phone: '030 1234567' }, 'phone', 'Your phone number is invalid. Enter it with the country code, e.g. +49 30 1234567.'],
    [without('shippingName'), 'shippingName', 'Your name is incomplete.'],
    [without('shippingLine1'), 'shippingLine1', 'Your address is incomplete.'],
    [without('shippingCity'), 'shippingCity', 'Your city is incomplete.'],
    [without('shippingPostalCode'), 'shippingPostalCode', 'Your postal code is incomplete.'],
    [{ ...complete, shippingCountry: 'US' }, 'shippingCountry', 'Shipping to this country is not available.'],
    [{ ...complete, shippingCity: 'x'.repeat(201) }, 'shippingCity', 'This field is too long (at most 200 characters).'],
    [{ ...complete, shippingRate: 'shr_unknown' }, 'shippingRate', 'Choose a shipping option.'],
    [without('custom_table'), 'custom_table', 'Table number is required.'],
    [{ ...complete, custom_table: '12a' }, 'custom_table', 'Table number must contain only digits.'],
    [{ ...complete, custom_table: '1234' }, 'custom_table', 'Table number must be at most 3 characters.'],
    [{ ...complete, custom_milk: 'soy' }, 'custom_milk', 'Choose one of the options for Milk.'],
    [{ ...complete, custom_note: 'n'.repeat(21) }, 'custom_note', 'Note must be at most 20 characters.'],
    [without('termsOfService'), 'termsOfService', 'Accept the terms of service to complete your payment.'],
  ];
  for (const [fields, field, message] of rows) {
    const answer = await postForm(`/c/pay/${created.id}`, fields);
    assert.equal(answer.status, 400, message);
    assert.ok(answer.html.includes(`aria-live="assertive">${message.replace(/'/g, '&#39;')}</p>`), message);
    const marked = field === 'shippingRate' ? 'shipping-method' : field;
    assert.match(answer.html, new RegExp(`id="${marked}"[^>]*aria-invalid="true"`), `${message}: marks #${marked}`);
    // What was typed is kept.
    if (fields.shippingName) assert.match(answer.html, /id="shippingName"[^>]*value="Anna Muster"/);
  }
  const after = await stripe.checkout.sessions.retrieve(created.id, { expand: ['payment_intent'] }, SCHEMA_VERSION);
  assertSchema('checkout.session', after);
  assert.equal(after.status, 'open');
  assert.equal(after.payment_intent, null, 'no payment was attempted');
  assert.equal(after.amount_total, 2990, 'nothing was repriced');
  assert.equal(after.shipping_cost.shipping_rate, created.shipping_cost.shipping_rate);
  assert.equal(after.customer_details, null);
});

test('paying on the page: the completed session carries what was collected', async () => {
  const created = await stripe.checkout.sessions.create(everything());
  const pickup = created.shipping_options[1].shipping_rate;
  const answer = await postForm(`/c/pay/${created.id}`, {
    ...complete, phone: '+49 (30) 123-4567', shippingLine2: '2. OG', shippingRate: pickup, custom_milk: 'oat',
    promotions: 'opt_in',
  });
  assert.equal(answer.status, 303);
  const old = await stripe.checkout.sessions.retrieve(created.id, { expand: ['shipping_cost.shipping_rate', 'payment_intent'] },
    SCHEMA_VERSION);
  assertSchema('checkout.session', old);
  assert.equal(old.status, 'complete');
  assert.equal(old.customer_details.phone, '+49301234567');
  assert.deepEqual(old.shipping_details, { address: { city: 'Berlin', country: 'DE', line1: 'Hauptstr. 1', line2: '2. OG',
    postal_code: '10115', state: null }, name: 'Anna Muster' });
  assert.deepEqual(old.custom_fields.map((f) => f[f.type].value), ['12', 'oat', null]);
  assert.deepEqual(old.consent, { promotions: 'opt_in', terms_of_service: 'accepted' });
  // The chosen option is what was charged.
  assert.equal(old.total_details.amount_shipping, 0);
  assert.equal(old.amount_total, 2500);
  assert.equal(old.shipping_cost.amount_total, 0);
  assertSchema('shipping_rate', old.shipping_cost.shipping_rate);
  assert.equal(old.shipping_cost.shipping_rate.id, pickup);
  assert.equal(old.shipping_cost.shipping_rate.display_name, 'Pickup');
  assert.equal(old.payment_intent.amount, 2500);
  assert.equal(old.payment_intent.amount_received, 2500);
  // The pinned version: the address in collected_information, no top-level shipping_details.
  const latest = await stripe.checkout.sessions.retrieve(created.id);
  assert.equal('shipping_details' in latest, false);
  assert.deepEqual(latest.collected_information.shipping_details, old.shipping_details);
  const events = await stripe.events.list({ type: 'checkout.session.completed', limit: 1 });
  assert.equal(events.data[0].data.object.id, created.id);
  assert.equal(events.data[0].data.object.customer_details.phone, '+49301234567');
  assert.equal(events.data[0].data.object.collected_information.shipping_details.name, 'Anna Muster');
});

test('the first shipping option is a shipping_rate object with the given data', async () => {
  const created = await stripe.checkout.sessions.create(everything(), SCHEMA_VERSION);
  assertSchema('checkout.session', created);
  const expanded = await stripe.checkout.sessions.retrieve(created.id, { expand: ['shipping_cost.shipping_rate'] });
  const rate = expanded.shipping_cost.shipping_rate;
  assertSchema('shipping_rate', rate);
  assert.match(rate.id, /^shr_/);
  assert.deepEqual([rate.object, rate.type, rate.display_name, rate.active], ['shipping_rate', 'fixed_amount', 'Courier', true]);
  assert.deepEqual(rate.fixed_amount, { amount: 490, currency: 'eur' });
  assert.deepEqual(rate.delivery_estimate, { maximum: { unit: 'business_day', value: 2 }, minimum: { unit: 'business_day', value: 1 } });
  assert.deepEqual(rate.metadata, { zone: 'city' });
  const list = await stripe.checkout.sessions.list({ limit: 1, expand: ['data.shipping_cost.shipping_rate'] });
  assert.equal(list.data[0].shipping_cost.shipping_rate.id, rate.id);
});

test('the control API pays with the same values', async () => {
  const created = await stripe.checkout.sessions.create(everything(), SCHEMA_VERSION);
  assertSchema('checkout.session', created);
  const pay = (body) => control(`/_sim/sessions/${created.id}/pay`, { card: '4242424242424242', email: 'ann@example.com', ...body });
  const refused = [
    [{ shipping: { name: 'A', zip: '1' } }, 400, 'Received unknown parameter: shipping[zip]'],
    [{ shipping: 'Berlin' }, 400, 'Invalid object: shipping must be a JSON object of strings (got string).'],
    [{ custom_fields: { table: 12 } }, 400, 'Invalid string: custom_fields[table] must be a JSON string (got number).'],
    [{ terms_of_service: 'yes' }, 400, 'Invalid boolean: terms_of_service must be true or false (got string).'],
  ];
  for (const [body, status, message] of refused) {
    const answer = await pay(body);
    assert.equal(answer.status, status, message);
    assert.equal(answer.body.error.message, message);
  }
  const values = { phone: '+43 1 234567', shipping: { name: 'Ann', line1: 'Ring 1', city: 'Wien', postal_code: '1010', country: 'AT' },
    custom_fields: { table: '7', milk: 'whole' }, terms_of_service: true, promotions: false };
  const unknownField = await pay({ ...values, custom_fields: { tabel: '7' } });
  assert.equal(unknownField.status, 400);
  assert.deepEqual([unknownField.body.outcome, unknownField.body.field], ['invalid', 'custom_tabel']);
  const noTerms = await pay({ ...values, terms_of_service: false });
  assert.deepEqual([noTerms.status, noTerms.body.outcome, noTerms.body.field], [400, 'invalid', 'termsOfService']);
  const paid = await pay(values);
  assert.equal(paid.body.outcome, 'paid');
  const session = await stripe.checkout.sessions.retrieve(created.id, {}, SCHEMA_VERSION);
  assertSchema('checkout.session', session);
  assert.equal(session.customer_details.phone, '+431234567');
  assert.equal(session.shipping_details.address.country, 'AT');
  assert.deepEqual(session.custom_fields.map((f) => f[f.type].value), ['7', 'whole', null]);
  assert.deepEqual(session.consent, { promotions: 'opt_out', terms_of_service: 'accepted' });
  assert.equal(session.amount_total, 2990, 'the preselected option');
});

test('a shipping option that takes the total below the minimum charge is refused; nothing changes', async () => {
  const created = await stripe.checkout.sessions.create(everything({
    line_items: [{ quantity: 1, price_data: { currency: 'eur', unit_amount: 30, product_data: { name: 'Sugar' } } }],
  }));
  assert.equal(created.amount_total, 520);
  const answer = await postForm(`/c/pay/${created.id}`, { ...complete, shippingRate: created.shipping_options[1].shipping_rate });
  assert.equal(answer.status, 400);
  assert.ok(answer.html.includes('This shipping option cannot be used with this order.'));
  const after = await stripe.checkout.sessions.retrieve(created.id);
  assert.deepEqual([after.status, after.amount_total, after.shipping_cost.shipping_rate],
    ['open', 520, created.shipping_cost.shipping_rate]);
});

test('a 3-D Secure step keeps what was collected; a decline then a new option charges the new amount', async () => {
  const created = await stripe.checkout.sessions.create(everything());
  const declined = await postForm(`/c/pay/${created.id}`, { ...complete, cardNumber: '4000000000000002' });
  assert.equal(declined.status, 402);
  const pickup = created.shipping_options[1].shipping_rate;
  const step = await postForm(`/c/pay/${created.id}`, { ...complete, cardNumber: '4000002500003155', shippingRate: pickup,
    custom_milk: 'whole' });
  assert.equal(step.status, 200);
  const attempt = /name="attempt" value="([^"]+)"/.exec(step.html)[1];
  assert.ok(plain(step.html).includes('<strong>€25.00</strong>'), 'the step names the new total');
  const done = await postForm(`/c/pay/${created.id}/authenticate`, { attempt, action: 'complete' });
  assert.equal(done.status, 303);
  const session = await stripe.checkout.sessions.retrieve(created.id, { expand: ['payment_intent.latest_charge'] },
    SCHEMA_VERSION);
  assertSchema('checkout.session', session);
  assert.equal(session.custom_fields[1].dropdown.value, 'whole');
  assert.equal(session.shipping_details.name, 'Anna Muster');
  assert.equal(session.amount_total, 2500);
  assert.equal(session.payment_intent.amount, 2500, 'the intent made at the decline follows the new total');
  assert.equal(session.payment_intent.latest_charge.amount, 2500);
});

// --- recovery ------------------------------------------------------------------------------------------
test('an expired session with recovery gets a 30-day link that makes a copy of it', async () => {
  const created = await stripe.checkout.sessions.create(everything({
    locale: 'de', customer_email: 'anna@example.com', metadata: { order: '42' },
    after_expiration: { recovery: { enabled: true, allow_promotion_codes: true } },
  }));
  const plainSession = await stripe.checkout.sessions.create({ mode: 'payment', success_url: 'https://kiosk.test/ok',
    line_items: [{ quantity: 1, price_data: { currency: 'eur', unit_amount: 500, product_data: { name: 'Tea' } } }] });
  const expired = await stripe.checkout.sessions.expire(created.id, {}, SCHEMA_VERSION);
  assertSchema('checkout.session', expired);
  assert.equal(expired.after_expiration.recovery.url, `${base}/c/recover/${created.id}`);
  assert.equal((await stripe.checkout.sessions.expire(plainSession.id)).after_expiration, null, 'no recovery asked');
  const events = await stripe.events.list({ type: 'checkout.session.expired', limit: 2 });
  const event = events.data.find((e) => e.data.object.id === created.id);
  assertSchema('event', event);
  assert.deepEqual(event.data.object.after_expiration.recovery, expired.after_expiration.recovery);
  assert.equal(expired.after_expiration.recovery.expires_at, event.created + 30 * 24 * 3600, 'usable 30 days');

  const opened = await page(`/c/recover/${created.id}`);
  assert.equal(opened.status, 303);
  const copyId = /\/c\/pay\/(cs_test_\w+)$/.exec(opened.location)[1];
  assert.notEqual(copyId, created.id);
  const copy = await stripe.checkout.sessions.retrieve(copyId, { expand: ['line_items'] }, SCHEMA_VERSION);
  assertSchema('checkout.session', copy);
  assert.deepEqual([copy.status, copy.recovered_from, copy.url], ['open', created.id, opened.location]);
  assert.ok(copy.created >= event.created);
  assert.equal(copy.expires_at, copy.created + 24 * 3600);
  assert.deepEqual([copy.amount_total, copy.currency, copy.locale, copy.customer_email, copy.metadata.order],
    [2990, 'eur', 'de', 'anna@example.com', '42']);
  assert.equal(copy.allow_promotion_codes, true, 'recovery[allow_promotion_codes]');
  assert.deepEqual(copy.line_items.data.map((i) => [i.description, i.quantity, i.amount_total]), [['Flat white', 2, 2500]]);
  assert.notEqual(copy.line_items.data[0].id, (await stripe.checkout.sessions.listLineItems(created.id)).data[0].id);
  assert.deepEqual(copy.custom_fields.map((f) => f.key), ['table', 'milk', 'note']);
  assert.equal(copy.after_expiration.recovery.url, null);
  const paid = await control(`/_sim/sessions/${copyId}/pay`, { card: '4242424242424242', email: 'anna@example.com',
    phone: '+49 30 1234567', shipping: { name: 'Anna', line1: 'Weg 2', city: 'Köln', postal_code: '50667', country: 'DE' },
    custom_fields: { table: '3' }, terms_of_service: true });
  assert.equal(paid.body.outcome, 'paid');
  assert.equal((await stripe.checkout.sessions.retrieve(created.id)).status, 'expired', 'the original stays expired');

  // A session that is open, unknown, or without recovery has no link; after 30 days the link is gone.
  assert.equal((await page(`/c/recover/${plainSession.id}`)).status, 410);
  assert.equal((await page(`/c/recover/cs_test_nope`)).status, 404);
  await control('/_sim/clock/advance', { seconds: 30 * 24 * 3600 });
  const late = await page(`/c/recover/${created.id}`);
  assert.equal(late.status, 410);
  assert.ok(late.html.includes('Dieser Link kann nicht mehr verwendet werden'), 'in the session language');
});

// --- state file ----------------------------------------------------------------------------------------
test('the state file keeps what was collected and the shipping rates', async () => {
  const created = await stripe.checkout.sessions.create(everything());
  const step = await postForm(`/c/pay/${created.id}`, { ...complete, cardNumber: '4000002500003155', custom_milk: 'oat' });
  const attempt = /name="attempt" value="([^"]+)"/.exec(step.html)[1];
  const paidOne = await stripe.checkout.sessions.create(everything());
  assert.equal((await postForm(`/c/pay/${paidOne.id}`, { ...complete, promotions: 'opt_in' })).status, 303);
  const before = await stripe.checkout.sessions.retrieve(paidOne.id, { expand: ['shipping_cost.shipping_rate'] });

  const older = await stripe.checkout.sessions.create(everything());

  assert.equal(await stopSim(sim), 0);
  // A file written before shipping_rate objects: the old rate entries and a top-level shipping_details.
  const state = JSON.parse(fs.readFileSync(statePath, 'utf8'));
  const record = state.sessions.find((r) => r.session.id === older.id);
  record.internal.shipping_rates = record.internal.shipping_rates.map((r) => ({
    shipping_amount: r.fixed_amount.amount, shipping_rate: r.id, display_name: r.display_name }));
  record.session.shipping_details = null;
  fs.writeFileSync(statePath, JSON.stringify(state));
  await start();
  const after = await stripe.checkout.sessions.retrieve(paidOne.id, { expand: ['shipping_cost.shipping_rate'] });
  assert.deepEqual(after, before);
  const { html } = await page(`/c/pay/${older.id}`);
  assert.ok(html.includes('<span>Courier</span>'), 'old rate entries still name the options');
  const olderNow = await stripe.checkout.sessions.retrieve(older.id, { expand: ['shipping_cost.shipping_rate'] });
  assert.equal(olderNow.shipping_cost.shipping_rate, older.shipping_cost.shipping_rate, 'not expandable, still the id');
  assert.equal('shipping_details' in olderNow, false);
  // A 3-D Secure step waiting over the restart still has the collected values.
  assert.equal((await postForm(`/c/pay/${created.id}/authenticate`, { attempt, action: 'complete' })).status, 303);
  const finished = await stripe.checkout.sessions.retrieve(created.id);
  assert.equal(finished.custom_fields[1].dropdown.value, 'oat');
  assert.equal(finished.customer_details.phone, '+49301234567');
});

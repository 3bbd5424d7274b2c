#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Signs and verifies webhook payloads with the official stripe-node Webhooks module, so the C++
// tests can require the same verdicts from our WebhookVerifier and WebhookSigner.
//
// stdin:  {"verify": [{"name", "payload", "header", "secret", "nowSecs", "tolerance"?}],
//          "sign":   [{"name", "payload", "secret", "timestamp"}]}
// stdout: {"verify": {"<name>": {"ok": bool, "message": string}},
//          "sign":   {"<name>": "<Stripe-Signature header>"}}
'use strict';
const Stripe = require('stripe');

const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const stripe = new Stripe('sk_test_webhooks');
const out = {verify: {}, sign: {}};
for (const c of input.verify || []) {
    try {
        stripe.webhooks.constructEvent(Buffer.from(c.payload, 'utf8'), c.header, c.secret,
            c.tolerance === undefined ? 300 : c.tolerance, undefined, c.nowSecs * 1000);
        out.verify[c.name] = {ok: true, message: ''};
    } catch (e) {
        out.verify[c.name] = {ok: false, message: String(e.message).split('\n')[0]};
    }
}
for (const c of input.sign || []) {
    out.sign[c.name] = stripe.webhooks.generateTestHeaderString({
        payload: c.payload, secret: c.secret, timestamp: c.timestamp,
    });
}
process.stdout.write(JSON.stringify(out));

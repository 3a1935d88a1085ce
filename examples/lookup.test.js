// Tests for lookup.js: run with  scripts/simplex-script test examples/lookup.test.js
const PRICE = 'https://api.coingecko.com/api/v3/simple/price'

test('answers /price from the price service', async () => {
  sim.http.respond(`${PRICE}?ids=bitcoin&vs_currencies=usd`, { json: { bitcoin: { usd: 97000.5 } } })
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('/price bitcoin')
  expect(await alice.nextMessage()).toBe('bitcoin: $97000.5')
})

test('says what the service answered when it fails', async () => {
  sim.http.respond(`${PRICE}?ids=dogecoin&vs_currencies=usd`, { status: 503, body: 'down for maintenance' })
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('/price DOGECOIN')
  expect(await alice.nextMessage()).toBe('The price service answered 503.')
})

test('says when the service cannot be reached', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('/price ether')
  expect(await alice.nextMessage()).toBe('The price service cannot be reached right now.')
})

test('refuses a coin name that would change the request', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('/price bitcoin&ids=x')
  expect(await alice.nextMessage()).toBe('Usage: /price <coin>, e.g. /price bitcoin')
})

// Tests for lookup.groovy: run with  scripts/simplex-script test examples/LookupTest.groovy
def PRICE = 'https://api.coingecko.com/api/v3/simple/price'

test('answers /price from the price service') {
  sim.http.respond("${PRICE}?ids=bitcoin&vs_currencies=usd", [json: [bitcoin: [usd: 97000.5]]])
  def alice = sim.person('alice')
  alice.connect()
  alice.send('/price bitcoin')
  expect(alice.nextMessage()).toBe('bitcoin: $97000.5')
}

test('says what the service answered when it fails') {
  sim.http.respond("${PRICE}?ids=dogecoin&vs_currencies=usd", [status: 503, body: 'down for maintenance'])
  def alice = sim.person('alice')
  alice.connect()
  alice.send('/price DOGECOIN')
  expect(alice.nextMessage()).toBe('The price service answered 503.')
}

test('says when the service cannot be reached') {
  def alice = sim.person('alice')
  alice.connect()
  alice.send('/price ether')
  expect(alice.nextMessage()).toBe('The price service cannot be reached right now.')
}

test('refuses a coin name that would change the request') {
  def alice = sim.person('alice')
  alice.connect()
  alice.send('/price bitcoin&ids=x')
  expect(alice.nextMessage()).toBe('Usage: /price <coin>, e.g. /price bitcoin')
}

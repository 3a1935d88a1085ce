// Tests for squaring.groovy: run with  scripts/simplex-script test examples/SquaringTest.groovy
test('squares a number') {
  def alice = sim.person('alice')
  alice.connect()
  alice.send('12')
  expect(alice.nextMessage()).toBe('12 * 12 = 144')
}

test('squares negative and decimal numbers') {
  def alice = sim.person('alice')
  alice.connect()
  alice.send('-3')
  expect(alice.nextMessage()).toBe('-3 * -3 = 9')
  alice.send(' 1.5 ')
  expect(alice.nextMessage()).toBe('1.5 * 1.5 = 2.25')
}

test('explains when the message is not a number') {
  def alice = sim.person('alice')
  alice.connect()
  alice.send('twelve')
  expect(alice.nextMessage()).toBe('Send me a number and I will reply with its square.')
}

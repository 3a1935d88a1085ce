// Tests for broadcast.groovy: run with  scripts/simplex-script test examples/BroadcastTest.groovy
def people(String... names) {
  names.collect { name -> def p = sim.person(name); p.connect(); p }
}

test('the first publisher broadcasts to every other contact') {
  def (alice, bob, carol) = people('alice', 'bob', 'carol')
  alice.send('/publish Big news!')
  expect(alice.nextMessage()).toBe('You are the first publisher.')
  expect(alice.nextMessage()).toBe('Sent to 2 contact(s).')
  expect(bob.nextMessage()).toBe('Big news!')
  expect(carol.nextMessage()).toBe('Big news!')
}

test('others cannot broadcast') {
  def (alice, bob) = people('alice', 'bob')
  alice.send('/publish hi')
  expect(bob.nextMessage()).toBe('hi')
  bob.send('/publish me too')
  expect(bob.nextMessage()).toBe('Only publishers can broadcast.')
  bob.send('/publishers')
  expect(bob.nextMessage()).toBe('Publishers: alice')
}

test('each contact gets at most one broadcast a minute') {
  def (alice, bob) = people('alice', 'bob')
  alice.send('/publish one')
  alice.nextMessage()
  expect(alice.nextMessage()).toBe('Sent to 1 contact(s).')
  alice.send('/publish two')
  expect(alice.nextMessage()).toBe('Sent to 0 contact(s), 1 skipped by the rate limit.')
  expect(bob.nextMessage()).toBe('one')
  expect(bob.unread()).toEqual([])
}

test('/publish without text shows the usage') {
  def (alice) = people('alice')
  alice.send('/publish')
  alice.nextMessage()
  expect(alice.nextMessage()).toBe('Usage: /publish <text>')
}

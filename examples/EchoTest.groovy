// Tests for echo.groovy: run with  scripts/simplex-script test examples/EchoTest.groovy
test('replies with the same text') {
  def alice = sim.person('alice')
  alice.connect()
  alice.send('hello bot')
  expect(alice.nextMessage()).toBe('hello bot')
}

test('answers each person in their own chat') {
  def alice = sim.person('alice')
  def bob = sim.person('bob')
  alice.connect()
  bob.connect()
  bob.send('I am bob')
  alice.send('I am alice')
  expect(alice.nextMessage().text).toBe('I am alice')
  def reply = bob.nextMessage()
  expect(reply).toMatch('^I am bob$')
  expect(reply.chat).not.toBe(alice.connect())
}

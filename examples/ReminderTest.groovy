// Tests for reminder.groovy: run with  scripts/simplex-script test examples/ReminderTest.groovy
// The bot's timers run on the test's clock: sim.advance(ms) moves it.
def MINUTE = 60 * 1000

test('reminds after the given time, not before') {
  def alice = sim.person('alice')
  alice.connect()
  alice.send('/remind 10m tea')
  expect(alice.nextMessage()).toBe('OK, I will remind you in 10m.')
  sim.advance(9 * MINUTE)
  expect(alice.unread()).toEqual([])
  sim.advance(MINUTE)
  expect(alice.nextMessage()).toBe('Reminder: tea')
}

test('a reminder survives a restart, and fires once') {
  def alice = sim.person('alice')
  alice.connect()
  alice.send('/remind 2h call mum')
  alice.nextMessage()
  sim.restart()
  sim.advance(2 * 60 * MINUTE)
  expect(alice.nextMessage()).toBe('Reminder: call mum')
  sim.advance(2 * 60 * MINUTE)
  expect(alice.unread()).toEqual([])
}

test('explains the usage') {
  def alice = sim.person('alice')
  alice.connect()
  alice.send('/remind soon tea')
  expect(alice.nextMessage()).toMatch('^Usage: /remind')
}

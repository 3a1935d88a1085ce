// Tests for reminder.js: run with  scripts/simplex-script test examples/reminder.test.js
// The bot's timers run on the test's clock: sim.advance(ms) moves it.
const MINUTE = 60 * 1000

test('reminds after the given time, not before', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('/remind 10m tea')
  expect(await alice.nextMessage()).toBe('OK, I will remind you in 10m.')
  sim.advance(9 * MINUTE)
  expect(alice.unread()).toEqual([])
  sim.advance(MINUTE)
  expect(await alice.nextMessage()).toBe('Reminder: tea')
})

test('a reminder survives a restart, and fires once', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('/remind 2h call mum')
  await alice.nextMessage()
  sim.restart()
  sim.advance(2 * 60 * MINUTE)
  expect(await alice.nextMessage()).toBe('Reminder: call mum')
  sim.advance(2 * 60 * MINUTE)
  expect(alice.unread()).toEqual([])
})

test('explains the usage', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('/remind soon tea')
  expect(await alice.nextMessage()).toMatch(/^Usage: \/remind/)
})

// Tests for echo.js: run with  scripts/simplex-script test examples/echo.test.js
test('replies with the same text', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('hello bot')
  expect(await alice.nextMessage()).toBe('hello bot')
})

test('answers each person in their own chat', async () => {
  const alice = sim.person('alice')
  const bob = sim.person('bob')
  await alice.connect()
  await bob.connect()
  await bob.send('I am bob')
  await alice.send('I am alice')
  expect((await alice.nextMessage()).text).toBe('I am alice')
  const reply = await bob.nextMessage()
  expect(reply).toMatch(/^I am bob$/)
  expect(reply.chat).not.toBe((await alice.connect()))
})

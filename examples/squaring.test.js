// Tests for squaring.js: run with  scripts/simplex-script test examples/squaring.test.js
test('squares a number', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('12')
  expect(await alice.nextMessage()).toBe('12 * 12 = 144')
})

test('squares negative and decimal numbers', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('-3')
  expect(await alice.nextMessage()).toBe('-3 * -3 = 9')
  await alice.send(' 1.5 ')
  expect(await alice.nextMessage()).toBe('1.5 * 1.5 = 2.25')
})

test('explains when the message is not a number', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('twelve')
  expect(await alice.nextMessage()).toBe('Send me a number and I will reply with its square.')
})

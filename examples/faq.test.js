// Tests for faq.js: run with  scripts/simplex-script test examples/faq.test.js
test('answers by keyword from faq.json', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('What are your HOURS?')
  expect(await alice.nextMessage()).toBe('We answer from 9:00 to 18:00 CET, Monday to Friday.')
  await alice.send('how much is the price')
  expect(await alice.nextMessage()).toContain('5 EUR')
})

test('/faq lists the topics', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('/faq')
  expect(await alice.nextMessage()).toBe('Ask me about: price, hours, refund')
})

test('says when it does not know', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('can you dance?')
  expect(await alice.nextMessage()).toBe("Sorry, I don't know. Try /faq.")
})

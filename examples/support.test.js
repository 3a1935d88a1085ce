// Tests for support.js: run with  scripts/simplex-script test examples/support.test.js
test('welcomes a customer in a business chat and shows /help', async () => {
  const alice = sim.person('alice')
  const chat = await alice.connect()
  expect(chat).toMatch(/^#\d+$/)
  expect(await alice.nextMessage()).toContain('Welcome to support!')
  await alice.send('/help')
  expect(await alice.nextMessage()).toContain('an operator will answer here')
})

test('forwards a question to the operators and routes the answer back', async () => {
  const bob = sim.person('bob')
  const operators = await bob.join('#Operators')
  const alice = sim.person('alice')
  await alice.connect()
  await alice.nextMessage()
  await alice.send('Where is my order?')
  expect(await alice.nextMessage()).toBe('Thanks! Your question is ticket 1; an operator will answer here.')
  const ticket = await bob.nextMessage()
  expect(ticket.chat).toBe(operators.ref)
  expect(ticket).toContain('Ticket 1 from alice: Where is my order?')
  await operators.send('/answer 1 It ships today')
  expect(await bob.nextMessage()).toBe('Sent to ticket 1.')
  expect(await alice.nextMessage()).toBe('It ships today')
})

test('only operators answer tickets', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.nextMessage()
  await alice.send('/answer 1 ha')
  expect(await alice.nextMessage()).toBe('Only operators can answer tickets.')
})

test('an unknown ticket is reported to the operator', async () => {
  const bob = sim.person('bob')
  const operators = await bob.join('#Operators')
  await operators.send('/answer 7 hello')
  expect(await bob.nextMessage()).toBe('No ticket 7.')
})

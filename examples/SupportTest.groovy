// Tests for support.groovy: run with  scripts/simplex-script test examples/SupportTest.groovy
test('welcomes a customer in a business chat and shows /help') {
  def alice = sim.person('alice')
  expect(alice.connect()).toMatch(/^#\d+$/)
  expect(alice.nextMessage()).toContain('Welcome to support!')
  alice.send('/help')
  expect(alice.nextMessage()).toContain('an operator will answer here')
}

test('forwards a question to the operators and routes the answer back') {
  def bob = sim.person('bob')
  def operators = bob.join('#Operators')
  def alice = sim.person('alice')
  alice.connect()
  alice.nextMessage()
  alice.send('Where is my order?')
  expect(alice.nextMessage()).toBe('Thanks! Your question is ticket 1; an operator will answer here.')
  def ticket = bob.nextMessage()
  expect(ticket.chat).toBe(operators.ref)
  expect(ticket).toContain('Ticket 1 from alice: Where is my order?')
  operators.send('/answer 1 It ships today')
  expect(bob.nextMessage()).toBe('Sent to ticket 1.')
  expect(alice.nextMessage()).toBe('It ships today')
}

test('only operators answer tickets') {
  def alice = sim.person('alice')
  alice.connect()
  alice.nextMessage()
  alice.send('/answer 1 ha')
  expect(alice.nextMessage()).toBe('Only operators can answer tickets.')
}

test('an unknown ticket is reported to the operator') {
  def bob = sim.person('bob')
  def operators = bob.join('#Operators')
  operators.send('/answer 7 hello')
  expect(bob.nextMessage()).toBe('No ticket 7.')
}

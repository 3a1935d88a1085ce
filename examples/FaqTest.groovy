// Tests for faq.groovy: run with  scripts/simplex-script test examples/FaqTest.groovy
test('answers by keyword from faq.json') {
  def alice = sim.person('alice')
  alice.connect()
  alice.send('What are your HOURS?')
  expect(alice.nextMessage()).toBe('We answer from 9:00 to 18:00 CET, Monday to Friday.')
  alice.send('how much is the price')
  expect(alice.nextMessage()).toContain('5 EUR')
}

test('/faq lists the topics') {
  def alice = sim.person('alice')
  alice.connect()
  alice.send('/faq')
  expect(alice.nextMessage()).toBe('Ask me about: price, hours, refund')
}

test('says when it does not know') {
  def alice = sim.person('alice')
  alice.connect()
  alice.send('can you dance?')
  expect(alice.nextMessage()).toBe("Sorry, I don't know. Try /faq.")
}

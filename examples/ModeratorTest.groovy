// Tests for moderator.groovy: run with  scripts/simplex-script test examples/ModeratorTest.groovy
test('warns, then blocks, then removes a member who posts links') {
  def alice = sim.person('alice')
  def bob = sim.person('bob')
  def lounge = alice.join('#Lounge')
  bob.join('#Lounge')
  lounge.send('see https://spam.example')
  // next(kind) skips other kinds: read the deletion before the warning that follows it.
  expect(bob.next('deleted')).toBe('see https://spam.example')
  expect(bob.nextMessage()).toBe('@alice, links are not allowed here. Next time you will be blocked.')
  lounge.send('www.spam.example again')
  expect(bob.nextMessage()).toBe('alice is blocked for posting links.')
  lounge.send('https://spam.example/3')
  expect(bob.nextMessage()).toBe('alice was removed.')
  alice.next('removed')
}

test('banned words count as offences too, clean messages do not') {
  def alice = sim.person('alice')
  def lounge = alice.join('#Lounge')
  lounge.send('hello everyone')
  expect(alice.unread()).toEqual([])
  lounge.send('this is a SCAM')
  expect(alice.nextMessage()).toBe('@alice, the word "scam" are not allowed here. Next time you will be blocked.')
}

test('/stats is for admins only') {
  def alice = sim.person('alice')
  def lounge = alice.join('#Lounge')
  lounge.send('/stats')
  expect(alice.nextMessage()).toBe('Only admins can see /stats.')
}

test('/stats in a direct chat explains where it works') {
  def alice = sim.person('alice')
  alice.connect()
  alice.send('/stats')
  expect(alice.nextMessage()).toBe('/stats works in a group.')
}

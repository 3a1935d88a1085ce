// Tests for moderator.js: run with  scripts/simplex-script test examples/moderator.test.js
test('warns, then blocks, then removes a member who posts links', async () => {
  const alice = sim.person('alice')
  const bob = sim.person('bob')
  const lounge = await alice.join('#Lounge')
  await bob.join('#Lounge')
  await lounge.send('see https://spam.example')
  // next(kind) skips other kinds: read the deletion before the warning that follows it.
  expect(await bob.next('deleted')).toBe('see https://spam.example')
  expect(await bob.nextMessage()).toBe('@alice, links are not allowed here. Next time you will be blocked.')
  await lounge.send('www.spam.example again')
  expect(await bob.nextMessage()).toBe('alice is blocked for posting links.')
  await lounge.send('https://spam.example/3')
  expect(await bob.nextMessage()).toBe('alice was removed.')
  await alice.next('removed')
})

test('banned words count as offences too, clean messages do not', async () => {
  const alice = sim.person('alice')
  const lounge = await alice.join('#Lounge')
  await lounge.send('hello everyone')
  expect(alice.unread()).toEqual([])
  await lounge.send('this is a SCAM')
  expect(await alice.nextMessage()).toBe('@alice, the word "scam" are not allowed here. Next time you will be blocked.')
})

test('/stats is for admins only', async () => {
  const alice = sim.person('alice')
  const lounge = await alice.join('#Lounge')
  await lounge.send('/stats')
  expect(await alice.nextMessage()).toBe('Only admins can see /stats.')
})

test('/stats in a direct chat explains where it works', async () => {
  const alice = sim.person('alice')
  await alice.connect()
  await alice.send('/stats')
  expect(await alice.nextMessage()).toBe('/stats works in a group.')
})
